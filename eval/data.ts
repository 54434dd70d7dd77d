/** Where the evaluation data is: $TOANCANH_DATA, else ../shared/data beside the repository. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function dataDir(): string {
  return resolve(process.env.TOANCANH_DATA ?? join(REPO_ROOT, '../shared/data'));
}

export function missing(dir: string, paths: string[]): string[] {
  return paths.filter((p) => !existsSync(join(dir, p)));
}
