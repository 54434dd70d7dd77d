/**
 * The named entities of the clustering corpora, as the clusterer reads them
 * (`ClusterInput.entities`): each article of a corpus file run through the default pipeline (as
 * ingest runs it: words, then entities), its mentions counted by `clusterEntities`. Computed once
 * per corpus file and process.
 */
import { readFileSync } from 'node:fs';
import { clusterEntities } from '../src/app/cluster-entities.js';
import { defaultPipeline } from '../src/pipeline/index.js';
import type { ClusterEntity, ClusterInput } from '../src/stories/index.js';
import { articlesPath } from './cluster-corpus.js';

const cache = new Map<string, Map<string, ClusterEntity[]>>();

/** Article id → its entities, for every article of the corpus the pipeline takes. */
export async function corpusEntities(dataDir: string, corpus: string): Promise<Map<string, ClusterEntity[]>> {
  const path = articlesPath(dataDir, corpus);
  let found = cache.get(path);
  if (found) return found;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
  const results = await defaultPipeline().runBatch(lines.map((line) => ({ format: 'jsonl', bytes: Buffer.from(line) })));
  found = new Map();
  results.forEach((r, i) => {
    const e = r.ok ? clusterEntities(r.doc) : undefined;
    if (e) found!.set(ids[i]!, e);
  });
  cache.set(path, found);
  return found;
}

/** The articles with their entities (those the pipeline rejected, or without any, as they are). */
export function withEntities(articles: readonly ClusterInput[], entities: ReadonlyMap<string, ClusterEntity[]>): ClusterInput[] {
  return articles.map((a) => {
    const e = entities.get(a.id);
    return e ? { ...a, entities: e } : a;
  });
}
