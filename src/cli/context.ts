/** What every command gets: output streams, the environment, and how to open the store. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { CliError } from './errors.js';

export interface Context {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const DEFAULT_DB = 'toancanh.db';

/** The database path: --db, else TOANCANH_DB, else ./toancanh.db. */
export function dbPath(ctx: Context, flag: string | undefined): string {
  return resolve(ctx.cwd, flag ?? ctx.env.TOANCANH_DB ?? DEFAULT_DB);
}

/** Opens the store; reading commands require the database to exist already. */
export async function openStore(path: string, mode: 'read' | 'write'): Promise<Store> {
  if (mode === 'read' && !existsSync(path)) throw new CliError('E_DB_MISSING', `no database at ${path}`);
  try {
    return await SqliteStore.open(path, { mustExist: mode === 'read' });
  } catch (e) {
    throw new CliError('E_DB_OPEN', `cannot open ${path}: ${(e as Error).message}`);
  }
}

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
