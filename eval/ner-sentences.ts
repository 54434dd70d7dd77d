/**
 * The recogniser over sentences in the bracketed format (src/nlp/ner/bracketed.ts): each line read
 * as `toancanh nlp ner` reads a line (syllables separated by spaces, segmented by our segmenter, no
 * article around it), exact-span F1 for PER/LOC/ORG. The evaluation sentences are
 * test/fixtures/ner/sentences/vtb-dev.txt (400 UD-VTB dev sentences annotated blind, never tuned on);
 * the same scorer reads the training sentences (data/ner-train), to see how well the model fits them.
 *
 *   node dist/eval/ner-sentences.js [FILE] [--rules | --model FILE]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBracketed } from '../src/nlp/ner/bracketed.js';
import { loadRecogniser, type RecogniserOptions } from '../src/nlp/ner/recognise.js';
import { scoreNer, type EntitySpan, type NerScore } from './scorers/ner.js';

export const VTB_DEV_SENTENCES = fileURLToPath(new URL('../../test/fixtures/ner/sentences/vtb-dev.txt', import.meta.url));

export function scoreSentences(path: string, opts: RecogniserOptions = {}): NerScore & { sentences: number } {
  const sentences = readBracketed(readFileSync(path, 'utf8'), path);
  const r = loadRecogniser(opts);
  const gold: EntitySpan[][] = [];
  const pred: EntitySpan[][] = [];
  for (const s of sentences) {
    gold.push(s.spans);
    pred.push(r.recogniseLine(s.text));
  }
  return { ...scoreNer(gold, pred), sentences: sentences.length };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--model') ?? VTB_DEV_SENTENCES;
  const m = args.indexOf('--model');
  const opts: RecogniserOptions = args.includes('--rules') ? { mode: 'rules' } : m >= 0 ? { mode: 'model', modelPath: args[m + 1] } : {};
  const s = scoreSentences(file, opts);
  const f = (x: number) => x.toFixed(4);
  console.log(`${file} (${s.sentences} sentences, ${opts.mode ?? 'default'}): P ${f(s.micro.precision)} R ${f(s.micro.recall)} F1 ${f(s.micro.f1)}  ` + Object.entries(s.perType).map(([t, p]) => `${t} ${f(p.f1)}`).join('  '));
}
