/** Test helpers: fixture paths, temporary folders, and the CLI run in-process with captured output. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { runCli } from '../src/cli/main.js';

/** The repository root (tests run from dist/test). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS = join(ROOT, 'test/fixtures/seeds');
export const DEMO = join(ROOT, 'data/demo');
export const SEED_2021 = '000_ef62d61ddab68d08';
export const SEED_2019 = '004_96cdec1bc14d401d';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'toancanh-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}, input?: string): Promise<CliRun> {
  const out = new PassThrough();
  const err = new PassThrough() as unknown as NodeJS.WriteStream;
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  (err as unknown as PassThrough).on('data', (c: Buffer) => (stderr += c.toString()));
  const stdin = new PassThrough();
  stdin.end(input ?? '');
  const code = await runCli(argv, { stdout: out, stderr: err, stdin, env, cwd });
  return { code, stdout, stderr };
}

export interface SeedArticle {
  id: string;
  body: string;
  publishedAt: string;
}

/** The two seed articles as bulk-import records (test/fixtures/seeds.articles.jsonl): 2021, then 2019. */
export function seedArticles(): [SeedArticle, SeedArticle] {
  return readFileSync(join(ROOT, 'test/fixtures/seeds.articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SeedArticle) as [SeedArticle, SeedArticle];
}
