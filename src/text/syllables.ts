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
  const spans: Span[] = [];
  const re = /[\p{L}\p{N}\p{M}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
