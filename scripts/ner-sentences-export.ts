/**
 * Writes sentences of the shippable segmented corpora in the bracketed format (src/nlp/ner/bracketed.ts),
 * labelled by the shipped recogniser (to be corrected by hand into training data) or bare (to be
 * annotated blind, for evaluation). See data/ner/README.md.
 *
 *   node dist/scripts/ner-sentences-export.js --corpus vtb-train|vtb-dev|rdr-train [--bare] [--pick N]
 *        [--chunks K] --out DIR
 *
 * `--pick N` keeps N sentences drawn by a seeded shuffle (SEED below), in corpus order.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu, readUnderscored, type Words } from '../src/nlp/segment/corpus.js';
import { UD_DEV, UD_TRAIN, RDR_TRAIN } from '../src/nlp/segment/training-data.js';
import { formatBracketed } from '../src/nlp/ner/bracketed.js';
import { loadRecogniser, type EntitySpan } from '../src/nlp/ner/recognise.js';
import { mulberry32 } from '../src/nlp/ner/train.js';

export const SEED = 20261203;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback?: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};

const SOURCES: Record<string, { path: string; read: (s: string) => Words[] }> = {
  'vtb-train': { path: UD_TRAIN, read: readConllu },
  'vtb-dev': { path: UD_DEV, read: readConllu },
  'rdr-train': { path: RDR_TRAIN, read: readUnderscored },
};

const corpus = option('corpus');
if (!corpus || !SOURCES[corpus]) throw new Error(`--corpus ${Object.keys(SOURCES).join('|')}`);
const src = SOURCES[corpus]!;
const dataDir = resolve(root, option('data', '../shared/data')!);
const sentences = src.read(readFileSync(join(dataDir, src.path), 'utf8'));
let ids = sentences.map((_, i) => i);
const pick = option('pick');
if (pick) {
  const rand = mulberry32(SEED);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  ids = ids.slice(0, Number(pick)).sort((a, b) => a - b);
}
const bare = args.includes('--bare');
const recogniser = bare ? undefined : loadRecogniser();
const lines: string[] = [];
for (const i of ids) {
  const words = sentences[i]!;
  let text = '';
  const flat: number[] = [];
  for (const w of words) {
    if (text) text += ' ';
    const start = text.length;
    text += w.join(' ');
    flat.push(start, text.length);
  }
  const spans: EntitySpan[] = [];
  recogniser?.recogniseWords(text, flat, 0, flat.length / 2, spans);
  lines.push(formatBracketed(`${corpus}-${String(i + 1).padStart(4, '0')}`, text, flat, spans));
}
const out = resolve(option('out', '.')!);
mkdirSync(out, { recursive: true });
const chunks = Number(option('chunks', '1'));
const size = Math.ceil(lines.length / chunks);
for (let c = 0; c < chunks; c++) {
  const name = join(out, chunks === 1 ? `${corpus}.txt` : `${corpus}.${c + 1}.txt`);
  writeFileSync(name, lines.slice(c * size, (c + 1) * size).join('\n') + '\n');
  console.log(`${name}: ${lines.slice(c * size, (c + 1) * size).length} sentences`);
}
