/**
 * `ingest --queue`: the paths read as ingest reads them (folders listed, types sniffed, JSONL split
 * into lines, feeds into items), the inputs sent as jobs of up to 200 inputs (or 4 MB) each, then
 * one `place` job. Nothing is analysed here: the workers do it, wherever they run.
 */
import { listInputs, readFileInputs } from '../../ingest/read.js';
import type { RawInput } from '../../doc/news-doc.js';
import { checkIngest, type IngestRequest } from '../ingest.js';
import type { RejectedInput } from '../ingest-loop.js';
import { reprocessCandidates } from '../reprocess.js';
import { toWire, type IngestJob, type PlaceJob, type ReprocessJob } from './payload.js';
import type { JobQueue } from './queue.js';
import type { Store } from '../../store/store.js';

export interface EnqueueReport {
  /** Inputs read and sent. */
  inputs: number;
  /** Ingest jobs sent (then one place job). */
  jobs: number;
  rejected: RejectedInput[];
  skipped: string[];
  warnings: string[];
  seconds: number;
}

/** Most inputs, and most bytes, one ingest job carries. */
export const JOB_INPUTS = 200;
const JOB_BYTES = 4 * 1024 * 1024;

export type EnqueueRequest = Pick<IngestRequest, 'paths' | 'encoding' | 'maxFileBytes' | 'words' | 'entities' | 'times' | 'now'> & {
  /** Inputs per job (default 200). */
  perJob?: number;
  /** Send a `place` job after them (default true). */
  place?: boolean;
};

export async function enqueueIngest(queue: JobQueue, request: EnqueueRequest): Promise<EnqueueReport> {
  const t0 = performance.now();
  const { encoding } = checkIngest(request);
  const report: EnqueueReport = { inputs: 0, jobs: 0, rejected: [], skipped: [], warnings: [], seconds: 0 };
  const { files, rejected, skipped, warnings } = await listInputs(request.paths);
  report.skipped = skipped;
  report.warnings.push(...warnings);
  for (const r of rejected) if (r.kind === 'rejected') report.rejected.push({ where: r.where, code: r.code, reason: r.reason });
  const perJob = request.perJob ?? JOB_INPUTS;
  const flags = { ...(request.words === false ? { words: false } : {}), ...(request.entities === false ? { entities: false } : {}), ...(request.times === false ? { times: false } : {}) };
  let job: RawInput[] = [];
  let bytes = 0;
  let pending: IngestJob[] = [];
  const flush = async (force: boolean): Promise<void> => {
    if (job.length > 0) {
      pending.push({ inputs: job.map(toWire), ...flags });
      job = [];
      bytes = 0;
    }
    // a few jobs per statement: one round trip for many, without holding a whole corpus in memory
    if (pending.length >= 20 || (force && pending.length > 0)) {
      await queue.insert('ingest', pending);
      report.jobs += pending.length;
      pending = [];
    }
  };
  for (const file of files) {
    for await (const item of readFileInputs(file, { ...(encoding ? { encoding } : {}), ...(request.maxFileBytes ? { maxFileBytes: request.maxFileBytes } : {}) })) {
      if (item.kind === 'rejected') {
        report.rejected.push({ where: item.where, code: item.code, reason: item.reason });
        continue;
      }
      for (const n of item.notes ?? []) report.warnings.push(`${item.input.origin?.path ?? '(input)'}: ${n}`);
      if (job.length > 0 && (job.length >= perJob || bytes + item.input.bytes.length > JOB_BYTES)) await flush(false);
      job.push(item.input);
      bytes += item.input.bytes.length;
      report.inputs++;
    }
  }
  await flush(true);
  if (request.place !== false) await sendPlace(queue, request.now);
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}

/** One `place` job: it places once every ingest and reprocess job sent before it is done. */
export async function sendPlace(queue: JobQueue, now?: number): Promise<void> {
  const data: PlaceJob = now !== undefined ? { now } : {};
  await queue.send('place', data);
}

/**
 * `reprocess` as jobs: the articles annotated by another pipeline version (or all), 500 ids a job,
 * then a `place` job for those whose text or date changed.
 */
export async function enqueueReprocess(queue: JobQueue, store: Store, request: { all?: boolean; stage?: string; words?: boolean; entities?: boolean; times?: boolean; now?: number; perJob?: number }): Promise<{ articles: number; jobs: number }> {
  let articles = 0;
  let jobs = 0;
  const flags = { ...(request.stage ? { stage: request.stage } : {}), ...(request.words === false ? { words: false } : {}), ...(request.entities === false ? { entities: false } : {}), ...(request.times === false ? { times: false } : {}) };
  for await (const ids of reprocessCandidates(store, { ...request, batchSize: request.perJob ?? 500 })) {
    const data: ReprocessJob = { ids, ...flags };
    await queue.send('reprocess', data);
    articles += ids.length;
    jobs++;
  }
  await sendPlace(queue, request.now);
  return { articles, jobs };
}
