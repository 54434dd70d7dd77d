/**
 * The CLI end to end, as a user runs it: `toancanh ingest` of the dev corpora (vims-dev and
 * vietnamese-mds, 1,607 articles; the demo sample when ../shared/data is absent) into a fresh
 * database, stories placed, in a child process, timed by the wall clock. In the same run, the fixed
 * CPU workload `bench/reference.mjs` (independent of the product's code) is timed in turns with it,
 * and the ratio of the two medians is printed: lower is better, and it moves less with the machine's
 * load than articles/s does. Extra ingest flags: `BENCH_CLI_FLAGS='--no-words'`; rounds:
 * `BENCH_ROUNDS=5` (default 3). `BENCH_CLI_COMPARE='--no-words'` also times, in the same turns, the
 * ingest with those flags instead, and prints its ratio and the quotient of the two (what the
 * flags cost, measured in one run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir, REPO_ROOT } from '../eval/data.js';

const CLI = join(REPO_ROOT, 'dist/src/cli/main.js');
const REFERENCE = join(REPO_ROOT, 'bench/reference.mjs');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function timed(args: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 3) throw new Error(`bench cli: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

export async function benchCli(): Promise<Record<string, number | string>> {
  const jsonl = join(dataDir(), 'jsonl');
  const dev = ['vims-dev', 'vietnamese-mds'].map((c) => join(jsonl, `${c}.articles.jsonl`));
  const inputs = dev.every(existsSync) ? dev : [join(REPO_ROOT, 'data/demo')];
  const flags = (process.env.BENCH_CLI_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const compare = process.env.BENCH_CLI_COMPARE?.split(/\s+/).filter(Boolean);
  const compareMs: number[] = [];
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const dir = mkdtempSync(join(tmpdir(), 'toancanh-bench-cli-'));
  const ingestMs: number[] = [];
  const referenceMs: number[] = [];
  let articles = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      referenceMs.push(timed([REFERENCE]).ms);
      const db = join(dir, `bench-${round}.db`);
      const r = timed([CLI, 'ingest', ...inputs, '--db', db, '--quiet', '--format', 'json', ...flags]);
      ingestMs.push(r.ms);
      const report = JSON.parse(r.stdout) as { new: number; copies: number; stories?: { placed: number } };
      articles = report.new + report.copies;
      if (report.stories && report.stories.placed !== articles) throw new Error(`bench cli: ${report.stories.placed} of ${articles} articles placed`);
      if (compare) compareMs.push(timed([CLI, 'ingest', ...inputs, '--db', join(dir, `compare-${round}.db`), '--quiet', '--format', 'json', ...compare]).ms);
    }
    referenceMs.push(timed([REFERENCE]).ms);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ms = median(ingestMs);
  const ref = median(referenceMs);
  return {
    inputs: inputs.map((p) => p.replace(`${dataDir()}/`, '').replace(REPO_ROOT, '')).join(' '),
    flags: flags.join(' ') || '(none)',
    articles,
    rounds,
    'ingest s (median)': Math.round(ms) / 1000,
    'ingest articles/s (median)': Math.round((articles / ms) * 1000),
    'ingest s (each)': ingestMs.map((x) => (x / 1000).toFixed(2)).join(' '),
    'reference s (median)': Math.round(ref) / 1000,
    'reference s (each)': referenceMs.map((x) => (x / 1000).toFixed(2)).join(' '),
    'ingest/reference ratio': Math.round((ms / ref) * 1000) / 1000,
    ...(compare
      ? {
          compared: compare.join(' '),
          'compared ingest s (each)': compareMs.map((x) => (x / 1000).toFixed(2)).join(' '),
          'compared ingest/reference ratio': Math.round((median(compareMs) / ref) * 1000) / 1000,
          'ratio / compared ratio': Math.round((ms / median(compareMs)) * 1000) / 1000,
        }
      : {}),
  };
}
