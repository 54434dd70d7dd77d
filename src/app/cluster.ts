/**
 * Ad hoc clustering: bulk-import JSONL grouped into stories in memory, no store. Each line goes
 * through the reader and the pipeline as ingest would take it (same ids, same clean body), so the
 * stories are those `ingest` would make of the same file in one run.
 */
import { bodyText } from '../doc/news-doc.js';
import { Rejection } from '../doc/stage.js';
import { listInputs, readFileInputs } from '../ingest/read.js';
import { whereOf } from './ingest-loop.js';
import { defaultPipeline } from '../pipeline/index.js';
import { clusterAll, type ClusterInput } from '../stories/index.js';
import { AppError } from './errors.js';
import { clusterEntities } from './cluster-entities.js';

export interface ClusteredArticle {
  id: string;
  title: string;
  publishedAt?: string;
  story: string;
  /** The article it is a near-duplicate (or exact copy) of. */
  copyOf?: string;
}

export interface ClusterFileResult {
  /** In input order. */
  articles: ClusteredArticle[];
  rejected: { where: string; reason: string }[];
}

export async function clusterFile(path: string): Promise<ClusterFileResult> {
  const { files, rejected: unreadable } = await listInputs([path]);
  const first = unreadable[0];
  if (first && first.kind === 'rejected') throw new AppError('E_NO_INPUT', `${first.where}: ${first.reason}`);
  const pipeline = defaultPipeline(); // as ingest: the entities feed the stories
  const inputs: ClusterInput[] = [];
  const rejected: ClusterFileResult['rejected'] = [];
  for (const file of files) {
    for await (const item of readFileInputs(file)) {
      if (item.kind === 'rejected') {
        rejected.push({ where: item.where, reason: item.reason });
        continue;
      }
      try {
        const doc = await pipeline.run(item.input);
        const entities = clusterEntities(doc);
        inputs.push({ id: doc.id, title: doc.meta.title ?? '', body: bodyText(doc), ...(doc.meta.publishedAt ? { publishedAt: doc.meta.publishedAt } : {}), ...(entities ? { entities } : {}) });
      } catch (e) {
        if (!(e instanceof Rejection)) throw e;
        rejected.push({ where: whereOf(item.input), reason: e.message });
      }
    }
  }
  const assignments = clusterAll(inputs);
  return {
    rejected,
    articles: inputs.map((a, i) => {
      const x = assignments[i]!;
      return { id: a.id, title: a.title, ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}), story: x.story, ...(x.copyOf ? { copyOf: x.copyOf } : {}) };
    }),
  };
}
