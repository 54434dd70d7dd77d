/**
 * Where the evaluation data is: $TOANCANH_DATA, else `../shared/data` beside the repository, else
 * beside the main checkout when this is a `git worktree` placed elsewhere (its `.git` file names the
 * main repository's `.git` folder).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The main checkout of the repository at `root`: `root` itself, or for a linked worktree the checkout it was made from. */
export function mainCheckout(root: string): string {
  const git = join(root, '.git');
  try {
    if (!statSync(git).isFile()) return root;
    // a linked worktree: `.git` is a file `gitdir: <main>/.git/worktrees/<name>`, whose `commondir` leads to `<main>/.git`
    const gitdir = resolve(root, /^gitdir:\s*(.+)$/m.exec(readFileSync(git, 'utf8'))?.[1]?.trim() ?? '');
    const common = resolve(gitdir, existsSync(join(gitdir, 'commondir')) ? readFileSync(join(gitdir, 'commondir'), 'utf8').trim() : '../..');
    return dirname(common);
  } catch {
    return root;
  }
}

export function dataDir(): string {
  if (process.env.TOANCANH_DATA) return resolve(process.env.TOANCANH_DATA);
  const beside = resolve(REPO_ROOT, '../shared/data');
  if (existsSync(beside)) return beside;
  const besideMain = resolve(mainCheckout(REPO_ROOT), '../shared/data');
  return existsSync(besideMain) ? besideMain : beside;
}

export function missing(dir: string, paths: string[]): string[] {
  return paths.filter((p) => !existsSync(join(dir, p)));
}
