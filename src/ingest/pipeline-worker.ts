/**
 * The task run in a worker thread of the pipeline pool (`pool.ts`, piscina): the default pipeline on a
 * batch of raw inputs, so that analysis runs on every core while the main thread reads files and
 * writes the store. The pipeline is built once per worker, from the options passed as `workerData`.
 */
import { workerData } from 'node:worker_threads';
import type { NewsDoc, RawInput } from '../doc/news-doc.js';
import { Rejection } from '../doc/stage.js';
import { defaultPipeline, type PipelineOptions } from '../pipeline.js';

export type WorkerResult =
  | { ok: true; doc: NewsDoc }
  | { ok: false; code: string; message: string };

export interface WorkerTask {
  inputs: RawInput[];
}

const pipeline = defaultPipeline((workerData ?? {}) as PipelineOptions);

/** One result per input, in order; a rejection (or a stage's bug) is a result, not a thrown error. */
export default function runBatch({ inputs }: WorkerTask): WorkerResult[] {
  return inputs.map((input) => {
    try {
      return { ok: true, doc: pipeline.run(input) };
    } catch (e) {
      if (e instanceof Rejection) return { ok: false, code: e.code, message: e.message };
      return { ok: false, code: 'error', message: `internal error, please report it: ${(e as Error).stack ?? e}` };
    }
  });
}
