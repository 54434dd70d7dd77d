/**
 * The Store: where articles live. Asynchronous (Promise-based) so that a PostgreSQL implementation
 * fits behind the same interface; every implementation passes the contract suite in
 * test/store/contract/.
 */
import type { ArticleMeta, NewsDoc } from '../doc/news-doc.js';
import type { CandidateQuery, Candidates, FacetCounts, FacetQuery, SearchHit } from '../search/primitive.js';
import type {
  RelatedStory, StoredRelated, StoredStory, StoryArticle, StoredStoryDetail, Unplaced, ClustererStatePart, ClustererStateRow, ClustererStateRows, ClustererStateDelta, StoriesUpdate, StoryAssignment, StorySummaryRow, ClusterSource,
} from './story-types.js';
import type { ArticleEntities, EntityArticlesQuery, EntityPage, EntityQuery, StoredEntityDetail } from './entity-types.js';

export type { CandidateQuery, Candidates, FacetCounts, FacetQuery, SearchHit } from '../search/primitive.js';
export type {
  RelatedStory, StoredRelated, StoredStory, StoryArticle, StoredStoryDetail, Unplaced, ClustererStatePart, ClustererStateRow, ClustererStateRows, ClustererStateDelta, StoriesUpdate, StoryAssignment, StorySummaryRow, ClusterSource,
} from './story-types.js';
export type * from './entity-types.js';

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
  /**
   * Its entity rows (src/app/entity-rows.ts, from the `entities` stage): its aliases (each form of
   * each entity, with its count) kept with the article, replaced when it is written again, gone
   * when it goes; its entities written once (a linked one's name and English name updated). None
   * given, none kept.
   */
  entities?: ArticleEntities;
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
  /** The sentence holding it (offsets only: the store keeps no copy of it; read back, it is sliced from the text). */
  sentenceStart: number;
  sentenceEnd: number;
}

/** A dated event with its article, and its sentence sliced from the article's text. */
export interface StoredEvent extends DatedEvent {
  articleId: string;
  sentence: string;
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

/** An earlier revision of an article with everything kept of it (its document and raw input), for moving a store. */
export interface RevisionDump {
  revision: number;
  /** The document as it was, `input` holding its raw input. */
  doc: NewsDoc;
  rawHash: string;
  contentHash: string;
  pipeline: string;
  ingestedAt: string;
  replacedAt: string;
}

/** An article's place in a story as kept: `seq` orders placements (a story's undated articles, ties of its times). */
export interface PlacementDump {
  story: string;
  copyOf?: string;
  similarity: number;
  dated: boolean;
  stale: boolean;
  seq: number;
}

/**
 * Everything a store keeps of an article, for moving it to another store (`toancanh export --full`,
 * `toancanh import`): the article as stored (its document with the raw input, revision, copy
 * link, pipeline, times), its hashes as stored (`articleHash` undefined when written before the
 * hash was kept), its earlier revisions oldest first, its dated events in the order written (none:
 * written without any), and its placement in a story.
 */
export interface ArticleDump {
  article: StoredArticle;
  rawHash: string;
  articleHash?: string;
  revisions: RevisionDump[];
  events: DatedEvent[];
  placement?: PlacementDump;
}

/** An article to restore: its dump, and the terms search indexes (`ArticleInput.index`, from src/app/write.ts). */
export interface ArticleRestore {
  dump: ArticleDump;
  index: ArticleInput['index'];
  /** Its entity rows, computed from its document as for any write (none given, none kept). */
  entities?: ArticleEntities;
}

/**
 * Storage only: a store keeps what it is told and answers reads. Every rule (copies, teasers,
 * revisions, stale placements, headlines shown, bodies) is the application layer's
 * (src/app/article-rules.ts, src/app/write.ts, src/app/stories.ts); the contract suite says what a
 * store must and must not do (test/store/contract/index.ts).
 */
/** What `optimize` did. */
export interface OptimizeResult {
  /** What was done, in words (one line). */
  summary: string;
}

export interface OptimizeOptions {
  /** Do all of it anew (PostgreSQL: every posting block), not only what was written since. */
  full?: boolean;
  /**
   * Only what is due and quick, after writes (`ingest` and the queue's place jobs run it):
   * PostgreSQL extends existing posting blocks once 2,000 articles (and 5 % of those in blocks)
   * were written past them; SQLite does nothing (FTS5 merges its segments as it writes).
   */
  auto?: boolean;
  /** Told of progress on long work (done so far, of how many). */
  progress?: (done: number, of: number) => void;
}

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
  /** Outlet and month counts over every article `query` matches, from metadata only. */
  searchFacets(query: FacetQuery): Promise<FacetCounts>;
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
  /** Every article with everything kept of it, in ingest order, in batches (for `export --full`), in a fixed number of queries per batch. */
  dumpArticles(options?: { batchSize?: number }): AsyncIterable<ArticleDump[]>;
  /**
   * Writes articles as dumped, after every stored one in ingest order, in one transaction: each with
   * its revision number, copy link, hashes, pipeline and times as given, its earlier revisions, its
   * dated events, its search entry (the terms given) and its placement (stale or not, `seq` as given). Decides
   * nothing; an id already stored fails the batch.
   */
  restoreArticles(articles: ArticleRestore[]): Promise<void>;

  /** The entities most mentioned (see `EntityQuery`), in a fixed number of queries. */
  entities(query: EntityQuery): Promise<EntityPage>;
  /** One entity by id, with `limit` articles, co-occurring entities and stories; undefined when no article names it. */
  entity(id: string, options: { limit: number }): Promise<StoredEntityDetail | undefined>;
  /** The ids of the entities named or written so (`key`: a folded name, `nameKey`), in no order. */
  entityIdsNamed(key: string): Promise<string[]>;
  /**
   * The entities whose name key or a form's key (`key` of their rows: folded) is close to `key` by
   * trigram similarity (src/text/trigrams.ts: at least `TRIGRAM_THRESHOLD`), each with every close
   * key, in no order: a misspelt name's candidates (the application ranks them).
   */
  entityIdsLike(key: string): Promise<{ id: string; key: string }[]>;
  /** The articles naming an entity, newest first, and their total. */
  entityArticles(query: EntityArticlesQuery): Promise<{ ids: string[]; total: number }>;
  /**
   * Makes search faster on what is stored, changing no result: SQLite merges its full-text index's
   * segments and refreshes the planner's statistics; PostgreSQL packs the posting lists of frequent
   * terms into blocks (search-blocks.ts) and analyses. Safe while others read; writers wait for it.
   */
  optimize(options?: OptimizeOptions): Promise<OptimizeResult>;
  close(): Promise<void>;
}
