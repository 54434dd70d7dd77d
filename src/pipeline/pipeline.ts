/**
 * The pipeline: stages in order, checked once when built (every stage finds what it requires
 * assigned by an earlier one, and no field is assigned twice). It runs one input or a batch, stage
 * by stage; stages may be asynchronous or take the batch at once. A rejection stops one article,
 * never the batch.
 */
import { DOC_FIELDS, type DocField, type NewsDoc, type RawInput } from '../doc/news-doc.js';
import { Rejection, type RejectCode, type Stage } from '../doc/stage.js';
import type { PipelineSpec } from './spec.js';
import { addStageTime, stageClock, STAGE_TIMES_ON } from './stage-times.js';

/** What became of one input: its article, or why there is none. */
export type RunResult = { ok: true; doc: NewsDoc } | { ok: false; code: RejectCode | 'error'; message: string };

export class Pipeline {
  /** `name@version` of every stage, in order: what each article records it was annotated by. */
  readonly version: string;

  /**
   * `spec` is the pipeline as data, when it was built from one (`buildPipeline`): then workers,
   * `reprocess` and the stored version can all rebuild it. A pipeline of hand-made stages has none
   * and runs only in the thread that built it.
   */
  constructor(
    readonly stages: readonly Stage[],
    readonly spec?: PipelineSpec,
  ) {
    const assigned = new Map<DocField, string>();
    for (const stage of stages) {
      for (const need of stage.requires) {
        if (!assigned.has(need)) {
          throw new Error(`pipeline: stage "${stage.name}" requires "${need}", which no earlier stage assigns`);
        }
      }
      for (const a of stage.assigns) {
        const by = assigned.get(a);
        if (by !== undefined) throw new Error(`pipeline: stage "${stage.name}" assigns "${a}", which stage "${by}" assigns already`);
        assigned.set(a, stage.name);
      }
    }
    this.version = stages.map((s) => `${s.name}@${s.version}`).join(' ');
  }

  /** Names of the stages, in order. */
  get names(): string[] {
    return this.stages.map((s) => s.name);
  }

  /** A new article from raw input through every stage. Throws `Rejection` for unusable input. */
  async run(input: RawInput): Promise<NewsDoc> {
    return unwrap((await this.runDocs([blank(input)], 0))[0]!);
  }

  /** A batch of inputs through every stage: one result per input, in order. */
  async runBatch(inputs: readonly RawInput[]): Promise<RunResult[]> {
    return (await this.runDocs(inputs.map(blank), 0)).map(result);
  }

  /** The first stage only (`read`: text, metadata given, id), so a caller can stop early. */
  async start(input: RawInput): Promise<NewsDoc> {
    return unwrap((await this.runDocs([blank(input)], 0, 1))[0]!);
  }

  /** The stages after the first, for documents from `start`. */
  async finish(docs: readonly NewsDoc[]): Promise<RunResult[]> {
    return (await this.runDocs(docs, 1)).map(result);
  }

  /**
   * Re-runs a stored article from stage `from` (by name) onwards, keeping what earlier stages
   * assigned, or from where it must really start (`rerunStart`). Throws `Rejection`.
   */
  async rerun(doc: NewsDoc, from: string): Promise<NewsDoc> {
    const start = this.rerunStart(doc, this.indexOf(from));
    const out = unwrap((await this.runDocs([start === 0 ? blank(doc.input) : doc], start))[0]!);
    // fields of stages this pipeline does not have (a `words` left by another pipeline) go
    const assigned = new Set(this.stages.flatMap((s) => s.assigns));
    const rest = out as unknown as Record<string, unknown>;
    for (const f of DOC_FIELDS) if (!assigned.has(f) && f !== 'id' && f !== 'meta') delete rest[f];
    return out;
  }

  /** The index of a stage by name; throws, naming the stages, for an unknown one. */
  indexOf(name: string): number {
    const i = this.stages.findIndex((s) => s.name === name);
    if (i === -1) throw new Error(`pipeline: no stage named "${name}" (stages: ${this.names.join(', ')})`);
    return i;
  }

  /**
   * Where a re-run asked to start at stage `i` must start: at an earlier stage that this pipeline
   * runs in another version than the one that annotated the article (or did not run at all), since
   * later stages build on its output; and from the input itself when a stage would lack a field
   * the stored article does not have (an article stored by an older pipeline).
   */
  rerunStart(doc: NewsDoc, i: number): number {
    let start = i;
    for (let j = 0; j < start; j++) {
      if (doc.stages[this.stages[j]!.name] !== this.stages[j]!.version) {
        start = j;
        break;
      }
    }
    const has = new Set<DocField>(DOC_FIELDS.filter((f) => (doc as unknown as Record<string, unknown>)[f] !== undefined));
    for (let j = start; j < this.stages.length; j++) {
      const stage = this.stages[j]!;
      if (stage.requires.some((f) => !has.has(f))) return 0;
      for (const f of stage.assigns) has.add(f);
    }
    return start;
  }

  /** Stages `from`..`end` over documents; a document that fails becomes its error and leaves the batch. */
  private async runDocs(docs: readonly NewsDoc[], from: number, end = this.stages.length): Promise<(NewsDoc | Error)[]> {
    const out: (NewsDoc | Error)[] = [...docs];
    for (let i = from; i < end; i++) {
      const stage = this.stages[i]!;
      const live: number[] = [];
      for (let k = 0; k < out.length; k++) if (!(out[k] instanceof Error)) live.push(k);
      if (live.length === 0) break;
      const t0 = STAGE_TIMES_ON ? stageClock() : 0;
      if (stage.runBatch) {
        const results = await stage.runBatch(live.map((k) => out[k] as NewsDoc));
        if (results.length !== live.length) throw new Error(`pipeline: stage "${stage.name}" returned ${results.length} results for ${live.length} documents`);
        live.forEach((k, n) => (out[k] = stamp(stage, results[n]!)));
        if (STAGE_TIMES_ON) addStageTime(stage.name, stageClock() - t0, live.length);
        continue;
      }
      for (const k of live) {
        try {
          let next = stage.run(out[k] as NewsDoc);
          if (next instanceof Promise) next = await next;
          out[k] = stamp(stage, next);
        } catch (e) {
          out[k] = e instanceof Error ? e : new Error(String(e));
        }
      }
      if (STAGE_TIMES_ON) addStageTime(stage.name, stageClock() - t0, live.length);
    }
    if (end === this.stages.length) {
      // the stages in the pipeline's order (a re-run keeps the earlier ones' versions)
      for (let k = 0; k < out.length; k++) {
        const d = out[k]!;
        if (d instanceof Error) continue;
        const stages: Record<string, string> = {};
        for (const s of this.stages) if (d.stages[s.name] !== undefined) stages[s.name] = d.stages[s.name]!;
        out[k] = { ...d, stages };
      }
    }
    return out;
  }
}

function blank(input: RawInput): NewsDoc {
  return { id: '', input, meta: {}, warnings: [], stages: {} };
}

function stamp(stage: Stage, next: NewsDoc | Error): NewsDoc | Error {
  if (next instanceof Error) return next;
  if (typeof next !== 'object' || next === null || typeof next.id !== 'string') {
    return new Error(`pipeline: stage "${stage.name}" did not return a NewsDoc`);
  }
  return { ...next, stages: { ...next.stages, [stage.name]: stage.version } };
}

function unwrap(r: NewsDoc | Error): NewsDoc {
  if (r instanceof Error) throw r;
  return r;
}

/** A document or its error as a result: a rejection says why; anything else is a bug to report. */
function result(r: NewsDoc | Error): RunResult {
  if (!(r instanceof Error)) return { ok: true, doc: r };
  if (r instanceof Rejection) return { ok: false, code: r.code, message: r.message };
  return { ok: false, code: 'error', message: internalError(r) };
}

/** What a stage's bug (not a rejection) says in its article's result. */
export function internalError(e: Error): string {
  return `internal error, please report it: ${e.stack ?? e.message}`;
}
