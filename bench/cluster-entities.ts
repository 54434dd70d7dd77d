/**
 * The named entities of the cluster benchmark's base corpus, as placement reads them: the default
 * pipeline run over each JSONL line in a worker thread, so that its models (segmenter, recogniser,
 * knowledge base) leave with the thread and the benchmark's heap holds only the clusterer's state.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ClusterEntity } from '../src/stories/index.js';

/** Article id → its entities (articles the pipeline rejects, or without the stage, left out). */
export function entitiesInWorker(lines: readonly string[]): Promise<Map<string, ClusterEntity[]>> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), { workerData: lines });
    w.once('message', (entries: [string, ClusterEntity[]][]) => resolve(new Map(entries)));
    w.once('error', reject);
    w.once('exit', (code) => code !== 0 && reject(new Error(`entities worker exited with ${code}`)));
  });
}

if (!isMainThread && parentPort) {
  // imported here only: the main thread loads none of the pipeline's modules
  const { clusterEntities } = await import('../src/app/cluster-entities.js');
  const { defaultPipeline } = await import('../src/pipeline/index.js');
  const lines = workerData as string[];
  const out: [string, ClusterEntity[]][] = [];
  for (const r of await defaultPipeline().runBatch(lines.map((line) => ({ format: 'jsonl', bytes: Buffer.from(line) })))) {
    const e = r.ok ? clusterEntities(r.doc) : undefined;
    if (r.ok && e) out.push([r.doc.id, e]);
  }
  parentPort.postMessage(out);
}
