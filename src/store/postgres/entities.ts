/**
 * Entity rows in PostgreSQL (migrations 003 and 007; src/store/entity-types.ts), the SQLite store's
 * ../sqlite/entities.ts: written with their article (its aliases replaced and deleted with it,
 * entities written once), and the entity reads (../entity-rows.ts puts their rows together). An
 * alias row is one form of one entity in one article with its count: an entity's mentions are the
 * sum of its counts, its articles the distinct articles of its rows.
 * Each column is one array parameter; the SQL texts are fixed. Texts compared and ordered
 * `COLLATE "C"` (byte order, as SQLite's).
 */
import type pg from 'pg';
import type { ArticleEntities, EntityArticlesQuery, EntityQuery } from '../entity-types.js';
import type { EntityReads } from '../entity-rows.js';
import { one, rows, type Queryable, type Row } from './db.js';

/**
 * An entity once: a new one inserted, one stored left as it is (not locked: concurrent writers of
 * the same entities do not wait for each other's transactions). Given in id order, so that
 * concurrent writers of the same new entities wait alike.
 */
const ENTITIES_INSERT = `INSERT INTO entities (id, type, name, en, linked, key)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[])
  ON CONFLICT (id) DO NOTHING`;
/**
 * A linked one follows the knowledge base's name (a name not in it keeps its first form): the
 * linked entities given whose row differs, locked in id order, are renamed (mostly none).
 */
const ENTITIES_RENAME = `UPDATE entities e SET name = x.name, en = x.en, linked = true, key = x.key
  FROM (SELECT s.id, k.name, k.en, k.key FROM entities s JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(id, name, en, key) ON s.id = k.id
    WHERE NOT s.linked OR s.name IS DISTINCT FROM k.name OR s.en IS DISTINCT FROM k.en ORDER BY s.id FOR UPDATE OF s) x
  WHERE e.id = x.id`;
const ALIASES_INSERT = `INSERT INTO entity_aliases (article_id, entity_id, text, key, count)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[])`;

/** The articles counted ($1 from, $2 to: the publication day as written). */
const COUNTED = `a.copy_of IS NULL AND ($1::text IS NULL OR substr(a.published_at, 1, 10) COLLATE "C" >= $1) AND ($2::text IS NULL OR substr(a.published_at, 1, 10) COLLATE "C" <= $2)`;
const TYPED = `($3::text IS NULL OR m.entity_id IN (SELECT id FROM entities WHERE type = $3))`;
const PAGE = `WITH c AS (
    SELECT m.entity_id, sum(m.count) AS mentions, count(DISTINCT m.article_id) AS articles
    FROM entity_aliases m JOIN articles a ON a.id = m.article_id WHERE ` + COUNTED + ` AND ` + TYPED + ` GROUP BY m.entity_id)
  SELECT e.id, e.type, e.name, e.en, e.linked, c.mentions, c.articles FROM c JOIN entities e ON e.id = c.entity_id
  ORDER BY c.articles DESC, c.mentions DESC, e.id LIMIT $4 OFFSET $5`;
const TOTALS = `SELECT
    (SELECT count(DISTINCT m.entity_id) FROM entity_aliases m JOIN articles a ON a.id = m.article_id WHERE ` + COUNTED + ` AND ` + TYPED + `) AS entities,
    (SELECT count(DISTINCT m.article_id) FROM entity_aliases m JOIN articles a ON a.id = m.article_id WHERE ` + COUNTED + `) AS articles`;
const COUNTS = `SELECT e.id, e.type, e.name, e.en, e.linked, sum(m.count) AS mentions, count(DISTINCT m.article_id) AS articles
  FROM entities e JOIN entity_aliases m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id
  WHERE a.copy_of IS NULL AND e.id = ANY($1::text[]) GROUP BY e.id`;
const NAMES = `SELECT s.entity_id, s.text FROM entity_aliases s JOIN articles a ON a.id = s.article_id
  WHERE a.copy_of IS NULL AND s.entity_id = ANY($1::text[]) GROUP BY s.entity_id, s.text ORDER BY s.entity_id, sum(s.count) DESC, s.text`;
const ALIASES = `SELECT s.text, sum(s.count) AS count FROM entity_aliases s JOIN articles a ON a.id = s.article_id
  WHERE a.copy_of IS NULL AND s.entity_id = $1 GROUP BY s.text ORDER BY count DESC, s.text`;
const ARTICLES = `SELECT a.id, a.title, a.published_at, sum(m.count) AS mentions FROM entity_aliases m JOIN articles a ON a.id = m.article_id
  WHERE a.copy_of IS NULL AND m.entity_id = $1 GROUP BY a.rowid ORDER BY mentions DESC, a.rowid LIMIT $2`;
const MONTHS = `SELECT coalesce(substr(a.published_at, 1, 7), 'undated') COLLATE "C" AS month, count(DISTINCT a.id) AS articles
  FROM entity_aliases m JOIN articles a ON a.id = m.article_id WHERE a.copy_of IS NULL AND m.entity_id = $1 GROUP BY 1 ORDER BY 1`;
const COOCCURRING = `SELECT o.entity_id, count(DISTINCT o.article_id) AS together
  FROM (SELECT DISTINCT article_id FROM entity_aliases WHERE entity_id = $1) x JOIN articles a ON a.id = x.article_id
  JOIN entity_aliases o ON o.article_id = x.article_id
  WHERE a.copy_of IS NULL AND o.entity_id <> $1 GROUP BY o.entity_id ORDER BY together DESC, o.entity_id LIMIT $2`;
const STORIES = `SELECT s.id, s.headline, s.headline_id, count(*) AS articles
  FROM (SELECT DISTINCT article_id FROM entity_aliases WHERE entity_id = $1) x JOIN articles a ON a.id = x.article_id
  JOIN story_articles sa ON sa.article_id = x.article_id JOIN stories s ON s.id = sa.story_id
  WHERE a.copy_of IS NULL GROUP BY s.id ORDER BY articles DESC, s.last_ms DESC NULLS LAST, s.id LIMIT $2`;
const NAMED = `SELECT id FROM entities WHERE key = $1 UNION SELECT entity_id FROM entity_aliases WHERE key = $1`;
/** Close keys through the pg_trgm indexes (migration 006): `%` is similarity at least pg_trgm.similarity_threshold (0.3 unless set). */
const LIKE = `SELECT id, key FROM entities WHERE key % $1::text UNION SELECT entity_id, key FROM entity_aliases WHERE key % $1::text`;
/** As search leaves copies out: exact copies, and near-duplicates placed as copies. */
const NAMING = `FROM articles a WHERE a.id IN (SELECT article_id FROM entity_aliases WHERE entity_id = $1)
  AND ($3::bigint IS NULL OR a.published_ms >= $3) AND ($4::bigint IS NULL OR a.published_ms <= $4) AND ($5::text IS NULL OR a.source_key = $5)
  AND ($2::boolean OR (a.copy_of IS NULL AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id AND sa.copy_of IS NOT NULL)))`;
const NAMING_PAGE = `SELECT a.id ` + NAMING + ` ORDER BY a.published_ms DESC NULLS LAST, a.rowid DESC LIMIT $6 OFFSET $7`;
const NAMING_COUNT = `SELECT count(*) AS n ` + NAMING;

/**
 * Writes the entity rows of several articles: each entity once, as writing the articles one after
 * the other leaves it (its last linked row, where one is linked: only a linked row renames; else its
 * first, as the first insert leaves a new one), in id order, then every form.
 */
export async function writeEntitiesOf(c: Queryable, articles: { id: string; entities: ArticleEntities | undefined }[]): Promise<void> {
  const given = articles.filter((a): a is { id: string; entities: ArticleEntities } => a.entities !== undefined && a.entities.aliases.length > 0);
  if (given.length === 0) return;
  const byId = new Map<string, ArticleEntities['entities'][number]>();
  for (const a of given) for (const x of a.entities.entities) if (x.linked || !byId.has(x.id)) byId.set(x.id, x);
  const es = [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  await c.query(ENTITIES_INSERT, [es.map((x) => x.id), es.map((x) => x.type), es.map((x) => x.name), es.map((x) => x.en ?? null), es.map((x) => x.linked), es.map((x) => x.key)]);
  const linked = es.filter((x) => x.linked);
  if (linked.length > 0) await c.query(ENTITIES_RENAME, [linked.map((x) => x.id), linked.map((x) => x.name), linked.map((x) => x.en ?? null), linked.map((x) => x.key)]);
  const as = given.flatMap((a) => a.entities.aliases.map((x) => ({ id: a.id, x })));
  await c.query(ALIASES_INSERT, [as.map((a) => a.id), as.map((a) => a.x.entity), as.map((a) => a.x.text), as.map((a) => a.x.key), as.map((a) => a.x.count)]);
}

/** Removes articles' aliases (their entities stay); the caller holds the transaction. */
export async function removeEntities(c: Queryable, ids: string[]): Promise<void> {
  await c.query('DELETE FROM entity_aliases WHERE article_id = ANY($1::text[])', [ids]);
}

export class PgEntities implements EntityReads {
  constructor(private readonly db: pg.Pool) {}

  private bounds(q: EntityQuery): unknown[] {
    return [q.from ?? null, q.to ?? null, q.type ?? null];
  }

  page(q: EntityQuery): Promise<Row[]> {
    return rows(this.db, PAGE, [...this.bounds(q), q.limit, q.offset]);
  }

  async totals(q: EntityQuery): Promise<Row> {
    return (await one(this.db, TOTALS, this.bounds(q)))!;
  }

  async counts(ids: string[]): Promise<Row[]> {
    return ids.length === 0 ? [] : rows(this.db, COUNTS, [ids]);
  }

  names(ids: string[]): Promise<Row[]> {
    return rows(this.db, NAMES, [ids]);
  }

  aliases(id: string): Promise<Row[]> {
    return rows(this.db, ALIASES, [id]);
  }

  articles(id: string, limit: number): Promise<Row[]> {
    return rows(this.db, ARTICLES, [id, limit]);
  }

  months(id: string): Promise<Row[]> {
    return rows(this.db, MONTHS, [id]);
  }

  cooccurring(id: string, limit: number): Promise<Row[]> {
    return rows(this.db, COOCCURRING, [id, limit]);
  }

  stories(id: string, limit: number): Promise<Row[]> {
    return rows(this.db, STORIES, [id, limit]);
  }

  async named(key: string): Promise<string[]> {
    return (await rows(this.db, NAMED, [key])).map((r) => r.id as string);
  }

  async like(key: string): Promise<{ id: string; key: string }[]> {
    return (await rows(this.db, LIKE, [key])).map((r) => ({ id: r.id as string, key: r.key as string }));
  }

  async naming(q: EntityArticlesQuery): Promise<{ ids: string[]; total: number }> {
    const params = [q.entity, q.includeCopies ?? false, q.fromMs ?? null, q.toMs ?? null, q.outlet ?? null];
    const total = (await one(this.db, NAMING_COUNT, params))!.n as number;
    if (total === 0) return { ids: [], total };
    return { ids: (await rows(this.db, NAMING_PAGE, [...params, q.limit, q.offset])).map((r) => r.id as string), total };
  }
}
