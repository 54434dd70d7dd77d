/**
 * The pipeline: the only place that knows the order of the stages. It checks, when built, that every
 * stage finds what it requires assigned by an earlier one.
 */
import type { DocField, NewsDoc, RawInput } from './doc/news-doc.js';
import type { Stage } from './doc/stage.js';
import { cleanStage, decodeStage } from './ingest/stages.js';
import { languageStage } from './nlp/language.js';
import { sentencesStage } from './nlp/sentences.js';
import { wordsStage } from './nlp/segment/stage.js';

export class Pipeline {
  readonly version: string;

  constructor(readonly stages: readonly Stage[]) {
    const assigned = new Set<DocField>();
    for (const stage of stages) {
      for (const need of stage.requires) {
        if (!assigned.has(need)) {
          throw new Error(`pipeline: stage "${stage.name}" requires "${need}", which no earlier stage assigns`);
        }
      }
      for (const a of stage.assigns) assigned.add(a);
    }
    this.version = stages.map((s) => `${s.name}@${s.version}`).join(' ');
  }

  /** Names of the stages, in order. */
  get names(): string[] {
    return this.stages.map((s) => s.name);
  }

  /** A new article from raw input through every stage. Throws `Rejection` for unusable input. */
  run(input: RawInput): NewsDoc {
    return this.finish(this.start(input));
  }

  /** The first stage only (`decode`: text, metadata given, id), so a caller can stop early. */
  start(input: RawInput): NewsDoc {
    const doc: NewsDoc = { id: '', input, meta: {}, warnings: [], stages: {} };
    return this.runFrom(doc, 0, 1);
  }

  /** The stages after the first, for a document from `start`. */
  finish(doc: NewsDoc): NewsDoc {
    return this.runFrom(doc, 1);
  }

  /**
   * Re-runs a stored article from stage `from` (by name) onwards; the earlier stages' fields are kept.
   */
  rerun(doc: NewsDoc, from: string): NewsDoc {
    const i = this.stages.findIndex((s) => s.name === from);
    if (i === -1) throw new Error(`pipeline: no stage named "${from}" (stages: ${this.names.join(', ')})`);
    return this.runFrom(doc, this.restartIndex(i));
  }

  /**
   * Where a re-run asked to start at stage `i` must really start: only the final state of an article
   * is stored, so if a stage at or after `i` assigns a field that an earlier stage also assigns
   * (`clean` completes the `meta` that `decode` read), the re-run starts at that earlier stage.
   */
  restartIndex(i: number): number {
    let start = i;
    for (let changed = true; changed; ) {
      changed = false;
      const later = new Set(this.stages.slice(start).flatMap((s) => s.assigns));
      for (let j = 0; j < start; j++) {
        if (this.stages[j]!.assigns.some((f) => later.has(f))) {
          start = j;
          changed = true;
          break;
        }
      }
    }
    return start;
  }

  private runFrom(doc: NewsDoc, index: number, end = this.stages.length): NewsDoc {
    let d = doc;
    for (let i = index; i < end; i++) {
      const stage = this.stages[i]!;
      const next = stage.run(d);
      if (typeof next !== 'object' || next === null || typeof next.id !== 'string') {
        throw new Error(`pipeline: stage "${stage.name}" did not return a NewsDoc`);
      }
      d = { ...next, stages: { ...next.stages, [stage.name]: stage.version } };
    }
    return d;
  }
}

export interface PipelineOptions {
  /**
   * Add word segmentation (`words`): word spans for every block. Off by default: it triples the
   * cost of analysis, and search and clustering segment what they need on the fly.
   */
  words?: boolean;
}

/** The pipeline for articles. */
export function defaultPipeline(options: PipelineOptions = {}): Pipeline {
  return new Pipeline([
    decodeStage,
    cleanStage,
    sentencesStage,
    ...(options.words ? [wordsStage] : []),
    languageStage,
  ]);
}
