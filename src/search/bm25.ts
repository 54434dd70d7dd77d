/**
 * The one BM25 every store ranks by (Okapi BM25 as SQLite FTS5 computes it, so that the SQLite
 * store can use FTS5's native `bm25()`; a PostgreSQL store computes the same from the statistics
 * it keeps). Documents are indexed as two fields, the title and the text, as the folded terms of
 * `indexTerms`; a query is a list of phrases (adjacent folded terms).
 *
 *   score(d) = Σ over phrases p of idf(p) × f(p,d) (k1 + 1) / (f(p,d) + k1 (1 − b + b |d| / avgdl))
 *   f(p,d)   = titleWeight × occurrences of p in d's title + bodyWeight × occurrences in its text
 *   idf(p)   = ln((N − n(p) + 0.5) / (n(p) + 0.5)), or 1e-6 when that is not positive
 *   |d|      = terms in d's title and text; avgdl = terms of every indexed document / N
 *   N        = documents indexed (copies included: filters do not change the statistics);
 *   n(p)     = documents holding p in their title or text.
 * Higher is better. Results are ordered by score, then later publication first (undated last),
 * then id (ascending, by code unit).
 */

export interface Bm25Params {
  /** Term-frequency saturation. Fixed at FTS5's 1.2 (FTS5 does not let it change). */
  k1: number;
  /** Length normalisation. Fixed at FTS5's 0.75. */
  b: number;
  /** Weight of a match in the title relative to the text. Range > 0; default 3. */
  titleWeight: number;
  /** Weight of a match in the text. Range > 0; default 1. */
  bodyWeight: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75, titleWeight: 3, bodyWeight: 1 };

/** What a store knows of its whole index. */
export interface IndexStats {
  /** Documents indexed. */
  documents: number;
  /** Terms in all titles and texts together. */
  terms: number;
}

/** One phrase of a query against one document. */
export interface PhraseStats {
  /** Documents holding the phrase (title or text). */
  documents: number;
  /** Occurrences in this document's title, and in its text. */
  inTitle: number;
  inBody: number;
}

export function idf(documents: number, holding: number): number {
  const v = Math.log((documents - holding + 0.5) / (holding + 0.5));
  return v > 0 ? v : 1e-6;
}

/** The BM25 score of one document: `length` its terms (title and text), `phrases` the query's phrases against it. */
export function bm25(index: IndexStats, length: number, phrases: readonly PhraseStats[], p: Bm25Params = DEFAULT_BM25): number {
  const avgdl = index.documents > 0 ? index.terms / index.documents : 0;
  const norm = p.k1 * (1 - p.b + (avgdl > 0 ? (p.b * length) / avgdl : 0));
  let score = 0;
  for (const ph of phrases) {
    const f = p.titleWeight * ph.inTitle + p.bodyWeight * ph.inBody;
    score += (idf(index.documents, ph.documents) * f * (p.k1 + 1)) / (f + norm);
  }
  return score;
}
