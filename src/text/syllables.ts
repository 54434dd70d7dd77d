/**
 * Tokens with offsets. A syllable, for budgets and counts, is a whitespace-separated token
 * (`Jong-un,` is one). For analysis, `tokenize` splits further: words and numbers keep their inner
 * punctuation (`Jong-un`, `23/3`, `1.500`, `3,5`, `TP.HCM`), other punctuation is its own token.
 */

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
}

/** Whitespace-separated tokens of `text`, with offsets. */
export function syllableSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Number of whitespace-separated syllables. */
export function countSyllables(text: string): number {
  let n = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11;
    if (!space && !inToken) n++;
    inToken = !space;
  }
  return n;
}

// One token: a run of letters/digits/marks joined by single inner connectors that sit between two
// alphanumerics (- . / ' ’ _ &; and , : only between digits: `3,5`, `10:15`), or one other character.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:(?:[-./'’_&]|(?<=\p{N})[,:](?=\p{N}))[\p{L}\p{N}\p{M}]+)*|\S/gu;
const HAS_LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** Analysis tokens of `text`. Concatenating their texts with the whitespace between gives `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    let kind: TokenKind;
    if (ALNUM.test(t)) kind = HAS_LETTER.test(t) ? 'word' : 'number';
    else kind = /\p{P}/u.test(t) ? 'punct' : 'symbol';
    tokens.push({ start: from + m.index, end: from + m.index + t.length, kind });
  }
  return tokens;
}

/** Search terms of a string: runs of letters and digits, as FTS5's unicode61 tokenizer cuts them. */
export function searchTerms(text: string): Span[] {
  // a scan over code points with a cached class per UTF-16 unit: the same runs as
  // /[\p{L}\p{N}\p{M}]+/gu, without a cold Unicode regex over every text (search snippets, queries)
  const spans: Span[] = [];
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let inTerm: boolean;
    let width = 1;
    if (c < 0x80) inTerm = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      inTerm = TERM_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
      width = 2;
    } else {
      let v = TERM_UNIT[c]!;
      if (v === 0) TERM_UNIT[c] = v = TERM_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
      inTerm = v === 1;
    }
    if (inTerm) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      spans.push({ start, end: i });
      start = -1;
    }
    i += width;
  }
  if (start >= 0) spans.push({ start, end: n });
  return spans;
}

const TERM_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
// Whether a UTF-16 unit (not a surrogate pair) is a letter, digit or mark: 0 unknown, 1 yes, 2 no.
const TERM_UNIT = new Uint8Array(65536);
