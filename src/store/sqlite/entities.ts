/**
 * Entity rows in SQLite (migrations 9 and 11; src/store/entity-types.ts): written with their article
 * (its aliases replaced and deleted with it, entities written once), and the entity reads
 * (../entity-rows.ts puts their rows together). An alias row is one form of one entity in one
 * article with its count: an entity's mentions are the sum of its counts, its articles the distinct
 * articles of its rows. Rows are written a statement each; lists read are one JSON parameter; the SQL
 * texts are fixed.
 */
import { TRIGRAM_THRESHOLD, trigramSimilarity, trigrams } from '../../text/trigrams.js';
import type Database from 'better-sqlite3';
import type { ArticleEntities, EntityArticlesQuery, EntityQuery } from '../entity-types.js';
import type { EntityReads } from '../entity-rows.js';
import { jsonList, statements, type Row, type Statements } from './rows.js';

/** An entity once; a linked one follows the knowledge base's name (a name not in it keeps its first form). */
export const ENTITIES_UPSERT = `INSERT INTO entities (id, type, name, en, linked, key) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET name = excluded.name, en = excluded.en, linked = excluded.linked, key = excluded.key
  WHERE excluded.linked = 1 AND (entities.linked = 0 OR entities.name IS NOT excluded.name OR entities.en IS NOT excluded.en)`;
export const ALIASES_INSERT = `INSERT INTO entity_aliases (article_id, entity_id, text, key, count) VALUES (?, ?, ?, ?, ?)`;

/** The articles counted: not exact copies, published in the bounds (the day as written) when bounds are given. */
const COUNTED = `a.copy_of IS NULL AND (@from IS NULL OR substr(a.published_at, 1, 10) >= @from) AND (@to IS NULL OR substr(a.published_at, 1, 10) <= @to)`;
const TYPED = `(@type IS NULL OR m.entity_id IN (SELECT id FROM entities WHERE type = @type))`;
const PAGE = `WITH c AS (
    SELECT m.entity_id, sum(m.count) AS mentions, count(DISTINCT m.article_id) AS articles
    FROM entity_aliases m JOIN articles a ON a.id = m.article_id WHERE ` + COUNTED + ` AND ` + TYPED + ` GROUP BY m.entity_id)
  SELECT e.id, e.type, e.name, e.en, e.linked, c.mentions, c.articles FROM c JOIN entities e ON e.id = c.entity_id
  ORDER BY c.articles DESC, c.mentions DESC, e.id LIMIT @limit OFFSET @offset`;
const TOTALS = `SELECT
    (SELECT count(DISTINCT m.entity_id) FROM entity_aliases m JOIN articles a ON a.id = m.article_id WHERE ` + COUNTED + ` AND ` + TYPED + `) AS entities,
    (SELECT count(DISTINCT m.article_id) FROM entity_aliases m JOIN articles a ON a.id = m.article_id WHERE ` + COUNTED + `) AS articles`;
const COUNTS = `SELECT e.id, e.type, e.name, e.en, e.linked, sum(m.count) AS mentions, count(DISTINCT m.article_id) AS articles
  FROM entities e JOIN entity_aliases m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id
  WHERE a.copy_of IS NULL AND e.id IN (SELECT value FROM json_each(?)) GROUP BY e.id`;
const NAMES = `SELECT s.entity_id, s.text FROM entity_aliases s JOIN articles a ON a.id = s.article_id
  WHERE a.copy_of IS NULL AND s.entity_id IN (SELECT value FROM json_each(?)) GROUP BY s.entity_id, s.text ORDER BY s.entity_id, sum(s.count) DESC, s.text`;
const ALIASES = `SELECT s.text, sum(s.count) AS count FROM entity_aliases s JOIN articles a ON a.id = s.article_id
  WHERE a.copy_of IS NULL AND s.entity_id = ? GROUP BY s.text ORDER BY count DESC, s.text`;
const ARTICLES = `SELECT a.id, a.title, a.published_at, sum(m.count) AS mentions FROM entity_aliases m JOIN articles a ON a.id = m.article_id
  WHERE a.copy_of IS NULL AND m.entity_id = ? GROUP BY a.rowid ORDER BY mentions DESC, a.rowid LIMIT ?`;
const MONTHS = `SELECT coalesce(substr(a.published_at, 1, 7), 'undated') AS month, count(DISTINCT a.id) AS articles
  FROM entity_aliases m JOIN articles a ON a.id = m.article_id WHERE a.copy_of IS NULL AND m.entity_id = ? GROUP BY month ORDER BY month`;
const COOCCURRING = `SELECT o.entity_id, count(DISTINCT o.article_id) AS together
  FROM (SELECT DISTINCT article_id FROM entity_aliases WHERE entity_id = @id) x JOIN articles a ON a.id = x.article_id
  JOIN entity_aliases o ON o.article_id = x.article_id
  WHERE a.copy_of IS NULL AND o.entity_id != @id GROUP BY o.entity_id ORDER BY together DESC, o.entity_id LIMIT @limit`;
const STORIES = `SELECT s.id, s.headline, s.headline_id, count(*) AS articles
  FROM (SELECT DISTINCT article_id FROM entity_aliases WHERE entity_id = ?) x JOIN articles a ON a.id = x.article_id
  JOIN story_articles sa ON sa.article_id = x.article_id JOIN stories s ON s.id = sa.story_id
  WHERE a.copy_of IS NULL GROUP BY s.id ORDER BY articles DESC, s.last_ms IS NULL, s.last_ms DESC, s.id LIMIT ?`;
const NAMED = `SELECT id FROM entities WHERE key = @key UNION SELECT entity_id FROM entity_aliases WHERE key = @key`;
/** Every name key and form key once (the fuzzy look-up compares each with the name asked: no trigram index here). */
const KEYS = `SELECT id, key FROM entities UNION SELECT entity_id, key FROM entity_aliases`;
/** As search leaves copies out: exact copies, and near-duplicates placed as copies. */
const NAMING = `FROM articles a WHERE a.id IN (SELECT article_id FROM entity_aliases WHERE entity_id = @entity)
  AND (@fromMs IS NULL OR a.published_ms >= @fromMs) AND (@toMs IS NULL OR a.published_ms <= @toMs) AND (@outlet IS NULL OR a.source_key = @outlet)
  AND (@copies = 1 OR (a.copy_of IS NULL AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id AND sa.copy_of IS NOT NULL)))`;
const NAMING_PAGE = `SELECT a.id ` + NAMING + ` ORDER BY a.published_ms IS NULL, a.published_ms DESC, a.rowid DESC LIMIT @limit OFFSET @offset`;
const NAMING_COUNT = `SELECT count(*) AS n ` + NAMING;

/** Rows remembered as committed at most (then forgotten: they are written again, which changes nothing). */
const COMMITTED_LIMIT = 100_000;

export class SqliteEntities implements EntityReads {
  private readonly sql: Statements;
  /**
   * Entity rows this connection committed (as `write` keys them): an ingest names the same
   * countries and people in batch after batch, and an upsert of a row as it stands changes nothing.
   * Entity rows are never deleted, so a row committed stays (a name another process gives the same
   * id later is not written over by this one's older one again).
   */
  private readonly committedRows = new Set<string>();

  constructor(db: Database.Database) {
    this.sql = statements(db);
  }

  /**
   * (Re)writes an article's entity rows; the caller holds the transaction. `written`: the entities
   * already written in this transaction, as their rows read (an entity written again with the same
   * row changes nothing, and most articles of a batch name the same countries and people); with it,
   * the rows committed earlier (`committed`) are not written again either.
   */
  write(id: string, rows: ArticleEntities | undefined, replace: boolean, written?: Set<string>): void {
    if (replace) this.remove([id]);
    if (!rows || rows.aliases.length === 0) return;
    // a statement per row: inside the caller's transaction, about half the time of one statement
    // over a JSON list (json_each and `->>` parse every row again), and ingest writes tens per article
    const upsert = this.sql(ENTITIES_UPSERT);
    for (const x of rows.entities) {
      const row = written ? `${x.id}\u0000${x.type}\u0000${x.name}\u0000${x.en ?? ''}\u0000${x.linked ? 1 : 0}\u0000${x.key}` : '';
      if (written && (written.has(row) || this.committedRows.has(row))) continue;
      upsert.run(x.id, x.type, x.name, x.en ?? null, x.linked ? 1 : 0, x.key);
      written?.add(row);
    }
    const alias = this.sql(ALIASES_INSERT);
    for (const a of rows.aliases) alias.run(id, a.entity, a.text, a.key, a.count);
  }

  /** Remembers the rows of a transaction's `written` once it committed. */
  committed(written: ReadonlySet<string>): void {
    if (this.committedRows.size + written.size > COMMITTED_LIMIT) this.committedRows.clear();
    for (const row of written) this.committedRows.add(row);
  }

  /** Removes articles' aliases (their entities stay); the caller holds the transaction. */
  remove(ids: string[]): void {
    this.sql('DELETE FROM entity_aliases WHERE article_id IN (SELECT value FROM json_each(?))').run(jsonList(ids));
  }

  private bounds(q: EntityQuery): Record<string, unknown> {
    return { from: q.from ?? null, to: q.to ?? null, type: q.type ?? null };
  }

  async page(q: EntityQuery): Promise<Row[]> {
    return this.sql(PAGE).all({ ...this.bounds(q), limit: q.limit, offset: q.offset }) as Row[];
  }

  async totals(q: EntityQuery): Promise<Row> {
    return this.sql(TOTALS).get(this.bounds(q)) as Row;
  }

  async counts(ids: string[]): Promise<Row[]> {
    return ids.length === 0 ? [] : (this.sql(COUNTS).all(jsonList(ids)) as Row[]);
  }

  async names(ids: string[]): Promise<Row[]> {
    return this.sql(NAMES).all(jsonList(ids)) as Row[];
  }

  async aliases(id: string): Promise<Row[]> {
    return this.sql(ALIASES).all(id) as Row[];
  }

  async articles(id: string, limit: number): Promise<Row[]> {
    return this.sql(ARTICLES).all(id, limit) as Row[];
  }

  async months(id: string): Promise<Row[]> {
    return this.sql(MONTHS).all(id) as Row[];
  }

  async cooccurring(id: string, limit: number): Promise<Row[]> {
    return this.sql(COOCCURRING).all({ id, limit }) as Row[];
  }

  async stories(id: string, limit: number): Promise<Row[]> {
    return this.sql(STORIES).all(id, limit) as Row[];
  }

  named(key: string): string[] {
    return (this.sql(NAMED).all({ key }) as Row[]).map((r) => r.id as string);
  }

  like(key: string): { id: string; key: string }[] {
    const asked = trigrams(key);
    return (this.sql(KEYS).all() as Row[]).flatMap((r) => trigramSimilarity(asked, r.key as string) >= TRIGRAM_THRESHOLD
      ? [{ id: r.id as string, key: r.key as string }] : []);
  }

  naming(q: EntityArticlesQuery): { ids: string[]; total: number } {
    const params = { entity: q.entity, fromMs: q.fromMs ?? null, toMs: q.toMs ?? null, outlet: q.outlet ?? null, copies: q.includeCopies ? 1 : 0 };
    const total = (this.sql(NAMING_COUNT).get(params) as Row).n as number;
    if (total === 0) return { ids: [], total };
    return { ids: (this.sql(NAMING_PAGE).all({ ...params, limit: q.limit, offset: q.offset }) as Row[]).map((r) => r.id as string), total };
  }
}
