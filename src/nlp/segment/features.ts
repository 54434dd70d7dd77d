/**
 * What the segmenter looks at for one syllable: its neighbours (lower-cased, normalised), their
 * shapes (capitalised, number, punctuation), the tags already given to the syllables before it, and
 * what a word list says about the stretch around it. Shared by training and tagging, so both see
 * exactly the same features.
 */
import { HashTable, SEED, finish, mix } from './hash-table.js';

/** Tag of a syllable: it starts a word (B) or continues one (I). */
export const B = 1;
export const I = 0;
/** "No tag": the slot before the first syllable. */
export const NONE = 2;

/** Shape classes of a token. */
export const SHAPE = {
  lower: 1, // đoàn
  title: 2, // Hà
  upper: 3, // WTO, HCM
  number: 4, // 23/3, 1.500
  punct: 5, // , “ (
  symbol: 6, // % $ emoji
  mixed: 7, // iPhone, U23
  pad: 8, // before the first / after the last token
  hyphenName: 9, // Jong-un, Jae-in: the given name of a Korean name
} as const;

const LOWER = /^[\p{Ll}\p{M}]+$/u;
const TITLE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const UPPER = /^[\p{Lu}\p{M}]{2,}$/u;
const NUMBER = /^\p{N}+(?:[.,:/\-]\p{N}+)*$/u;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const PUNCT = /^\p{P}+$/u;
const HYPHEN_NAME = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;

/** Shape class of a raw token. */
export function shapeOf(token: string): number {
  if (LOWER.test(token)) return SHAPE.lower;
  if (TITLE.test(token)) return SHAPE.title;
  if (UPPER.test(token)) return SHAPE.upper;
  if (NUMBER.test(token)) return SHAPE.number;
  if (HYPHEN_NAME.test(token)) return SHAPE.hyphenName;
  if (HAS_ALNUM.test(token)) return SHAPE.mixed;
  return PUNCT.test(token) ? SHAPE.punct : SHAPE.symbol;
}

/** True for shapes that are always a word of their own (a comma never belongs to a word). */
export function standsAlone(shape: number): boolean {
  return shape === SHAPE.punct || shape === SHAPE.symbol;
}

/** Longest dictionary word looked at, in syllables. */
export const MAX_WORD = 7;
/** Dictionary flags: the id sequence starts a longer word / is a word. */
export const PREFIX = 1;
export const WORD = 2;
/** A word of the training data (during training: of the other folds, so that it is not a give-away). */
export const SEEN = 4;
/** A place name (lexicon/places.ts): used by a rule, not as a feature. */
export const PLACE = 8;

/** Start of the running hash of an id sequence in the dictionary (extend it with `mix`, close with `finish`). */
export const SEQUENCE_SEED = SEED ^ 0x51ed;

/** A sentence prepared for tagging: one entry per token. */
export interface Sentence {
  n: number;
  /** Vocabulary id of the normalised lower-cased syllable, -1 when unknown. */
  ids: Int32Array;
  /** Id used by lexical features: rare and unknown syllables share id 0. */
  fids: Int32Array;
  shapes: Uint8Array;
  /** Longest dictionary word ending at / starting at the token (1 when none). */
  endLen: Uint8Array;
  startLen: Uint8Array;
  /** Longest dictionary word that joins this token to the one before it: length*8 + offset. */
  cross: Uint8Array;
  /** Tag a forward / backward longest match over the dictionary gives the token. */
  fwd: Uint8Array;
  bwd: Uint8Array;
  /** The same three for words seen in the training data. */
  seenEnd: Uint8Array;
  seenStart: Uint8Array;
  seenCross: Uint8Array;
  /** Length of the longest place name ending at / starting at the token (0 when none). */
  placeEnd: Uint8Array;
  placeStart: Uint8Array;
  /** 1 when a line break comes before the token: a word never spans lines (set by the caller). */
  lineStart: Uint8Array;
}

export function allocSentence(n: number): Sentence {
  return {
    n,
    ids: new Int32Array(n),
    fids: new Int32Array(n),
    shapes: new Uint8Array(n),
    endLen: new Uint8Array(n),
    startLen: new Uint8Array(n),
    cross: new Uint8Array(n),
    fwd: new Uint8Array(n),
    bwd: new Uint8Array(n),
    seenEnd: new Uint8Array(n),
    seenStart: new Uint8Array(n),
    seenCross: new Uint8Array(n),
    placeEnd: new Uint8Array(n),
    placeStart: new Uint8Array(n),
    lineStart: new Uint8Array(n),
  };
}

/** Fills the dictionary fields of `s` from its `ids` (ids, fids and shapes must be set). */
export function lookUpWords(s: Sentence, dict: HashTable): void {
  const { n, ids, endLen, startLen, cross, fwd, bwd, seenEnd, seenStart, seenCross } = s;
  endLen.fill(1, 0, n);
  startLen.fill(1, 0, n);
  cross.fill(0, 0, n);
  seenEnd.fill(1, 0, n);
  seenStart.fill(1, 0, n);
  seenCross.fill(0, 0, n);
  s.placeEnd.fill(0, 0, n);
  s.placeStart.fill(0, 0, n);
  for (let a = 0; a < n; a++) {
    if (ids[a]! < 0) continue;
    let h = SEQUENCE_SEED;
    const last = Math.min(n, a + MAX_WORD);
    for (let b = a; b < last; b++) {
      const id = ids[b]!;
      if (id < 0) break;
      h = mix(h, id);
      const flags = dict.get(finish(h));
      if (flags === 0) break;
      if ((flags & WORD) !== 0 && b > a) {
        const len = b - a + 1;
        if (len > startLen[a]!) startLen[a] = len;
        if (len > endLen[b]!) endLen[b] = len;
        for (let k = a + 1; k <= b; k++) if (len > cross[k]! >> 3) cross[k] = (len << 3) | Math.min(7, k - a);
      }
      if ((flags & SEEN) !== 0 && b > a) {
        const len = b - a + 1;
        if (len > seenStart[a]!) seenStart[a] = len;
        if (len > seenEnd[b]!) seenEnd[b] = len;
        for (let k = a + 1; k <= b; k++) if (len > seenCross[k]! >> 3) seenCross[k] = (len << 3) | Math.min(7, k - a);
      }
      if ((flags & PLACE) !== 0) {
        if (b - a + 1 > s.placeEnd[b]!) s.placeEnd[b] = b - a + 1;
        if (b - a + 1 > s.placeStart[a]!) s.placeStart[a] = b - a + 1;
      }
      if ((flags & PREFIX) === 0) break;
    }
  }
  for (let i = 0; i < n; ) {
    const len = Math.min(startLen[i]!, n - i);
    fwd[i] = B;
    for (let k = 1; k < len; k++) fwd[i + k] = I;
    i += len;
  }
  for (let j = n - 1; j >= 0; ) {
    const len = Math.min(endLen[j]!, j + 1);
    for (let k = 1; k < len; k++) bwd[j - k + 1] = I;
    bwd[j - len + 1] = B;
    j -= len;
  }
}

// Feature fingerprints of the current position are written here (no allocation per syllable).
export const MAX_FEATURES = 48;
export const FEATURES = new Int32Array(MAX_FEATURES);

/** Lexical ids before the first and after the last token (the least id a feature sees). */
export const BOS = -2;
export const EOS = -3;

let count = 0;
// `mix(SEED, t)` for every template number t, computed once (the same fingerprints, one mix fewer each)
const TEMPLATE_SEEDS = Int32Array.from({ length: 64 }, (_, t) => mix(SEED, t));
/** The fingerprint of template `t` with values `a`, `b`, `c`: the key of its weight. */
export function featureKey(t: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(TEMPLATE_SEEDS[t]!, a), b), c));
}
function add(t: number, a: number, b: number, c: number): void {
  FEATURES[count++] = finish(mix(mix(mix(TEMPLATE_SEEDS[t]!, a), b), c));
}

/**
 * Writes the features of token `i` that do not depend on the tags before it into FEATURES, and
 * returns how many there are.
 */
export function collectStatic(s: Sentence, i: number): number {
  count = 0;
  const { n, fids, shapes } = s;
  const w0 = fids[i]!;
  const wm1 = i >= 1 ? fids[i - 1]! : BOS;
  const wm2 = i >= 2 ? fids[i - 2]! : BOS;
  const wp1 = i + 1 < n ? fids[i + 1]! : EOS;
  const wp2 = i + 2 < n ? fids[i + 2]! : EOS;
  const c0 = shapes[i]!;
  const cm1 = i >= 1 ? shapes[i - 1]! : SHAPE.pad;
  const cm2 = i >= 2 ? shapes[i - 2]! : SHAPE.pad;
  const cp1 = i + 1 < n ? shapes[i + 1]! : SHAPE.pad;
  const cp2 = i + 2 < n ? shapes[i + 2]! : SHAPE.pad;
  const endPrev = i >= 1 ? s.endLen[i - 1]! : 0;
  const start = s.startLen[i]!;
  const cross = s.cross[i]!;
  const fwd = s.fwd[i]!;
  const bwd = s.bwd[i]!;
  const seenEndPrev = i >= 1 ? s.seenEnd[i - 1]! : 0;
  const seenStart = s.seenStart[i]!;
  const seenCross = s.seenCross[i]!;

  add(1, 0, 0, 0); // bias
  // syllables around: `chủ | tịch`, `Trung | Quốc`
  add(2, w0, 0, 0);
  add(3, wm1, 0, 0);
  add(4, wp1, 0, 0);
  add(5, wm2, 0, 0);
  add(6, wp2, 0, 0);
  add(7, wm1, w0, 0);
  add(8, w0, wp1, 0);
  add(9, wm2, wm1, 0);
  add(10, wp1, wp2, 0);
  add(11, wm1, w0, wp1);
  add(12, wm2, wm1, w0);
  // shapes: `Tập Cận Bình` (title title title), `23 / 3`
  add(13, cm1 * 16 + c0, cp1, 0);
  add(14, cm2 * 16 + cm1, c0, 0);
  add(15, c0, cp1 * 16 + cp2, 0);
  add(16, cm1, c0, 0);
  // the word list: `chấp nhận` is a word, `nhận được` too; which one does the sentence want?
  add(21, endPrev, start, 0);
  add(22, cross, 0, 0);
  add(23, fwd, bwd, 0);
  add(24, cross, cm1 * 16 + c0, 0);
  add(25, endPrev * 16 + start, cross, fwd * 2 + bwd);
  // names: a capitalised syllable after another (`Hà Nội`, `Nguyễn Văn`)
  add(27, wm1, w0, cm1 * 16 + c0);
  add(28, w0, cm1, 0);
  add(29, wm1, c0, 0);
  // words of the training data: names (`Hà Nội`, `Kim Jong-un`), terms the word list lacks
  add(30, seenEndPrev, seenStart, 0);
  add(31, seenCross, 0, 0);
  add(32, seenCross, cm1 * 16 + c0, 0);
  add(33, seenEndPrev * 16 + seenStart, seenCross, cross);
  add(34, seenEndPrev * 16 + seenStart, cm1 * 16 + c0, cp1);
  // what the word list says one step to the right (`như thế | này` or `như | thế này`?)
  const crossNext = i + 1 < n ? s.cross[i + 1]! : 0;
  const seenCrossNext = i + 1 < n ? s.seenCross[i + 1]! : 0;
  add(35, cross, crossNext, 0);
  add(36, seenCross, seenCrossNext, 0);
  add(37, cross, crossNext, w0);
  add(38, w0, cross, 0);
  add(39, wm1, cross, 0);
  // the same syllable capitalised or not (`thứ Ba` / `ba người`)
  add(41, w0, c0, cm1);
  add(42, wm1 * 16 + cm1, w0 * 16 + c0, 0);
  return count;
}

/**
 * Writes the features of token `i` that depend on the tags of tokens i-1 and i-2 (`p1`, `p2`; NONE
 * before the start) into FEATURES from index `at`, and returns the new count.
 */
export function collectDynamic(s: Sentence, i: number, p1: number, p2: number, at = 0): number {
  count = at;
  const w0 = s.fids[i]!;
  const wm1 = i >= 1 ? s.fids[i - 1]! : BOS;
  add(17, p1, 0, 0);
  add(18, p1, p2, 0);
  add(19, p1, w0, 0);
  add(20, p1, wm1, w0);
  add(26, p1, s.cross[i]!, s.fwd[i]!);
  add(40, wm1 * 8 + p1, w0, s.seenCross[i]!);
  return count;
}

/** All features of token i with the given history (static then dynamic). */
export function collectFeatures(s: Sentence, i: number, p1: number, p2: number): number {
  return collectDynamic(s, i, p1, p2, collectStatic(s, i));
}
