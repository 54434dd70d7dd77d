/**
 * The clusterer's state in PostgreSQL, as rows written as they change, laid out as in the SQLite
 * store (../sqlite/clusterer-state.ts): `clusterer_scalars` (one row of JSON), and one table per
 * part, each row an id, its place in the part's order and an opaque binary payload.
 */
import type pg from 'pg';
import type { ClustererStateDelta, ClustererStatePart, ClustererStateRow, ClustererStateRows } from '../store.js';
import { one, rows, type Queryable } from './db.js';

/** Each part's fixed SQL texts. */
const SQL: Record<ClustererStatePart, { all: string; put: string; del: string; clear: string }> = {
  stories: {
    all: 'SELECT id, ord, data FROM clusterer_stories',
    put: 'INSERT INTO clusterer_stories (id, ord, data) SELECT * FROM unnest($1::text[], $2::integer[], $3::bytea[]) ON CONFLICT (id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_stories WHERE id = ANY($1::text[])',
    clear: 'DELETE FROM clusterer_stories',
  },
  archive: {
    all: 'SELECT id, ord, data FROM clusterer_archive',
    put: 'INSERT INTO clusterer_archive (id, ord, data) SELECT * FROM unnest($1::text[], $2::integer[], $3::bytea[]) ON CONFLICT (id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_archive WHERE id = ANY($1::text[])',
    clear: 'DELETE FROM clusterer_archive',
  },
  articles: {
    all: 'SELECT id, ord, data FROM clusterer_articles',
    put: 'INSERT INTO clusterer_articles (id, ord, data) SELECT * FROM unnest($1::text[], $2::integer[], $3::bytea[]) ON CONFLICT (id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_articles WHERE id = ANY($1::text[])',
    clear: 'DELETE FROM clusterer_articles',
  },
  signatures: {
    all: 'SELECT id, ord, data FROM clusterer_signatures',
    put: 'INSERT INTO clusterer_signatures (id, ord, data) SELECT * FROM unnest($1::text[], $2::integer[], $3::bytea[]) ON CONFLICT (id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_signatures WHERE id = ANY($1::text[])',
    clear: 'DELETE FROM clusterer_signatures',
  },
  df: {
    all: 'SELECT id, ord, data FROM clusterer_df',
    put: 'INSERT INTO clusterer_df (id, ord, data) SELECT * FROM unnest($1::text[], $2::integer[], $3::bytea[]) ON CONFLICT (id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_df WHERE id = ANY($1::text[])',
    clear: 'DELETE FROM clusterer_df',
  },
};

const PARTS = Object.keys(SQL) as ClustererStatePart[];

export class PgClustererState {
  constructor(private readonly db: pg.Pool) {}

  /** The state as rows, or undefined when none was saved. */
  async load(): Promise<ClustererStateRows | undefined> {
    const scalars = await one(this.db, 'SELECT data FROM clusterer_scalars WHERE id = 1');
    if (!scalars) return undefined;
    const parts = Object.fromEntries(await Promise.all(PARTS.map(async (p) => [p, (await rows(this.db, SQL[p].all)).map((r): ClustererStateRow => ({
      key: r.id as string,
      ord: r.ord as number,
      data: r.data as Buffer,
    }))])));
    return { scalars: scalars.data as string, parts: parts as ClustererStateRows['parts'] };
  }

  /** Applies a delta; the caller holds the transaction on `c`. */
  async apply(c: pg.PoolClient, delta: ClustererStateDelta): Promise<void> {
    if (delta.full) await this.reset(c);
    for (const p of PARTS) {
      if (delta.removed[p].length > 0) await c.query(SQL[p].del, [delta.removed[p]]);
      // a key written twice: its last row, as rows written in order
      const last = [...new Map(delta.upserts[p].map((r) => [r.key, r])).values()];
      if (last.length > 0) {
        await c.query(SQL[p].put, [last.map((r) => r.key), last.map((r) => r.ord), last.map((r) => Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength))]);
      }
    }
    await c.query(`INSERT INTO clusterer_scalars (id, data, updated_at) VALUES (1, $1, $2)
      ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`, [delta.scalars, new Date().toISOString()]);
  }

  /** Forgets the state. */
  async reset(c: Queryable): Promise<void> {
    for (const p of PARTS) await c.query(SQL[p].clear);
    await c.query('DELETE FROM clusterer_scalars');
  }
}
