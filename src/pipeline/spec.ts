/**
 * The pipeline as data: a list of stage names (with options) that workers, `reprocess` and the
 * stored pipeline version are all built from. Stages are found by name in one registry, so a spec
 * can cross a thread (piscina's `workerData`) or be written in a file.
 */
import { z } from 'zod';
import type { Stage } from '../doc/stage.js';
import { cleanStage, metaStage, readStage } from '../ingest/stages.js';
import { languageStage } from '../nlp/language.js';
import { wordsStage } from '../nlp/segment/stage.js';
import { entitiesStage } from '../nlp/ner/stage.js';
import { sentencesStage } from '../nlp/sentences.js';
import { timesStage } from '../nlp/times/stage.js';
import { Pipeline } from './pipeline.js';

const stageSpecSchema = z.object({ name: z.string(), options: z.record(z.string(), z.unknown()).optional() });
export const pipelineSpecSchema = z.object({ stages: z.array(stageSpecSchema).min(1) });

export type StageSpec = z.infer<typeof stageSpecSchema>;
export type PipelineSpec = z.infer<typeof pipelineSpecSchema>;

/** Every stage by name. A stage that takes options makes them part of its version. */
const REGISTRY: Record<string, (options: Record<string, unknown>) => Stage> = {
  read: () => readStage,
  clean: () => cleanStage,
  meta: () => metaStage,
  sentences: () => sentencesStage,
  times: () => timesStage,
  words: () => wordsStage,
  entities: () => entitiesStage,
  language: () => languageStage,
};

/** The names of the stages a spec may use. */
export const STAGE_NAMES = Object.keys(REGISTRY);

export function buildPipeline(spec: PipelineSpec): Pipeline {
  const parsed = pipelineSpecSchema.safeParse(spec);
  if (!parsed.success) throw new Error(`pipeline spec: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const stages = parsed.data.stages.map((s) => {
    const make = REGISTRY[s.name];
    if (!make) throw new Error(`pipeline spec: no stage named "${s.name}" (stages: ${STAGE_NAMES.join(', ')})`);
    return make(s.options ?? {});
  });
  return new Pipeline(stages, parsed.data);
}

export interface PipelineOptions {
  /**
   * Word segmentation (`words`: word spans for every block) and the named entities over them
   * (`entities`). On by default; `false` for speed over search precision and entities.
   */
  words?: boolean;
  /** Named entities over the words (`entities`; only with words). On by default; `false` leaves them out. */
  entities?: boolean;
  /** Time expressions resolved to the calendar (`times`). On by default; `false` leaves them out. */
  times?: boolean;
}

/** The pipeline for articles, as data. */
export function defaultSpec(options: PipelineOptions = {}): PipelineSpec {
  const names = ['read', 'clean', 'meta', 'sentences', ...(options.times === false ? [] : ['times']), ...(options.words === false ? [] : ['words', ...(options.entities === false ? [] : ['entities'])]), 'language'];
  return { stages: names.map((name) => ({ name })) };
}

/** The pipeline for articles. */
export function defaultPipeline(options: PipelineOptions = {}): Pipeline {
  return buildPipeline(defaultSpec(options));
}
