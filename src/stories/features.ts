/**
 * What clustering sees of an article: hashed term counts (folded syllables and syllable bigrams,
 * title counted several times), hashed entity-like phrases, and the syllable hashes that
 * near-duplicate shingles are built from.
 *
 * Until a word segmenter lands, a Vietnamese "word" is approximated by a syllable and its
 * neighbour pair: `chủ tịch` gives `chu`, `tich` and `chu tich`. Everything is computed in one pass
 * over the text, on hashes rather than strings (this runs for every article of the stream).
 */
import { fold } from '../text/fold.js';
import { VIETNAMESE_FUNCTION_WORDS, ENGLISH_FUNCTION_WORDS } from '../text/lexicon/function-words.js';
import { hashString, mix32 } from './hash.js';

/** The syllables of a text, as parallel arrays. */
export interface Syllables {
  /** The text the offsets point into (NFC). */
  text: string;
  /** Hash of each folded syllable (int32). */
  hash: number[];
  start: number[];
  end: number[];
  /** Index of the punctuation-free run a syllable is in; bigrams and names never cross runs. */
  run: number[];
  /** Bit flags: CAPITAL (first letter upper case), ACRONYM (`KCNA`), STOP (function word), SHORT (one character). */
  flags: number[];
}

export const CAPITAL = 1;
export const ACRONYM = 2;
export const STOP = 4;
export const SHORT = 8;

/** Hash of a folded syllable (FNV-1a over its code units, then an avalanche). */
export function syllableHash(folded: string, from = 0, to = folded.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= folded.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h) | 0; // int32: a small integer in V8, no heap allocation in arrays and maps
}

// Function words carry no topic. Folded, since features are folded (`của` → `cua`).
const STOP_HASHES = new Set<number>([...VIETNAMESE_FUNCTION_WORDS, ...ENGLISH_FUNCTION_WORDS].map((w) => syllableHash(fold(w))));

// Words that open a capitalised run without being part of a name (`Ông Tập`, `Theo AP`).
const NAME_OPENERS = new Set<number>(
  ['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'theo', 'tại', 'ở', 'khi', 'trong', 'sau', 'tuy', 'nhưng', 'và', 'các',
    'những', 'ngày', 'hôm', 'tháng', 'năm', 'tin', 'ảnh', 'nguồn', 'video', 'clip']
    .map((w) => syllableHash(fold(w))),
);

/** Letters and digits of Latin and Vietnamese text (and any other script's letters, roughly). */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return true;
}
/** Inner connectors that split syllables without ending a run: `Jong-un`, `A'Lưới`. */
function isConnector(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2013 || c === 0x5f || c === 0x26;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const COMBINING = /[\u0300-\u036f]/;

// Per-character fold and case tables for the Latin, Vietnamese and Greek/Cyrillic range, filled
// from `fold()` and `toLowerCase()` so the two can never disagree; other characters take the slow path.
const TABLE_SIZE = 0x2000;
const FOLD_TABLE = new Uint16Array(TABLE_SIZE);
const UPPER_TABLE = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  const f = fold(ch);
  FOLD_TABLE[c] = f.length === 1 ? f.charCodeAt(0) : c;
  UPPER_TABLE[c] = ch.toLowerCase() !== ch ? 1 : 0;
}
function foldCode(c: number): number {
  if (c < TABLE_SIZE) return FOLD_TABLE[c]!;
  const f = fold(String.fromCharCode(c));
  return f.length === 1 ? f.charCodeAt(0) : c;
}
function isUpper(c: number): boolean {
  if (c < TABLE_SIZE) return UPPER_TABLE[c] === 1;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch;
}
/** `syllableHash` of the folded form of `text[from, to)`, without building the folded string. */
function foldedHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= foldCode(text.charCodeAt(i));
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h) | 0; // int32: a small integer in V8, no heap allocation in arrays and maps
}

/**
 * Splits text into folded syllables. Folding removes tone marks, so tone placement (`hoà` vs
 * `hòa`) needs no normalisation; decomposed input is composed first. Numbers keep their inner
 * separators (`1.500`, `23/3`, `3,5`).
 */
export function syllables(text: string): Syllables {
  if (COMBINING.test(text)) text = text.normalize('NFC');
  const out: Syllables = { text, hash: [], start: [], end: [], run: [], flags: [] };
  let run = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      const start = i;
      let upper = 0;
      let letters = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          if (!isDigit(d)) {
            letters++;
            if (isUpper(d)) upper++;
          }
          i++;
        } else if ((d === 0x2e || d === 0x2c || d === 0x2f || d === 0x3a) && isDigit(text.charCodeAt(i - 1)) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          i++; // 1.500, 3,5, 23/3, 10:15
        } else break;
      }
      let flags = 0;
      if (letters > 0 && isUpper(text.charCodeAt(start))) flags |= CAPITAL;
      // `Kim Jong-un`: a syllable hyphenated to a capitalised one belongs to the same name.
      const prev = out.hash.length - 1;
      if (prev >= 0 && out.end[prev] === start - 1 && text.charCodeAt(start - 1) === 0x2d && (out.flags[prev]! & CAPITAL) !== 0) flags |= CAPITAL;
      if (letters >= 2 && upper === letters) flags |= ACRONYM;
      const h = foldedHash(text, start, i);
      if (STOP_HASHES.has(h)) flags |= STOP;
      if (i - start === 1) flags |= SHORT;
      out.hash.push(h);
      out.start.push(start);
      out.end.push(i);
      out.run.push(run);
      out.flags.push(flags);
    } else {
      if (!isSpace(c) && !isConnector(c)) run++;
      i++;
    }
  }
  return out;
}

export interface ArticleFeatures {
  /** Hashed term → weighted count (title terms multiplied by the title weight). */
  terms: Map<number, number>;
  /** Hashed entity phrase → count. */
  entities: Map<number, number>;
  /** Hashed entity phrase → its folded text, for display and relating stories. */
  entityNames: Map<number, string>;
  /** Hashed title terms (unigrams and bigrams), to pick a story's headline. */
  titleTerms: Map<number, number>;
  /** Named entities (`linked.ts`) → weighted count, when the article came with them. */
  linked?: Map<number, number>;
}

const UNIGRAM = 0x2545f491;
const BIGRAM = 0x68e31da4;

/**
 * Adds the unigram and bigram terms of a syllable list to `into`, each counted `weight` times.
 * Function words and one-letter syllables make no unigram, and no bigram either (`của ông` says
 * nothing; dropping such bigrams measured +0.005 B-cubed on the dev corpora, and is faster).
 */
function addTerms(s: Syllables, weight: number, into: Map<number, number>): void {
  const len = s.hash.length;
  for (let i = 0; i < len; i++) {
    const f = s.flags[i]!;
    const stop = (f & STOP) !== 0;
    if (!stop && (f & SHORT) === 0) {
      const h = mix32(s.hash[i]! ^ UNIGRAM) | 0;
      into.set(h, (into.get(h) ?? 0) + weight);
    }
    if (i + 1 < len && s.run[i + 1] === s.run[i] && !(stop || (s.flags[i + 1]! & STOP) !== 0)) {
      const h = mix32(Math.imul(s.hash[i]!, 0x9e3779b1) ^ s.hash[i + 1]! ^ BIGRAM) | 0;
      into.set(h, (into.get(h) ?? 0) + weight);
    }
  }
}

/**
 * Entity-like phrases: inside each run of capitalised syllables of two or more (`Tập Cận Bình`,
 * `Kim Jong-un`), every 2- and 3-syllable window (so `Trung Quốc Tập Cận Bình` still yields
 * `tap can binh`); and each acronym on its own (`KCNA`, `NATO`).
 */
function addEntities(s: Syllables, weight: number, into: Map<number, number>, names: Map<number, string>): void {
  const put = (name: string): void => {
    const h = hashString('e' + name) | 0;
    into.set(h, (into.get(h) ?? 0) + weight);
    if (!names.has(h)) names.set(h, name);
  };
  const word = (k: number): string => fold(s.text.slice(s.start[k], s.end[k]));
  const len = s.hash.length;
  // Capitalised runs, openers stripped: [start, end] inclusive; and lone names after an opener (`ông Tập`).
  const runs: [number, number][] = [];
  const lone: number[] = [];
  let i = 0;
  while (i < len) {
    if ((s.flags[i]! & CAPITAL) === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < len && (s.flags[j + 1]! & CAPITAL) !== 0 && s.run[j + 1] === s.run[i]) j++;
    let start = i;
    while (start <= j && NAME_OPENERS.has(s.hash[start]!)) start++;
    const afterOpener = start > i || (start > 0 && s.run[start - 1] === s.run[start] && NAME_OPENERS.has(s.hash[start - 1]!));
    if (start === j && afterOpener) lone.push(start);
    else if (start < j) runs.push([start, j]);
    for (let k = start; k <= j; k++) if ((s.flags[k]! & ACRONYM) !== 0) put(word(k));
    i = j + 1;
  }
  const putRun = ([start, end]: [number, number]): void => {
    for (let n = 2; n <= 3; n++) {
      for (let k = start; k + n - 1 <= end; k++) {
        let name = word(k);
        for (let m = 1; m < n; m++) name += ' ' + word(k + m);
        put(name);
      }
    }
  };
  for (const r of runs) putRun(r);
  // `ông Kim`, `ông Tập`, `ông Phúc` after `Kim Jong-un`, `Tập Cận Bình`, `Nguyễn Xuân Phúc`: another
  // mention of the names that start or end with that syllable in the nearest earlier run holding it.
  // one sweep: runs and lone names are both in text order; `last` holds, per syllable, where the
  // latest run before the lone name had it (a loop over every earlier run was quadratic)
  const last = new Map<number, { at: number; run: [number, number] }>();
  let next = 0;
  for (const k of lone) {
    while (next < runs.length && runs[next]![0] <= k) {
      const r = runs[next++]!;
      for (let q = r[0]; q <= r[1]; q++) last.set(s.hash[q]!, { at: q, run: r });
    }
    const seen = last.get(s.hash[k]!);
    if (!seen) continue;
    const { at, run } = seen;
    for (let n = 2; n <= 3; n++) {
      // A family name leads (`Kim Jong-un`, `Tập Cận Bình`); a Vietnamese given name ends (`Nguyễn Xuân Phúc`).
      for (const from of [at < run[1] ? at : at - n + 1]) {
        if (from < run[0] || from + n - 1 > run[1]) continue;
        let name = word(from);
        for (let m = 1; m < n; m++) name += ' ' + word(from + m);
        put(name);
      }
    }
  }
}

/** True when a title capitalises most of its words (`Ông Trump Thắng Lớn`): its capitals say nothing. */
function isTitleCase(s: Syllables): boolean {
  const len = s.hash.length;
  if (len < 4) return false;
  let caps = 0;
  for (let i = 0; i < len; i++) if ((s.flags[i]! & CAPITAL) !== 0) caps++;
  return caps / len > 0.6;
}

/**
 * The part of a body the clusterer reads: the first 100,000 characters (seven times the longest
 * article of the dev corpora), cut at a space. What a story is about is said early; reading a 9 MB
 * text to the end only costs time (placement of one such article took 18.8 s) and memory.
 */
export const PLACED_BODY_CHARS = 100_000;

export function placedBody(body: string): string {
  if (body.length <= PLACED_BODY_CHARS) return body;
  const space = body.lastIndexOf(' ', PLACED_BODY_CHARS);
  return body.slice(0, space > PLACED_BODY_CHARS / 2 ? space : PLACED_BODY_CHARS);
}

/** Extracts the features of one article; `titleWeight` is how many times a title term counts. */
export function articleFeatures(title: string, body: string, titleWeight: number): ArticleFeatures {
  return featuresOf(syllables(title), syllables(body), titleWeight);
}

/** `articleFeatures` from syllables already split. */
export function featuresOf(t: Syllables, b: Syllables, titleWeight: number): ArticleFeatures {
  const terms = new Map<number, number>();
  const titleTerms = new Map<number, number>();
  addTerms(t, titleWeight, terms);
  addTerms(b, 1, terms);
  addTerms(t, 1, titleTerms);
  const entities = new Map<number, number>();
  const entityNames = new Map<number, string>();
  if (!isTitleCase(t)) addEntities(t, titleWeight, entities, entityNames);
  addEntities(b, 1, entities, entityNames);
  return { terms, entities, entityNames, titleTerms };
}

/** Title terms only (for copies, which add no evidence but may give the headline). */
export function titleTerms(title: string): Map<number, number> {
  const terms = new Map<number, number>();
  addTerms(syllables(title), 1, terms);
  return terms;
}
