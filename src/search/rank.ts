/**
 * Ranking, in one place. Matching and BM25 itself are SQLite FTS5's (Okapi BM25, k1 = 1.2, b = 0.75,
 * over an index of folded text); what is ours is said here: which columns count how much, and how
 * a query typed with diacritics lifts the articles that carry them exactly.
 */

export interface RankParams {
  /** Weight of a match in the title relative to the body. Range > 0; default 3. */
  titleWeight: number;
  /** Weight of a match in the body. Range > 0; default 1. */
  bodyWeight: number;
  /**
   * Extra weight of an exact-diacritic match (`đoàn kết` for a query `đoàn kết`) on top of the folded
   * match that every result has (`doan ket`). Only used when the query carries diacritics. Range
   * >= 0; default 2 (an exact match counts three times a folded one).
   */
  exactWeight: number;
}

export const DEFAULT_RANK_PARAMS: RankParams = { titleWeight: 3, bodyWeight: 1, exactWeight: 2 };

/** Per-column weights for FTS5's bm25(): title_f, body_f, title_x, body_x. */
export function bm25Weights(p: RankParams, exact: boolean): [number, number, number, number] {
  const e = exact ? p.exactWeight : 0;
  return [p.titleWeight, p.bodyWeight, p.titleWeight * e, p.bodyWeight * e];
}

/** FTS5's bm25() is lower-is-better and negative; we show higher-is-better scores. */
export function scoreFromBm25(bm25: number): number {
  return Math.round(-bm25 * 1000) / 1000;
}
