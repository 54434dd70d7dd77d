/**
 * The entities stage in a worker thread of its own (`pool.ts`): the pool's other workers run the
 * rest of the pipeline, and this one thread finds the entities of every article they analysed.
 * Each thread that runs the stage pays its warm-up once: the knowledge base's load and V8 compiling
 * the stage's code, about 0.75 s of CPU, more than the stage itself costs over 800 articles
 * (docs/MEASUREMENTS.md); one thread pays it once instead of every analysis worker. The thread
 * loads the stage's modules only.
 */
import { packEntities, type PackedEntities } from '../doc/entity-codec.js';
import type { NewsDoc } from '../doc/news-doc.js';
import { articleEntities } from '../nlp/ner/stage.js';
import { internalError } from './pipeline.js';
import { addStageTime, stageClock, STAGE_TIMES_ON } from './stage-times.js';

/** What the stage reads of an analysed article (`words` packed, as the analysis worker sends them). */
export type EntitiesInput = Pick<NewsDoc, 'text' | 'blocks' | 'meta'> & { words: Uint32Array };

export interface EntitiesTask {
  docs: EntitiesInput[];
}

/** Per article, its mentions packed (as a worker sends them: src/doc/entity-codec.ts), or the stage's error. */
export type EntitiesResult = { ok: true; entities: PackedEntities } | { ok: false; message: string };

export default function runEntities({ docs }: EntitiesTask): EntitiesResult[] {
  const t0 = STAGE_TIMES_ON ? stageClock() : 0;
  const out = docs.map((doc): EntitiesResult => {
    try {
      return { ok: true, entities: packEntities(articleEntities(doc), doc.text ?? '', doc.meta.credit, true) };
    } catch (e) {
      return { ok: false, message: internalError(e instanceof Error ? e : new Error(String(e))) };
    }
  });
  if (STAGE_TIMES_ON) addStageTime('entities', stageClock() - t0, docs.length);
  return out;
}
