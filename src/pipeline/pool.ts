/**
 * A pool of pipeline workers (piscina), each running the pipeline its spec describes. Each batch is one task; the caller consumes the results in
 * the order it sent the batches, so ingest stays deterministic (the first of two identical articles
 * is the original).
 *
 * A worker that dies on a batch (an uncaught error, `process.exit()`) rejects that batch's promise,
 * and piscina replaces the worker: later batches run normally.
 */
import { Piscina } from 'piscina';
import { unpackEntities, type PackedEntities } from '../doc/entity-codec.js';
import type { NewsDoc, RawInput } from '../doc/news-doc.js';
import type { RunResult } from './pipeline.js';
import type { PipelineSpec } from './spec.js';
import { stageTimesBuffer } from './stage-times.js';
import type { LeanResult, WorkerTask } from './worker.js';

export interface PoolOptions {
  /** The worker module (a file URL or path) whose default export runs a `WorkerTask`; tests replace it. */
  filename?: string | URL;
}

interface Job {
  promise: Promise<RunResult[]>;
  fail: (cause: unknown) => void;
}

export class PipelinePool {
  private readonly piscina: Piscina<WorkerTask, LeanResult[]>;
  /** Jobs not settled yet. */
  private readonly running = new Set<Job>();
  /** Why no worker is left, once none is. */
  private dead: unknown;

  constructor(size: number, spec: PipelineSpec, pool: PoolOptions = {}) {
    this.piscina = new Piscina({
      filename: String(pool.filename ?? new URL('./worker.js', import.meta.url)),
      minThreads: size,
      maxThreads: size,
      // the stage timer's shared counters ride along (the spec's parser drops the key): stage-times.ts
      workerData: stageTimesBuffer() ? { ...spec, stageTimes: stageTimesBuffer() } : spec,
    });
    // A worker that fails between jobs, or while starting, has no job to reject (and an 'error'
    // event without a listener would throw in this thread).
    this.piscina.on('error', (e: unknown) => this.checkAlive(e));
  }

  /**
   * Runs the pipeline on a batch in the next free worker (queued while all are busy). The promise
   * rejects if the worker dies on the batch; a caller awaiting batches in order should handle each
   * at once (`.catch`), since a later batch may fail first.
   */
  run(inputs: RawInput[]): Promise<RunResult[]> {
    let settle!: { resolve: (r: RunResult[]) => void; reject: (e: Error) => void };
    const promise = new Promise<RunResult[]>((resolve, reject) => (settle = { resolve, reject }));
    const job: Job = {
      promise,
      fail: (cause) => {
        this.running.delete(job);
        const why = cause instanceof Error ? cause.message : String(cause);
        settle.reject(new Error(`a pipeline worker failed on a batch of ${inputs.length} inputs: ${why}`, { cause }));
      },
    };
    if (this.dead !== undefined) {
      job.fail(this.dead);
      return promise;
    }
    this.running.add(job);
    this.piscina.run({ inputs }).then(
      (results) => {
        this.running.delete(job);
        settle.resolve(results.map((r, i) => restore(r, inputs[i]!)));
      },
      (e: unknown) => {
        job.fail(e);
        this.checkAlive(e);
      },
    );
    return promise;
  }

  /** Stops the workers now; jobs not finished reject (and count as handled: nobody may await them). */
  async close(): Promise<void> {
    for (const job of this.running) job.promise.catch(() => {});
    await this.piscina.destroy();
  }

  /**
   * piscina replaces a worker that dies, unless a replacement failed while starting; then, once no
   * worker is left, queued jobs would wait for ever: they, and every later one, fail instead.
   */
  private checkAlive(cause: unknown): void {
    if (this.piscina.threads.length > 0) return;
    this.dead = cause;
    for (const job of this.running) job.fail(cause);
  }
}

/** A worker's lean result as the pipeline gave it (less the decoded `source`, which nothing after it reads). */
function restore(r: LeanResult, input: RawInput): RunResult {
  if (!r.ok) return r;
  // field by field, in the order the pipeline gave them (the store writes them in it)
  const doc: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.doc)) {
    doc[k] = k === 'words' ? Array.from(v as Uint32Array) : k === 'entities' ? unpackEntities(v as PackedEntities, r.doc.text ?? '', r.doc.meta.credit) : v;
  }
  doc.input = input;
  return { ok: true, doc: doc as unknown as NewsDoc };
}
