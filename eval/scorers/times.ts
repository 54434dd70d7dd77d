/**
 * Scoring of time expressions against the golden set (test/fixtures/times/gold.jsonl, its guideline
 * beside it). An output matches a gold expression when their spans overlap.
 * - accuracy: gold expressions with a value whose overlapping outputs include one of the same value,
 *   over all gold expressions with a value (a miss counts as wrong);
 * - precision: resolved outputs that overlap a gold expression of the same value, over all resolved
 *   outputs in the gold sentences (an output over a negative, an unresolvable expression or nothing
 *   gold is wrong);
 * - negatives hit: number-like non-dates (`6-1`, `1/5`) the stage resolved.
 * Instants compare as instants (`…T10:00+00:00` = `…T17:00+07:00`); other values as written.
 */
import { readFileSync } from 'node:fs';

export interface GoldTime {
  start: number;
  end: number;
  text: string;
  value: string | null;
  granularity?: string;
  reason?: string;
}

export interface GoldSentence {
  id: string;
  article: string;
  ref: string;
  split: 'tune' | 'heldout';
  sentence: string;
  times: GoldTime[];
  negatives: { start: number; end: number; text: string }[];
}

export interface SystemTime {
  start: number;
  end: number;
  value: string | null;
}

export interface TimesScore {
  gold: number;
  correct: number;
  accuracy: number;
  outputs: number;
  rightOutputs: number;
  precision: number;
  negatives: number;
  negativesHit: number;
  /** Gold expressions missed or wrong, and outputs that are wrong, for reading. */
  errors: string[];
}

export function loadGold(path: string): GoldSentence[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldSentence);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A value in a comparable form: instants as epoch milliseconds, the rest as written. */
export function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;
  if (instant.test(a) && instant.test(b)) return Date.parse(a) === Date.parse(b);
  return false;
}

export function scoreTimes(gold: readonly GoldSentence[], system: (s: GoldSentence) => SystemTime[]): TimesScore {
  let goldCount = 0;
  let correct = 0;
  let outputs = 0;
  let rightOutputs = 0;
  let negatives = 0;
  let negativesHit = 0;
  const errors: string[] = [];
  for (const s of gold) {
    const out = system(s);
    const resolved = out.filter((o) => o.value !== null);
    for (const g of s.times) {
      if (g.value === null) continue;
      goldCount++;
      const hit = resolved.some((o) => overlaps(o, g) && sameValue(o.value!, g.value!));
      if (hit) correct++;
      else {
        const got = resolved.filter((o) => overlaps(o, g)).map((o) => o.value).join(', ') || 'nothing';
        errors.push(`${s.id} [${s.split}] miss "${g.text}" want ${g.value}, got ${got}   (ref ${s.ref.slice(0, 10)})`);
      }
    }
    for (const n of s.negatives) {
      negatives++;
      if (resolved.some((o) => overlaps(o, n))) negativesHit++;
    }
    for (const o of resolved) {
      outputs++;
      if (s.times.some((g) => g.value !== null && overlaps(o, g) && sameValue(o.value!, g.value))) rightOutputs++;
      else errors.push(`${s.id} [${s.split}] wrong output "${s.sentence.slice(o.start, o.end)}" = ${o.value}   (ref ${s.ref.slice(0, 10)})`);
    }
  }
  return {
    gold: goldCount,
    correct,
    accuracy: goldCount ? correct / goldCount : 0,
    outputs,
    rightOutputs,
    precision: outputs ? rightOutputs / outputs : 0,
    negatives,
    negativesHit,
    errors,
  };
}
