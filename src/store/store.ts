/**
 * The Store: where articles live. Asynchronous (Promise-based) so that a PostgreSQL implementation
 * fits behind the same interface; every implementation passes the contract suite in
 * test/store/contract/.
 */
import type { ArticleMeta, NewsDoc } from '../doc/news-doc.js';
import type { CandidateQuery, Candidates, SearchHit } from '../search/primitive.js';

export type { CandidateQuery, Candidates, SearchHit } from '../search/primitive.js';

/** What happened to one article put into the store. */
export type PutOutcome = 'new' | 'updated' | 'unchanged' | 'copy';

export interface PutResult {
  id: string;
  outcome: PutOutcome;
  /** For `copy` (and for an update that made the article a copy): the article it duplicates. */
  copyOf?: string;
  revision: number;
}

export interface StoredArticle {
  id: string;
  revision: number;
  meta: ArticleMeta;
  lang: string;
  text: string;
  /** The article as the pipeline left it; `input` holds the raw input as received. */
  doc: NewsDoc;
  copyOf?: string;
  pipeline: string;
  contentHash: string;
  ingestedAt: string;
  updatedAt: string;
}

export interface ArticleRevision {
  revision: number;
  text: string;
  meta: ArticleMeta;
  pipeline: string;
  ingestedAt: string;
  replacedAt: string;
}

export interface StoreStats {
  articles: number;
  revisions: number;
  copies: number;
  byLang: Record<string, number>;
  bySource: { source: string; count: number }[];
  firstPublished?: string;
  lastPublished?: string;
  undated: number;
  byPipeline: Record<string, number>;
  /**
   * Outlets that republish others: near-duplicate (or exact) copies placed in a story, counted by
   * the copy's outlet and the outlet of the article it copies, when the two differ; most first (15 at most).
   */
  republished: { outlet: string; from: string; count: number }[];
}

export interface ListOptions {
  /** Only articles annotated by a pipeline version other than this one. */
  notPipeline?: string;
  batchSize?: number;
}

/** A story as stored: what `stories` lists. */
export interface StoryRow {
  id: string;
  headline: string;
  headlineId?: string;
  first?: string;
  last?: string;
  articleCount: number;
  /** Exact and near copies among the articles. */
  copies: number;
  outlets: string[];
  /** Main actors (folded entity phrases). */
  entities: string[];
  related: { story: string; headline: string; shared: string[] }[];
  open: boolean;
}

export interface StoryArticle {
  id: string;
  title?: string;
  source?: string;
  publishedAt?: string;
  /** The article it copies, when it is a near-duplicate (or exact copy). */
  copyOf?: string;
  similarity: number;
}

export interface StoryDetail extends StoryRow {
  articles: StoryArticle[];
}

/** An article to be placed in a story (again, when `formerStory` says where it was before it changed). */
export interface Unplaced {
  id: string;
  formerStory?: string;
}

/** The parts of the clusterer's state kept as rows (see src/stories/rows.ts). */
export type ClustererStatePart = 'stories' | 'archive' | 'articles' | 'signatures' | 'df';

/** One row of the clusterer's state: its key, its place in its part's order, an opaque payload. */
export interface ClustererStateRow {
  key: string;
  ord: number;
  data: Uint8Array;
}

/** The clusterer's state as the store holds it: the scalars (JSON) and the rows of each part. */
export interface ClustererStateRows {
  scalars: string;
  parts: Record<ClustererStatePart, ClustererStateRow[]>;
}

/**
 * What changed in the clusterer's state: rows written (inserted or replaced) and keys deleted,
 * per part, and the scalars; with `full`, every row of the state (and a state kept as one JSON
 * value) is deleted first.
 */
export interface ClustererStateDelta {
  full: boolean;
  scalars: string;
  upserts: Record<ClustererStatePart, ClustererStateRow[]>;
  removed: Record<ClustererStatePart, string[]>;
}

/**
 * What one batch of a placement run (or a deletion) changes in the stories, saved in one
 * transaction: placements (new ones, and articles that moved to another story), story summaries,
 * the changes of the clusterer's state; `emptied` stories (every article moved away) are deleted;
 * `refresh` stories (an article left them) get their times from their remaining articles, and are
 * deleted when none is left.
 */
export interface StoriesUpdate {
  state?: ClustererStateDelta;
  assignments: StoryAssignment[];
  stories: StorySummaryRow[];
  openIds: string[];
  emptied?: string[];
  refresh?: string[];
}

/** One article's place, as the clusterer decided it. */
export interface StoryAssignment {
  id: string;
  story: string;
  copyOf?: string;
  similarity: number;
  dated: boolean;
}

/** A story's summary as the clusterer knows it. */
export interface StorySummaryRow {
  id: string;
  headline: string;
  headlineId?: string;
  first?: string;
  last?: string;
  entities: string[];
  related: { story: string; headline: string; shared: string[] }[];
  open: boolean;
}

/** What the clusterer needs of an article. */
export interface ClusterArticle {
  id: string;
  title: string;
  body: string;
  publishedAt?: string;
}

export interface Store {
  /** Puts a batch of articles in one transaction: all of it is stored, or none. An article whose text or date changed leaves its story (its placement goes stale). */
  putArticles(docs: NewsDoc[]): Promise<PutResult[]>;
  /** Replaces the annotations of stored articles (same input) after a re-run of the pipeline; a changed text or date makes the placement stale. */
  updateAnnotations(docs: NewsDoc[]): Promise<void>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Several articles in one query, in the order of `ids` (unknown ids left out). */
  getArticles(ids: string[]): Promise<StoredArticle[]>;
  /** The hash of the raw input stored under an id (see `rawInputHash`), to skip unchanged input early. */
  rawHashOf(id: string): Promise<string | undefined>;
  revisions(id: string): Promise<ArticleRevision[]>;
  /** Ids of the exact copies of an article, in ingest order. */
  copiesOf(id: string): Promise<string[]>;
  searchCandidates(query: CandidateQuery): Promise<Candidates>;
  /** What results show of these articles, in the order of `ids`. */
  searchHits(ids: string[]): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** Every article, in ingest order, in batches (for export). */
  articles(options?: ListOptions): AsyncIterable<StoredArticle[]>;
  /** Every article's id, in ingest order, in batches (for reprocess: no article loaded). */
  articleIds(options?: ListOptions): AsyncIterable<string[]>;
  count(options?: ListOptions): Promise<number>;
  /**
   * Deletes articles with their revisions, raw input, search entries and placements, in one
   * transaction with `copies` (exact copies given a new original: `copyOf` undefined for the new
   * original) and the stories update the deletion makes. Returns the ids that were there.
   */
  deleteArticles(ids: string[], changes?: { copies?: { id: string; copyOf?: string }[]; stories?: StoriesUpdate }): Promise<string[]>;

  /** The clusterer's state as rows, if saved so. */
  clustererRows(): Promise<ClustererStateRows | undefined>;
  /** The clusterer's state as one JSON value, as saved before its rows existed (the next placement moves it to rows), if any. */
  clustererState(): Promise<string | undefined>;
  /**
   * Articles to place: never placed, or changed since they were (stale placement), in publication
   * order (ties and undated articles, last, by id).
   */
  unplaced(): Promise<Unplaced[]>;
  /** Title, body and date of articles, for the clusterer, in the order of `ids`. */
  clusterArticles(ids: string[]): Promise<ClusterArticle[]>;
  /** The story each article is in (articles in none left out). */
  placements(ids: string[]): Promise<Map<string, string>>;
  saveStories(update: StoriesUpdate): Promise<void>;
  /** Forgets every story and placement (for a re-clustering from scratch). */
  resetStories(): Promise<void>;
  /** Stories, newest activity first. */
  listStories(options?: { limit?: number; offset?: number }): Promise<{ stories: StoryRow[]; total: number }>;
  getStory(id: string): Promise<StoryDetail | undefined>;
  /** The story an article is in. */
  storyOf(articleId: string): Promise<string | undefined>;
  close(): Promise<void>;
}
