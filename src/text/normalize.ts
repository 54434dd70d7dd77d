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
// A letter run (letters with their combining marks) or any other single character.
const PIECE = /[\p{L}\p{M}]+|\r\n|[^\p{L}\p{M}]/gu;

/** Normalises `input` and returns the normalised text with its offset map. */
export function normalize(input: string): Normalized {
  const b = new MapBuilder();
  const out: string[] = [];
  PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIECE.exec(input)) !== null) {
    const piece = m[0];
    const at = m.index;
    const first = piece.charCodeAt(0);
    if (piece.length === 1 && first < 0x80 && first !== 0x0d) {
      out.push(piece); // plain ASCII punctuation, digits, space, newline
      b.identity(1, at);
      continue;
    }
    let fixed: string;
    if (piece === '\r\n' || piece === '\r') fixed = '\n';
    else if (SPACE_LIKE.test(piece)) fixed = ' ';
    else if (DROPPED.test(piece)) fixed = '';
    else if (/\p{L}/u.test(piece) || /\p{M}/u.test(piece)) fixed = normalizeWord(piece);
    else fixed = piece.normalize('NFC');
    out.push(fixed);
    if (fixed.length === piece.length) b.identity(piece.length, at);
    else b.replace(fixed.length, at, at + piece.length);
  }
  return { text: out.join(''), map: b.build(input.length) };
}

/** Normalises a string when no map is needed (queries, lexicon entries). */
export function normalizeText(input: string): string {
  return normalize(input).text;
}

/** NFC, `Ð`→`Đ`, then the traditional tone placement of one letter run. */
export function normalizeWord(word: string): string {
  let w = word.normalize('NFC');
  if (w.includes('Ð') || w.includes('ð')) w = w.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
  return placeTone(w);
}

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
