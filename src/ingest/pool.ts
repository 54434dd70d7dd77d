/**
 * A pool of pipeline workers (piscina). Each batch is one task; the caller consumes the results in
 * the order it sent the batches, so ingest stays deterministic (the first of two identical articles
 * is the original).
 *
 * A worker that dies on a batch (an uncaught error, `process.exit()`) rejects that batch's promise,
 * and piscina replaces the worker: later batches run normally.
 */
import { Piscina } from 'piscina';
import type { RawInput } from '../doc/news-doc.js';
import type { PipelineOptions } from '../pipeline.js';
import type { WorkerResult, WorkerTask } from './pipeline-worker.js';

export interface PoolOptions {
  /** The worker module (a file URL or path) whose default export runs a `WorkerTask`; tests replace it. */
  filename?: string | URL;
}

export class PipelinePool {
  private readonly piscina: Piscina<WorkerTask, WorkerResult[]>;
  /** Jobs not settled yet. */
  private readonly running = new Set<Promise<WorkerResult[]>>();

  constructor(size: number, options: PipelineOptions = {}, pool: PoolOptions = {}) {
    this.piscina = new Piscina({
      filename: String(pool.filename ?? new URL('./pipeline-worker.js', import.meta.url)),
      minThreads: size,
      maxThreads: size,
      workerData: options,
    });
    // A worker that fails between jobs is replaced; there is no job to reject, and an 'error' event
    // without a listener would throw in this thread.
    this.piscina.on('error', () => {});
  }

  /**
   * Runs the pipeline on a batch in the next free worker (queued while all are busy). The promise
   * rejects if the worker dies on the batch; a caller awaiting batches in order should handle each
   * at once (`.catch`), since a later batch may fail first.
   */
  run(inputs: RawInput[]): Promise<WorkerResult[]> {
    const job: Promise<WorkerResult[]> = this.piscina.run({ inputs }).then(
      (results) => {
        this.running.delete(job);
        return results;
      },
      (e: unknown) => {
        this.running.delete(job);
        const why = e instanceof Error ? e.message : String(e);
        throw new Error(`a pipeline worker failed on a batch of ${inputs.length} inputs: ${why}`, { cause: e });
      },
    );
    this.running.add(job);
    return job;
  }

  /** Stops the workers now; jobs not finished reject (and count as handled: nobody may await them). */
  async close(): Promise<void> {
    for (const job of this.running) job.catch(() => {});
    await this.piscina.destroy();
  }
}
