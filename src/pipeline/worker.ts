/**
 * The task run in a worker thread of the pipeline pool (`pool.ts`, piscina): a pipeline, built once
 * per worker from the spec passed as `workerData`, over a batch of raw inputs, so that analysis
 * runs on every core while the main thread reads files and writes the store.
 */
import { workerData } from 'node:worker_threads';
import type { RawInput } from '../doc/news-doc.js';
import type { RunResult } from './pipeline.js';
import { buildPipeline, type PipelineSpec } from './spec.js';

export interface WorkerTask {
  inputs: RawInput[];
}

const pipeline = buildPipeline(workerData as PipelineSpec);

/** One result per input, in order; a rejection (or a stage's bug) is a result, not a thrown error. */
export default function runBatch({ inputs }: WorkerTask): Promise<RunResult[]> {
  return pipeline.runBatch(inputs);
}
