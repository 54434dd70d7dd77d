/**
 * Ingest as every interface runs it: inputs read, analysed and stored, then the new and changed
 * articles placed in stories. Options are checked here, so a bad one is a usage error, not a
 * rejection of every input.
 */
import { existsSync } from 'node:fs';
import { ingest, ingestInputs, type IngestProgress, type IngestReport } from './ingest-loop.js';
import type { RawInput } from '../doc/news-doc.js';
import { defaultPipeline, type PipelineOptions } from '../pipeline/index.js';
import type { Store } from '../store/store.js';
import { encodingByName, ENCODINGS, type AnyEncoding } from '../text/legacy.js';
import { AppError } from './errors.js';
import { placeStories, type StoriesReport } from './place.js';

export type { IngestProgress, IngestReport, RejectedInput } from './ingest-loop.js';

/** Which optional stages run: `words`, `entities`, `times` (each on unless `false`). */
export interface IngestRequest extends PipelineOptions {
  paths: string[];
  /** Articles per transaction (default 500). */
  batchSize?: number;
  /** Largest text file taken as one article, in bytes (default 10 MB). */
  maxFileBytes?: number;
  /** Decode text files as this encoding instead of detecting it. */
  encoding?: string;
  /** Place the articles in stories afterwards (default true). */
  stories?: boolean;
  /** The time of the run (ms since the epoch), for the future-date guard of placement. */
  now?: number;
  /** Articles placed and saved in one transaction at a time (default 1,000). */
  placeBatch?: number;
  onProgress?: (p: IngestProgress) => void;
  onPlaceProgress?: (done: number, total: number) => void;
  /** Called when another process is placing stories in the same store, and placement waits for it. */
  onPlaceWait?: () => void;
}

export interface IngestResult extends IngestReport {
  stories?: StoriesReport;
}

/** `utf8`, `UTF-8` → `utf-8`, `latin1` → `windows-1252`; an unknown name is a usage error listing the known ones. */
export function encodingName(name: string): AnyEncoding {
  const e = encodingByName(name);
  if (e) return e;
  throw new AppError('E_BAD_ENCODING', `unknown encoding "${name}"; known: ${ENCODINGS.join(', ')}`);
}

/**
 * Checks a request before anything is opened: paths given, at least one of them there (when none
 * is, nothing is created: not found), a known encoding. Some paths missing among others that are
 * there are reported as rejected inputs, and the rest is read.
 */
export function checkIngest(request: Pick<IngestRequest, 'paths' | 'encoding'>): { encoding?: AnyEncoding } {
  if (request.paths.length === 0) throw new AppError('E_NO_INPUT', 'no PATH given');
  if (!request.paths.some((p) => existsSync(p))) {
    throw new AppError('E_PATH_NOT_FOUND', `${request.paths.join(', ')}: no such file or folder`);
  }
  return request.encoding !== undefined ? { encoding: encodingName(request.encoding) } : {};
}

export async function ingestPaths(store: Store, request: IngestRequest): Promise<IngestResult> {
  const { encoding } = checkIngest(request);
  const report = await ingest(request.paths, store, defaultPipeline(request), {
    ...(request.batchSize !== undefined ? { batchSize: request.batchSize } : {}),
    ...(request.maxFileBytes !== undefined ? { maxFileBytes: request.maxFileBytes } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  if (request.stories === false) return report;
  const stories = await placeStories(store, {
    now: request.now ?? Date.now(),
    ...(request.placeBatch !== undefined ? { batchSize: request.placeBatch } : {}),
    ...(request.onPlaceProgress ? { onProgress: request.onPlaceProgress } : {}),
    ...(request.onPlaceWait ? { onWait: request.onPlaceWait } : {}),
  });
  await store.optimize({ auto: true }); // search's posting blocks extended when due (PostgreSQL)
  return { ...report, stories };
}

/**
 * Raw inputs already read (a job of the queue carries them as bytes), analysed in this thread and
 * stored; no placement (the queue's `place` job does it, in publication order, once their batch is in).
 */
export async function ingestRawInputs(store: Store, request: PipelineOptions & { inputs: RawInput[]; batchSize?: number }): Promise<IngestReport> {
  const pipeline = defaultPipeline(request);
  return ingestInputs(request.inputs, store, pipeline, { workers: 0, ...(request.batchSize !== undefined ? { batchSize: request.batchSize } : {}) });
}
