/**
 * Ranking, in one place, above every store: a store returns the best candidates by the BM25 of
 * `bm25.ts` over folded terms; here the best of them are re-ranked so that a query typed with
 * diacritics puts the articles that carry them exactly first, after the articles holding the
 * query's words in a row, which come before those holding its words apart.
 */
import { DEFAULT_BM25, type Bm25Params } from './bm25.js';

export interface RankParams extends Bm25Params {
  /**
   * How many of the best folded matches are re-ranked by exact diacritics and adjacency.
   * Range >= the page asked for; default 200. Beyond it, order is by BM25 alone.
   */
  candidates: number;
}

export const DEFAULT_RANK_PARAMS: RankParams = { ...DEFAULT_BM25, candidates: 200 };

/** A score as shown: three decimals. */
export function shownScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a string carries a phrase (as `RegExp.test`). */
export interface PhraseMatcher {
  test(text: string): boolean;
}

// Whether a code point is a letter or a digit, cached for the BMP (0 unknown, 1 yes, 2 no).
const ALNUM = new Uint8Array(65536);
function isAlnum(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp > 0xffff) return /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
  let v = ALNUM[cp]!;
  if (v === 0) ALNUM[cp] = v = /[\p{L}\p{N}]/u.test(String.fromCharCode(cp)) ? 1 : 2;
  return v === 1;
}

/** The code point ending just before `at`. */
function pointBefore(s: string, at: number): number {
  const c = s.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = s.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return s.codePointAt(at - 2)!;
  }
  return c;
}

/**
 * A matcher for phrases as written (lower case, with their marks), whole words only: the terms in
 * a row, apart by anything but letters and digits, with no letter or digit on either side. The
 * pattern starts with the first term, so a text is scanned for that literal; the side before a
 * match is checked here (a look-behind would be tried at every position of every text).
 */
export function exactMatchers(phrases: string[][]): PhraseMatcher[] {
  return phrases.map((terms) => {
    const re = new RegExp(`${terms.map(escape).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'gu');
    return {
      test(text: string): boolean {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          if (m.index === 0 || !isAlnum(pointBefore(text, m.index))) return true;
          re.lastIndex = m.index + 1;
        }
        return false;
      },
    };
  });
}

/**
 * Share of the query's phrases that an article carries exactly as typed, with their diacritics, in
 * its title or text (0..1). Every result matches every phrase folded; this tells `đoàn kết` from
 * `doan ket` or `đoán kết`.
 */
export function exactCoverage(title: string, text: string, matchers: PhraseMatcher[]): number {
  if (matchers.length === 0) return 0;
  const t = title.toLowerCase();
  const b = text.toLowerCase();
  let found = 0;
  for (const m of matchers) if (m.test(t) || m.test(b)) found++;
  return found / matchers.length;
}

/**
 * A matcher for the whole query read as one phrase, folded (`tap can binh` in a row), or undefined
 * for a one-term query.
 */
export function adjacencyMatcher(phrases: string[][]): PhraseMatcher | undefined {
  const terms = phrases.flat();
  if (terms.length < 2) return undefined;
  return exactMatchers([terms])[0];
}

/**
 * Orders search candidates: the articles that hold the query's words together (folded, in a row)
 * before those that hold them apart; then, when the query has diacritics, by exact coverage
 * (articles that carry every phrase as typed before those that only match without marks); then BM25.
 */
export function rankCandidates<T extends { score: number; coverage: number; adjacent: number }>(candidates: T[]): T[] {
  return [...candidates].sort((x, y) => y.adjacent - x.adjacent || y.coverage - x.coverage || y.score - x.score);
}
