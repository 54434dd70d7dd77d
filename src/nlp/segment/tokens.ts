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

const KIND_WORD = 0;
const KIND_NUMBER = 1;
const KIND_PUNCT = 2;
const KIND_SYMBOL = 3;
const KINDS: Record<TokenKind, number> = { word: KIND_WORD, number: KIND_NUMBER, punct: KIND_PUNCT, symbol: KIND_SYMBOL };

/** Raw tokens before the merges, as parallel arrays reused between calls (no object per token). */
let rawStart = new Int32Array(1024);
let rawEnd = new Int32Array(1024);
let rawKind = new Uint8Array(1024);
let rawCount = 0;

function pushRaw(start: number, end: number, kind: number): void {
  if (rawCount === rawStart.length) {
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    rawStart = grow(rawStart, (n) => new Int32Array(n));
    rawEnd = grow(rawEnd, (n) => new Int32Array(n));
    rawKind = grow(rawKind, (n) => new Uint8Array(n));
  }
  rawStart[rawCount] = start;
  rawEnd[rawCount] = end;
  rawKind[rawCount] = kind;
  rawCount++;
}

/** Tokens of `text[from, to)`, written into `out` (grown when needed; the possibly new list is returned). */
export function segmentationTokens(text: string, from: number, to: number, out: TokenList): TokenList {
  rawCount = 0;
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
    if (plain) pushRaw(chunkStart, i, KIND_WORD);
    else for (const t of tokenize(text, chunkStart, i)) pushRaw(t.start, t.end, KINDS[t.kind]);
  }
  return merge(text, out);
}

function merge(text: string, list: TokenList): TokenList {
  let out = list;
  if (out.start.length < rawCount) out = allocTokens(Math.max(rawCount, out.start.length * 2));
  let n = 0;
  for (let k = 0; k < rawCount; k++) {
    const start = rawStart[k]!;
    const kind = rawKind[k]!;
    let end = rawEnd[k]!;
    // The next raw token is one character right after this one.
    const adjacent = k + 1 < rawCount && rawStart[k + 1] === end && rawEnd[k + 1] === end + 1;
    if (adjacent && kind === KIND_WORD && k + 2 < rawCount && text.charCodeAt(end) === 46 && isAbbreviation(text.slice(start, end))) {
      // `TP. HCM`, `GS. TS`, `J. Trump`: the period belongs to the abbreviation, unless it ends the text.
      end++;
      k++;
    } else if (adjacent && kind === KIND_NUMBER && text.charCodeAt(end) === 37) {
      // `95%` written without a space is one token; `95 %` stays two.
      end++;
      k++;
    } else if (kind === KIND_PUNCT && end === start + 1) {
      // `...`, `!!!`, `---`: a run of one punctuation character is one token.
      const ch = text.charCodeAt(start);
      while (k + 1 < rawCount && rawStart[k + 1] === end && rawEnd[k + 1] === end + 1 && text.charCodeAt(end) === ch) {
        end++;
        k++;
      }
    }
    out.start[n] = start;
    out.end[n] = end;
    n++;
  }
  out.n = n;
  return out;
}
