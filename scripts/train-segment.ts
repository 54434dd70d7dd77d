/**
 * Trains the word segmenter and writes data/models/segment.json (and the RDRsegmenter licence beside it).
 *
 *   npm run train:segment      # tsc -p . && node dist/scripts/train-segment.js: the shipped model
 *   node dist/scripts/train-segment.js --train-only --out /tmp/held-out.json   # UD train only: the dev score
 *   node dist/scripts/train-segment.js --train-only --out /tmp/x.json --epochs 5 --rdr train   # experiments
 *
 * The shipped model is the recipe (training-data.ts, chosen on UD dev with --train-only) retrained
 * on UD train + dev, which scored 0.4-0.5 F1 points better on held-out halves of dev than train alone.
 * Reads ../shared/data (or --data DIR). Prints the UD dev score after each epoch (not held out
 * unless --train-only). Deterministic: the same data and options give the same file.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldLine, syllableLine, type Words } from '../src/nlp/segment/corpus.js';
import { createSegmenter } from '../src/nlp/segment/index.js';
import { RDR_TRAIN, RECIPE, loadTrainingData, type RdrUse } from '../src/nlp/segment/training-data.js';
import { train } from '../src/nlp/segment/train.js';
import { scoreSegmentation } from '../eval/scorers/segmentation.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
function option(name: string, fallback: string | number): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : String(fallback);
}

const dataDir = resolve(root, option('data', '../shared/data'));
const out = resolve(root, option('out', 'data/models/segment.json'));
const epochs = Number(option('epochs', RECIPE.epochs));
const minCount = Number(option('min-count', RECIPE.minCount));
const prune = Number(option('prune', RECIPE.prune));
const seed = Number(option('seed', RECIPE.seed));
const folds = Number(option('folds', RECIPE.folds));
const rdrUse = option('rdr', RECIPE.rdr) as RdrUse;
const withDev = !args.includes('--train-only');

const data = loadTrainingData(dataDir);
const sentences: Words[] = [...data.udTrain, ...(rdrUse === 'train' ? data.rdr : []), ...(withDev ? data.udDev : [])];
const devInput = data.udDev.map(syllableLine);
const devGold = data.udDev.map(goldLine);
console.log(
  `training on ${sentences.length} sentences (UD train ${data.udTrain.length}${withDev ? ` + UD dev ${data.udDev.length}` : ''}; ` +
    `Train_gold ${data.rdr.length} sentences: ${rdrUse}); word list ${data.dictionary.length} words`,
);

let devF1 = 0;
const t0 = Date.now();
const { model, seen, places } = train(sentences, data.dictionary, {
  epochs,
  seed,
  minCount,
  prune,
  folds,
  lexiconOnly: rdrUse === 'lexicon' ? data.rdr : [],
  onEpoch(epoch, m) {
    const seg = createSegmenter(m);
    const score = scoreSegmentation(devGold, devInput.map((l) => seg.segmentLine(l)));
    devF1 = score.f1;
    const note = withDev ? ' (dev is in training: not a held-out score)' : '';
    console.log(`epoch ${epoch}: dev P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)} F1 ${score.f1.toFixed(4)}${note}  ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  },
});

const corpora = [
  'UD Vietnamese-VTB train (CC BY-SA 4.0)',
  ...(withDev ? ['UD Vietnamese-VTB dev (CC BY-SA 4.0)'] : []),
  ...(rdrUse !== 'none' ? [`RDRsegmenter ${RDR_TRAIN} (Apache-2.0) ${rdrUse === 'train' ? 'as training sentences' : 'for its words only'}`] : []),
];
const json = model.toJSON(
  'Derived from UD Vietnamese-VTB (VLSP VietTreebank), CC BY-SA 4.0, and RDRsegmenter data (Apache-2.0, Dat Quoc Nguyen): see data/models/README.md',
  {
    corpora: corpora.join('; '),
    wordList: 'RDRsegmenter VnVocab.txt (Apache-2.0)',
    epochs,
    minCount,
    prune,
    seed,
    folds,
    udDevF1: withDev ? 'not held out (dev used in training)' : Number(devF1.toFixed(4)),
    vnVocabWords: data.dictionary.length,
    trainingWords: seen.length,
    placeNames: places.length,
  },
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(json));
const licence = join(dirname(out), 'LICENSE-rdrsegmenter.md');
if (existsSync(licence)) rmSync(licence, { force: true });
copyFileSync(join(dataDir, 'rdrsegmenter/License.md'), licence);
chmodSync(licence, 0o644); // the shared copy is read-only
console.log(`wrote ${out}: ${json.syllables.length} syllables, ${json.dictionary.count} dictionary entries, ${json.weights.count} weights`);
