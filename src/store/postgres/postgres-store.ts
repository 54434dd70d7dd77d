/**
 * The PostgreSQL store (node-postgres): the Store contract over one PostgreSQL database, laid out as
 * the SQLite store is (the same tables and rules of what is written; ../sqlite/), migrated by
 * node-pg-migrate (db.ts, migrations/). Articles, search, stories and counts live in files of their
 * own beside this one. It stores what it is told (the rules are src/app's) and indexes the terms it
 * is given. Every SQL text is fixed: values are bound parameters (a list is one array parameter).
 */
import type pg from 'pg';
import type {
  ArticleDump, ArticleRestore, ArticleRevision, ArticleState, CandidateQuery, Candidates, ClusterSource, FacetCounts, FacetQuery, ClustererStateRows, CopyLink, EntityArticlesQuery, EntityPage, EntityQuery,
  ListOptions, OptimizeOptions, OptimizeResult, SearchHit, Store, StoredArticle, StoredEntityDetail, StoredEvent, StoredStory, StoredStoryDetail, StoreStats, StoriesUpdate, Unplaced, WritePlan,
} from '../store.js';
import { entityDetail, entityPage } from '../entity-rows.js';
import { PgEntities } from './entities.js';
import { articleOf } from '../sqlite/rows.js';
import { PgArticles } from './articles.js';
import { PgClustererState } from './clusterer-state.js';
import { PgDump } from './dump.js';
import { migrate, pool, transaction, type PgOptions } from './db.js';
import { PgSearch } from './search.js';
import { optimizeBlocks } from './search-blocks.js';
import { pgStats } from './stats.js';
import { PgStories } from './stories.js';

export interface PostgresStoreOptions extends PgOptions {
  /** Open a database that holds a toancanh store only: create no tables (else `NoStoreError`). */
  mustExist?: boolean;
}

/** Opened with `mustExist`, and the database (or schema) holds no toancanh store. */
export class NoStoreError extends Error {}

export class PostgresStore implements Store {
  private readonly articleRows: PgArticles;
  private readonly searcher: PgSearch;
  private readonly storyRows: PgStories;
  private readonly stateRows: PgClustererState;
  private readonly dumper: PgDump;
  private readonly entityRows: PgEntities;
  private closed = false;

  private constructor(private readonly db: pg.Pool) {
    this.articleRows = new PgArticles(db);
    this.searcher = new PgSearch(db);
    this.storyRows = new PgStories(db);
    this.stateRows = new PgClustererState(db);
    this.dumper = new PgDump(db);
    this.entityRows = new PgEntities(db);
  }

  /** Connects, and brings the schema up to date (creating it in an empty database). */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const db = pool(url, options);
    try {
      if (options.mustExist) {
        const found = await db.query("SELECT to_regclass(format('%I.articles', coalesce($1, current_schema()))) IS NOT NULL AS found", [options.schema ?? null]);
        if (!(found.rows[0] as { found: boolean }).found) throw new NoStoreError('no toancanh store in this database');
      }
      await migrate(db, options);
    } catch (e) {
      await db.end();
      throw e;
    }
    return new PostgresStore(db);
  }

  async articleStates(query: { ids: string[]; contentHashes: string[] }): Promise<ArticleState[]> {
    return this.articleRows.states(query);
  }

  async writeArticles(plan: WritePlan): Promise<void> {
    await transaction(this.db, (c) => this.articleRows.write(c, plan));
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

  async optimize(options: OptimizeOptions & { minDocuments?: number; autoMin?: number } = {}): Promise<OptimizeResult> {
    const r = await transaction(this.db, (c) => optimizeBlocks(c, options));
    if (r.kind === 'none' && options.auto) return { summary: 'nothing due' };
    if (r.kind !== 'none') await this.db.query('ANALYZE search_blocks');
    const what = r.kind === 'full' ? 'posting blocks made anew' : r.kind === 'more' ? 'postings written since added to the blocks' : 'posting blocks already up to date';
    return { summary: `${what}: ${r.keys} terms and pairs with blocks, ${r.postings} postings packed, up to article row ${r.upto}` };
  }

  async stats(): Promise<StoreStats> {
    return pgStats(this.db);
  }

  async *articles(options: ListOptions = {}): AsyncIterable<StoredArticle[]> {
    for await (const rs of this.articleRows.pages('all', options)) yield rs.map(articleOf);
  }

  async *articleIds(options: ListOptions = {}): AsyncIterable<string[]> {
    for await (const rs of this.articleRows.pages('id', options)) yield rs.map((r) => r.id as string);
  }

  async count(options: ListOptions = {}): Promise<number> {
    return this.articleRows.count(options);
  }

  async deleteArticles(ids: string[], changes: { copies?: CopyLink[]; stories?: StoriesUpdate } = {}): Promise<string[]> {
    return transaction(this.db, async (c) => {
      const deleted = await this.articleRows.delete(c, ids, changes.copies ?? []);
      if (changes.stories) await this.saveIn(c, changes.stories);
      return deleted;
    });
  }

  async clustererRows(): Promise<ClustererStateRows | undefined> {
    return this.stateRows.load();
  }

  /** A state saved as one JSON value predates the rows: a PostgreSQL store never held one. */
  async clustererState(): Promise<string | undefined> {
    return undefined;
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
    await transaction(this.db, (c) => this.saveIn(c, update));
  }

  /** Placements and summaries, and the changes of the clusterer's state with them. */
  private async saveIn(c: pg.PoolClient, update: StoriesUpdate): Promise<void> {
    await this.storyRows.apply(c, update);
    if (update.state) await this.stateRows.apply(c, update.state);
  }

  async lease(name: string, owner: string, staleMs: number): Promise<boolean> {
    const now = Date.now();
    // one statement: taken (inserted, or updated when ours or stale), or not (held by another)
    const r = await this.db.query(`INSERT INTO leases (name, owner, renewed_ms) VALUES ($1, $2, $3)
      ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, renewed_ms = excluded.renewed_ms
      WHERE leases.owner = excluded.owner OR leases.renewed_ms < $4`, [name, owner, now, now - staleMs]);
    return r.rowCount === 1;
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    await this.db.query('DELETE FROM leases WHERE name = $1 AND owner = $2', [name, owner]);
  }

  async resetStories(): Promise<void> {
    await transaction(this.db, async (c) => {
      await this.storyRows.reset(c);
      await this.stateRows.reset(c);
    });
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
    for await (const rs of this.articleRows.pages('all', options)) yield await this.dumper.dumps(rs);
  }

  async restoreArticles(articles: ArticleRestore[]): Promise<void> {
    await transaction(this.db, (c) => this.dumper.restore(c, articles));
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.end();
  }
}
