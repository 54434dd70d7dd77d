// Two `toancanh ingest` processes into one database at once (issue 14: one used to die with
// "database is locked" after storing half its input): both finish, nothing is lost or stored
// twice, and every article is placed in exactly one story (one process places at a time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, tempDir } from '../helpers.js';

const MAIN = join(ROOT, 'dist/src/cli/main.js');

function run(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [MAIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('cli › two ingests into one database at once both finish; every article stored once and placed once', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const lines = readFileSync(join(ROOT, 'data/demo/vims-sample.jsonl'), 'utf8').trim().split('\n');
    const half = Math.ceil(lines.length / 2);
    writeFileSync(join(dir, 'a.jsonl'), lines.slice(0, half).join('\n'));
    writeFileSync(join(dir, 'b.jsonl'), lines.slice(half).join('\n'));
    const [a, b] = await Promise.all([
      run(['ingest', 'a.jsonl', '--db', 'shared.db', '--format', 'json', '--batch', '16'], dir),
      run(['ingest', 'b.jsonl', '--db', 'shared.db', '--format', 'json', '--batch', '16'], dir),
    ]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const ra = JSON.parse(a.stdout);
    const rb = JSON.parse(b.stdout);
    assert.equal(ra.new + ra.copies + rb.new + rb.copies, lines.length);
    const stats = JSON.parse((await cli(['stats', '--db', 'shared.db', '--format', 'json'], dir)).stdout);
    assert.equal(stats.articles, lines.length);
    const stories = JSON.parse((await cli(['stories', '--db', 'shared.db', '--limit', '1000', '--format', 'json'], dir)).stdout) as { stories: { articleCount: number }[] };
    assert.equal(stories.stories.reduce((n, s) => n + s.articleCount, 0), lines.length, 'every article in exactly one story');
    assert.equal(ra.stories.placed + rb.stories.placed >= lines.length, true);
  } finally {
    cleanup();
  }
});
