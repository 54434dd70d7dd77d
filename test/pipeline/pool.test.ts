import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawInput } from '../../src/doc/news-doc.js';
import { defaultPipeline, defaultSpec, PipelinePool, type RunResult } from '../../src/pipeline/index.js';

const CRASHING = { filename: new URL('../fixtures/crashing-worker.js', import.meta.url) };
const spec = defaultSpec();
const here = defaultPipeline();

/** A batch of `size` short articles, each with a text of its own (`n` is the batch's number). */
function batch(n: number, size = 3): RawInput[] {
  return Array.from({ length: size }, (_, i) => {
    const text = `Bài số ${n}.${i}\nSáng nay ${n * 100 + i} người dân Hà Nội dự lễ khai mạc hội chợ. Ban tổ chức cho biết hội chợ kéo dài ba ngày và thu hút nhiều doanh nghiệp.\n`;
    return { format: 'text', bytes: new TextEncoder().encode(text), name: `b${n}-${i}`, origin: { path: `b${n}-${i}.txt` } };
  });
}

function marked(mark: string): RawInput[] {
  return [...batch(-1, 1), { format: 'text', bytes: new TextEncoder().encode('x'), origin: { path: mark } }];
}

/**
 * The results of a batch are the pipeline's, in this thread, for the same inputs in the same order,
 * less the decoded `source`, which a worker does not send back (nothing after the pipeline reads it),
 * and with the very input sent (not a copy).
 */
async function assertResultsOf(inputs: RawInput[], results: RunResult[]): Promise<void> {
  assert.equal(results.length, inputs.length);
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    assert.ok(r.ok, JSON.stringify(r));
    const { source, ...expected } = await here.run(inputs[i]!);
    assert.ok(source && !('source' in r.doc));
    assert.ok(r.doc.words && r.doc.words.length > 0 && Array.isArray(r.doc.words));
    assert.equal(r.doc.input, inputs[i]);
    assert.deepEqual(r.doc, expected);
    // fields and stages in the pipeline's order (the store writes them in it), the entities stage's
    // too, which runs in a worker of its own when the pool has two workers
    assert.deepEqual(Object.keys(r.doc).filter((k) => k !== 'input'), Object.keys(expected).filter((k) => k !== 'input'));
    assert.deepEqual(Object.keys(r.doc.stages), Object.keys(expected.stages));
  }
}

test('pool › behaviour: results come back in order for many batches over 2 workers', { timeout: 20000 }, async () => {
  const pool = new PipelinePool(2, spec);
  try {
    const batches = Array.from({ length: 30 }, (_, n) => batch(n, 1 + (n % 5)));
    const jobs = batches.map((b) => pool.run(b));
    for (let n = 0; n < batches.length; n++) await assertResultsOf(batches[n]!, await jobs[n]!);
  } finally {
    await pool.close();
  }
});

/** Batches 0 to 7 with crashing ones at `at`: those reject, all others resolve, in order. */
async function survives(mark: string, message: RegExp, at: number[]): Promise<void> {
  const pool = new PipelinePool(2, spec, CRASHING);
  try {
    const batches = Array.from({ length: 8 }, (_, n) => (at.includes(n) ? marked(mark) : batch(n)));
    // settled at once: a batch may fail before the ones sent earlier are done
    const jobs = await Promise.allSettled(batches.map((b) => pool.run(b)));
    for (const [n, job] of jobs.entries()) {
      if (at.includes(n)) {
        assert.equal(job.status, 'rejected');
        assert.match(String(job.reason), message);
      } else {
        assert.equal(job.status, 'fulfilled', job.status === 'rejected' ? String(job.reason) : '');
        if (job.status === 'fulfilled') await assertResultsOf(batches[n]!, job.value);
      }
    }
    // and the pool still works afterwards
    const after = batch(99);
    await assertResultsOf(after, await pool.run(after));
  } finally {
    await pool.close();
  }
}

test('pool › behaviour: a worker that throws on a batch rejects that batch; the following batches resolve', { timeout: 20000 }, async () => {
  await survives('crash:throw', /a pipeline worker failed on a batch of 2 inputs: the test worker threw/, [1, 2, 5]);
});

test('pool › behaviour: a worker killed by an uncaught error rejects its batch and is replaced', { timeout: 20000 }, async () => {
  // three crashes with two workers: batches after them can only run on fresh workers
  await survives('crash:uncaught', /a pipeline worker failed on a batch of 2 inputs: the test worker failed outside any task/, [1, 2, 5]);
});

test('pool › behaviour: a worker that calls process.exit(1) rejects its batch and is replaced', { timeout: 20000 }, async () => {
  await survives('crash:exit', /a pipeline worker failed on a batch of 2 inputs: worker exited with code: 1/, [1, 2, 5]);
});

test('pool › behaviour: a worker module that fails to load rejects every batch instead of hanging', { timeout: 20000 }, async () => {
  const pool = new PipelinePool(2, spec, { filename: new URL('../fixtures/unloadable-worker.js', import.meta.url) });
  try {
    const jobs = await Promise.allSettled(Array.from({ length: 5 }, (_, n) => pool.run(batch(n))));
    for (const job of jobs) assert.match(String(job.status === 'rejected' && job.reason), /a pipeline worker failed on a batch of 3 inputs: the test worker cannot load/);
    await assert.rejects(pool.run(batch(5)), /the test worker cannot load/);
  } finally {
    await pool.close();
  }
});

test('pool › behaviour: close() ends everything, and unfinished batches reject', { timeout: 20000 }, async () => {
  const pool = new PipelinePool(2, spec, CRASHING);
  const done = batch(0);
  await assertResultsOf(done, await pool.run(done));
  const hanging = pool.run(marked('crash:hang'));
  pool.run(marked('crash:hang')); // never awaited: closing must not make it an unhandled rejection
  pool.run(batch(1)); // queued behind the two
  const started = Date.now();
  await pool.close();
  await assert.rejects(hanging, /a pipeline worker failed on a batch/);
  assert.ok(Date.now() - started < 5000);
});
