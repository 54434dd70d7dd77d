/**
 * What a command costs before it does anything: `toancanh search` on the demo database, and
 * `toancanh --help`, against bare `node -e ''`, timed in turns in child processes, medians of 10
 * runs. Target (issue 14): search at most 100 ms more than bare node.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/data.js';

const CLI = join(REPO_ROOT, 'dist/src/cli/main.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function ms(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const t = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench startup: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return t;
}

export async function benchStartup(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'toancanh-bench-startup-'));
  try {
    const db = join(dir, 'demo.db');
    ms([CLI, 'ingest', join(REPO_ROOT, 'data/demo'), '--db', db, '--quiet']);
    const runs: Record<'node' | 'help' | 'search', number[]> = { node: [], help: [], search: [] };
    for (let i = 0; i < 10; i++) {
      runs.node.push(ms(['-e', '']));
      runs.help.push(ms([CLI, '--help']));
      runs.search.push(ms([CLI, 'search', 'triều tiên', '--db', db]));
    }
    const node = median(runs.node);
    return {
      'node -e "" ms (median of 10)': Math.round(node),
      'toancanh --help ms': Math.round(median(runs.help)),
      'toancanh search (demo) ms': Math.round(median(runs.search)),
      'search minus node ms (target ≤ 100)': Math.round(median(runs.search) - node),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
