/**
 * The clusterer's state in SQLite, as rows written as they change: `clusterer_scalars` (one row of
 * JSON: parameters, clock, counters), and one table per part, each row an id, its place in the
 * part's order and an opaque binary payload (src/stories/rows.ts): `clusterer_stories` (stories in
 * memory), `clusterer_archive` (archived stories), `clusterer_articles` (articles whose vectors
 * are held: not settled yet, or kept for splitting), `clusterer_signatures` (near-duplicate
 * signatures of the articles in memory), `clusterer_df` (chunks of document frequencies).
 * `clusterer_state` holds a state saved as one JSON value by earlier versions, until the next
 * placement writes it as rows (a `full` delta deletes it).
 */
import type Database from 'better-sqlite3';
import type { ClustererStateDelta, ClustererStatePart, ClustererStateRow, ClustererStateRows } from '../store.js';
import { statements, type Row, type Statements } from './rows.js';

/** Each part's fixed SQL texts. */
const SQL: Record<ClustererStatePart, { all: string; put: string; del: string; clear: string }> = {
  stories: {
    all: 'SELECT id, ord, data FROM clusterer_stories',
    put: 'INSERT INTO clusterer_stories (id, ord, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_stories WHERE id = ?',
    clear: 'DELETE FROM clusterer_stories',
  },
  archive: {
    all: 'SELECT id, ord, data FROM clusterer_archive',
    put: 'INSERT INTO clusterer_archive (id, ord, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_archive WHERE id = ?',
    clear: 'DELETE FROM clusterer_archive',
  },
  articles: {
    all: 'SELECT id, ord, data FROM clusterer_articles',
    put: 'INSERT INTO clusterer_articles (id, ord, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_articles WHERE id = ?',
    clear: 'DELETE FROM clusterer_articles',
  },
  signatures: {
    all: 'SELECT id, ord, data FROM clusterer_signatures',
    put: 'INSERT INTO clusterer_signatures (id, ord, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_signatures WHERE id = ?',
    clear: 'DELETE FROM clusterer_signatures',
  },
  df: {
    all: 'SELECT id, ord, data FROM clusterer_df',
    put: 'INSERT INTO clusterer_df (id, ord, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET ord = excluded.ord, data = excluded.data',
    del: 'DELETE FROM clusterer_df WHERE id = ?',
    clear: 'DELETE FROM clusterer_df',
  },
};

const PARTS = Object.keys(SQL) as ClustererStatePart[];

export class SqliteClustererState {
  private readonly sql: Statements;

  constructor(db: Database.Database) {
    this.sql = statements(db);
  }

  /** The state as rows, or undefined when none was saved so. */
  load(): ClustererStateRows | undefined {
    const scalars = this.sql('SELECT data FROM clusterer_scalars WHERE id = 1').get() as Row | undefined;
    if (!scalars) return undefined;
    const parts = Object.fromEntries(PARTS.map((p) => [p, (this.sql(SQL[p].all).all() as Row[]).map((r): ClustererStateRow => ({
      key: r.id as string,
      ord: r.ord as number,
      data: r.data as Buffer,
    }))]));
    return { scalars: scalars.data as string, parts: parts as ClustererStateRows['parts'] };
  }

  /** A state saved as one JSON value (before rows). */
  legacy(): string | undefined {
    return (this.sql('SELECT state FROM clusterer_state WHERE id = 1').get() as Row | undefined)?.state as string | undefined;
  }

  /** Applies a delta; the caller holds the transaction. */
  apply(delta: ClustererStateDelta): void {
    if (delta.full) this.reset();
    for (const p of PARTS) {
      const del = this.sql(SQL[p].del);
      for (const key of delta.removed[p]) del.run(key);
      const put = this.sql(SQL[p].put);
      for (const r of delta.upserts[p]) put.run(r.key, r.ord, Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength));
    }
    this.sql(`INSERT INTO clusterer_scalars (id, data, updated_at) VALUES (1, ?, ?)
      ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`).run(delta.scalars, new Date().toISOString());
  }

  /** Forgets the state (rows and a JSON value). */
  reset(): void {
    for (const p of PARTS) this.sql(SQL[p].clear).run();
    this.sql('DELETE FROM clusterer_scalars').run();
    this.sql('DELETE FROM clusterer_state').run();
  }
}
