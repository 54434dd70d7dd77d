/**
 * The story clusterer's front: each article, taken in publication order, joins the best-matching
 * open story or starts a new one (the single-pass scheme of Miranda et al., 2018, "Multilingual
 * Clustering of Streaming News", and of Event Registry); its parts settle, split and close stories.
 *
 * An article is a TF-IDF vector of folded syllables and syllable bigrams (title counted
 * `titleWeight` times; IDF updated as articles arrive) plus a vector of entity-like phrases. Its
 * score against a story is the cosine with the story centroid, blended with the entity cosine,
 * times a time decay. Candidate stories come from an inverted index (an article's heaviest terms →
 * stories), never from a scan. Near-duplicates join the story of their original as copies and add
 * no evidence. Stories quiet for `quietDays` close and leave memory, keeping a small summary for
 * relating later stories that share their main actors. The parts (see README.md): the story pool
 * (`pool.ts`), placement (`placement.ts`), settling (`settle.ts`), splitting (`split.ts`), removal
 * (`remove.ts`), the journal of moves (`moves.ts`) and the state codec (`codec.ts`).
 */
import { actors } from './actors.js';
import { encodeState, restoreState, type ClustererJSON } from './codec.js';
import { DuplicateIndex, minhashSignature, shingleSource } from './dedup.js';
import { featuresOf, placedBody, syllables, titleTerms } from './features.js';
import { DocumentFrequencies } from './idf.js';
import { addLinked } from './linked.js';
import { MoveLog, round } from './moves.js';
import { clusterParams, type ClusterParams } from './params.js';
import { bestStory, evidenceOf } from './placement.js';
import { StoryPool } from './pool.js';
import { relatedOf } from './related.js';
import { removeArticle } from './remove.js';
import { restoreRows, type ClustererDelta, type ClustererRows } from './rows.js';
import { Settler } from './settle.js';
import { Splitter } from './split.js';
import { archivedSummary, headline, summaryOf } from './summary.js';
import { parseTime } from './time.js';
import { StateTracker } from './tracker.js';
import type { Assignment, ClusterInput, ClustererOptions, ClustererParts, Member, Story, StorySummary } from './types.js';

/** The parts of a clusterer, wired together. */
function assemble(params: ClusterParams, df: DocumentFrequencies, dedup: DuplicateIndex, keepClosed: boolean): ClustererParts {
  const pool = new StoryPool(params, df, dedup, keepClosed);
  const moves = new MoveLog();
  const splitter = new Splitter(pool, moves);
  return { pool, moves, splitter, settler: new Settler(pool, moves, splitter) };
}

export class StoryClusterer {
  readonly params: ClusterParams;
  private parts: ClustererParts;
  private tracker: StateTracker | undefined;

  constructor(params: Partial<Omit<ClusterParams, 'dedup'>> & { dedup?: Partial<ClusterParams['dedup']> } = {}, options: ClustererOptions = {}) {
    this.params = clusterParams(params);
    this.parts = assemble(this.params, new DocumentFrequencies(), new DuplicateIndex(this.params.dedup), options.keepClosed ?? false);
  }

  /** Number of open stories. */
  get openStories(): number {
    return this.parts.pool.open.size;
  }

  /** Places one article and returns where it went. Articles should come in publication order. */
  add(article: ClusterInput): Assignment {
    const { pool, settler, splitter } = this.parts;
    const known = pool.articleStory.get(article.id);
    if (known) {
      // The same id again (a re-import): report where it is, change nothing.
      const m = known.members.find((x) => x.id === article.id)!;
      return { id: article.id, story: known.id, ...(m.copyOf ? { copyOf: m.copyOf } : {}), newStory: false, similarity: 1, dated: m.time !== undefined };
    }
    const time = parseTime(article.publishedAt);
    const dated = time !== undefined;
    if (dated) pool.advanceClock(time);
    const p = this.params;

    // 1. Near-duplicate of an article of a story in memory: a copy, no new evidence.
    const titleSyl = syllables(article.title);
    const bodySyl = syllables(placedBody(article.body));
    const signature = minhashSignature(shingleSource(titleSyl.hash, bodySyl.hash, p.dedup), p.dedup);
    const dup = pool.dedup.query(signature);
    if (dup.id !== undefined && dup.similarity >= p.dedup.threshold) {
      const root = pool.dedup.entry(dup.id)!.root;
      const story = pool.articleStory.get(root) ?? pool.articleStory.get(dup.id);
      if (story && (!story.closed || !dated)) {
        pool.dedup.insert(article.id, signature, root);
        pool.join(story, { id: article.id, title: article.title, titleTerms: titleTerms(article.title), copyOf: root, ...(dated ? { time } : {}) });
        return { id: article.id, story: story.id, copyOf: root, newStory: false, similarity: dup.similarity, dated };
      }
    }

    // 2. Features and vectors (document frequencies counted first, so the article's own terms have df ≥ 1).
    const features = featuresOf(titleSyl, bodySyl, p.titleWeight);
    if (article.entities) addLinked(article.entities, p.titleWeight, (features.linked = new Map()), features.entityNames);
    const placed = evidenceOf(article.id, time, features, pool.df, p);

    // 3–4. Candidates from the index, scored; the best wins if it reaches the threshold.
    const { story: best, score: bestScore } = bestStory(pool, placed);
    const member: Member = { id: article.id, title: article.title, titleTerms: features.titleTerms, ...(dated ? { time } : {}) };
    splitter.keep(member, placed, time);
    pool.dedup.insert(article.id, signature, article.id);

    let story: Story;
    let newStory = false;
    if (best !== undefined && bestScore >= p.threshold) {
      story = best;
    } else {
      story = pool.newStory(article.id);
      newStory = true;
    }
    for (const [h, name] of features.entityNames) if (!story.entityNames.has(h)) story.entityNames.set(h, name);
    pool.addTo(story, placed, [member]);
    // 5. Kept to be placed once more when the stream has moved on (see `settle`).
    if (p.settleDays > 0 && (newStory || !dated || bestScore < p.settleBelow)) settler.keep(placed, story);
    pool.evictOverflow();
    if (dated) {
      settler.settleDue();
      splitter.dropEvidence(false);
    }
    return { id: article.id, story: story.id, newStory, similarity: round(bestScore), dated };
  }

  /**
   * Takes an article out (deleted, or changed and to be placed again with `add`); true when it was
   * in a story in memory. It leaves its story, the near-duplicate index and the articles kept for
   * settling and splitting; its evidence leaves the story's centroids when still held (see
   * README.md). The earliest of its copies becomes the original of the others. The changes are
   * reported by `takeMoves`: the copies (new `copyOf`), its story (in `from`, or in `emptied` when
   * it was the last member). An article of an archived story leaves the archive entry (false); an
   * unknown id changes nothing (false).
   */
  remove(id: string): boolean {
    return removeArticle(this.parts, id);
  }

  /**
   * Places once more, against the stories as they are now, the articles kept since they were first
   * placed: all of them with `all`, otherwise the undated ones only (the dated ones settle as the
   * stream's clock passes `settleDays` after them, in `add`). An article that now fits another
   * story better moves there, with its copies; a story left empty is dropped. The moves are
   * reported by `takeMoves`. For a batch (`clusterAll`): `settle(true)` at the end.
   */
  settle(all = false): void {
    this.parts.settler.settle(all);
    this.parts.splitter.dropEvidence(true);
  }

  /**
   * What settling, splitting and removal changed since the last call: the articles moved (their
   * final placement), the stories they left that still exist, the stories left empty (dropped), and
   * how many stories were split. Call it after `add` and `settle` to keep placements up to date;
   * untaken moves are kept up to 20,000.
   */
  takeMoves(): { moved: Assignment[]; from: string[]; emptied: string[]; splits: number } {
    const pool = this.parts.pool;
    return this.parts.moves.take((id) => pool.get(id) !== undefined);
  }

  /** True when a story of this id is in memory or in the archive. */
  has(id: string): boolean {
    return this.parts.pool.get(id) !== undefined || this.parts.pool.archive.has(id);
  }

  /** Articles placed but not settled yet. */
  get unsettled(): number {
    return this.parts.settler.size;
  }

  /** The stories in memory (open ones, and closed ones kept with `keepClosed`), oldest first. */
  stories(): StorySummary[] {
    return this.summarised(() => true);
  }

  /**
   * What a store updates after a batch: the summaries of the stories in memory among `ids`, then
   * of the open stories related to others (their related lists may have grown), oldest first in
   * each; and the ids of the open stories. Only these stories get a headline and a summary.
   */
  summariesOf(ids: ReadonlySet<string>): { summaries: StorySummary[]; openIds: string[] } {
    const all = this.parts.pool.stories();
    const summaries = this.summarised((s, related) => ids.has(s.id) || (!s.closed && related.length > 0));
    const first = summaries.filter((s) => ids.has(s.id));
    return { summaries: [...first, ...summaries.filter((s) => !ids.has(s.id))], openIds: all.filter((s) => !s.closed).map((s) => s.id) };
  }

  /** Summaries of the stories in memory that `wanted` keeps, oldest first, with their related stories. */
  private summarised(wanted: (s: Story, related: StorySummary['related']) => boolean): StorySummary[] {
    const { pool } = this.parts;
    const p = this.params;
    const all = pool.stories();
    const byId = new Map(all.map((s) => [s.id, s]));
    const heads = new Map<string, { id: string; title: string }>();
    const headOf = (s: Story): { id: string; title: string } => {
      let h = heads.get(s.id);
      if (!h) heads.set(s.id, (h = headline(s, pool.df)));
      return h;
    };
    const related = relatedOf(
      byId.keys(),
      all.map((s) => [s.id, actors(s, pool.df, p.mainEntities)] as const),
      pool.archive.values(),
      p.relatedMinShared,
      (id) => headOf(byId.get(id)!).title,
    );
    return all.filter((s) => wanted(s, related.get(s.id)!)).map((s) => ({ ...summaryOf(s, headOf(s), pool.df, p), related: related.get(s.id)! }));
  }

  /** One story by id: open, kept, or archived (an archived story has no related list). */
  story(id: string): StorySummary | undefined {
    const pool = this.parts.pool;
    if (pool.get(id)) return this.stories().find((x) => x.id === id);
    const a = pool.archive.get(id);
    return a ? archivedSummary(a) : undefined;
  }

  /**
   * Stops keeping closed stories: those kept so far leave memory as any closed story does (their
   * summaries go to the archive). For a batch run with `keepClosed` whose state is kept afterwards
   * (the store's first placement, or a re-clustering), so the saved state stays bounded.
   */
  releaseClosed(): void {
    this.parts.pool.releaseClosed();
  }

  /**
   * The whole state as plain JSON (parameters, document frequencies, near-duplicate signatures,
   * open stories, the archive), so a store can keep clustering across runs: `fromJSON(toJSON())`
   * continues exactly as the original would have.
   */
  toJSON(): ClustererJSON {
    return encodeState(this.parts);
  }

  /** True while closed stories are kept in memory (see `ClustererOptions.keepClosed`, `releaseClosed`). */
  get keepsClosed(): boolean {
    return this.parts.pool.keepClosed;
  }

  /**
   * What changed in the state since the last call, as rows to write and keys to delete (see
   * `rows.ts`): the stories changed, archived or dropped, the articles not settled yet and the
   * evidence kept for splitting that came or went, the near-duplicate signatures, the chunks of
   * document frequencies, and the scalars. The first call returns the whole state (`full`),
   * unless the clusterer was restored with `fromParts`. Applying every delta in turn to a set of
   * rows and restoring them with `fromParts` continues exactly as this clusterer would.
   */
  takeStateChanges(): ClustererDelta {
    this.tracker ??= new StateTracker(this.parts);
    return this.tracker.take();
  }

  /** Restores a clusterer from its state as rows (the deltas of `takeStateChanges`, applied). */
  static fromParts(rows: ClustererRows): StoryClusterer {
    let c: StoryClusterer | undefined;
    const { parts, saved, dfRows } = restoreRows(rows, (params, df, dedup, keepClosed) => {
      c = new StoryClusterer(params, { keepClosed });
      return (c.parts = assemble(c.params, df, dedup, keepClosed));
    });
    c!.tracker = new StateTracker(parts, saved, dfRows);
    return c!;
  }

  /** Restores a clusterer saved with `toJSON`. */
  static fromJSON(json: ClustererJSON): StoryClusterer {
    if (json.version !== 1) throw new Error(`stories: unknown clusterer state version ${String(json.version)}`);
    const c = new StoryClusterer(json.params, { keepClosed: json.keepClosed });
    c.parts = assemble(c.params, DocumentFrequencies.fromJSON(json.df), DuplicateIndex.fromJSON(json.dedup), json.keepClosed);
    restoreState(c.parts, json);
    return c;
  }
}
