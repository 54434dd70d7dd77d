/**
 * The Store: where articles live. Asynchronous (Promise-based) so that a PostgreSQL implementation
 * fits behind the same interface; every implementation passes the contract suite in
 * test/store/contract/.
 */
import type { ArticleMeta, Block, NewsDoc } from '../doc/news-doc.js';
import type { CandidateQuery, Candidates, SearchHit } from '../search/primitive.js';

export type { CandidateQuery, Candidates, SearchHit } from '../search/primitive.js';

/**
 * An article as the application layer hands it to the store (src/app/write.ts): the document and
 * what is derived from it. The store computes none of it: hashes are src/ingest/identity.ts's, the
 * index terms and the outlet key src/search/fields.ts's.
 */
export interface ArticleInput {
  doc: NewsDoc;
  /** `rawInputHash(doc.input)`: same hash, same input. */
  rawHash: string;
  /** `contentHash(doc.text)`: same hash, same text (exact copies). */
  contentHash: string;
  /** The hash of what the article says: its body and its metadata (src/app/write.ts); same hash, the same article, whatever input it came from. */
  articleHash: string;
  /** What search indexes: the folded terms of the title and of the text (`searchFields`), and the outlet's key (`outletKey`). */
  index: { title: string; body: string; outlet?: string };
  /**
   * Its dated events (src/app/events.ts, from the `times` stage): kept with the article, replaced
   * when it is written again, gone when it goes; none given, none kept.
   */
  events?: DatedEvent[];
}

/**
 * A sentence of an article placed on the calendar by a time expression in it (`hôm thứ Ba` in an
 * article of 24 March 2021): what a story's timeline lists. Offsets are into the article's text.
 */
export interface DatedEvent {
  /** The first day the value covers, `YYYY-MM-DD` (a week's Monday, a month's first day): the calendar order. */
  day: string;
  /** The resolved value, ISO 8601 (`2021-03-23`, `2021-W11`, `2018-06`, an interval `start/end`). */
  value: string;
  granularity: string;
  /** The expression. */
  start: number;
  end: number;
  text: string;
  /** The sentence holding it. */
  sentenceStart: number;
  sentenceEnd: number;
  sentence: string;
}

/** A dated event with its article. */
export interface StoredEvent extends DatedEvent {
  articleId: string;
}

/** What the store holds of an article that the write rules (src/app/article-rules.ts) read. */
export interface ArticleState {
  id: string;
  revision: number;
  rawHash: string;
  contentHash: string;
  /** Undefined for an article written before the hash was kept. */
  articleHash?: string;
  copyOf?: string;
  publishedAt?: string;
  /** The stored article is a feed teaser (`meta.summaryOnly`). */
  summaryOnly: boolean;
}

/** An article's exact-copy link: `copyOf` its original, or undefined for an original. */
export interface CopyLink {
  id: string;
  copyOf?: string;
}

/**
 * One write, as the rules decided it; the store does it as told and decides nothing:
 * - `insert`: a new article, after every stored one in ingest order (revision 1);
 * - `revise`: the stored article under the same id is replaced by a new revision numbered
 *   `revision`, the replaced one kept in its revisions; its place in ingest order kept;
 * - `annotate`: the stored article's text and annotations are replaced (raw input, raw hash,
 *   revision and place kept; no revision kept).
 * `copyOf` is the article's copy link after the write (undefined: an original); `stale` makes its
 * placement in a story stale (placed again by the next placement run).
 */
export type ArticleWrite =
  | { kind: 'insert'; article: ArticleInput; copyOf?: string }
  | { kind: 'revise'; article: ArticleInput; revision: number; copyOf?: string; stale: boolean }
  | { kind: 'annotate'; article: ArticleInput; copyOf?: string; stale: boolean };

/** A batch of writes, done in one transaction: `writes` in order, then the `copies` links of other articles. */
export interface WritePlan {
  writes: ArticleWrite[];
  copies: CopyLink[];
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
  /** Near-duplicates: articles placed in a story as the copy of another, that are not exact copies. */
  nearCopies: number;
  /** Outlets (an article without one counts as the outlet `(unknown)`); `bySource` lists the first 15. */
  outlets: number;
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

/** A related story as the clusterer names it: the story, and the main actors the two share. */
export interface RelatedStory {
  story: string;
  shared: string[];
}

/** A related story as read back: with the headline (and headline article) it has in the store. */
export interface StoredRelated extends RelatedStory {
  headline: string;
  headlineId?: string;
}

/**
 * A story as the store holds it: what `listStories` gives. Headlines are as saved: an untitled
 * headline article gives '' (src/app/stories.ts shows the start of its text instead).
 */
export interface StoredStory {
  id: string;
  headline: string;
  headlineId?: string;
  /** The earliest and latest publication times of its dated articles (none: no times). */
  first?: string;
  last?: string;
  articleCount: number;
  /** Exact and near copies among the articles. */
  copies: number;
  /** The outlets of its articles, most articles first (ties by name). */
  outlets: string[];
  /** Main actors (folded entity phrases). */
  entities: string[];
  /** In the order saved; `getStory` adds the stories that name this one and that it does not name. */
  related: StoredRelated[];
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

export interface StoredStoryDetail extends StoredStory {
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
 * `refresh` stories (an article left them) are deleted when no article is left in them. The times
 * of every story saved or refreshed are taken from its articles placed as dated (none: no times).
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
  /** Placed with its date: the date counts in its story's times (a future date set aside does not). */
  dated: boolean;
}

/** A story's summary as the clusterer knows it. */
export interface StorySummaryRow {
  id: string;
  /** The headline article's title ('' when it has none). */
  headline: string;
  headlineId?: string;
  entities: string[];
  /** Stored as rows (their headlines are read from the stories named). */
  related: RelatedStory[];
  open: boolean;
}

/** What the clusterer's input is made of, as stored (src/app/place.ts builds the body from the blocks). */
export interface ClusterSource {
  id: string;
  title?: string;
  text: string;
  blocks: Block[];
  publishedAt?: string;
}

/**
 * Storage only: a store keeps what it is told and answers reads. Every rule (copies, teasers,
 * revisions, stale placements, headlines shown, bodies) is the application layer's
 * (src/app/article-rules.ts, src/app/write.ts, src/app/stories.ts); the contract suite says what a
 * store must and must not do (test/store/contract/index.ts).
 */
export interface Store {
  /**
   * What the write rules read, in one query: the articles with one of `ids`, with one of
   * `contentHashes`, or that are exact copies of one of `ids`; each once, in ingest order.
   */
  articleStates(query: { ids: string[]; contentHashes: string[] }): Promise<ArticleState[]>;
  /** Does a write plan in one transaction (all of it, or nothing on a failure). */
  writeArticles(plan: WritePlan): Promise<void>;
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
  deleteArticles(ids: string[], changes?: { copies?: CopyLink[]; stories?: StoriesUpdate }): Promise<string[]>;

  /** The clusterer's state as rows, if saved so. */
  clustererRows(): Promise<ClustererStateRows | undefined>;
  /** The clusterer's state as one JSON value, as saved before its rows existed (the next placement moves it to rows), if any. */
  clustererState(): Promise<string | undefined>;
  /**
   * Articles to place: never placed, or changed since they were (stale placement), in publication
   * order (ties and undated articles, last, by id).
   */
  unplaced(): Promise<Unplaced[]>;
  /** Title, text, blocks and date of articles, for the clusterer, in the order of `ids` (one query). */
  clusterSources(ids: string[]): Promise<ClusterSource[]>;
  /** The story each article is in (articles in none left out). */
  placements(ids: string[]): Promise<Map<string, string>>;
  saveStories(update: StoriesUpdate): Promise<void>;
  /**
   * A named lease on work that one process at a time may do (story placement): taken when no one
   * holds it, or when its holder has not renewed it for `staleMs` (a process that was killed);
   * renewed when its holder takes it again. True when `owner` holds it after the call.
   */
  lease(name: string, owner: string, staleMs: number): Promise<boolean>;
  /** Gives a lease up (nothing when `owner` does not hold it). */
  releaseLease(name: string, owner: string): Promise<void>;
  /** Forgets every story and placement (for a re-clustering from scratch). */
  resetStories(): Promise<void>;
  /** Stories, newest activity first (stories with no dated article last, by id), in a fixed number of queries. */
  listStories(options?: { limit?: number; offset?: number }): Promise<{ stories: StoredStory[]; total: number }>;
  getStory(id: string): Promise<StoredStoryDetail | undefined>;
  /** The story an article is in. */
  storyOf(articleId: string): Promise<string | undefined>;
  /**
   * The dated events of these articles, in one query, in calendar order: by `day`, then the
   * articles' ingest order, then the expression's offset.
   */
  datedEvents(articleIds: string[]): Promise<StoredEvent[]>;
  close(): Promise<void>;
}
