/**
 * Tuning aid for the entity tagger: scores the recogniser in process on the golden set's **tuned**
 * part (test/fixtures/ner: batches 1, 2 and 3, 66 documents), per type, and with `--errors` lists its
 * misses and false alarms there. The held-out part (batch 4) is never listed: `--heldout` prints its
 * scores only (as `npm run eval -- ner` does).
 * `--half A|B` scores one half of the tuned part (ids sorted; A the first half, B the second; with
 * `--batch 1`, the halves of 21 documents of docs/ner.md).
 * `--released` scores the former held-out documents alone (part `tuned`, `released` in
 * documents.jsonl: batch 1's twelve, batch 2 and batch 3, released for tuning on 2026-12-03, batch 4
 * held out in their place) and may list their errors; the tuned part (the default) includes them.
 * `--batch N` keeps batch N alone (1, 2 or 3 in the tuned part; with `--released`, `--batch 1` is
 * batch 1's twelve, `--batch 2` batch 2 and `--batch 3` batch 3). Never the held-out batch 4: the
 * batch is chosen inside the tuned part, and `--heldout` ignores `--batch`.
 *
 *   node dist/scripts/ner-score.js [--rules | --model-only] [--names | --no-names] [--model FILE] [--errors] [--heldout | --released] [--batch N]
 */
import { documentBatches, loadGolden } from '../eval/ner.js';
import { scoreNer, SCORED_TYPES, type EntitySpan } from '../eval/scorers/ner.js';
import { ArticleNames, DEFAULT_MODE, FIND_NAMES_AGAIN, loadRecogniser } from '../src/nlp/ner/recognise.js';

const rules = process.argv.includes('--rules');
const released = process.argv.includes('--released');
const heldout = process.argv.includes('--heldout');
// the held-out part is scored, never listed
const showErrors = process.argv.includes('--errors') && !heldout;
const mode = rules ? 'rules' : process.argv.includes('--model-only') ? 'model' : DEFAULT_MODE;
const modelAt = process.argv.indexOf('--model');
const r = loadRecogniser({ mode, modelPath: modelAt > 0 ? process.argv[modelAt + 1] : undefined });
const part = heldout ? 'heldout' : 'tuned';
const batches = documentBatches();
// --batch N: one annotation batch of the tuned part alone (batch 1: the first 42 documents; batches 2 and 3: released 2026-12-03); never the held-out part
const batchAt = process.argv.indexOf('--batch');
const batch = batchAt > 0 && !heldout ? Number(process.argv[batchAt + 1]) : undefined;
const docs = loadGolden().filter(
  (d) => d.part === part && (!released || batches.get(d.id)?.released !== undefined) && (batch === undefined || batches.get(d.id)?.batch === batch),
);
// --half A|B: the tuned part split in two by document id order (sorted ids, first half = A, second = B),
// so that a rule formed from one half's errors is checked on the other
const halfAt = process.argv.indexOf('--half');
const half = halfAt > 0 && !heldout ? process.argv[halfAt + 1] : undefined;
if (half !== undefined) {
  const ids = docs.map((d) => d.id).sort();
  const inA = new Set(ids.slice(0, Math.ceil(ids.length / 2)));
  docs.splice(0, docs.length, ...docs.filter((d) => inA.has(d.id) === (half === 'A')));
}
const label = (released ? 'released' : part) + (batch !== undefined ? ` batch ${batch}` : '') + (half !== undefined ? ` half ${half}` : '');
const gold: EntitySpan[][] = [];
const pred: EntitySpan[][] = [];
for (const d of docs) {
  const out: EntitySpan[] = [];
  let at = 0;
  const names = process.argv.includes('--no-names') ? undefined : process.argv.includes('--names') || FIND_NAMES_AGAIN ? new ArticleNames() : undefined;
  for (const line of d.text.split('\n')) {
    for (const e of r.recogniseLine(line, names)) out.push({ start: e.start + at, end: e.end + at, type: e.type });
    at += line.length + 1;
  }
  gold.push(d.entities);
  pred.push(out);
  if (showErrors) {
    const key = (e: EntitySpan) => `${e.start}:${e.end}:${e.type}`;
    const g = new Set(d.entities.filter((e) => SCORED_TYPES.includes(e.type as never)).map(key));
    const p = new Set(out.filter((e) => SCORED_TYPES.includes(e.type as never)).map(key));
    for (const e of d.entities) if (SCORED_TYPES.includes(e.type as never) && !p.has(key(e))) console.log(`${d.id}\tMISS\t${e.type}\t${d.text.slice(e.start, e.end)}\t…${d.text.slice(Math.max(0, e.start - 25), e.end + 15).replace(/\n/g, ' ')}`);
    for (const e of out) if (SCORED_TYPES.includes(e.type as never) && !g.has(key(e))) console.log(`${d.id}\tFALSE\t${e.type}\t${d.text.slice(e.start, e.end)}\t…${d.text.slice(Math.max(0, e.start - 25), e.end + 15).replace(/\n/g, ' ')}`);
  }
}
const s = scoreNer(gold, pred);
const f = (x: number) => x.toFixed(4);
console.log(`${label} (${docs.length} documents, ${mode}): P ${f(s.micro.precision)} R ${f(s.micro.recall)} F1 ${f(s.micro.f1)}  ` + SCORED_TYPES.map((t) => `${t} ${f(s.perType[t]!.f1)}`).join('  '));
