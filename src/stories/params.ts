/**
 * Every parameter of story clustering in one object, with its meaning, range and default. One
 * fixed configuration serves every corpus; the defaults are what `eval/cluster.ts` measures.
 */
import { DEFAULT_DEDUP_PARAMS, type DedupParams } from './dedup.js';

export interface ClusterParams {
  /** How many times a title term counts against a body term. Range 1..10; default 3. */
  titleWeight: number;
  /**
   * Terms kept per article vector: the highest TF-IDF weights, the rest dropped before
   * normalising (noise and time). Range 20..2000; default 150.
   */
  maxArticleTerms: number;
  /**
   * Terms kept per story centroid; when a centroid grows past twice this it is cut back to its
   * heaviest terms. Range 100..20000; default 600.
   */
  maxCentroidTerms: number;
  /**
   * How an article is compared with a story's members: 0 is the cosine with the centroid (a big
   * story attracts), 1 the mean cosine with each member (average linkage). Range 0..1; default 0.5.
   */
  linkage: number;
  /**
   * Weight of the entity similarity (cosine of entity-phrase TF-IDF vectors) against the text
   * similarity; used only when both the article and the story have entity phrases. Range 0..1;
   * default 0.1 (higher weights merge different events about the same people).
   */
  entityWeight: number;
  /**
   * Weight of the headline similarity against the body-and-title text similarity, for stories of
   * at least `titleMinMembers` members: the text similarity becomes
   * `(1 − w) × text + w × headline`, where headline is the article's title vector compared with the
   * members' titles (`titleLinkage`). Different events about the same people on the same day share
   * most of their body vocabulary (background, names) but not their headlines (`bỏ thuốc lá` vs
   * `em gái ... kén rể`). Range 0..1; default 0.3; 0 turns it off.
   */
  titleSimilarity: number;
  /** Linkage of the headline similarity (as `linkage`); default 1, the mean cosine with the member titles. */
  titleLinkage: number;
  /**
   * Members a story needs before headlines count (one or two headlines are too few to say what a
   * story is about, and a paraphrased second headline would split it). Range 1..100; default 3.
   */
  titleMinMembers: number;
  /**
   * Half-life of the time decay, in days: the similarity to a story is multiplied by
   * `0.5 ^ (gap / halfLifeDays)`, the gap being the distance from the article's time to the
   * story's first..last interval. Range 1..365; default 7. Undated: see `undatedDecay`.
   */
  halfLifeDays: number;
  /**
   * The time factor used instead of the decay when the article or the story has no time: about
   * the decay between two articles of one story (a day or two apart), so that one threshold serves
   * dated and undated streams. Range 0..1; default 0.9.
   */
  undatedDecay: number;
  /**
   * An article joins the best story when its decayed similarity reaches this; otherwise it
   * starts a story. Range 0..1; default 0.175.
   */
  threshold: number;
  /**
   * A story with no new article for this many days (of the stream's clock, the latest
   * publication time seen) is closed and dropped from memory. Range 1..3650; default 30.
   */
  quietDays: number;
  /**
   * Each article is placed twice: when it arrives, and once more when the stream's clock has moved
   * this many days past it, against the stories as they are then (an early article of an event
   * that started the wrong story, or joined one, moves to where the event's later articles went).
   * Undated articles are placed again at the end of a run (`settle`). Range 0..30; default 1;
   * 0 turns the second placement off.
   */
  settleDays: number;
  /**
   * A dated article that joined a story with at least this score is not placed again: it joined
   * clearly (skipping them halves the cost; 1 places every article again, 20 % slower, same F1 on
   * the dev corpora). Undated articles are always placed again. Range 0..1; default 0.4.
   */
  settleBelow: number;
  /**
   * An article placed again joins the best story (or stays in its own) when its score reaches this;
   * otherwise it starts a story. Lower than `threshold`: by then a story holds its event's later
   * articles and says better what it is about, while a first placement must not let a young story
   * take in everything near it. Range 0..1; default 0.12 (0.10–0.13 measure the same on the dev
   * corpora; 0.175, the first threshold, loses 0.004–0.015 F1).
   */
  settleThreshold: number;
  /** Candidate stories scored when an article is placed again (its own among them). Range 1..500; default 5. */
  settleCandidates: number;
  /**
   * A story is split in two when its members fall into two groups (average-linkage agglomeration)
   * whose mean similarity to each other is below this share of the mean similarity inside the
   * groups (the two groups' means averaged); checked when articles settle into it. Range 0..1;
   * default 0.52 (right splits on the dev corpora measured 0.23–0.50, parts of one event 0.55 and
   * above); 0 turns splitting off.
   */
  splitRatio: number;
  /**
   * Days (of stream time) an article keeps its vectors for splitting its story; a story with an
   * older member is not split. Memory and saved state grow with the articles of this many days
   * (at most 20,000 keep them). Range 0..30; default 3 (7 measured +0.0016 on dev-merged only);
   * 0 turns splitting off.
   */
  splitDays: number;
  /**
   * Accounts each part of a split needs at least: members, copies not counted, and members this
   * similar to another of their part (`splitRewrite`, transitively) counted as one. Range 2..100;
   * default 3.
   */
  splitMinPart: number;
  /**
   * Similarity (0.7 text + 0.3 title cosine) at which two members of a part are one account for
   * `splitMinPart`: light rewrites of one text, below the near-duplicate threshold, that would
   * otherwise make a tight group of one outlier article and split it off its event. Range 0..1;
   * default 0.75 (0.72 and below block right splits on the dev corpora, 0.8 measures the same; an
   * article keeping 3 sentences of 5 of another measures 0.8–0.9 against it).
   */
  splitRewrite: number;
  /** Stories with more members than this are not checked for a split (the check is quadratic). Range 6..1000; default 60. */
  splitMaxMembers: number;
  /** Highest-weighted terms of an article that index its story and query for candidates. Range 3..50; default 12. */
  indexTerms: number;
  /**
   * Candidate stories (most index terms shared) scored in full per article. Range 1..500; default 5
   * (10 measured the same on the dev corpora, at a higher cost).
   */
  maxCandidates: number;
  /** Open stories kept at most; past this the least recently updated closes. Range 100..10^7; default 200000. */
  maxOpenStories: number;
  /** Main actors of a story: its entity phrases with the highest count × IDF. Range 1..20; default 6. */
  mainEntities: number;
  /** Two stories are related when they share at least this many main actors. Range 1..10; default 2. */
  relatedMinShared: number;
  /** Closed stories stay available for relating this many days. Range 0..36500; default 1825. */
  relatedHorizonDays: number;
  /** Closed stories kept (as small summaries) for relating. Range 0..10^7; default 50000. */
  maxArchivedStories: number;
  /**
   * Named entities (`ClusterInput.entities`) of an article added to its index keys: the heaviest by
   * mentions × IDF (title mentions counted `titleWeight` times). More candidate stories
   * (`entityCandidates`), no change to the score. Range 0..50; default 5 (chosen by cross-validation
   * over the gold clusters of both dev corpora, among 0, 2, 3, 5, 8 and again, with
   * `entityCandidates`, among 3, 5, 8; see README.md). 0 leaves entities out of the candidates.
   */
  entityKeys: number;
  /**
   * Candidate stories the named entities' keys add to those of the text: the stories sharing the
   * most of an article's entity keys among those its text keys did not already bring (at first
   * placement and when settling). Entities bring candidates beside the text's, never in their
   * place: ranked with the text's keys, a story sharing frequent entities (`Hà Nội`, `Mỹ`) pushed
   * an article's own event out of the five scored. Range 0..50; default 2 (chosen by
   * cross-validation over the gold clusters, see README.md); 0 leaves entity keys out of the candidates.
   */
  entityCandidates: number;
  /** Near-duplicate detection. */
  dedup: DedupParams;
}

export const DEFAULT_CLUSTER_PARAMS: Readonly<ClusterParams> = Object.freeze({
  titleWeight: 3,
  maxArticleTerms: 150,
  maxCentroidTerms: 600,
  linkage: 0.5,
  entityWeight: 0.1,
  titleSimilarity: 0.3,
  titleLinkage: 1,
  titleMinMembers: 3,
  halfLifeDays: 7,
  undatedDecay: 0.9,
  threshold: 0.175,
  quietDays: 30,
  settleDays: 1,
  settleBelow: 0.4,
  settleThreshold: 0.12,
  settleCandidates: 5,
  splitRatio: 0.52,
  splitDays: 3,
  splitMinPart: 3,
  splitRewrite: 0.75,
  splitMaxMembers: 60,
  indexTerms: 12,
  maxCandidates: 5,
  maxOpenStories: 200_000,
  mainEntities: 6,
  relatedMinShared: 2,
  relatedHorizonDays: 1825,
  maxArchivedStories: 50_000,
  entityKeys: 5,
  entityCandidates: 2,
  dedup: DEFAULT_DEDUP_PARAMS,
});

/** Defaults overridden by `params` (the `dedup` object merged one level deep). */
export function clusterParams(params: Partial<Omit<ClusterParams, 'dedup'>> & { dedup?: Partial<DedupParams> } = {}): ClusterParams {
  return { ...DEFAULT_CLUSTER_PARAMS, ...params, dedup: { ...DEFAULT_DEDUP_PARAMS, ...(params.dedup ?? {}) } };
}
