/**
 * A worker thread that runs the default pipeline on batches of raw inputs, so that analysis runs on
 * every core while the main thread reads files and writes the store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { NewsDoc, RawInput } from '../doc/news-doc.js';
import { Rejection } from '../doc/stage.js';
import { defaultPipeline, type PipelineOptions } from '../pipeline.js';

export type WorkerResult =
  | { ok: true; doc: NewsDoc }
  | { ok: false; code: string; message: string };

const pipeline = defaultPipeline((workerData ?? {}) as PipelineOptions);

parentPort!.on('message', (msg: { seq: number; inputs: RawInput[] }) => {
  const results: WorkerResult[] = msg.inputs.map((input) => {
    try {
      return { ok: true, doc: pipeline.run(input) };
    } catch (e) {
      if (e instanceof Rejection) return { ok: false, code: e.code, message: e.message };
      return { ok: false, code: 'error', message: `internal error, please report it: ${(e as Error).stack ?? e}` };
    }
  });
  parentPort!.postMessage({ seq: msg.seq, results, version: pipeline.version });
});
