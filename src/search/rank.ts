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

const LETTER = '[\\p{L}\\p{N}]';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for phrases as written (lower case, with their marks), whole words only. */
export function exactMatchers(phrases: string[][]): RegExp[] {
  return phrases.map((terms) => new RegExp(`(?<!${LETTER})${terms.map(escape).join(`[^\\p{L}\\p{N}]+`)}(?!${LETTER})`, 'u'));
}

/**
 * Share of the query's phrases that an article carries exactly as typed, with their diacritics, in
 * its title or text (0..1). Every result matches every phrase folded; this tells `đoàn kết` from
 * `doan ket` or `đoán kết`.
 */
export function exactCoverage(title: string, text: string, matchers: RegExp[]): number {
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
export function adjacencyMatcher(phrases: string[][]): RegExp | undefined {
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
