#!/usr/bin/env node
/**
 * While tuning the times stage: scores and errors of the TUNING part of the golden set only (the
 * held-out part is never printed here; `npm run eval -- times` reports both). Needs `npm run build`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { loadGold, scoreTimes } = await import(join(ROOT, 'dist/eval/scorers/times.js'));
const { findTimes } = await import(join(ROOT, 'dist/src/nlp/times/index.js'));
const gold = loadGold(join(ROOT, 'test/fixtures/times/gold.jsonl')).filter((s) => s.split === 'tune');
const r = scoreTimes(gold, (s) => findTimes(s.sentence, { reference: s.ref }));
for (const e of r.errors) console.log(e);
console.log(`tune: accuracy ${r.correct}/${r.gold} = ${r.accuracy.toFixed(4)}, precision ${r.rightOutputs}/${r.outputs} = ${r.precision.toFixed(4)}, negatives hit ${r.negativesHit}/${r.negatives}`);
