/**
 * The stage timer (`TOANCANH_STAGE_TIMES=1`, src/pipeline/stage-times.ts): each stage's time and
 * articles, summed over the main thread and the pool's workers, printed when the process exits;
 * nothing without it. In child processes: the switch is read when the module loads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const POOL = new URL('../../src/pipeline/index.js', import.meta.url).href;
/** Two batches of three articles through a pool of two workers, and one batch in this thread. */
const SCRIPT = `
import { defaultPipeline, defaultSpec, PipelinePool } from ${JSON.stringify(POOL)};
const batch = (n) => Array.from({ length: 3 }, (_, i) => ({ format: 'text', bytes: new TextEncoder().encode('Bài ' + n + '.' + i + '\\nSáng nay ông Nguyễn Văn An đến Hà Nội. Hội chợ kéo dài ba ngày.\\n'), origin: { path: 'b' + n + '-' + i + '.txt' } }));
const pool = new PipelinePool(2, defaultSpec());
const results = (await Promise.all([pool.run(batch(1)), pool.run(batch(2))])).flat();
await pool.close();
results.push(...(await defaultPipeline().runBatch(batch(3))));
if (!results.every((r) => r.ok)) throw new Error('a batch failed');
`;

function run(env: Record<string, string>): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { encoding: 'utf8', env: { ...process.env, ...env }, cwd: fileURLToPath(new URL('.', import.meta.url)) });
  return { status: r.status, stderr: r.stderr };
}

test('stage times: on, every stage of the default pipeline with the articles of the workers and of this thread, and a positive time', () => {
  const r = run({ TOANCANH_STAGE_TIMES: '1' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^stage times \(ms, summed over threads; (CPU time of the thread|wall clock while the stage ran)\):/m);
  for (const stage of ['read', 'clean', 'meta', 'sentences', 'times', 'words', 'entities', 'language']) {
    const line = new RegExp(`^  ${stage} +([\\d.]+) ms  (\\d+) articles`, 'm').exec(r.stderr);
    assert.ok(line, `${stage} in ${r.stderr}`);
    assert.equal(Number(line[2]), 9, stage);
    if (stage === 'words') assert.ok(Number(line[1]) > 0, r.stderr);
  }
});

test('stage times: off by default, nothing printed', () => {
  const r = run({ TOANCANH_STAGE_TIMES: '' });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /stage times/);
});
