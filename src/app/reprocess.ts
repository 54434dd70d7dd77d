/**
 * Reprocess: re-run the pipeline on stored articles from their kept raw input, so that improvements
 * reach articles ingested earlier; articles whose text or date changed leave their story and are
 * placed again.
 */
import { Rejection } from '../doc/stage.js';
import { defaultPipeline, type PipelineOptions } from '../pipeline/index.js';
import type { Store } from '../store/store.js';
import { AppError } from './errors.js';
import { placeStories, type StoriesReport } from './place.js';
import { updateAnnotations } from './write.js';

export interface ReprocessRequest extends PipelineOptions {
  /** Re-run from this stage on (default: the first). */
  stage?: string;
  /** Every article, not only those annotated by another pipeline version. */
  all?: boolean;
  /** Articles per transaction (default 500). */
  batchSize?: number;
  now?: number;
  /** Only these articles (a job of the queue), whatever their pipeline version. */
  ids?: string[];
  onProgress?: (done: number, total: number) => void;
}

export interface ReprocessReport {
  stage: string;
  pipeline: string;
  reprocessed: number;
  /** Articles whose text or publication date changed (placed in stories again). */
  changed: number;
  /** `id: reason` of the articles left as they were. */
  failed: string[];
  stories: StoriesReport;
}

/** The names of the pipeline's stages (for help and validation). */
export function stageNames(options: PipelineOptions = {}): string[] {
  return defaultPipeline(options).names;
}

export async function reprocess(store: Store, request: ReprocessRequest = {}): Promise<ReprocessReport> {
  const report = await reprocessArticles(store, request);
  return { ...report, stories: await placeStories(store, { now: request.now ?? Date.now() }) };
}

/** Reprocess without placing: what a queue's `reprocess` job does (its `place` job places them after). */
export async function reprocessArticles(store: Store, request: ReprocessRequest = {}): Promise<Omit<ReprocessReport, 'stories'>> {
  const pipeline = defaultPipeline(request);
  const stage = request.stage ?? pipeline.names[0]!;
  if (!pipeline.names.includes(stage)) {
    throw new AppError('E_BAD_STAGE', `no stage named "${stage}"; stages: ${pipeline.names.join(', ')}`);
  }
  const options = request.all || request.stage ? {} : { notPipeline: pipeline.version };
  const total = request.ids ? request.ids.length : await store.count(options);
  const failed: string[] = [];
  let done = 0;
  let changed = 0;
  // ids page by page (cheap); an updated article leaves the `notPipeline` set, which paging by
  // position tolerates
  const batchSize = request.batchSize ?? 500;
  for await (const ids of request.ids ? chunks(request.ids, batchSize) : store.articleIds({ ...options, batchSize })) {
    const docs = [];
    for (const a of await store.getArticles(ids)) {
      try {
        const doc = await pipeline.rerun(a.doc, stage);
        if (doc.text !== a.text || doc.meta.publishedAt !== a.meta.publishedAt) changed++;
        docs.push(doc);
      } catch (e) {
        failed.push(`${a.id}: ${e instanceof Rejection ? e.message : (e as Error).message}`);
      }
    }
    await updateAnnotations(store, docs);
    done += docs.length;
    request.onProgress?.(done, total);
  }
  return { stage, pipeline: pipeline.version, reprocessed: done, changed, failed };
}

/** The ids `reprocess` would take (those of another pipeline version, or all), page by page. */
export async function* reprocessCandidates(store: Store, request: Pick<ReprocessRequest, 'all' | 'stage' | 'words' | 'entities' | 'times'> & { batchSize: number }): AsyncGenerator<string[]> {
  const pipeline = defaultPipeline(request);
  yield* store.articleIds({ ...(request.all || request.stage ? {} : { notPipeline: pipeline.version }), batchSize: request.batchSize });
}

async function* chunks(ids: string[], size: number): AsyncGenerator<string[]> {
  for (let i = 0; i < ids.length; i += size) yield ids.slice(i, i + size);
}
