/**
 * The SQLite store (better-sqlite3): WAL journal, one transaction per batch, FTS5 over folded text.
 * better-sqlite3 is synchronous; the Store interface is not, so that other stores fit behind it.
 * Articles, search, stories and counts live in files of their own beside this one. It stores what it
 * is told (the rules are src/app's) and indexes the terms it is given. Every SQL text is fixed:
 * values are bound parameters (a list is one JSON parameter read with `json_each`).
 */
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { outletKey } from '../../search/fields.js';
import type {
  ArticleDump, ArticleRestore, ArticleRevision, ArticleState, CandidateQuery, Candidates, ClusterSource, FacetCounts, FacetQuery, ClustererStateRows, CopyLink, EntityArticlesQuery, EntityPage, EntityQuery,
  ListOptions, OptimizeOptions, OptimizeResult, SearchHit, Store, StoredArticle, StoredEntityDetail, StoredEvent, StoredStory, StoredStoryDetail, StoreStats, StoriesUpdate, Unplaced, WritePlan,
} from '../store.js';
import { entityDetail, entityPage } from '../entity-rows.js';
import { SqliteEntities } from './entities.js';
import { SqliteArticles } from './articles.js';
import { SqliteClustererState } from './clusterer-state.js';
import { SqliteDump } from './dump.js';
import { MIGRATIONS, SET_VERSION } from './schema.js';
import { SqliteSearch } from './search.js';
import { sqliteStats } from './stats.js';
import { SqliteStories } from './stories.js';

export interface SqliteStoreOptions {
  /** Open an existing database only; do not create one. */
  mustExist?: boolean;
  readonly?: boolean;
}

/** How long a write waits for another process's transaction before the database is reported busy. */
export const BUSY_TIMEOUT_MS = 60_000;

/** Whether an error is SQLite's "database is locked/busy" (another process held it past the timeout). */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * better-sqlite3's compiled addon, named directly: without it the package finds the file through
 * `bindings`, which tries a dozen paths first (about 5 ms of every command's start-up). Undefined
 * (the package's own search) where the build put it elsewhere.
 */
const ADDON = ((): string | undefined => {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return undefined;
  }
})();

/** Runs `fn`, again after a pause while SQLite reports the database busy, for up to BUSY_TIMEOUT_MS. */
function busyRetried(fn: () => void): void {
  const until = Date.now() + BUSY_TIMEOUT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      fn();
      return;
    } catch (e) {
      if (!isBusyError(e) || Date.now() > until) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    }
  }
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly articleRows: SqliteArticles;
  private readonly searcher: SqliteSearch;
  private readonly storyRows: SqliteStories;
  private readonly stateRows: SqliteClustererState;
  private readonly dumper: SqliteDump;
  private readonly entityRows: SqliteEntities;

  constructor(readonly path: string, options: SqliteStoreOptions = {}) {
    // another process writing: wait for it (a placement batch or an ingest batch takes seconds)
    this.db = new Database(path, { fileMustExist: options.mustExist ?? false, readonly: options.readonly ?? false, timeout: BUSY_TIMEOUT_MS, ...(ADDON ? { nativeBinding: ADDON } : {}) });
    // for the migration that keys outlets as search does
    this.db.function('outlet_key', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? outletKey(s) : s));
    if (!options.readonly) {
      // two processes opening one new database at once: switching it to WAL can report it busy
      // without waiting (SQLite calls no busy handler there), so that step is tried again a while
      busyRetried(() => this.db.pragma('journal_mode = WAL'));
      this.db.pragma('synchronous = NORMAL');
      busyRetried(() => this.migrate());
    }
    this.db.pragma('foreign_keys = ON');
    this.entityRows = new SqliteEntities(this.db);
    this.articleRows = new SqliteArticles(this.db, this.entityRows);
    this.searcher = new SqliteSearch(this.db);
    this.storyRows = new SqliteStories(this.db);
    this.stateRows = new SqliteClustererState(this.db);
    this.dumper = new SqliteDump(this.db, this.entityRows);
  }

  static async open(path: string, options?: SqliteStoreOptions): Promise<SqliteStore> {
    return new SqliteStore(path, options);
  }

  private migrate(): void {
    const version = (): number => this.db.pragma('user_version', { simple: true }) as number;
    if (version() > MIGRATIONS.length) {
      throw new Error(`database schema version ${version()} is newer than this toancanh knows (${MIGRATIONS.length}); upgrade toancanh`);
    }
    if (version() === MIGRATIONS.length) return;
    // one writer at a time: the version is read again once the write lock is held (another process
    // opening the same new database may have migrated it meanwhile)
    this.db.transaction(() => {
      for (let v = version(); v < MIGRATIONS.length; v++) {
        this.db.exec(MIGRATIONS[v]!);
        this.db.exec(SET_VERSION[v + 1]!);
      }
    }).immediate();
  }

  async articleStates(query: { ids: string[]; contentHashes: string[] }): Promise<ArticleState[]> {
    return this.articleRows.states(query);
  }

  async writeArticles(plan: WritePlan): Promise<void> {
    this.articleRows.write(plan);
  }

  async rawHashOf(id: string): Promise<string | undefined> {
    return this.articleRows.rawHashOf(id);
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    return this.articleRows.get(id);
  }

  async getArticles(ids: string[]): Promise<StoredArticle[]> {
    return this.articleRows.getMany(ids);
  }

  async revisions(id: string): Promise<ArticleRevision[]> {
    return this.articleRows.revisions(id);
  }

  async copiesOf(id: string): Promise<string[]> {
    return this.articleRows.copiesOf(id);
  }

  async searchCandidates(query: CandidateQuery): Promise<Candidates> {
    return this.searcher.candidates(query);
  }

  async searchFacets(query: FacetQuery): Promise<FacetCounts> {
    return this.searcher.facets(query);
  }

  async searchHits(ids: string[]): Promise<SearchHit[]> {
    return this.searcher.hits(ids);
  }

  async stats(): Promise<StoreStats> {
    return sqliteStats(this.db);
  }

  async *articles(options: ListOptions = {}): AsyncIterable<StoredArticle[]> {
    for (const rows of this.articleRows.pages('all', options)) yield rows.map((r) => this.articleRows.fromRow(r));
  }

  async *articleIds(options: ListOptions = {}): AsyncIterable<string[]> {
    for (const rows of this.articleRows.pages('id', options)) yield rows.map((r) => r.id as string);
  }

  async count(options: ListOptions = {}): Promise<number> {
    return this.articleRows.count(options);
  }

  async deleteArticles(ids: string[], changes: { copies?: CopyLink[]; stories?: StoriesUpdate } = {}): Promise<string[]> {
    return this.db.transaction(() => {
      const deleted = this.articleRows.delete(ids, changes.copies ?? []);
      if (changes.stories) this.saveInTransaction(changes.stories);
      return deleted;
    })();
  }

  async clustererRows(): Promise<ClustererStateRows | undefined> {
    return this.stateRows.load();
  }

  async clustererState(): Promise<string | undefined> {
    return this.stateRows.legacy();
  }

  async unplaced(): Promise<Unplaced[]> {
    return this.storyRows.unplaced();
  }

  async clusterSources(ids: string[]): Promise<ClusterSource[]> {
    return this.storyRows.clusterSources(ids);
  }

  async placements(ids: string[]): Promise<Map<string, string>> {
    return this.storyRows.placements(ids);
  }

  async saveStories(update: StoriesUpdate): Promise<void> {
    this.db.transaction(() => this.saveInTransaction(update))();
  }

  /** Placements and summaries, and the changes of the clusterer's state with them. */
  private saveInTransaction(update: StoriesUpdate): void {
    this.storyRows.apply(update);
    if (update.state) this.stateRows.apply(update.state);
  }

  async lease(name: string, owner: string, staleMs: number): Promise<boolean> {
    const now = Date.now();
    return this.db.transaction(() => {
      this.db.prepare(`INSERT INTO leases (name, owner, renewed_ms) VALUES (@name, @owner, @now)
        ON CONFLICT(name) DO UPDATE SET owner = excluded.owner, renewed_ms = excluded.renewed_ms
        WHERE leases.owner = excluded.owner OR leases.renewed_ms < @stale`).run({ name, owner, now, stale: now - staleMs });
      return (this.db.prepare('SELECT owner FROM leases WHERE name = ?').get(name) as { owner: string } | undefined)?.owner === owner;
    }).immediate();
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    this.db.prepare('DELETE FROM leases WHERE name = ? AND owner = ?').run(name, owner);
  }

  async resetStories(): Promise<void> {
    this.db.transaction(() => {
      this.storyRows.reset();
      this.stateRows.reset();
    })();
  }

  async listStories(options: { limit?: number; offset?: number } = {}): Promise<{ stories: StoredStory[]; total: number }> {
    return this.storyRows.list(options);
  }

  async getStory(id: string): Promise<StoredStoryDetail | undefined> {
    return this.storyRows.get(id);
  }

  async storyOf(articleId: string): Promise<string | undefined> {
    return this.storyRows.storyOf(articleId);
  }

  async datedEvents(articleIds: string[]): Promise<StoredEvent[]> {
    return this.articleRows.datedEvents(articleIds);
  }

  async *dumpArticles(options: { batchSize?: number } = {}): AsyncIterable<ArticleDump[]> {
    for (const rows of this.articleRows.pages('all', options)) yield this.dumper.dumps(rows);
  }

  async restoreArticles(articles: ArticleRestore[]): Promise<void> {
    this.dumper.restore(articles);
  }

  async entities(query: EntityQuery): Promise<EntityPage> {
    return entityPage(this.entityRows, query);
  }

  async entity(id: string, options: { limit: number }): Promise<StoredEntityDetail | undefined> {
    return entityDetail(this.entityRows, id, options.limit);
  }

  async entityIdsNamed(key: string): Promise<string[]> {
    return this.entityRows.named(key);
  }

  async entityIdsLike(key: string): Promise<{ id: string; key: string }[]> {
    return this.entityRows.like(key);
  }

  async entityArticles(query: EntityArticlesQuery): Promise<{ ids: string[]; total: number }> {
    return this.entityRows.naming(query);
  }

  async optimize(options: OptimizeOptions = {}): Promise<OptimizeResult> {
    if (options.auto) return { summary: 'nothing due' };
    // FTS5's own merge of its index's segments into one, then SQLite's planner statistics
    this.db.prepare("INSERT INTO article_fts (article_fts) VALUES ('optimize')").run();
    this.db.pragma('optimize');
    return { summary: 'full-text index merged into one segment, planner statistics refreshed' };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
