/**
 * Sentence splitting for Vietnamese news, as a recipe: candidate ends, then the steps that veto them.
 */
import { ABBREVIATIONS } from './lexicon/abbreviations.js';
import type { Span } from './syllables.js';

const OPENING_QUOTES = '“‘«„';
const CLOSING_QUOTES = '”’»';
/** A quote left open longer than this is taken as unbalanced, and splitting resumes inside it. */
const MAX_QUOTE_LENGTH = 600;

/** Sentence spans of text[from, to), trimmed of surrounding whitespace; a line break always ends one. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, from, to);
  let quoteOpenedAt = -1; // inside “...” (or "..." counted by parity) since this offset
  let straightQuotes = 0;
  // only these characters can open or close a quotation or a sentence: jump from one to the next
  const interesting = /[\n.!?…“‘«„”’»"]/g;
  for (let i = start; i < to; i++) {
    interesting.lastIndex = i;
    const found = interesting.exec(text);
    if (found === null || found.index >= to) break;
    i = found.index;
    const ch = text[i]!;
    if (ch === '\n') {
      // a line break ends the sentence whatever came before
      push(spans, text, start, i);
      start = skipSpace(text, i + 1, to);
      i = start - 1;
      quoteOpenedAt = -1;
      straightQuotes = 0;
      continue;
    }
    if (OPENING_QUOTES.includes(ch)) {
      if (quoteOpenedAt === -1) quoteOpenedAt = i;
      continue;
    }
    if (CLOSING_QUOTES.includes(ch)) {
      quoteOpenedAt = -1;
      continue;
    }
    if (ch === '"') {
      straightQuotes++;
      quoteOpenedAt = straightQuotes % 2 === 1 ? i : -1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;

    // the terminator run and any closing quotes or brackets after it: `.”`, `?"`, `...)`
    const termStart = i;
    let end = i + 1;
    while (end < to && '.!?…'.includes(text[end]!)) end++;
    const termEnd = end;
    while (end < to && (CLOSING_QUOTES.includes(text[end]!) || text[end] === '"' || text[end] === ')' || text[end] === ']')) {
      if (text[end] === '"') straightQuotes++;
      end++;
    }
    const closedQuote = end > termEnd && text.slice(termEnd, end).split('').some((c) => c !== ')' && c !== ']');
    if (closedQuote) quoteOpenedAt = straightQuotes % 2 === 1 ? quoteOpenedAt : -1;
    i = end - 1;

    // `TP.HCM`, `1.500`, `bên.Ông`: no space after the period, no sentence end
    if (end < to && !/\s/.test(text[end]!)) continue;
    const next = skipSpace(text, end, to);
    if (next >= to) continue; // the end of the block closes the sentence below
    const nextChar = text[next]!;

    // `... và nói thêm`, `“Không.” ông nói`: a lower-case continuation is the same sentence
    if (/\p{Ll}/u.test(nextChar)) continue;
    // `“Đoàn kết. Hợp tác”, ông nói`: not inside a quotation that is still open (unless unbalanced)
    if (quoteOpenedAt !== -1 && termStart - quoteOpenedAt < MAX_QUOTE_LENGTH) continue;

    if (ch === '.' && termEnd - termStart === 1) {
      const before = wordBefore(text, termStart, start);
      // `TP. HCM`, `PGS. TS. Nguyễn`: abbreviations
      if (ABBREVIATIONS.has(before)) continue;
      // `Donald J. Trump`, `Q. Tân Bình`: a single capital letter is an initial
      if (/^\p{Lu}$/u.test(before)) continue;
    }
    push(spans, text, start, end);
    start = next;
    i = next - 1;
    quoteOpenedAt = -1;
    straightQuotes = 0;
  }
  push(spans, text, start, to);
  return spans;
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

/** The run of non-space characters before offset `dot`, without opening brackets or quotes. */
function wordBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor && !/\s/.test(text[s - 1]!)) s--;
  return text.slice(s, dot).replace(/^[(\["“‘«]+/, '');
}

function push(spans: Span[], text: string, start: number, end: number): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
