/**
 * One very long article, as `toancanh ingest` places it: a 9 MB and a 50 MB text made of the dev
 * corpora's bodies end to end (the demo sample's when ../shared/data is absent), ingested with
 * `--no-stories`, then placed by `toancanh recluster` in a child process; the placement's own
 * seconds (from its report, to 0.1 s) and the child's peak memory. Targets (issue 14): 9 MB placed in ≤ 1.5 s,
 * 50 MB in ≤ 10 s under 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir, REPO_ROOT } from '../eval/data.js';

const CLI = join(REPO_ROOT, 'dist/src/cli/main.js');
// prints the process's peak resident memory (kB) on stderr as it exits
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kb '+process.resourceUsage().maxRSS+'\\n'))`;

function bodies(): string[] {
  const jsonl = join(dataDir(), 'jsonl');
  const files = ['vims-dev', 'vietnamese-mds'].map((c) => join(jsonl, `${c}.articles.jsonl`));
  if (files.every(existsSync)) {
    return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { body: string }).body));
  }
  const demo = join(REPO_ROOT, 'data/demo');
  return readdirSync(demo).filter((n) => n.endsWith('.jsonl')).flatMap((n) =>
    readFileSync(join(demo, n), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { body: string }).body));
}

function run(args: string[]): { stdout: string; peakKb: number } {
  const r = spawnSync(process.execPath, ['--import', PEAK, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench long-article: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { stdout: r.stdout, peakKb: Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN) };
}

export async function benchLongArticle(): Promise<Record<string, number | string>> {
  const all = bodies();
  const dir = mkdtempSync(join(tmpdir(), 'toancanh-bench-long-'));
  const out: Record<string, number | string> = {};
  try {
    for (const mb of [9, 50]) {
      const parts = ['Một bài rất dài'];
      let bytes = 0;
      for (let i = 0; bytes < mb * 1e6; i++) {
        const b = all[i % all.length]!;
        parts.push(b);
        bytes += Buffer.byteLength(b) + 1;
      }
      const file = join(dir, `long-${mb}.txt`);
      writeFileSync(file, parts.join('\n'));
      const db = join(dir, `long-${mb}.db`);
      run(['ingest', file, '--db', db, '--no-stories', '--max-article-mb', String(mb + 10), '--quiet']);
      const r = run(['recluster', '--db', db]);
      const m = /Stories: 1 article placed in ([\d.]+) s/.exec(r.stdout);
      if (!m) throw new Error(`bench long-article: unexpected report: ${r.stdout}`);
      out[`${mb} MB: placement s`] = Number(m[1]);
      out[`${mb} MB: recluster peak RSS MB`] = Math.round(r.peakKb / 1024);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
