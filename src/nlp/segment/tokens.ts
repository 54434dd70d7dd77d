/**
 * The tokens the segmenter joins into words: `tokenize` from src/text/syllables.ts (punctuation off
 * the syllable, `bên.` → `bên .`; inner punctuation kept, `23/3`, `1.500`, `Jong-un`), with a few
 * merges that follow the VLSP / VietTreebank data, each below with its example. A chunk made only of
 * letters (most of them) is one token and skips the regular expression.
 */
import { ABBREVIATIONS } from '../../text/lexicon/abbreviations.js';
import { tokenize, type TokenKind } from '../../text/syllables.js';

/** Tokens as parallel arrays (reused between calls by their owner). */
export interface TokenList {
  n: number;
  start: Int32Array;
  end: Int32Array;
}

export function allocTokens(capacity: number): TokenList {
  return { n: 0, start: new Int32Array(capacity), end: new Int32Array(capacity) };
}

const INITIAL = /^\p{Lu}$/u;
/**
 * Lower-case abbreviations of administrative units found in the news data (`tp. Hồ Chí Minh`,
 * `h. Bình Chánh` huyện, `q. 3` quận, `x.` xã, `p.` phường, `tt.` thị trấn).
 */
const LOWER_ABBREVIATIONS: ReadonlySet<string> = new Set(['tp', 'tx', 'tt', 'h', 'q', 'x', 'p']);

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || INITIAL.test(word) || LOWER_ABBREVIATIONS.has(word);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Letters of Latin scripts and combining marks: a chunk of only these is one word token. */
function isPlainLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

interface Raw {
  start: number;
  end: number;
  kind: TokenKind;
}

/** Tokens of `text[from, to)`, written into `out` (grown when needed; the possibly new list is returned). */
export function segmentationTokens(text: string, from: number, to: number, out: TokenList): TokenList {
  const raw: Raw[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const chunkStart = i;
    let plain = true;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) break;
      if (plain && !isPlainLetter(c)) plain = false;
      i++;
    }
    if (plain) raw.push({ start: chunkStart, end: i, kind: 'word' });
    else for (const t of tokenize(text, chunkStart, i)) raw.push(t);
  }
  return merge(text, raw, out);
}

function merge(text: string, raw: Raw[], list: TokenList): TokenList {
  let out = list;
  if (out.start.length < raw.length) out = allocTokens(Math.max(raw.length, out.start.length * 2));
  let n = 0;
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k]!;
    let end = t.end;
    const next = raw[k + 1];
    const adjacent = next !== undefined && next.start === t.end && next.end === t.end + 1;
    if (adjacent && t.kind === 'word' && k + 2 < raw.length && text.charCodeAt(t.end) === 46 && isAbbreviation(text.slice(t.start, t.end))) {
      // `TP. HCM`, `GS. TS`, `J. Trump`: the period belongs to the abbreviation, unless it ends the text.
      end = next.end;
      k++;
    } else if (adjacent && t.kind === 'number' && text.charCodeAt(t.end) === 37) {
      // `95%` written without a space is one token; `95 %` stays two.
      end = next.end;
      k++;
    } else if (t.kind === 'punct' && t.end === t.start + 1) {
      // `...`, `!!!`, `---`: a run of one punctuation character is one token.
      const ch = text.charCodeAt(t.start);
      while (k + 1 < raw.length && raw[k + 1]!.start === end && raw[k + 1]!.end === end + 1 && text.charCodeAt(end) === ch) {
        end++;
        k++;
      }
    }
    out.start[n] = t.start;
    out.end[n] = end;
    n++;
  }
  out.n = n;
  return out;
}
