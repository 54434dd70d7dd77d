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
import { isShaped, isVowel, vowelInfo, withTone, type Tone } from './vowels.js';

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
  const out: string[] = [];
  let copied = 0; // input[copied, i) is still to be copied unchanged
  const change = (start: number, end: number, fixed: string): void => {
    if (start > copied) {
      out.push(input.slice(copied, start));
      b.identity(start - copied, copied);
    }
    out.push(fixed);
    if (fixed.length === end - start) b.identity(fixed.length, start);
    else b.replace(fixed.length, start, end);
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
      while (j < n) {
        const d = input.charCodeAt(j);
        if (!isLetterish(d)) break;
        if (d >= 0x80) ascii = false;
        j++;
      }
      if (!ascii) {
        const word = input.slice(i, j);
        const fixed = normalizeWord(word);
        if (fixed !== word) change(i, j, fixed);
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
  if (copied === 0 && out.length === 0) return { text: input, map: OffsetMap.identity(n) };
  if (copied < n) {
    out.push(input.slice(copied));
    b.identity(n - copied, copied);
  }
  return { text: out.join(''), map: b.build(n) };
}

/** Normalises a string when no map is needed (queries, lexicon entries). */
export function normalizeText(input: string): string {
  return normalize(input).text;
}

// Vietnamese has some 7,000 syllables: a cache of results makes normalising mostly a lookup.
const WORD_CACHE = new Map<string, string>();
const WORD_CACHE_LIMIT = 200_000;

/** NFC, `Ð`→`Đ`, then the traditional tone placement of one letter run. */
export function normalizeWord(word: string): string {
  let fixed = WORD_CACHE.get(word);
  if (fixed === undefined) {
    fixed = normalizeWordUncached(word);
    if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
    WORD_CACHE.set(word, fixed);
  }
  return fixed;
}

function normalizeWordUncached(word: string): string {
  let w = HAS_COMBINING.test(word) ? word.normalize('NFC') : word;
  if (w.includes('Ð') || w.includes('ð')) w = w.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
  return placeTone(w);
}

// Precomposed letters are NFC already (but for a few compatibility singletons that news text does not use).
const HAS_COMBINING = /[\u0300-\u036f\u0340\u0341]/;

const CONSONANTS = /^[bcdđghklmnpqrstvxfjwz]*$/i;

/**
 * Moves a syllable's tone mark to where the traditional convention puts it. Anything that is not
 * one plausible Vietnamese syllable with exactly one tone mark is returned unchanged.
 */
export function placeTone(syllable: string): string {
  let tonePos = -1;
  let tone: Tone = 0;
  let vStart = -1;
  let vEnd = -1; // exclusive
  for (let i = 0; i < syllable.length; i++) {
    const ch = syllable[i]!;
    const info = vowelInfo(ch);
    if (info) {
      if (vStart === -1) vStart = i;
      else if (vEnd !== -1) return syllable; // two vowel groups: not one syllable
      if (info.tone !== 0) {
        if (tonePos !== -1) return syllable; // two tone marks
        tonePos = i;
        tone = info.tone;
      }
    } else {
      if (vStart !== -1 && vEnd === -1) vEnd = i;
    }
  }
  if (tonePos === -1 || vStart === -1) return syllable;
  if (vEnd === -1) vEnd = syllable.length;
  if (vEnd - vStart > 3) return syllable;
  const onset = syllable.slice(0, vStart);
  const coda = syllable.slice(vEnd);
  if (!CONSONANTS.test(onset) || !CONSONANTS.test(coda)) return syllable;

  // `qu` and `gi` + vowel: the u / i belongs to the onset.
  let nStart = vStart;
  const lowerOnset = onset.toLowerCase();
  const firstBase = vowelInfo(syllable[vStart]!)!.base.toLowerCase();
  if (vEnd - vStart > 1 && ((lowerOnset === 'q' && firstBase === 'u') || (lowerOnset === 'g' && firstBase === 'i'))) {
    nStart++;
  }
  const len = vEnd - nStart;
  let target: number;
  let lastShaped = -1;
  for (let i = nStart; i < vEnd; i++) if (isShaped(syllable[i]!)) lastShaped = i;
  if (lastShaped !== -1) target = lastShaped; // người, tuổi, quyền
  else if (coda.length > 0) target = vEnd - 1; // hoàng, toán
  else if (len === 1) target = nStart; // quá, già
  else if (len === 2) target = nStart; // hòa, thủy, mùa, mái (traditional placement)
  else target = nStart + 1; // ngoài, khuỷu
  if (target === tonePos) return syllable;
  const chars = [...syllable];
  chars[tonePos] = vowelInfo(chars[tonePos]!)!.base;
  chars[target] = withTone(vowelInfo(chars[target]!)!.base, tone);
  return chars.join('');
}

export { isVowel };
