/**
 * HTML extraction speed on one core: pages per second over the html-bench pages (../shared/data,
 * absent on users' clones: then only the committed fixtures are timed), and where the time goes.
 * Run: `npx tsc -p . && node dist/bench/html.js [dataDir]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../src/ingest/html/extract.js';
import type { ExtractTimings } from '../src/ingest/html/types.js';
import { plainReadability } from '../eval/html/views.js';

const here = fileURLToPath(new URL('.', import.meta.url));

function loadBench(dataDir: string): string[] | undefined {
  const dir = join(dataDir, 'html-bench', 'html');
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
}

function loadFixtures(): string[] {
  const dir = resolve(here, '../../test/fixtures/html');
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Wall-clock pages/s of one synchronous loop (one core); on a shared machine, run it twice. */
function time(pages: string[], rounds: number, readabilityOnly = false): { perSecond: number; msPerPage: number; timings: ExtractTimings } {
  const timings: ExtractTimings = { guard: 0, parse: 0, metadata: 0, clean: 0, readability: 0, post: 0 };
  const run = (p: string) => (readabilityOnly ? plainReadability(p) : extractArticle(p, { timings }));
  for (const p of pages.slice(0, 5)) run(p); // warm-up
  const t = performance.now();
  for (let r = 0; r < rounds; r++) for (const p of pages) run(p);
  const ms = performance.now() - t;
  const n = pages.length * rounds;
  for (const k of Object.keys(timings) as (keyof ExtractTimings)[]) timings[k] /= n;
  return { perSecond: (n / ms) * 1000, msPerPage: ms / n, timings };
}

export async function benchHtml(dataDir = resolve(here, '../../../shared/data')): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const bench = loadBench(dataDir);
  if (bench) {
    const ours = time(bench, 2);
    out['html-bench pages/s'] = ours.perSecond;
    out['html-bench ms/page'] = ours.msPerPage;
    for (const [k, v] of Object.entries(ours.timings)) out[`html-bench ms/page ${k}`] = v;
    // plain Readability over the same pages (linkedom parse + Readability, nothing else), for comparison
    const base = time(bench, 1, true);
    out['html-bench readability-only pages/s'] = base.perSecond;
  } else {
    console.log(`html-bench: ${join(dataDir, 'html-bench')} is absent; timing the committed fixtures only`);
  }
  const fixtures = loadFixtures();
  const fx = time(fixtures, 20);
  out['fixtures pages/s'] = fx.perSecond;
  out['fixtures ms/page'] = fx.msPerPage;
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dataDir = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const result = await benchHtml(dataDir);
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(40)} ${v.toFixed(2)}`);
}
