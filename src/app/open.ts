/**
 * Opening the store: from `--db`, else `TOANCANH_DB`, else `./toancanh.db`. The one place that
 * knows the store implementations: a `postgres://` (or `postgresql://`) URL opens the PostgreSQL
 * store, any other path the SQLite store; other URLs are refused.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isBusyError, SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { AppError } from './errors.js';

export const DEFAULT_DB = 'toancanh.db';

/** Where the store is: the flag, else `TOANCANH_DB`, else `./toancanh.db` (paths resolved against `cwd`). */
export function storeTarget(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const given = flag ?? env.TOANCANH_DB ?? DEFAULT_DB;
  return isUrl(given) ? given : resolve(cwd, given);
}

/** Whether a target names a PostgreSQL database (`postgres://` or `postgresql://`). */
export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

/** A URL as shown in messages: without its password. */
export function shownTarget(target: string): string {
  return target.replace(/\/\/[^@/]*@/, '//…@');
}

/**
 * Opens the store; `read` requires it to exist already, `write` creates it when missing (for
 * PostgreSQL: the database must exist, and its tables are created in it, in the schema named by
 * the URL's `schema` parameter, else `public`).
 */
export async function openStore(target: string, mode: 'read' | 'write'): Promise<Store> {
  if (isUrl(target) && !isPostgresTarget(target)) throw new AppError('E_DB_UNSUPPORTED', `cannot open ${shownTarget(target)}: give a file path or a postgres:// URL`);
  if (isPostgresTarget(target)) return openPostgres(target, mode);
  if (mode === 'read' && !existsSync(target)) throw new AppError('E_DB_MISSING', `no database at ${target}`);
  try {
    return await SqliteStore.open(target, { mustExist: mode === 'read' });
  } catch (e) {
    throw new AppError('E_DB_OPEN', `cannot open ${target}: ${(e as Error).message}`);
  }
}

async function openPostgres(target: string, mode: 'read' | 'write'): Promise<Store> {
  // loaded only for a PostgreSQL URL: `pg` and the migrator cost every other command's start-up
  const { NoStoreError, PostgresStore } = await import('../store/postgres/postgres-store.js');
  const url = new URL(target);
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  try {
    return await PostgresStore.open(url.toString(), { ...(schema ? { schema } : {}), mustExist: mode === 'read' });
  } catch (e) {
    if (e instanceof NoStoreError) throw new AppError('E_DB_MISSING', `no toancanh database at ${shownTarget(target)}`);
    throw new AppError('E_DB_OPEN', `cannot open ${shownTarget(target)}: ${(e as Error).message}`);
  }
}

/** Runs `fn` with the store open, and closes it whatever happens. */
export async function withStore<T>(target: string, mode: 'read' | 'write', fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(target, mode);
  try {
    return await fn(store);
  } catch (e) {
    if (isBusyError(e)) throw new AppError('E_DB_BUSY', `${target} is in use by another process, which held it for more than a minute: ${(e as Error).message}`);
    throw e;
  } finally {
    await store.close();
  }
}
