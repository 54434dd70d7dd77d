/** What every command gets: output streams, the environment, and where the store is. */
import { storeTarget } from '../app/open.js';

export interface Context {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The store: --db, else TOANCANH_DB, else ./toancanh.db. */
export function dbTarget(ctx: Context, flag: string | undefined): string {
  return storeTarget(flag, ctx.env, ctx.cwd);
}

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes and waits for the stream to drain when it asks to (large outputs, slow pipes). */
export async function put(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((r) => stream.once('drain', () => r()));
}
