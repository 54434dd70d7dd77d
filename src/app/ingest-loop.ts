/**
 * Ingest: paths in, articles stored, and a report of what happened to every input. Batches are
 * committed one transaction each, so an interrupted ingest keeps what it committed and can simply
 * be run again (what is already stored comes back `unchanged`).
 */
import { availableParallelism } from 'node:os';
import type { NewsDoc, RawInput } from '../doc/news-doc.js';
import type { RejectCode } from '../doc/stage.js';
import { rawInputHash } from '../ingest/identity.js';
import { listInputs, readFileInputs, type ReadItem, type ReadOptions } from '../ingest/read.js';
import { PipelinePool, type Pipeline, type RunResult } from '../pipeline/index.js';
import type { Store } from '../store/store.js';
import { putArticles } from './write.js';

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
  /**
   * Worker threads running the pipeline (default: one per core, at most 4, when there is 1 MB or more
   * of web pages or feeds to extract; otherwise 0, which runs it in this thread). Workers rebuild the
   * pipeline from its spec, so a pipeline without one (hand-made stages) always runs in this thread.
   */
  workers?: number;
  onProgress?: (p: IngestProgress) => void;
}

export async function ingest(paths: string[], store: Store, pipeline: Pipeline, options: IngestOptions = {}): Promise<IngestReport> {
  const started = process.hrtime.bigint();
  const report = emptyReport();
  const { files, rejected, skipped, warnings } = await listInputs(paths);
  report.skipped = skipped;
  report.warnings.push(...warnings);
  for (const r of rejected) if (r.kind === 'rejected') report.rejected.push({ where: r.where, code: r.code, reason: r.reason });
  const bytesOf = (web: boolean): number => files.filter((f) => (f.format === 'html' || f.format === 'feed') === web).reduce((n, f) => n + f.size, 0);
  const source: InputSource = {
    bytesTotal: files.reduce((n, f) => n + f.size, 0),
    webBytes: bytesOf(true),
    textBytes: bytesOf(false),
    async *items(readOptions) {
      for (const file of files) yield* readFileInputs(file, readOptions);
    },
  };
  return ingestSource(source, store, pipeline, options, report, started);
}

/**
 * Ingest of raw inputs already read (a job of the queue: the inputs travel as bytes, so that any
 * machine can take it). The same loop as `ingest`: the same rules, the same report.
 */
export async function ingestInputs(inputs: RawInput[], store: Store, pipeline: Pipeline, options: IngestOptions = {}): Promise<IngestReport> {
  const started = process.hrtime.bigint();
  const web = inputs.filter((i) => i.format === 'html' || i.format === 'feed-item').reduce((n, i) => n + i.bytes.length, 0);
  const all = inputs.reduce((n, i) => n + i.bytes.length, 0);
  const source: InputSource = {
    bytesTotal: all,
    webBytes: web,
    textBytes: all - web,
    async *items() {
      for (const input of inputs) yield { kind: 'input', input };
    },
  };
  return ingestSource(source, store, pipeline, options, emptyReport(), started);
}

function emptyReport(): IngestReport {
  return { read: 0, new: 0, updated: 0, unchanged: 0, copies: 0, rejected: [], otherLanguage: [], skipped: [], warnings: [], seconds: 0 };
}

/** Where the inputs of one ingest come from: their sizes (which decide on worker threads), then the items. */
interface InputSource {
  bytesTotal: number;
  /** Bytes of web pages and feeds (extraction is slow: worker threads pay off). */
  webBytes: number;
  textBytes: number;
  items(readOptions: ReadOptions): AsyncIterable<ReadItem>;
}

async function ingestSource(source: InputSource, store: Store, pipeline: Pipeline, options: IngestOptions, report: IngestReport, started: bigint): Promise<IngestReport> {
  const progress: IngestProgress = { bytesDone: 0, bytesTotal: source.bytesTotal, read: 0, stored: 0 };
  const batchSize = options.batchSize ?? 500;
  let batch: NewsDoc[] = [];
  const pending = new Set<string>(); // ids in the batch not stored yet
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    pending.clear();
    const results = await putArticles(store, batch);
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
  // Each input is analysed (here or in a worker) and its result handled in input order.
  const handle = async (input: RawInput, r: RunResult): Promise<void> => {
    const where = whereOf(input);
    if (!r.ok) {
      report.rejected.push({ where, code: r.code as RejectedInput['code'], reason: r.message });
      return;
    }
    const doc = r.doc;
    for (const w of doc.warnings) report.warnings.push(`${where}: ${w}`);
    if (doc.language && doc.language.lang !== 'vi') report.otherLanguage.push({ id: doc.id, lang: doc.language.lang });
    batch.push(doc);
    pending.add(doc.id);
    if (batch.length >= batchSize) await flush();
  };

  // Workers pay off where analysis dominates: web pages (tens of milliseconds each to extract), and
  // text and JSONL once words are segmented (about 0.7 ms an article: 1,607 JSONL articles ingested
  // in 4.7–4.9 s in the main thread, 4.3–4.4 s with one worker, 4.2–4.3 s with two). Without words,
  // they are analysed in a fraction of a millisecond, about what storing them costs, and a worker's
  // start-up and copies cost more than they save (measured: docs/ARCHITECTURE.md).
  const words = pipeline.names.includes('words');
  const wanted = options.workers ??
    (source.webBytes >= 1024 * 1024 ? Math.min(4, availableParallelism()) : words && source.textBytes >= 1024 * 1024 ? Math.min(2, availableParallelism()) : 0);
  // started with the first batch it gets (an ingest of unchanged input starts none)
  const workers = wanted > 0 && pipeline.spec ? { size: wanted, spec: pipeline.spec } : undefined;
  const emptyAtStart = workers !== undefined && (await store.count()) === 0;
  let pool: PipelinePool | undefined;
  const CHUNK = 64;
  /** Ids of inputs sent to the workers: an input of the same id after them is not skipped as unchanged. */
  const sent = new Set<string>();
  let chunk: RawInput[] = [];
  const inFlight: { inputs: RawInput[]; results: Promise<RunResult[] | Error> }[] = [];
  const drain = async (keep: number): Promise<void> => {
    while (inFlight.length > keep) {
      const oldest = inFlight.shift()!;
      let results = await oldest.results;
      if (results instanceof Error) {
        // the worker died on this batch (the pool replaces it): analyse its inputs here, one by one
        report.warnings.push(`${whereOf(oldest.inputs[0]!)}: ${results.message}; its batch was analysed in the main thread`);
        results = await pipeline.runBatch(oldest.inputs);
      }
      for (let i = 0; i < results.length; i++) await handle(oldest.inputs[i]!, results[i]!);
    }
  };
  const send = async (): Promise<void> => {
    if (chunk.length === 0) return;
    pool ??= new PipelinePool(workers!.size, workers!.spec);
    inFlight.push({ inputs: chunk, results: pool.run(chunk).catch((e: Error) => e) });
    chunk = [];
    await drain(2 * wanted);
  };
  try {
    for await (const item of source.items(readOptions)) {
      report.read++;
      progress.read++;
      if (item.kind === 'rejected') {
        report.rejected.push({ where: item.where, code: item.code, reason: item.reason });
        continue;
      }
      for (const n of item.notes ?? []) report.warnings.push(`${item.input.origin?.path ?? '(input)'}: ${n}`);
      // input already stored as it is: unchanged, without analysing it again. Reading a text or
      // JSONL input (what gives its id) is cheap enough to do here even when workers analyse;
      // a page is read (extracted) in the worker, and checked there by its result.
      // Into an empty store (a first ingest), nothing can be unchanged but what this run wrote, which
      // the write rules find unchanged anyway: the input goes to the workers unread (reading it here
      // too cost the main thread a third of its share of the analysis).
      let head: NewsDoc | undefined;
      if (!workers || (!emptyAtStart && (item.input.format === 'text' || item.input.format === 'jsonl'))) {
        try {
          head = await pipeline.start(item.input);
        } catch {
          head = undefined; // the full run reports the rejection
        }
        if (head && !pending.has(head.id) && !sent.has(head.id) && (await store.rawHashOf(head.id)) === rawInputHash(item.input)) {
          report.unchanged++;
          progress.stored++;
          continue;
        }
      }
      if (!workers) {
        await handle(item.input, head ? (await pipeline.finish([head]))[0]! : (await pipeline.runBatch([item.input]))[0]!);
        continue;
      }
      if (head) sent.add(head.id);
      chunk.push(item.input);
      if (chunk.length >= CHUNK) await send();
    }
    if (workers) {
      await send();
      await drain(0);
    }
  } finally {
    await pool?.close();
  }
  await flush();
  options.onProgress?.(progress);
  report.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return report;
}

/** `path`, `path:line` for JSONL, `path#item` for a feed item. */
export function whereOf(input: RawInput): string {
  const o = input.origin;
  if (!o) return '(input)';
  return `${o.path}${o.line !== undefined ? `:${o.line}` : ''}${o.item !== undefined ? `#${o.item}` : ''}`;
}
