/**
 * Ranking, in one place. Matching and BM25 are SQLite FTS5's (Okapi BM25, k1 = 1.2, b = 0.75) over
 * an index of folded text (no marks, `đ`→`d`); what is ours is here: how much the title counts, and
 * how a query typed with diacritics puts the articles that carry them exactly first.
 */

export interface RankParams {
  /** Weight of a match in the title relative to the body. Range > 0; default 3. */
  titleWeight: number;
  /** Weight of a match in the body. Range > 0; default 1. */
  bodyWeight: number;
  /**
   * How many of the best folded matches are re-ranked by exact diacritics when the query has them.
   * Range >= the page asked for; default 200. Beyond it, order is by folded BM25 alone.
   */
  candidates: number;
}

export const DEFAULT_RANK_PARAMS: RankParams = { titleWeight: 3, bodyWeight: 1, candidates: 200 };

/** Per-column weights for FTS5's bm25(): title_f, body_f. */
export function bm25Weights(p: RankParams): [number, number] {
  return [p.titleWeight, p.bodyWeight];
}

/** FTS5's bm25() is lower-is-better and negative; we show higher-is-better scores. */
export function scoreFromBm25(bm25: number): number {
  return Math.round(-bm25 * 1000) / 1000;
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
 * Orders search candidates: when the query has diacritics, by exact coverage first (articles that
 * carry every phrase as typed come before those that only match without marks); then the articles
 * that hold the whole query in a row (folded) before those that hold its words apart; then BM25.
 */
export function rankCandidates<T extends { score: number; coverage: number; adjacent: number }>(candidates: T[]): T[] {
  return [...candidates].sort((x, y) => y.coverage - x.coverage || y.adjacent - x.adjacent || y.score - x.score);
}
