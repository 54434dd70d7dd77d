/**
 * The search primitive every store implements, defined here with the ranking it must follow
 * (`bm25.ts`), so that search (`engine.ts`) runs the same over any store.
 */
import type { Bm25Params } from './bm25.js';

/**
 * The search primitive: articles holding every phrase (each phrase's folded terms adjacent, in the
 * title or in the text), filtered, ranked by the BM25 of `src/search/bm25.ts`. The terms come
 * tokenised by `src/search` (`parseQuery`, `foldedPhrases`); a store never tokenises a query itself.
 */
export interface CandidateQuery {
  phrases: string[][];
  /** Inclusive bounds on the publication time, epoch ms. */
  fromMs?: number;
  toMs?: number;
  /** `outletKey` of the outlet. */
  outlet?: string;
  /** Only articles naming this entity (its id in the store's entity rows). */
  entity?: string;
  /**
   * Include copies: exact copies of other articles, and near-duplicates (articles placed in a story
   * as the copy of another). Left out by default.
   */
  includeCopies?: boolean;
  bm25: Bm25Params;
  /** Top K (default 1,000) after `offset`. */
  limit?: number;
  offset?: number;
}

export interface Candidates {
  /** Articles matching, before limit and offset. */
  total: number;
  /** Best first: BM25 (higher better), then later publication (undated last), then id. */
  hits: { id: string; score: number }[];
}

/** What a search result shows of an article. */
export interface SearchHit {
  id: string;
  title?: string;
  source?: string;
  publishedAt?: string;
  /** The article text, for snippets and re-ranking. */
  text: string;
  /** The article it copies: exactly, or as a near-duplicate placed in a story. */
  copyOf?: string;
  /** How many articles copy this one (exact and near-duplicate copies, each once), when any do. */
  copies?: number;
}

/** Which articles a facet count covers: every article a candidate query matches (no ranking, no page). */
export type FacetQuery = Omit<CandidateQuery, 'bm25' | 'limit' | 'offset'>;

/**
 * The outlets and months of every article a query matches, read from metadata only (no text):
 * `source` as stored, `month` the first seven characters of `published_at` (`YYYY-MM`, the
 * outlet's own calendar). Articles without an outlet or a date are left out of that count.
 */
export interface FacetCounts {
  total: number;
  byOutlet: { source: string; count: number }[];
  byMonth: { month: string; count: number }[];
}

/** What a store offers search. */
export interface SearchSource {
  searchCandidates(query: CandidateQuery): Promise<Candidates>;
  /** Outlet and month counts over every match of `query`. */
  searchFacets(query: FacetQuery): Promise<FacetCounts>;
  /** What results show of these articles, in the order of `ids`. */
  searchHits(ids: string[]): Promise<SearchHit[]>;
}
