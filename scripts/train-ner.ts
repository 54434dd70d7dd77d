/**
 * Trains the entity tagger and writes data/models/ner.json.
 *
 *   npm run train:ner          # tsc -p . && node dist/scripts/train-ner.js
 *   node dist/scripts/train-ner.js --out /tmp/ner.json --epochs 4 [--sentences DIR]    # experiments
 *   node dist/scripts/train-ner.js --cv 4       # the model against the labeller, each fold held out of training
 *
 * No open Vietnamese NER training set may be shipped, so the training sentences are text whose
 * licence lets us ship what is derived from it (UD Vietnamese-VTB train, CC BY-SA 4.0; RDRsegmenter's
 * Train_gold.txt, Apache-2.0), labelled by the rule labeller and then corrected by hand, committed
 * in data/ner-train/ (the bracketed format of src/nlp/ner/bracketed.ts; data/ner-train/README.md).
 * The model reads the labeller's tags as features and learns where they are wrong. A few sentences
 * are also given in capitals and in lower case (seeded), so the model meets headlines and unmarked
 * text. Needs nothing outside the repository. Deterministic.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBracketed, type BracketedSentence } from '../src/nlp/ner/bracketed.js';
import { Gazetteer } from '../src/nlp/ner/gazetteer.js';
import { loadKnowledgeBase } from '../src/nlp/ner/kb/index.js';
import { labelTokens } from '../src/nlp/ner/labeller.js';
import { begin, inside, TYPE_INDEX } from '../src/nlp/ner/tags.js';
import { allocTokens, wordTokens } from '../src/nlp/ner/tokens.js';
import { makeExample, train, type Example } from '../src/nlp/ner/train.js';
import { createRecogniser } from '../src/nlp/ner/recognise.js';
import { scoreNer, type EntitySpan } from '../eval/scorers/ner.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
function option(name: string, fallback: string | number): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : String(fallback);
}
/** Chosen on the golden set's tuned part (docs/ner.md). */
export const NER_RECIPE = { epochs: 10, seed: 20261202, capsEvery: 20, lowerEvery: 25 };

const sentencesDir = resolve(root, option('sentences', 'data/ner-train'));
const out = resolve(root, option('out', 'data/models/ner.json'));
const epochs = Number(option('epochs', NER_RECIPE.epochs));
const seed = Number(option('seed', NER_RECIPE.seed));

const kb = loadKnowledgeBase();
const gazetteer = new Gazetteer(kb);

const examples: Example[] = [];
const counts = { sentences: 0, tokens: 0, entities: 0, skipped: 0 };
/** A sentence with its gold spans as tokens' BIO tags; false when a span does not fall on syllables. */
function add(text: string, flat: number[], spans: BracketedSentence['spans'], into = examples): boolean {
  const t = wordTokens(text, flat, 0, flat.length / 2, allocTokens(Math.max(8, flat.length)));
  const gold = new Uint8Array(t.n);
  for (const s of spans) {
    // the tokens the span covers; it may end before a token's final dot (`[PER H].`, `[LOC TP]. .`)
    let first = -1;
    let last = -1;
    for (let i = 0; i < t.n; i++) {
      if (t.start[i] === s.start) first = i;
      if (t.start[i]! < s.end && (t.end[i] === s.end || (t.end[i] === s.end + 1 && text[s.end] === '.'))) last = i;
    }
    if (first < 0 || last < first) return false;
    gold[first] = begin(TYPE_INDEX[s.type]);
    for (let i = first + 1; i <= last; i++) gold[i] = inside(TYPE_INDEX[s.type]);
  }
  const gaz = new Uint8Array(t.n);
  gazetteer.mark(text, t, gaz);
  const rule = new Uint8Array(t.n);
  labelTokens(t, gaz, rule);
  into.push(makeExample(t, gaz, rule, gold));
  counts.sentences++;
  counts.tokens += t.n;
  counts.entities += spans.length;
  return true;
}

const files = readdirSync(sentencesDir).filter((f) => f.endsWith('.txt')).sort();
if (files.length === 0) throw new Error(`no training sentences (*.txt) in ${sentencesDir}`);
const sentences = files.flatMap((f) => readBracketed(readFileSync(join(sentencesDir, f), 'utf8'), f));

/** The examples of some sentences, a few again in capitals (a headline) and in lower case (same lengths). */
function examplesOf(list: readonly BracketedSentence[]): Example[] {
  const into: Example[] = [];
  let k = 0;
  for (const s of list) {
    if (!add(s.text, s.words, s.spans, into)) {
      counts.skipped++;
      continue;
    }
    k++;
    const upper = s.text.toUpperCase();
    if (k % NER_RECIPE.capsEvery === 0 && upper.length === s.text.length) add(upper, s.words, s.spans, into);
    if (k % NER_RECIPE.lowerEvery === 0) add(s.text.toLowerCase(), s.words, s.spans, into);
  }
  return into;
}

const cv = Number(option('cv', 0));
if (cv > 1) {
  // --cv K: K models, each trained without one fold (sentence i in fold i % K) and scored on it as
  // `nlp ner` reads a line, against the rule labeller on the same sentences
  const gold: EntitySpan[][] = [];
  const byModel: EntitySpan[][] = [];
  const byRules: EntitySpan[][] = [];
  const rules = createRecogniser(kb, undefined, gazetteer);
  for (let fold = 0; fold < cv; fold++) {
    const model = train(examplesOf(sentences.filter((_, i) => i % cv !== fold)), { epochs, seed });
    const r = createRecogniser(kb, model, gazetteer);
    for (const s of sentences.filter((_, i) => i % cv === fold)) {
      gold.push(s.spans);
      byModel.push(r.recogniseLine(s.text));
      byRules.push(rules.recogniseLine(s.text));
    }
    console.log(`fold ${fold + 1}/${cv} done`);
  }
  const show = (name: string, sc: ReturnType<typeof scoreNer>) =>
    console.log(`${name}: P ${sc.micro.precision.toFixed(4)} R ${sc.micro.recall.toFixed(4)} F1 ${sc.micro.f1.toFixed(4)}  ` + Object.entries(sc.perType).map(([t, p]) => `${t} ${p.f1.toFixed(4)}`).join('  '));
  show(`rules (${gold.length} sentences)`, scoreNer(gold, byRules));
  show(`model, ${cv}-fold`, scoreNer(gold, byModel));
  process.exit(0);
}

examples.push(...examplesOf(sentences));
if (counts.skipped) console.warn(`${counts.skipped} sentences skipped: a span not on syllable boundaries`);
console.log(`training on ${counts.sentences} sentences (${files.join(', ')}), ${counts.tokens} tokens, ${counts.entities} entities`);

const t0 = Date.now();
const model = train(examples, {
  epochs,
  seed,
  onEpoch: (e, errors, tokens) => console.log(`epoch ${e}: ${errors} training errors in ${tokens} tokens  ${((Date.now() - t0) / 1000).toFixed(1)}s`),
});
const json = model.toJSON(
  'Derived from UD Vietnamese-VTB (VLSP VietTreebank), CC BY-SA 4.0, and RDRsegmenter Train_gold.txt (Apache-2.0), labelled by rule: CC BY-SA 4.0, see data/models/README.md',
  {
    corpora: 'UD Vietnamese-VTB train (CC BY-SA 4.0); RDRsegmenter Train_gold.txt (Apache-2.0)',
    labels: 'the rule labeller (src/nlp/ner/labeller.ts), corrected by hand (data/ner-train)',
    epochs,
    seed,
    sentences: counts.sentences,
    tokens: counts.tokens,
  },
);
writeFileSync(out, JSON.stringify(json) + '\n');
console.log(`wrote ${out} (${(JSON.stringify(json).length / 1e6).toFixed(2)} MB)`);
