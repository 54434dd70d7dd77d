/**
 * The connection to PostgreSQL (node-postgres): a pool, its type parsers (bigint as a JS number:
 * epoch milliseconds and counts fit), transactions, and the schema migrations run with
 * node-pg-migrate (maintained; advisory-locked, so that processes opening the same new database at
 * once migrate it once; every pending migration in one transaction).
 */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runner } from 'node-pg-migrate';

export type Queryable = pg.Pool | pg.PoolClient;
export type Row = Record<string, unknown>;

const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser,
};

export interface PgOptions {
  /** A schema of its own (created when missing): several stores in one database (the tests' way). */
  schema?: string;
}

/**
 * Settings of the store's sessions, whose statements take milliseconds: no parallel workers (a
 * search statement planned with one, over a freshly written index at 26,000 articles, waited 78 ms
 * for it to start on the loaded machine, longer than the statement; search runs its two statements
 * side by side instead) and no JIT compilation (the search statements stay under `jit_above_cost`
 * at 100,000 articles, about 44,000; a larger index would cross it, and compiling costs tens of ms).
 */
const SESSION = ['-c jit=off', '-c max_parallel_workers_per_gather=0'];

export function pool(url: string, options: PgOptions): pg.Pool {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${JSON.stringify(schema)}`);
  return new pg.Pool({
    connectionString: url,
    max: 4,
    types,
    // public after the store's schema: where migration 006 creates pg_trgm (its operators)
    options: [...(schema ? ['-c search_path=' + schema + ',public'] : []), ...SESSION].join(' '),
  });
}

/** Runs `fn` in one transaction on one connection: committed when it returns, rolled back when it throws. */
export async function transaction<T>(p: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await p.connect();
  try {
    await c.query('BEGIN');
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

export async function rows(q: Queryable, sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await q.query(sql, params)).rows as Row[];
}

export async function one(q: Queryable, sql: string, params: unknown[] = []): Promise<Row | undefined> {
  return (await q.query(sql, params)).rows[0] as Row | undefined;
}

/** The migrations' folder (compiled: dist/src/store/postgres/migrations). */
const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/** Brings the schema up to date; waits for another process that is migrating the same database. */
export async function migrate(p: pg.Pool, options: PgOptions): Promise<void> {
  const c = await p.connect();
  try {
    await runner({
      dbClient: c as unknown as pg.Client,
      dir: MIGRATIONS,
      ignorePattern: '(\\..*)|(.*\\.map)|(.*\\.d\\.ts)',
      direction: 'up',
      migrationsTable: 'pgmigrations',
      ...(options.schema ? { schema: options.schema, createSchema: true } : {}),
      checkOrder: true,
      singleTransaction: true,
      advisoryLockMode: 'wait',
      log: () => undefined,
    });
  } catch (e) {
    throw trgmMissing(e) ?? e;
  } finally {
    // the migrator sets the search path to the store's schema alone: back to the pool's (with public)
    await c.query('RESET search_path').catch(() => undefined);
    c.release();
  }
}

/** A clear error when migration 006 cannot create pg_trgm (contrib not installed, or no right to create it). */
export function trgmMissing(e: unknown): Error | undefined {
  const message = e instanceof Error ? e.message : String(e);
  if (!/pg_trgm|gin_trgm_ops/.test(message)) return undefined;
  return new Error(`the PostgreSQL store needs the pg_trgm extension (fuzzy name look-up), which could not be created: ${message}. ` +
    'Install PostgreSQL\'s contrib modules on the server (Debian: postgresql-contrib, or the postgresql-NN package that ships them), ' +
    'or have a superuser run CREATE EXTENSION pg_trgm SCHEMA public in this database, then open it again.', { cause: e });
}
