/**
 * A running place job's heartbeat: pg-boss 10 has none, so a placement longer than the job's
 * expiry would be taken for dead and started again elsewhere. A thread of this process
 * (heartbeat-thread.ts) moves the job's expiry on every third of it, whatever the main thread is
 * doing; a killed worker stops beating with it, and its job expires then.
 */
import { Worker } from 'node:worker_threads';

export interface Heartbeat {
  stop(): Promise<void>;
}

export async function startHeartbeat(connection: string, schema: string, jobId: string, expireSeconds: number): Promise<Heartbeat> {
  const worker = new Worker(new URL('./heartbeat-thread.js', import.meta.url), {
    workerData: { connection, schema, id: jobId, seconds: expireSeconds, everyMs: Math.max(500, (expireSeconds * 1000) / 3) },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      const stopped = new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000))]);
      await worker.terminate();
    },
  };
}
