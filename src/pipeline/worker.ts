/**
 * The task run in a worker thread of the pipeline pool (`pool.ts`, piscina): a pipeline, built once
 * per worker from the spec passed as `workerData`, over a batch of raw inputs, so that analysis
 * runs on every core while the main thread reads files and writes the store.
 */
import { workerData } from 'node:worker_threads';
import { packEntities, type PackedEntities } from '../doc/entity-codec.js';
import type { NewsDoc, RawInput } from '../doc/news-doc.js';
import type { RunResult } from './pipeline.js';
import { buildPipeline, type PipelineSpec } from './spec.js';

export interface WorkerTask {
  inputs: RawInput[];
}

/**
 * A result as it crosses back to the main thread, lean: copying between threads costs about as
 * much as the analysis itself once words are on (15.7 MB of structured clone for the 979 vims-dev
 * articles, half a second each way on this machine), so what the main thread has or never reads
 * stays behind: the raw `input` (it sent it; `pool.ts` puts it back), the decoded `source` (the
 * store does not keep it either), and the packed `words` go as one typed array (copied as bytes,
 * not number by number), and the entity mentions packed (src/doc/entity-codec.ts: each linked
 * entity once, the texts left to be sliced again).
 */
export type LeanResult =
  | { ok: true; doc: Omit<NewsDoc, 'input' | 'source' | 'words' | 'entities'> & { words?: Uint32Array; entities?: PackedEntities } }
  | Exclude<RunResult, { ok: true }>;

const pipeline = buildPipeline(workerData as PipelineSpec);

/** One result per input, in order; a rejection (or a stage's bug) is a result, not a thrown error. */
export default async function runBatch({ inputs }: WorkerTask): Promise<LeanResult[]> {
  return (await pipeline.runBatch(inputs)).map((r) => {
    if (!r.ok) return r;
    const { input: _input, source: _source, ...rest } = r.doc;
    // the fields keep their order (the store writes them in it)
    const doc = rest as unknown as Extract<LeanResult, { ok: true }>['doc'];
    if (rest.words) doc.words = Uint32Array.from(rest.words);
    if (rest.entities) doc.entities = packEntities(rest.entities, rest.text ?? '', rest.meta.credit, true);
    return { ok: true, doc };
  });
}
