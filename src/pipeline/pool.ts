/**
 * A pool of pipeline workers (piscina), each running the pipeline its spec describes. Each batch is one task; the caller consumes the results in
 * the order it sent the batches, so ingest stays deterministic (the first of two identical articles
 * is the original).
 *
 * With two workers or more, the entities stage runs in one more worker of its own
 * (entities-worker.ts) on what the others analysed: each thread that runs the stage pays its
 * warm-up (the knowledge base's load, V8 compiling the stage's code), which over an ingest of a few
 * thousand articles costs more than the stage itself; one thread pays it once. The results are the
 * pipeline's all the same, fields and stages in the pipeline's order.
 *
 * A worker that dies on a batch (an uncaught error, `process.exit()`) rejects that batch's promise,
 * and piscina replaces the worker: later batches run normally.
 */
import { Piscina } from 'piscina';
import { unpackEntities, type PackedEntities } from '../doc/entity-codec.js';
import type { NewsDoc, RawInput } from '../doc/news-doc.js';
import type { EntitiesInput, EntitiesResult, EntitiesTask } from './entities-worker.js';
import type { RunResult } from './pipeline.js';
import { buildPipeline, type PipelineSpec } from './spec.js';
import { stageTimesBuffer } from './stage-times.js';
import type { LeanResult, WorkerTask } from './worker.js';

/** The stage that runs in a worker of its own (entities-worker.ts) when the pool has two workers or more. */
const OWN_THREAD_STAGE = 'entities';

/** The stage run in its own worker, and where its field and version go among the others'. */
interface OwnThread {
  piscina: Piscina<EntitiesTask, EntitiesResult[]>;
  version: string;
  /** The fields the stages after it assign, and those stages' names: it goes before the first of them. */
  laterFields: Set<string>;
  laterStages: Set<string>;
}

export interface PoolOptions {
  /** The worker module (a file URL or path) whose default export runs a `WorkerTask`; tests replace it. */
  filename?: string | URL;
}

interface Job {
  promise: Promise<RunResult[]>;
  fail: (cause: unknown) => void;
}

export class PipelinePool {
  private readonly piscina: Piscina<WorkerTask, LeanResult[]>;
  private readonly own: OwnThread | undefined;
  /** Jobs not settled yet. */
  private readonly running = new Set<Job>();
  /** Why no worker is left, once none is. */
  private dead: unknown;

  constructor(size: number, spec: PipelineSpec, pool: PoolOptions = {}) {
    const stageTimes = stageTimesBuffer();
    const at = size >= 2 ? spec.stages.findIndex((s) => s.name === OWN_THREAD_STAGE) : -1;
    if (at !== -1) {
      const stages = buildPipeline(spec).stages;
      this.own = {
        piscina: new Piscina({ filename: String(new URL('./entities-worker.js', import.meta.url)), minThreads: 1, maxThreads: 1, workerData: stageTimes ? { stageTimes } : {} }),
        version: stages[at]!.version,
        laterFields: new Set(stages.slice(at + 1).flatMap((s) => s.assigns)),
        laterStages: new Set(stages.slice(at + 1).map((s) => s.name)),
      };
      spec = { stages: spec.stages.filter((_, i) => i !== at) };
    }
    this.piscina = new Piscina({
      filename: String(pool.filename ?? new URL('./worker.js', import.meta.url)),
      minThreads: size,
      maxThreads: size,
      // the stage timer's shared counters ride along (the spec's parser drops the key): stage-times.ts
      workerData: stageTimes ? { ...spec, stageTimes } : spec,
    });
    // A worker that fails between jobs, or while starting, has no job to reject (and an 'error'
    // event without a listener would throw in this thread).
    this.piscina.on('error', (e: unknown) => this.checkAlive(e));
    this.own?.piscina.on('error', (e: unknown) => this.checkAlive(e));
  }

  /**
   * Runs the pipeline on a batch in the next free worker (queued while all are busy). The promise
   * rejects if the worker dies on the batch; a caller awaiting batches in order should handle each
   * at once (`.catch`), since a later batch may fail first.
   */
  run(inputs: RawInput[]): Promise<RunResult[]> {
    let settle!: { resolve: (r: RunResult[]) => void; reject: (e: Error) => void };
    const promise = new Promise<RunResult[]>((resolve, reject) => (settle = { resolve, reject }));
    const job: Job = {
      promise,
      fail: (cause) => {
        this.running.delete(job);
        const why = cause instanceof Error ? cause.message : String(cause);
        settle.reject(new Error(`a pipeline worker failed on a batch of ${inputs.length} inputs: ${why}`, { cause }));
      },
    };
    if (this.dead !== undefined) {
      job.fail(this.dead);
      return promise;
    }
    this.running.add(job);
    const analysed = this.piscina.run({ inputs });
    (this.own ? analysed.then((results) => this.runOwn(this.own!, results)) : analysed).then(
      (results) => {
        this.running.delete(job);
        settle.resolve(results.map((r, i) => restore(r, inputs[i]!)));
      },
      (e: unknown) => {
        job.fail(e);
        this.checkAlive(e);
      },
    );
    return promise;
  }

  /** Stops the workers now; jobs not finished reject (and count as handled: nobody may await them). */
  async close(): Promise<void> {
    for (const job of this.running) job.promise.catch(() => {});
    await Promise.all([this.piscina.destroy(), this.own?.piscina.destroy()]);
  }

  /** The entities of a batch's articles, from the worker of their own, put in the results as the pipeline would have. */
  private async runOwn(own: OwnThread, results: LeanResult[]): Promise<LeanResult[]> {
    const docs: EntitiesInput[] = [];
    for (const r of results) {
      if (!r.ok) continue;
      const { text, blocks, meta, words } = r.doc;
      docs.push({ text, blocks, meta: { publishedAt: meta.publishedAt, credit: meta.credit }, words: words ?? new Uint32Array(0) });
    }
    const found = await own.piscina.run({ docs });
    let k = 0;
    return results.map((r): LeanResult => {
      if (!r.ok) return r;
      const e = found[k++]!;
      if (!e.ok) return { ok: false, code: 'error', message: e.message };
      const doc = placed(r.doc, 'entities', e.entities, own.laterFields) as typeof r.doc;
      doc.stages = placed(r.doc.stages, OWN_THREAD_STAGE, own.version, own.laterStages) as Record<string, string>;
      return { ok: true, doc };
    });
  }

  /**
   * piscina replaces a worker that dies, unless a replacement failed while starting; then, once no
   * worker is left, queued jobs would wait for ever: they, and every later one, fail instead.
   */
  private checkAlive(cause: unknown): void {
    if (this.piscina.threads.length > 0 && (!this.own || this.own.piscina.threads.length > 0)) return;
    this.dead = cause;
    for (const job of this.running) job.fail(cause);
  }
}

/** A worker's lean result as the pipeline gave it (less the decoded `source`, which nothing after it reads). */
function restore(r: LeanResult, input: RawInput): RunResult {
  if (!r.ok) return r;
  // field by field, in the order the pipeline gave them (the store writes them in it)
  const doc: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.doc)) {
    doc[k] = k === 'words' ? Array.from(v as Uint32Array) : k === 'entities' ? unpackEntities(v as PackedEntities, r.doc.text ?? '', r.doc.meta.credit) : v;
  }
  doc.input = input;
  return { ok: true, doc: doc as unknown as NewsDoc };
}

/** `obj` with `key` set to `value` before the first of the keys `before` it holds (else last), the other keys in their order. */
function placed(obj: object, key: string, value: unknown, before: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let done = false;
  for (const [k, v] of Object.entries(obj)) {
    if (!done && before.has(k)) {
      out[key] = value;
      done = true;
    }
    out[k] = v;
  }
  if (!done) out[key] = value;
  return out;
}
