/**
 * Opening the store: from `--db`, else `TOANCANH_DB`, else `./toancanh.db`. The one place that
 * knows the store implementations; a `postgres://` URL is recognised and refused until that store
 * exists.
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

function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

/** Opens the store; `read` requires it to exist already, `write` creates it when missing. */
export async function openStore(target: string, mode: 'read' | 'write'): Promise<Store> {
  if (isUrl(target)) throw new AppError('E_DB_UNSUPPORTED', `cannot open ${target.replace(/\/\/[^@/]*@/, '//…@')}: only SQLite files are supported so far`);
  if (mode === 'read' && !existsSync(target)) throw new AppError('E_DB_MISSING', `no database at ${target}`);
  try {
    return await SqliteStore.open(target, { mustExist: mode === 'read' });
  } catch (e) {
    throw new AppError('E_DB_OPEN', `cannot open ${target}: ${(e as Error).message}`);
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
