/**
 * The training recipe's data, read from the shared data directory (../shared/data, not shipped):
 * UD Vietnamese-VTB train/dev, RDRsegmenter's Train_gold.txt and VnVocab.txt. Used by
 * scripts/train-segment.ts and by eval/segment.ts, which retrains the recipe to score it held-out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu, readUnderscored, type Words } from './corpus.js';
import { syllableKey } from './model.js';
import type { TrainOptions } from './train.js';

export const UD_TRAIN = 'ud-vtb/vi_vtb-ud-train.conllu';
export const UD_DEV = 'ud-vtb/vi_vtb-ud-dev.conllu';
export const RDR_TRAIN = 'rdrsegmenter/Train_gold.txt';
export const VN_VOCAB = 'rdrsegmenter/VnVocab.txt';

/** How Train_gold.txt is used: as training sentences, only for its words, or not at all. */
export type RdrUse = 'train' | 'lexicon' | 'none';

/** The options the shipped model is trained with (chosen on UD dev; see data/models/README.md). */
export const RECIPE: Omit<TrainOptions, 'onEpoch' | 'lexiconOnly'> & { rdr: RdrUse } = {
  epochs: 8,
  seed: 20240323,
  minCount: 1,
  prune: 0,
  folds: 10,
  rdr: 'lexicon',
};

export interface TrainingData {
  udTrain: Words[];
  udDev: Words[];
  rdr: Words[];
  /** VnVocab as syllable keys, sorted, without duplicates. */
  dictionary: string[][];
}

export function loadTrainingData(dataDir: string): TrainingData {
  const read = (p: string) => readFileSync(join(dataDir, p), 'utf8');
  const vnVocab = read(VN_VOCAB)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const dictionary = [...new Set(vnVocab.map((w) => w.split(/\s+/).map(syllableKey).join(' ')))].sort().map((w) => w.split(' '));
  return {
    udTrain: readConllu(read(UD_TRAIN)),
    udDev: readConllu(read(UD_DEV)),
    rdr: readUnderscored(read(RDR_TRAIN)),
    dictionary,
  };
}
