/**
 * What the search index holds for an article, tokenised here and nowhere else: the folded terms
 * (runs of letters and digits, lower case, marks removed, `đ`→`d`) of its title and of its text.
 * Every store indexes these terms as they are (joined by spaces), so that every store matches and
 * counts the same terms. Exact diacritics are checked on the best candidates (src/search/rank.ts).
 */
import { fold } from '../text/fold.js';
import { searchTerms } from '../text/syllables.js';

/** The folded search terms of a text. */
export function indexTerms(text: string): string[] {
  const folded = fold(text);
  return searchTerms(folded).map((s) => folded.slice(s.start, s.end));
}

export interface SearchFields {
  /** The title's terms, joined by single spaces. */
  title: string;
  /** The text's terms, joined by single spaces. */
  body: string;
}

// 1 for a UTF-16 unit that is part of a term (a letter, digit or mark), 2 for one that is not; 0 = not known yet
const KIND = new Uint8Array(65536);
const TERM = /[\p{L}\p{N}\p{M}]/u;
const NOT_TERM = /[^\p{L}\p{N}\p{M}]+/gu;
const SURROGATE = /[\ud800-\udfff]/;
let buffer = new Uint16Array(4096);

/** `indexTerms(text).join(' ')`, in one pass over the folded text (the index is written for every article). */
export function indexText(text: string): string {
  const folded = fold(text);
  if (SURROGATE.test(folded)) return folded.replace(NOT_TERM, ' ').trim(); // letters beyond the BMP: the regex knows them
  if (buffer.length < folded.length) buffer = new Uint16Array(folded.length * 2);
  let n = 0;
  let space = true; // no leading space
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    let k = KIND[c]!;
    if (k === 0) KIND[c] = k = TERM.test(String.fromCharCode(c)) ? 1 : 2;
    if (k === 1) {
      buffer[n++] = c;
      space = false;
    } else if (!space) {
      buffer[n++] = 32;
      space = true;
    }
  }
  if (space && n > 0) n--; // no trailing space
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

export function searchFields(title: string, text: string): SearchFields {
  return { title: indexText(title), body: indexText(text) };
}

/** The key an outlet is filtered by (`Tuổi Trẻ`, `tuoi tre`, `TUỔI TRẺ` alike). */
export function outletKey(name: string): string {
  return indexTerms(name).join(' ');
}
