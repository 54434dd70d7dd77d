/**
 * What clustering sees of an article: hashed term counts (folded syllables and syllable bigrams,
 * title counted several times), hashed entity-like phrases, and the folded syllable stream used
 * for near-duplicate shingles.
 *
 * Until a word segmenter lands, a Vietnamese "word" is approximated by a syllable and its
 * neighbour pair: `chủ tịch` gives `chu`, `tich` and `chu tich`.
 */
import { normalizeText } from '../text/normalize.js';
import { fold } from '../text/fold.js';
import { tokenize } from '../text/syllables.js';
import { VIETNAMESE_FUNCTION_WORDS, ENGLISH_FUNCTION_WORDS } from '../text/lexicon/function-words.js';
import { hashString } from './hash.js';

/** A syllable as seen by clustering: folded text, whether it was capitalised, and its run. */
interface Syllable {
  folded: string;
  /** First letter upper case in the source (`Tập`, `KCNA`). */
  capital: boolean;
  /** Every letter upper case and at least two letters (`KCNA`, `NATO`): an acronym. */
  acronym: boolean;
  /** Index of the punctuation-free run the syllable belongs to; bigrams never cross runs. */
  run: number;
}

// Function words carry no topic. Folded, since features are folded (`của` → `cua`).
const STOP = new Set<string>([...VIETNAMESE_FUNCTION_WORDS, ...ENGLISH_FUNCTION_WORDS].map((w) => fold(w)));

// Words that open a capitalised run without being part of a name (`Ông Tập`, `Theo AP`).
const NAME_OPENERS = new Set(
  ['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'theo', 'tại', 'ở', 'khi', 'trong', 'sau', 'tuy', 'nhưng', 'và', 'các',
    'những', 'ngày', 'hôm', 'tháng', 'năm', 'tin', 'ảnh', 'nguồn', 'video', 'clip']
    .map((w) => fold(w)),
);

const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

/** Splits text into syllables (hyphenated tokens such as `Jong-un` give two), folded. */
export function syllables(text: string): Syllable[] {
  const norm = normalizeText(text);
  const out: Syllable[] = [];
  let run = 0;
  for (const t of tokenize(norm)) {
    if (t.kind === 'punct' || t.kind === 'symbol') {
      run++;
      continue;
    }
    const raw = norm.slice(t.start, t.end);
    // `Jong-un` → `jong`, `un`; numbers (`1.500`, `23/3`) stay whole.
    const parts = t.kind === 'number' ? [raw] : raw.split(/[-–_/.’']+/);
    for (const part of parts) {
      if (part.length === 0) continue;
      const letters = part.replace(/\P{L}/gu, '');
      out.push({
        folded: fold(part),
        capital: UPPER.test(part),
        acronym: letters.length >= 2 && ALL_UPPER.test(letters),
        run,
      });
    }
  }
  return out;
}

/** Folded syllables of `text`, in order, for shingling. */
export function foldedSyllables(text: string): string[] {
  return syllables(text).map((s) => s.folded);
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
}

/** Adds the unigram and bigram terms of a syllable list to `into`, each counted `weight` times. */
function addTerms(syls: Syllable[], weight: number, into: Map<number, number>): void {
  for (let i = 0; i < syls.length; i++) {
    const s = syls[i]!;
    const stop = STOP.has(s.folded);
    if (!stop && s.folded.length > 1) {
      const h = hashString('u' + s.folded);
      into.set(h, (into.get(h) ?? 0) + weight);
    }
    const next = syls[i + 1];
    if (next !== undefined && next.run === s.run && !(stop && STOP.has(next.folded))) {
      const h = hashString('b' + s.folded + ' ' + next.folded);
      into.set(h, (into.get(h) ?? 0) + weight);
    }
  }
}

/**
 * Entity-like phrases: inside each run of capitalised syllables of two or more (`Tập Cận Bình`,
 * `Kim Jong-un`), every 2- and 3-syllable window (so `Trung Quốc Tập Cận Bình` still yields
 * `tap can binh`); and each acronym on its own (`KCNA`, `NATO`).
 */
function addEntities(syls: Syllable[], weight: number, into: Map<number, number>, names: Map<number, string>): void {
  const put = (name: string): void => {
    const h = hashString('e' + name);
    into.set(h, (into.get(h) ?? 0) + weight);
    if (!names.has(h)) names.set(h, name);
  };
  let i = 0;
  while (i < syls.length) {
    if (!syls[i]!.capital) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < syls.length && syls[j + 1]!.capital && syls[j + 1]!.run === syls[i]!.run) j++;
    let start = i;
    while (start <= j && NAME_OPENERS.has(syls[start]!.folded)) start++;
    for (let k = start; k <= j; k++) if (syls[k]!.acronym && syls[k]!.folded.length >= 2) put(syls[k]!.folded);
    for (let n = 2; n <= 3; n++) {
      for (let k = start; k + n - 1 <= j; k++) {
        let name = syls[k]!.folded;
        for (let m = 1; m < n; m++) name += ' ' + syls[k + m]!.folded;
        put(name);
      }
    }
    i = j + 1;
  }
}

/** True when a title capitalises most of its words (`Ông Trump Thắng Lớn`): its capitals say nothing. */
function isTitleCase(syls: Syllable[]): boolean {
  if (syls.length < 4) return false;
  let caps = 0;
  for (const s of syls) if (s.capital) caps++;
  return caps / syls.length > 0.6;
}

/** Extracts the features of one article; `titleWeight` is how many times a title term counts. */
export function articleFeatures(title: string, body: string, titleWeight: number): ArticleFeatures {
  const t = syllables(title);
  const b = syllables(body);
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
