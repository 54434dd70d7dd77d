/**
 * Search as every interface runs it: the query checked, the store searched, each hit given its
 * display title and a snippet with the matches highlighted.
 */
import { search, searchFacets } from '../search/engine.js';
import { outletKey } from '../search/fields.js';
import { parseQuery, timeBounds } from '../search/query.js';
import { shownScore } from '../search/rank.js';
import { makeSnippet } from '../search/snippet.js';
import type { Span } from '../text/syllables.js';
import type { SearchHit, Store } from '../store/store.js';
import { articleRow } from './browse.js';
import { AppError } from './errors.js';

export { renderSnippet } from '../search/snippet.js';

export interface SearchRequest {
  text: string;
  /** Inclusive publication bounds: `YYYY-MM-DD` or ISO 8601. */
  from?: string;
  to?: string;
  /** Outlet name, compared without case or diacritics. */
  source?: string;
  /**
   * Only articles naming this entity: its id (`per:xi-jinping`, `PER~nguyen thanh son`) or a name it
   * was written as. With an empty `text`, the entity's articles, newest first.
   */
  entity?: string;
  /** Results per page (default 10). */
  limit?: number;
  offset?: number;
  /** Include copies: exact copies and near-duplicates of other articles (folded under their original by default). */
  includeCopies?: boolean;
  /** Count the outlets and months of every result too (from the store's metadata, no text read). */
  facets?: boolean;
}

export interface Facets {
  /** How many results were counted: every one of `total` (kept for clients of the former windowed count). */
  counted: number;
  total: number;
  byOutlet: { source: string; count: number }[];
  /** `YYYY-MM`, newest first. */
  byMonth: { month: string; count: number }[];
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
  /** The entity the results name (its id), when asked. */
  entity?: string;
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
  facets?: Facets;
}

export async function searchArticles(store: Store, request: SearchRequest): Promise<SearchResult> {
  const text = request.text.trim();
  // loaded only for `--entity` (with its fuzzy name look-up): a plain search's start-up is mostly loading modules
  const entity = request.entity?.trim() ? await (await import('./entities.js')).resolveEntity(store, request.entity) : undefined;
  if (!text && entity) return entityArticles(store, entity, request);
  if (!text) throw new AppError('E_BAD_QUERY', 'no query given');
  const parsed = parseQuery(text);
  if (parsed.phrases.length === 0) throw new AppError('E_BAD_QUERY', `"${text}" has no words to search for`);
  const offset = request.offset ?? 0;
  const limit = request.limit ?? 10;
  const query = {
    text,
    ...(request.from ? { from: request.from } : {}),
    ...(request.to ? { to: request.to } : {}),
    ...(request.source ? { source: request.source } : {}),
    ...(entity ? { entity } : {}),
    includeCopies: request.includeCopies ?? false,
  };
  let page;
  let facets: Facets | undefined;
  try {
    page = await search(store, { ...query, limit, offset });
    if (request.facets) {
      const f = await searchFacets(store, query);
      facets = { counted: f.total, total: page.total, byOutlet: f.byOutlet, byMonth: f.byMonth };
    }
  } catch (e) {
    if (e instanceof RangeError) throw new AppError('E_BAD_QUERY', e.message);
    throw e;
  }
  const hits = page.hits;
  return {
    query: text,
    ...(entity ? { entity } : {}),
    ...(page.phrases ? { matched: page.phrases } : {}),
    ...(page.together !== undefined ? { together: page.together } : {}),
    total: page.total,
    offset,
    hits: hits.map((h) => resultHit(h, parsed, shownScore(h.score))),
    ...(facets ? { facets } : {}),
  };
}

/**
 * The articles naming an entity, newest first (undated last), with no query, filtered as search
 * filters: each with the start of its text as its snippet and score 0; copies left out as search
 * leaves them out.
 */
async function entityArticles(store: Store, entity: string, request: SearchRequest): Promise<SearchResult> {
  const offset = request.offset ?? 0;
  let bounds;
  try {
    bounds = timeBounds(request);
  } catch (e) {
    if (e instanceof RangeError) throw new AppError('E_BAD_QUERY', e.message);
    throw e;
  }
  const { ids, total } = await store.entityArticles({
    entity, ...bounds, ...(request.source ? { outlet: outletKey(request.source) } : {}), includeCopies: request.includeCopies ?? false, limit: request.limit ?? 10, offset,
  });
  const none = parseQuery('');
  return {
    query: '',
    entity,
    total,
    offset,
    hits: (await store.searchHits(ids)).map((h) => resultHit(h, none, 0)),
  };
}

/** A hit as results show it: its headline (an untitled one: the start of its text), the snippet with the query's matches. */
function resultHit(h: SearchHit, parsed: ReturnType<typeof parseQuery>, score: number): SearchResult['hits'][number] {
  const s = makeSnippet(h.text, parsed);
  return { ...articleRow(h), score, snippet: s.text, highlights: s.highlights };
}
