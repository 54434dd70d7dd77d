/**
 * Ingest: paths in, articles stored, and a report of what happened to every input. Batches are
 * committed one transaction each, so an interrupted ingest keeps what it committed and can simply
 * be run again (what is already stored comes back `unchanged`).
 */
import type { NewsDoc } from '../doc/news-doc.js';
import { Rejection, type RejectCode } from '../doc/stage.js';
import type { Pipeline } from '../pipeline.js';
import type { Store } from '../store/store.js';
import { listInputs, readFileInputs, type ReadOptions } from './read.js';

export interface RejectedInput {
  /** `path` or `path:line`. */
  where: string;
  code: RejectCode | 'error';
  reason: string;
}

export interface IngestReport {
  /** Inputs read: files, plus JSONL lines. */
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  /** Stored, and marked as exact copies of an earlier article with the same content. */
  copies: number;
  rejected: RejectedInput[];
  /** Stored, and marked as not Vietnamese (`id`, language). */
  otherLanguage: { id: string; lang: string }[];
  /** Files inside folders that are not articles (neither .txt nor .jsonl). */
  skipped: string[];
  /** Non-fatal problems: `where: message`. */
  warnings: string[];
  seconds: number;
}

export interface IngestProgress {
  bytesDone: number;
  bytesTotal: number;
  read: number;
  stored: number;
}

export interface IngestOptions extends ReadOptions {
  /** Articles per transaction (default 500). */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
}

export async function ingest(paths: string[], store: Store, pipeline: Pipeline, options: IngestOptions = {}): Promise<IngestReport> {
  const started = process.hrtime.bigint();
  const report: IngestReport = {
    read: 0, new: 0, updated: 0, unchanged: 0, copies: 0, rejected: [], otherLanguage: [], skipped: [], warnings: [], seconds: 0,
  };
  const { files, rejected, skipped } = await listInputs(paths);
  report.skipped = skipped;
  for (const r of rejected) if (r.kind === 'rejected') report.rejected.push({ where: r.where, code: r.code, reason: r.reason });

  const progress: IngestProgress = { bytesDone: 0, bytesTotal: files.reduce((n, f) => n + f.size, 0), read: 0, stored: 0 };
  const batchSize = options.batchSize ?? 500;
  let batch: NewsDoc[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const results = await store.putArticles(batch);
    for (const r of results) {
      if (r.outcome === 'new') report.new++;
      else if (r.outcome === 'updated') report.updated++;
      else if (r.outcome === 'unchanged') report.unchanged++;
      else report.copies++;
    }
    progress.stored += batch.length;
    batch = [];
    options.onProgress?.(progress);
  };

  let lastTick = 0;
  const readOptions: ReadOptions = {
    ...options,
    onBytes: (n) => {
      progress.bytesDone += n;
      const now = Date.now();
      if (now - lastTick > 100) {
        lastTick = now;
        options.onProgress?.(progress);
      }
    },
  };
  for (const file of files) {
    for await (const item of readFileInputs(file, readOptions)) {
      report.read++;
      progress.read++;
      if (item.kind === 'rejected') {
        report.rejected.push({ where: item.where, code: item.code, reason: item.reason });
        continue;
      }
      const where = item.input.origin?.line !== undefined ? `${file.path}:${item.input.origin.line}` : file.path;
      let doc: NewsDoc;
      try {
        doc = pipeline.run(item.input);
      } catch (e) {
        if (e instanceof Rejection) report.rejected.push({ where, code: e.code, reason: e.message });
        else report.rejected.push({ where, code: 'error', reason: `internal error, please report it: ${(e as Error).stack ?? e}` });
        continue;
      }
      for (const w of doc.warnings) report.warnings.push(`${where}: ${w}`);
      if (doc.language && doc.language.lang !== 'vi') report.otherLanguage.push({ id: doc.id, lang: doc.language.lang });
      batch.push(doc);
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  options.onProgress?.(progress);
  report.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return report;
}
