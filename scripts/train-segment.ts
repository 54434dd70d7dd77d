/**
 * Trains the word segmenter and writes data/models/segment.json.
 *
 *   npm run train:segment            # tsc -p . && node dist/scripts/train-segment.js
 *   node dist/scripts/train-segment.js --epochs 8 --with-dev   # final model on train + dev
 *
 * Reads ../shared/data: UD Vietnamese-VTB train (dev for the score), RDRsegmenter's Train_gold.txt
 * and VnVocab.txt. Deterministic: the same data and options give the same file.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu, readUnderscored, syllableLine, goldLine, type Words } from '../src/nlp/segment/corpus.js';
import { createSegmenter } from '../src/nlp/segment/index.js';
import { syllableKey } from '../src/nlp/segment/model.js';
import { train } from '../src/nlp/segment/train.js';
import { scoreSegmentation } from '../eval/scorers/segmentation.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : fallback;
}
const flag = (name: string) => args.includes(`--${name}`);

const dataDir = resolve(root, option('data', '../shared/data'));
const out = resolve(root, option('out', 'data/models/segment.json'));
const epochs = Number(option('epochs', '8'));
const minCount = Number(option('min-count', '1'));
const prune = Number(option('prune', '0'));
const seed = Number(option('seed', '20240323'));
const folds = Number(option('folds', '10'));
const withDev = flag('with-dev');
// How Train_gold.txt is used: as training sentences, only for its words, or not at all.
const rdrUse = option('rdr', 'lexicon');
const withRdr = rdrUse !== 'none';

const read = (p: string) => readFileSync(join(dataDir, p), 'utf8');
const udTrain = readConllu(read('ud-vtb/vi_vtb-ud-train.conllu'));
const udDev = readConllu(read('ud-vtb/vi_vtb-ud-dev.conllu'));
const rdr = withRdr ? readUnderscored(read('rdrsegmenter/Train_gold.txt')) : [];
const vnVocab = read('rdrsegmenter/VnVocab.txt')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '');
const dictionary = [...new Set(vnVocab.map((w) => w.split(/\s+/).map(syllableKey).join(' ')))]
  .sort()
  .map((w) => w.split(' '));

const sentences: Words[] = [...udTrain, ...(rdrUse === 'train' ? rdr : []), ...(withDev ? udDev : [])];
const devInput = udDev.map(syllableLine);
const devGold = udDev.map(goldLine);
console.log(`training on ${sentences.length} sentences (UD train ${udTrain.length}, Train_gold ${rdr.length} as ${rdrUse}${withDev ? `, UD dev ${udDev.length}` : ''}); dictionary ${dictionary.length} words`);

let devF1 = 0;
const t0 = Date.now();
const { model, seen } = train(sentences, dictionary, {
  epochs,
  seed,
  minCount,
  prune,
  folds,
  lexiconOnly: rdrUse === 'lexicon' ? rdr : [],
  onEpoch(epoch, m) {
    const seg = createSegmenter(m);
    const score = scoreSegmentation(devGold, devInput.map((l) => seg.segmentLine(l)));
    devF1 = score.f1;
    console.log(`epoch ${epoch}: dev P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)} F1 ${score.f1.toFixed(4)}${withDev ? ' (dev is in training: not a held-out score)' : ''}  ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  },
});

const corpora = ['UD Vietnamese-VTB train (CC BY-SA 4.0)', ...(withRdr ? [`RDRsegmenter Train_gold.txt (Apache-2.0), ${rdrUse === 'train' ? 'as training sentences' : 'for its word list'}`] : []), ...(withDev ? ['UD Vietnamese-VTB dev'] : [])];
const json = model.toJSON(
  'Derived from UD Vietnamese-VTB (VLSP VietTreebank), CC BY-SA 4.0, and RDRsegmenter data (Apache-2.0, Dat Quoc Nguyen); see data/models/README.md',
  {
    corpora: corpora.join('; '),
    dictionary: 'RDRsegmenter VnVocab.txt',
    epochs,
    minCount,
    prune,
    seed,
    folds,
    devF1: withDev ? 'n/a (dev used in training)' : Number(devF1.toFixed(4)),
  },
  dictionary.map((w) => w.join(' ')),
  seen.map((w) => w.join(' ')),
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(json));
const licence = join(dirname(out), 'LICENSE-rdrsegmenter.md');
if (existsSync(licence)) rmSync(licence, { force: true });
copyFileSync(join(dataDir, 'rdrsegmenter/License.md'), licence);
chmodSync(licence, 0o644); // the shared copy is read-only
console.log(`wrote ${out}: ${json.syllables.length} syllables, ${json.words.length} words, ${json.seen.length} seen words, ${json.weights.count} weights`);
