/**
 * A pool of pipeline workers. Batches go out round-robin and come back in the order they were sent,
 * so ingest stays deterministic (the first of two identical articles is the original).
 */
import { Worker } from 'node:worker_threads';
import type { RawInput } from '../doc/news-doc.js';
import type { PipelineOptions } from '../pipeline.js';
import type { WorkerResult } from './pipeline-worker.js';

export class PipelinePool {
  private readonly workers: Worker[];
  private next = 0;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (r: WorkerResult[]) => void; reject: (e: Error) => void }>();

  constructor(size: number, options: PipelineOptions = {}) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(new URL('./pipeline-worker.js', import.meta.url), { workerData: options });
      w.on('message', (m: { seq: number; results: WorkerResult[] }) => {
        const p = this.pending.get(m.seq);
        this.pending.delete(m.seq);
        p?.resolve(m.results);
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      return w;
    });
  }

  /** Runs the pipeline on a batch in the next worker. */
  run(inputs: RawInput[]): Promise<WorkerResult[]> {
    const seq = this.seq++;
    const worker = this.workers[this.next]!;
    this.next = (this.next + 1) % this.workers.length;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ seq, inputs });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
