/**
 * A worker: takes jobs from the queue and runs them through the application layer, the same code
 * as `toancanh ingest` and `reprocess` (ingest of raw inputs, reprocess of ids, placement).
 * - `ingest`: the inputs analysed in this process and stored (idempotent by id: a retried job finds
 *   its articles stored and writes nothing new). Inputs rejected fail the job with their reasons,
 *   after the others are stored.
 * - `place`: once no ingest or reprocess job created before its batch's first place job is queued
 *   or active, the unplaced articles placed in publication order, as `ingest` places them, so that
 *   the stories do not depend on how the workers interleaved; else it looks again later (a new
 *   place job), without holding a worker. One placement at a time: the queue activates one place
 *   job at once, and placement holds the store's lease. A long placement keeps its job alive (a
 *   heartbeat on its expiry); a killed one stops renewing both, and is taken over within a minute.
 */
import type PgBoss from 'pg-boss';
import type { Store } from '../../store/store.js';
import { ingestRawInputs } from '../ingest.js';
import { openStore } from '../open.js';
import { placeStories } from '../place.js';
import { reprocessArticles } from '../reprocess.js';
import { fromWire, ingestJob, placeJob, reprocessJob } from './payload.js';
import { startHeartbeat } from './heartbeat.js';
import { JobQueue, type QueueSettings } from './queue.js';

export interface WorkerOptions {
  /** Ingest and reprocess jobs run at once in this process (default 1: analysis takes the one thread). */
  concurrency?: number;
  settings?: QueueSettings;
  /** A line for each job done, failed or put off. */
  log?: (line: string) => void;
}

export interface RunningWorker {
  /** Stops taking jobs, finishes those running, closes the queue and the store. */
  stop(): Promise<void>;
  /** Jobs queued or active (of any worker). */
  unfinished(): Promise<number>;
}

export async function startWorker(target: string, options: WorkerOptions = {}): Promise<RunningWorker> {
  const store = await openStore(target, 'write');
  let queue: JobQueue;
  try {
    queue = await JobQueue.open(target, { supervise: true, ...(options.settings ? { settings: options.settings } : {}) });
  } catch (e) {
    await store.close();
    throw e;
  }
  const log = options.log ?? (() => {});
  const work = { pollingIntervalSeconds: queue.settings.pollSeconds, batchSize: 1 };
  // pg-boss 10 waits a polling interval after every job before it looks for the next: a worker that
  // just finished one looks again at once (notified), and waits only when it found nothing
  const busy = async (kind: 'ingest' | 'reprocess', run: (job: PgBoss.Job<unknown>) => Promise<object>): Promise<void> => {
    let id = '';
    id = await queue.boss.work(kind, work, async ([job]: PgBoss.Job<unknown>[]) => {
      try {
        return await run(job!);
      } finally {
        if (id) queue.boss.notifyWorker(id);
      }
    });
  };
  for (let i = 0; i < Math.max(1, options.concurrency ?? 1); i++) {
    await busy('ingest', (job) => runIngest(store, job, log));
    await busy('reprocess', (job) => runReprocess(store, job, log));
  }
  // place jobs are taken by a loop of our own, not `work()`: pg-boss 10 fails a handler that runs
  // past the job's expiry, and a placement may (its heartbeat keeps the job itself alive)
  let stopped = false;
  let wake: () => void = () => {};
  const placing = (async () => {
    while (!stopped) {
      let job: PgBoss.JobWithMetadata<unknown> | undefined;
      try {
        [job] = await queue.boss.fetch<unknown>('place', { includeMetadata: true });
      } catch (e) {
        log(`place: cannot fetch: ${(e as Error).message}`);
      }
      if (!job) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, queue.settings.pollSeconds * 1000);
        });
        continue;
      }
      try {
        await queue.boss.complete('place', job.id, await runPlace(store, queue, job, log));
      } catch (e) {
        log(`place ${job.id}: ${(e as Error).message}`);
        await queue.boss.fail('place', job.id, { message: (e as Error).message }).catch(() => {});
      }
    }
  })();
  let stopping: Promise<void> | undefined;
  return {
    unfinished: () => queue.unfinished(),
    stop: () => (stopping ??= (async () => {
      try {
        stopped = true;
        wake();
        await placing; // a placement running is finished
        await queue.close({ graceful: true });
      } finally {
        await store.close();
      }
    })()),
  };
}

async function runIngest(store: Store, job: PgBoss.Job<unknown>, log: (line: string) => void): Promise<object> {
  const data = ingestJob.parse(job.data);
  const report = await ingestRawInputs(store, {
    inputs: data.inputs.map(fromWire),
    ...(data.words !== undefined ? { words: data.words } : {}),
    ...(data.entities !== undefined ? { entities: data.entities } : {}),
    ...(data.times !== undefined ? { times: data.times } : {}),
  });
  const summary = { read: report.read, new: report.new, updated: report.updated, unchanged: report.unchanged, copies: report.copies, rejected: report.rejected.length, seconds: report.seconds };
  if (report.rejected.length > 0) {
    // the job fails with its reasons (`toancanh jobs --state failed` shows them); what was accepted is stored
    const shown = report.rejected.slice(0, 10).map((r) => `${r.where}: ${r.reason}`).join('; ');
    log(`ingest ${job.id}: ${report.rejected.length} of ${report.read} inputs rejected`);
    const stored = report.new + report.updated + report.unchanged + report.copies;
    throw new Error(`${report.rejected.length} of ${report.read} inputs rejected (${stored} stored): ${shown}${report.rejected.length > 10 ? '; …' : ''}`);
  }
  log(`ingest ${job.id}: ${report.read} read, ${report.new} new, ${report.unchanged} unchanged in ${report.seconds.toFixed(2)} s`);
  return summary;
}

async function runReprocess(store: Store, job: PgBoss.Job<unknown>, log: (line: string) => void): Promise<object> {
  const data = reprocessJob.parse(job.data);
  const report = await reprocessArticles(store, {
    ids: data.ids,
    ...(data.stage !== undefined ? { stage: data.stage } : {}),
    ...(data.words !== undefined ? { words: data.words } : {}),
    ...(data.entities !== undefined ? { entities: data.entities } : {}),
    ...(data.times !== undefined ? { times: data.times } : {}),
  });
  if (report.failed.length > 0) throw new Error(`${report.failed.length} articles left as they were: ${report.failed.slice(0, 10).join('; ')}`);
  log(`reprocess ${job.id}: ${report.reprocessed} reprocessed, ${report.changed} changed`);
  return report;
}

/** Ingest and reprocess jobs created up to `before` (the database's clock) that are still to run. */
async function pendingBefore(queue: JobQueue, before: string): Promise<number> {
  const [row] = await queue.sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM $SCHEMA.job WHERE name IN ('ingest', 'reprocess') AND state < 'completed' AND created_on <= $1::timestamptz`, [before]);
  return row?.n ?? 0;
}

async function runPlace(store: Store, queue: JobQueue, job: PgBoss.JobWithMetadata<unknown>, log: (line: string) => void): Promise<object> {
  const data = placeJob.parse(job.data);
  // the first place job of a batch was sent after the batch's jobs: its creation time bounds them
  const before = data.before ?? (await queue.sql<{ t: string }>(`SELECT created_on::text AS t FROM $SCHEMA.job WHERE name = 'place' AND id = $1`, [job.id]))[0]!.t;
  const pending = await pendingBefore(queue, before);
  if (pending > 0) {
    await queue.send('place', { ...data, before }, { startAfter: queue.settings.pollSeconds });
    return { waiting: pending };
  }
  // keep this job alive while it places (pg-boss 10 has no heartbeat of its own), from a thread:
  // placement's long synchronous stretches would hold back a timer of this one
  // a first beat from here: the thread takes a while to start and connect on a loaded machine
  await queue.sql(`UPDATE $SCHEMA.job SET expire_in = (now() - started_on) + make_interval(secs => $2) WHERE name = 'place' AND id = $1 AND state = 'active'`, [job.id, queue.settings.expireSeconds]);
  const heartbeat = await startHeartbeat(queue.connection, queue.schema, job.id, queue.settings.expireSeconds);
  try {
    const report = await placeStories(store, {
      ...(data.now !== undefined ? { now: data.now } : { now: Date.now() }),
      leaseStaleMs: queue.settings.expireSeconds * 1000,
      onWait: () => log(`place ${job.id}: another process holds the placement lease; waiting`),
    });
    log(`place ${job.id}: ${report.placed} placed in ${report.seconds.toFixed(2)} s, ${report.totalStories} stories`);
    // search's posting blocks extended when due (after a first `toancanh optimize`), under this job's heartbeat
    const optimized = await store.optimize({ auto: true });
    if (!/^nothing|already/.test(optimized.summary)) log(`place ${job.id}: ${optimized.summary}`);
    return { placed: report.placed, newStories: report.newStories, totalStories: report.totalStories, seconds: report.seconds };
  } finally {
    await heartbeat.stop();
  }
}
