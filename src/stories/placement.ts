/**
 * Placing an article: its evidence (TF-IDF, entity and title vectors, index keys), and the
 * candidate stories from the inverted index scored against it, the best winning.
 */
import { articleVector, heaviestTerms } from './centroid.js';
import type { ArticleFeatures } from './features.js';
import type { DocumentFrequencies } from './idf.js';
import type { ClusterParams } from './params.js';
import type { StoryPool } from './pool.js';
import { gapDays, storyScore } from './score.js';
import type { Placed, Story } from './types.js';

/** Entity phrases of an article among its index keys (after its `indexTerms` heaviest terms). */
const PHRASE_KEYS = 3;

/**
 * An article's evidence, with its document frequencies counted first so that its own terms have
 * df ≥ 1: the article's vectors, its index keys (its heaviest terms, entity phrases and named
 * entities) and its entity counts (phrases and named entities, for main entities and actors).
 */
export function evidenceOf(id: string, time: number | undefined, features: ArticleFeatures, df: DocumentFrequencies, p: ClusterParams): Placed {
  const linked = features.linked;
  if (linked) df.addDocument(features.terms.keys(), features.entities.keys(), linked.keys());
  else df.addDocument(features.terms.keys(), features.entities.keys());
  const vec = articleVector(features.terms, df, p.maxArticleTerms);
  const evec = articleVector(features.entities, df, 100);
  const tvec = articleVector(features.titleTerms, df, p.maxArticleTerms);
  const keys = heaviestTerms(vec, p.indexTerms);
  for (const k of heaviestTerms(evec, PHRASE_KEYS)) keys.push(k);
  let entities = features.entities;
  if (linked) {
    // named entities: more candidates (index keys after the text's, `textKeyCount`), and the
    // story's entity counts; not scored
    for (const k of heaviestTerms(articleVector(linked, df, 100), p.entityKeys)) if (!keys.includes(k)) keys.push(k);
    entities = new Map(entities);
    for (const [h, n] of linked) entities.set(h, (entities.get(h) ?? 0) + n);
  }
  return { id, ...(time !== undefined ? { time } : {}), vec, evec, tvec, keys, entities };
}

/**
 * How many of an article's index keys its text gives (its heaviest terms, then its entity
 * phrases); the named entities' keys follow them. The same for an article restored from a saved
 * state, whose vectors are those it was placed with.
 */
function textKeyCount(a: Placed, p: ClusterParams): number {
  return Math.min(p.indexTerms, a.vec.terms.length) + Math.min(PHRASE_KEYS, a.evec.terms.length);
}

/** The `n` stories sharing the most keys, most first, ties to the older story; those in `not` left out. */
function topShared(shared: Map<Story, number>, n: number, not?: Set<Story>): Story[] {
  let entries = [...shared.entries()];
  if (not) entries = entries.filter(([s]) => !not.has(s));
  if (entries.length > n) {
    entries.sort((x, y) => y[1] - x[1] || x[0].seq - y[0].seq);
    entries.length = n;
  }
  return entries.map(([s]) => s);
}

/**
 * The candidate stories scored; the best, ties to the older story. The candidates are the stories
 * sharing the most of the article's text keys (`maxCandidates`, `settleCandidates`), and beside
 * them the stories sharing the most of its named entities' keys that are not among them
 * (`entityCandidates`): entities bring more candidates and never push out those of the text.
 * A dated article joins no closed story; a settling one may go back to a story that closed since
 * it was placed, while the story is still in memory (a batch keeps them).
 */
export function bestStory(pool: StoryPool, a: Placed, settling = false): { story: Story | undefined; score: number } {
  const p = pool.params;
  const df = pool.df;
  const dated = a.time !== undefined;
  const textKeys = textKeyCount(a, p);
  const shared = new Map<Story, number>();
  let byEntities: Map<Story, number> | undefined;
  for (let i = 0; i < a.keys.length; i++) {
    const stories = pool.index.get(a.keys[i]!);
    if (!stories) continue;
    const into = i < textKeys ? shared : (byEntities ??= new Map());
    for (const s of stories) {
      if (s.closed && dated && !settling) continue;
      into.set(s, (into.get(s) ?? 0) + 1);
    }
  }
  const candidates = topShared(shared, settling ? p.settleCandidates : p.maxCandidates);
  if (byEntities && p.entityCandidates > 0) {
    for (const s of topShared(byEntities, p.entityCandidates, new Set(candidates))) candidates.push(s);
  }
  let best: Story | undefined;
  let bestScore = 0;
  for (const s of candidates) {
    if (s.members.length === 0) continue;
    let textCos = s.centroid.similarity(a.vec, df, p.linkage);
    if (p.titleSimilarity > 0 && s.centroid.members >= p.titleMinMembers && a.tvec.terms.length > 0 && s.titleCentroid.size > 0) {
      const titleCos = s.titleCentroid.similarity(a.tvec, df, p.titleLinkage);
      textCos = (1 - p.titleSimilarity) * textCos + p.titleSimilarity * titleCos;
    }
    const entityCos = a.evec.terms.length > 0 && s.entityCentroid.size > 0 ? s.entityCentroid.cosine(a.evec, df) : undefined;
    const gap = dated ? gapDays(a.time, s.first, s.last) : 0;
    const timed = dated && s.first !== undefined;
    const score = storyScore(textCos, entityCos, gap, p) * (timed ? 1 : p.undatedDecay);
    if (score > bestScore || (score === bestScore && best !== undefined && s.seq < best.seq)) {
      best = s;
      bestScore = score;
    }
  }
  return { story: best, score: bestScore };
}
