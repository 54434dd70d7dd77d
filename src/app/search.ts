/**
 * Search as every interface runs it: the query checked, the store searched, each hit given its
 * display title and a snippet with the matches highlighted.
 */
import { displayTitle } from '../doc/news-doc.js';
import { search } from '../search/engine.js';
import { parseQuery } from '../search/query.js';
import { shownScore } from '../search/rank.js';
import { makeSnippet } from '../search/snippet.js';
import type { Span } from '../text/syllables.js';
import type { Store } from '../store/store.js';
import { AppError } from './errors.js';

export { renderSnippet } from '../search/snippet.js';

export interface SearchRequest {
  text: string;
  /** Inclusive publication bounds: `YYYY-MM-DD` or ISO 8601. */
  from?: string;
  to?: string;
  /** Outlet name, compared without case or diacritics. */
  source?: string;
  /** Results per page (default 10). */
  limit?: number;
  offset?: number;
  /** Include copies: exact copies and near-duplicates of other articles (folded under their original by default). */
  includeCopies?: boolean;
}

export interface SearchResultHit {
  id: string;
  /** The title as stored, when there is one. */
  title?: string;
  /** What to show as the title: the title, else the start of the text. */
  headline: string;
  source?: string;
  publishedAt?: string;
  score: number;
  /** The article it copies, exactly or as a near-duplicate (shown with `includeCopies`). */
  copyOf?: string;
  /** How many copies (exact and near) of it are folded under it. */
  copies?: number;
  snippet: string;
  /** Matches, as offsets into `snippet`. */
  highlights: Span[];
}

export interface SearchResult {
  query: string;
  /** The phrases matched. */
  matched?: string[][];
  /**
   * For a query of several unquoted words: how many of the `total` hold them together (in a row, in
   * order); they come first. 0 when no article has them together (every hit has them apart).
   */
  together?: number;
  total: number;
  offset: number;
  hits: SearchResultHit[];
}

export async function searchArticles(store: Store, request: SearchRequest): Promise<SearchResult> {
  const text = request.text.trim();
  if (!text) throw new AppError('E_BAD_QUERY', 'no query given');
  const parsed = parseQuery(text);
  if (parsed.phrases.length === 0) throw new AppError('E_BAD_QUERY', `"${text}" has no words to search for`);
  const offset = request.offset ?? 0;
  let page;
  try {
    page = await search(store, {
      text,
      ...(request.from ? { from: request.from } : {}),
      ...(request.to ? { to: request.to } : {}),
      ...(request.source ? { source: request.source } : {}),
      limit: request.limit ?? 10,
      offset,
      includeCopies: request.includeCopies ?? false,
    });
  } catch (e) {
    if (e instanceof RangeError) throw new AppError('E_BAD_QUERY', e.message);
    throw e;
  }
  return {
    query: text,
    ...(page.phrases ? { matched: page.phrases } : {}),
    ...(page.together !== undefined ? { together: page.together } : {}),
    total: page.total,
    offset,
    hits: page.hits.map((h) => {
      const s = makeSnippet(h.text, parsed);
      return {
        id: h.id,
        ...(h.title ? { title: h.title } : {}),
        headline: displayTitle({ meta: h.title ? { title: h.title } : {}, text: h.text }),
        ...(h.source ? { source: h.source } : {}),
        ...(h.publishedAt ? { publishedAt: h.publishedAt } : {}),
        score: shownScore(h.score),
        ...(h.copyOf ? { copyOf: h.copyOf } : {}),
        ...(h.copies ? { copies: h.copies } : {}),
        snippet: s.text,
        highlights: s.highlights,
      };
    }),
  };
}
