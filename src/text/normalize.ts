/**
 * Normalisation: one spelling for one Vietnamese text, with a map back to the text as given.
 *
 * - Unicode NFC (Windows-1258 and some keyboards write tone marks as combining characters).
 * - One tone-mark placement. We use the traditional placement, `hòa`, `thủy`, `khỏe`, `Ủy ban`,
 *   not the "new" one (`hoà`, `thuỷ`): it is what most Vietnamese outlets print (counted in the
 *   dev corpora: hòa/hóa/thủy/khỏe/ủy 2,136 times, hoà/hoá/thuỷ/khoẻ/uỷ 1,191), and what readers type
 *   in a search box. Both spellings of the same word become one, so the choice only decides
 *   which one the stored text shows.
 * - Look-alike characters: `Ð` (Icelandic eth, common in legacy text) becomes `Đ`; no-break and
 *   other wide spaces become a space; zero-width spaces and stray byte-order marks are dropped;
 *   CR LF and CR become LF.
 */
import { MapBuilder, OffsetMap } from './offsets.js';
import { isShaped, VOWELS, withTone, type Tone } from './vowels.js';

export interface Normalized {
  text: string;
  /** Maps offsets in `text` back to the input. */
  map: OffsetMap;
}

const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const DROPPED = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/; // zero-width, BOM, soft hyphen

// Whether a UTF-16 unit is a letter or a combining mark, cached per unit (0 unknown, 1 yes, 2 no).
const LETTERISH = new Uint8Array(65536);
function isLetterish(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  let v = LETTERISH[c]!;
  if (v === 0) {
    v = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 2;
    LETTERISH[c] = v;
  }
  return v === 1;
}

/** Normalises `input` and returns the normalised text with its offset map. */
export function normalize(input: string): Normalized {
  const b = new MapBuilder();
  const text = normalizeInto(input, b);
  return { text, map: text === input && b.length === 0 ? OffsetMap.identity(input.length) : b.build(input.length) };
}

/**
 * The normalisation itself; the offset map is built into `b` when given (none for a name or a
 * query: a lexicon look-up normalises thousands of short strings, and their maps were most of the cost).
 */
function normalizeInto(input: string, b?: MapBuilder): string {
  const out: string[] = [];
  let copied = 0; // input[copied, i) is still to be copied unchanged
  const change = (start: number, end: number, fixed: string): void => {
    if (start > copied) {
      out.push(input.slice(copied, start));
      b?.identity(start - copied, copied);
    }
    out.push(fixed);
    if (b && fixed.length === end - start) b.identity(fixed.length, start);
    else b?.replace(fixed.length, start, end);
    copied = end;
  };
  const n = input.length;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (isLetterish(c)) {
      // a letter run: ASCII-only runs cannot change
      let j = i;
      let ascii = true;
      let special = false; // combining marks or eth: the slow path
      while (j < n) {
        const d = input.charCodeAt(j);
        if (!isLetterish(d)) break;
        if (d >= 0x80) {
          ascii = false;
          if ((d >= 0x300 && d <= 0x36f) || d === 0xd0 || d === 0xf0) special = true;
        }
        j++;
      }
      if (special) {
        const word = input.slice(i, j);
        const fixed = normalizeWord(word);
        if (fixed !== word) change(i, j, fixed);
      } else if (!ascii) {
        const fixed = placeToneIn(input, i, j);
        if (fixed !== undefined) change(i, j, fixed);
      }
      i = j;
      continue;
    }
    if (c < 0x80) {
      if (c === 0x0d) change(i, input.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1, '\n');
      i = input.charCodeAt(i) === 0x0d && input.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      continue;
    }
    const ch = input[i]!;
    if (SPACE_LIKE.test(ch)) change(i, i + 1, ' ');
    else if (DROPPED.test(ch)) change(i, i + 1, '');
    else if (c < 0xd800 || c > 0xdfff) {
      const nfc = ch.normalize('NFC');
      if (nfc !== ch) change(i, i + 1, nfc);
    }
    i++;
  }
  if (copied === 0 && out.length === 0) return input;
  if (copied < n) {
    out.push(input.slice(copied));
    b?.identity(n - copied, copied);
  }
  return out.join('');
}

/** Normalises a string when no map is needed (queries, lexicon entries). */
export function normalizeText(input: string): string {
  return normalizeInto(input);
}

/** NFC, `Ð`→`Đ`, then the traditional tone placement of one letter run. */
export function normalizeWord(word: string): string {
  let w = HAS_COMBINING.test(word) ? word.normalize('NFC') : word;
  if (w.includes('Ð') || w.includes('ð')) w = w.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
  return placeTone(w);
}

// Precomposed letters are NFC already (but for a few compatibility singletons that news text does not use).
const HAS_COMBINING = /[\u0300-\u036f\u0340\u0341]/;

// Per UTF-16 unit: BASE = the code of the vowel without its tone (case and shape kept), 0 for a
// non-vowel; TONE = its tone (0..5); SHAPED = 1 for ă â ê ô ơ ư; CONSONANT = 1 for onset/coda letters.
const BASE = new Uint16Array(0x2000);
const TONE = new Uint8Array(0x2000);
const SHAPED = new Uint8Array(0x2000);
const CONSONANT = new Uint8Array(0x2000);
const TONED = new Map<number, number>(); // base code * 8 + tone -> code
for (const lower of VOWELS) {
  for (const base of [lower, lower.toUpperCase()]) {
    for (let t = 0; t < 6; t++) {
      const code = withTone(base, t as Tone).charCodeAt(0);
      BASE[code] = base.charCodeAt(0);
      TONE[code] = t;
      SHAPED[code] = isShaped(base) ? 1 : 0;
      TONED.set(base.charCodeAt(0) * 8 + t, code);
    }
  }
}
for (const c of 'bcdđghklmnpqrstvxfjwzBCDĐGHKLMNPQRSTVXFJWZ') CONSONANT[c.charCodeAt(0)] = 1;
// Nuclei of plain vowels in which the tone mark's place is a matter of convention or a typing slip.
const MOVABLE_NUCLEI = new Set(['oa', 'oe', 'uy', 'oai', 'oay', 'oao', 'oeo', 'uya', 'uyu']);
const LOWER_Q = 0x71;
const LOWER_G = 0x67;
const LOWER_U = 0x75;
const LOWER_I = 0x69;

/**
 * Moves a syllable's tone mark to where the traditional convention puts it. Anything that is not
 * one plausible Vietnamese syllable with exactly one tone mark is returned unchanged (the same
 * string: nothing is allocated for the syllables that are already right, nearly all of them).
 */
export function placeTone(syllable: string): string {
  return placeToneIn(syllable, 0, syllable.length) ?? syllable;
}

/** `placeTone` on text[from, to): the corrected syllable, or undefined when it is right already. */
export function placeToneIn(text: string, from: number, to: number): string | undefined {
  const syllable = text; // the syllable is text[from, to)
  const n = to;
  let tonePos = -1;
  let vStart = -1;
  let vEnd = -1; // exclusive
  for (let i = from; i < n; i++) {
    const c = syllable.charCodeAt(i);
    if (c >= 0x2000) return undefined;
    if (BASE[c] !== 0) {
      if (vStart === -1) vStart = i;
      else if (vEnd !== -1) return undefined; // two vowel groups: not one syllable
      if (TONE[c] !== 0) {
        if (tonePos !== -1) return undefined; // two tone marks
        tonePos = i;
      }
    } else {
      if (CONSONANT[c] === 0) return undefined; // a letter Vietnamese does not write
      if (vStart !== -1 && vEnd === -1) vEnd = i;
    }
  }
  if (tonePos === -1) return undefined;
  if (vEnd === -1) vEnd = n;
  if (vEnd - vStart > 3) return undefined;

  // `qu` and `gi` + vowel: the u / i belongs to the onset.
  let nStart = vStart;
  if (vStart === from + 1 && vEnd - vStart > 1) {
    const onset = syllable.charCodeAt(from) | 0x20;
    const first = BASE[syllable.charCodeAt(from + 1)]! | 0x20;
    if ((onset === LOWER_Q && first === LOWER_U) || (onset === LOWER_G && first === LOWER_I)) nStart++;
  }
  const len = vEnd - nStart;
  let target: number;
  let lastShaped = -1;
  for (let i = nStart; i < vEnd; i++) if (SHAPED[syllable.charCodeAt(i)] === 1) lastShaped = i;
  if (lastShaped === -1 && len >= 2 && tonePos >= nStart) {
    // plain vowels only: the mark moves only in the nuclei whose spelling varies (`hoà`/`hòa`,
    // `thuỷ`, `hòang`); in any other pair it is where the word wants it: `tué`, `Néon`, `país`,
    // `où` are French and Spanish words, not Vietnamese syllables to fix
    let nucleus = '';
    for (let i = nStart; i < vEnd; i++) nucleus += String.fromCharCode(BASE[syllable.charCodeAt(i)]! | 0x20);
    if (!MOVABLE_NUCLEI.has(nucleus)) return undefined;
  }
  if (lastShaped !== -1) target = lastShaped; // người, tuổi, quyền
  else if (vEnd < n) target = vEnd - 1; // hoàng, toán
  else if (len <= 2) target = nStart; // quá, già; hòa, thủy, mùa, mái (traditional placement)
  else target = nStart + 1; // ngoài, khuỷu
  if (target === tonePos) return undefined;
  const tone = TONE[syllable.charCodeAt(tonePos)]!;
  const codes: number[] = [];
  for (let i = from; i < n; i++) codes.push(syllable.charCodeAt(i));
  codes[tonePos - from] = BASE[codes[tonePos - from]!]!;
  codes[target - from] = TONED.get(BASE[codes[target - from]!]! * 8 + tone)!;
  return String.fromCharCode(...codes);
}

