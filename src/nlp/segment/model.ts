/**
 * The segmentation model: a syllable vocabulary, a word list, and the weights of an averaged
 * perceptron that tags each token B (starts a word) or I (continues one), left to right.
 */
import { normalizeText } from '../../text/normalize.js';
import { HashTable, finish, mix, type TableJSON } from './hash-table.js';
import { DenseScorer } from './scorer.js';
import {
  B,
  I,
  NONE,
  PREFIX,
  WORD,
  SEEN,
  PLACE,
  FEATURES,
  SEQUENCE_SEED,
  allocSentence,
  collectFeatures,
  lookUpWords,
  shapeOf,
  standsAlone,
  SHAPE,
  type Sentence,
} from './features.js';

export const MODEL_FORMAT = 'toancanh-segment/2';

/** The model file (`data/models/segment.json`). */
export interface SegmentModelJSON {
  format: typeof MODEL_FORMAT;
  /** Licence and provenance, one line. */
  notice: string;
  /** How it was trained (corpora, epochs, dev score): informational. */
  training: Record<string, string | number>;
  /** Syllable keys; syllable `syllables[k]` has id k + 1. */
  syllables: string[];
  /** Ids 1..frequent have lexical features of their own; rarer syllables share id 0. */
  frequent: number;
  /**
   * The word lists, hashed (see `buildDictionary`): VnVocab (WORD), multi-syllable words of the
   * training data (SEEN) and place names of lexicon/places.ts (PLACE), each with its prefixes.
   */
  dictionary: TableJSON;
  /** Feature fingerprint → weight (B-minus-I margin). */
  weights: TableJSON;
}

const HAS_DIGIT = /\p{N}/u;

/** The key under which a token is looked up: normalised (one tone convention), lower case; digits as 0. */
export function syllableKey(token: string): string {
  let key = normalizeText(token).toLowerCase();
  if (HAS_DIGIT.test(key)) key = key.replace(/\d/g, '0');
  return key;
}

const CACHE_LIMIT = 200_000;

export class SegmentModel {
  /** Raw token → (id + 1) * 16 + shape, so repeated tokens skip normalisation. */
  private readonly cache = new Map<string, number>();
  private pool: Sentence = allocSentence(256);
  private _weights: HashTable;
  /** The weights in dense arrays where they fit (built when first needed, dropped when the weights change). */
  private scorer: DenseScorer | undefined;

  constructor(
    readonly vocab: ReadonlyMap<string, number>,
    readonly frequent: number,
    readonly dict: HashTable,
    weights: HashTable,
  ) {
    this._weights = weights;
  }

  get weights(): HashTable {
    return this._weights;
  }

  set weights(w: HashTable) {
    this._weights = w;
    this.scorer = undefined;
  }

  /**
   * Builds the dictionary table from words given as syllable keys: each word gets its flag (WORD
   * for the word list, SEEN for the training data, PLACE for place names), each of its proper
   * prefixes PREFIX. Words with a syllable missing from `vocab` are skipped.
   */
  static buildDictionary(words: readonly string[][], seen: readonly string[][], places: readonly string[][], vocab: ReadonlyMap<string, number>): HashTable {
    const size = (list: readonly string[][]) => list.reduce((n, w) => n + w.length, 0);
    const table = HashTable.withCapacity(size(words) + size(seen) + size(places) + 16);
    const add = (list: readonly string[][], wordFlag: number) => {
      for (const w of list) {
        if (!w.every((syl) => vocab.has(syl))) continue;
        let h = SEQUENCE_SEED;
        w.forEach((syl, k) => {
          h = mix(h, vocab.get(syl)!);
          const key = finish(h);
          table.set(key, table.get(key) | (k === w.length - 1 ? wordFlag : PREFIX));
        });
      }
    };
    add(words, WORD);
    add(seen, SEEN);
    add(places, PLACE);
    return table;
  }

  private info(token: string): number {
    let packed = this.cache.get(token);
    if (packed === undefined) {
      const shape = shapeOf(token);
      const id = this.vocab.get(syllableKey(token)) ?? -1;
      packed = (id + 1) * 16 + shape;
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(token, packed);
    }
    return packed;
  }

  /**
   * Prepares the first `n` tokens for tagging. The returned sentence is reused by the next call
   * unless `reuse` is false.
   */
  prepare(tokens: readonly string[], n = tokens.length, reuse = true): Sentence {
    let s: Sentence;
    if (reuse) {
      if (this.pool.ids.length < n) this.pool = allocSentence(Math.max(n, this.pool.ids.length * 2));
      s = this.pool;
      s.n = n;
    } else s = allocSentence(n);
    const frequent = this.frequent;
    for (let i = 0; i < n; i++) {
      const packed = this.info(tokens[i]!);
      const id = (packed >> 4) - 1;
      s.ids[i] = id;
      s.fids[i] = id > 0 && id <= frequent ? id : 0;
      s.shapes[i] = packed & 15;
    }
    s.lineStart.fill(0, 0, n);
    lookUpWords(s, this.dict);
    return s;
  }

  /** Score of tag B minus tag I for token i with the given history. */
  score(s: Sentence, i: number, p1: number, p2: number): number {
    const n = collectFeatures(s, i, p1, p2);
    const w = this.weights;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += w.get(FEATURES[k]!);
    return sum;
  }

  /**
   * The tag the shape rules give token i, or -1 to let the model decide:
   * - punctuation and symbols stand alone (`bên .`, `“ Đoàn`); a line break ends a word;
   * - `Kim Jong-un`, `Moon Jae-in`: a hyphenated given name joins the capitalised syllable before it.
   */
  static fixedTag(s: Sentence, i: number): number {
    const shapes = s.shapes;
    if (i === 0 || standsAlone(shapes[i]!) || standsAlone(shapes[i - 1]!) || s.lineStart[i] === 1) return B;
    if (shapes[i] === SHAPE.hyphenName && shapes[i - 1] === SHAPE.title) return I;
    return -1;
  }

  /**
   * `Trung Quốc | Tập Cận Bình`: a place name that starts a word ends it before another capitalised
   * syllable (`Mỹ | Donald Trump`: a one-syllable place only before a syllable unknown to training).
   * Applied to the tags of tokens before i.
   */
  static placeBoundary(s: Sentence, i: number, out: Uint8Array): boolean {
    const place = s.placeEnd[i - 1]!;
    if (place === 0 || i < place || out[i - place] !== B) return false;
    const shape = s.shapes[i]!;
    if (shape === SHAPE.lower || shape === SHAPE.number) return false;
    if (place === 1 && s.ids[i]! >= 0 && s.fids[i] !== 0) return false;
    for (let k = i - place + 1; k < i; k++) if (out[k] !== I) return false;
    return true;
  }

  /**
   * `Triều Tiên`, `Hà Nội`: a capitalised place name that starts a word is one word, even where
   * the model has not seen it (at the start of a sentence). Returns its length, or 0.
   */
  static placeWord(s: Sentence, i: number): number {
    const len = s.placeStart[i]!;
    if (len < 2) return 0;
    for (let k = i; k < i + len; k++) if (s.shapes[k] !== SHAPE.title && s.shapes[k] !== SHAPE.upper) return 0;
    return len;
  }

  /** Tags a prepared sentence greedily, left to right (rules first, then the model). `out[i]` is B or I. */
  tag(s: Sentence, out: Uint8Array): void {
    const scorer = (this.scorer ??= new DenseScorer(this._weights, this.frequent));
    let p1 = NONE;
    let p2 = NONE;
    let joinUntil = -1; // last token of a place name being tagged as one word
    for (let i = 0; i < s.n; i++) {
      let t = SegmentModel.fixedTag(s, i);
      if (t < 0 && i <= joinUntil) t = I;
      if (t < 0) t = SegmentModel.placeBoundary(s, i, out) || scorer.score(s, i, p1, p2) >= 0 ? B : I;
      if (t === B && i > joinUntil) {
        const len = SegmentModel.placeWord(s, i);
        if (len > 0) joinUntil = i + len - 1;
      }
      out[i] = t;
      p2 = p1;
      p1 = t;
    }
  }

  toJSON(notice: string, training: Record<string, string | number>): SegmentModelJSON {
    const syllables: string[] = new Array(this.vocab.size);
    for (const [k, id] of this.vocab) syllables[id - 1] = k;
    return {
      format: MODEL_FORMAT,
      notice,
      training,
      syllables,
      frequent: this.frequent,
      dictionary: this.dict.toJSON(),
      weights: this.weights.toJSON(),
    };
  }

  static fromJSON(json: SegmentModelJSON): SegmentModel {
    if (json.format !== MODEL_FORMAT) throw new Error(`segment model: format ${String(json.format)}, expected ${MODEL_FORMAT}`);
    const vocab = new Map<string, number>();
    json.syllables.forEach((k, i) => vocab.set(k, i + 1));
    return new SegmentModel(vocab, json.frequent, HashTable.fromJSON(json.dictionary), HashTable.fromJSON(json.weights));
  }
}

export { B, I };
