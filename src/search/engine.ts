/**
 * Search over any store. The articles that match are those holding every word of the query (each
 * quoted phrase in a row), folded, so case and marks never change which match; among them, those
 * holding the query's unquoted words together (in a row, in order) are counted and come first, then
 * those with the query's diacritics exactly, then BM25. The store is asked for the best candidates
 * by BM25; the best of them are re-ranked here, and the page cut. Every store therefore gives the
 * same hits in the same order for the same data.
 */
import { hasMarks } from '../text/fold.js';
import type { Candidates, CandidateQuery, FacetCounts, SearchHit, SearchSource } from './primitive.js';
import { outletKey } from './fields.js';
import { foldedPhrases, queryPlans, rankParams, timeBounds, type ParsedQuery, type SearchQuery } from './query.js';
import { exactCoverage, exactMatchers, rankCandidates } from './rank.js';

export interface SearchPage {
  /** Articles matching (before limit and offset). */
  total: number;
  /** The phrases matched. */
  phrases?: string[][];
  /**
   * For a query of several unquoted words: how many of the matching articles hold them together (in
   * a row, in order); they come first. 0: no article has them together, every hit has them apart.
   */
  together?: number;
  hits: (SearchHit & { score: number })[];
}

/**
 * At most this many articles holding the query together (the best by BM25) are put before the
 * others: as many as the re-ranked window holds, whose texts are read when the query has marks.
 */
const MAX_TOGETHER_FIRST = 200;

export async function search(store: SearchSource, query: SearchQuery): Promise<SearchPage> {
  const [first, apart] = queryPlans(query);
  if (!apart) return searchPlan(store, first!, query, new Set());
  // the words together: counted, and put first (the re-ranked window is wide enough to hold them);
  // which articles hold them is the store's phrase match, so no text is read for it. Asked at the
  // same time as the words apart (a store that can, as PostgreSQL, runs both at once), these for
  // the widest window the together hits can make: the candidates' order is total (score, date,
  // id), so the narrower window, or the page, is a part of it.
  const [together, found] = await Promise.all([
    store.searchCandidates({ ...filters(query), phrases: foldedPhrases(first!), limit: MAX_TOGETHER_FIRST }),
    store.searchCandidates({ ...filters(query), phrases: foldedPhrases(apart), ...widest(query) }),
  ]);
  const page = await searchPlan(store, apart, query, new Set(together.hits.map((h) => h.id)), found);
  return { ...page, together: together.total };
}

/** What the candidates of a search are asked for: with the query's page, and how many articles hold its words together. */
function window(query: SearchQuery, parsed: ParsedQuery, together: number): { rerank: boolean; limit: number; offset: number } {
  const limit = query.limit ?? 10;
  const offset = query.offset ?? 0;
  const window = Math.max(rankParams(query).candidates, together + limit);
  // the best candidates are re-ranked by the query together and by exact diacritics; past them, BM25 alone
  const rerank = (parsed.exact || together > 0) && offset < window;
  return rerank ? { rerank, limit: Math.max(window, offset + limit), offset: 0 } : { rerank, limit, offset };
}

/** The candidates that hold every window a search's together hits can make (at most MAX_TOGETHER_FIRST). */
function widest(query: SearchQuery): { limit: number; offset: 0 } {
  const limit = query.limit ?? 10;
  const offset = query.offset ?? 0;
  return { limit: Math.max(rankParams(query).candidates, MAX_TOGETHER_FIRST + limit, offset + limit), offset: 0 };
}

/**
 * The outlets and months of every article the search matches (its `total`), counted by the store
 * from metadata: no text is read, and no ranking done.
 */
export async function searchFacets(store: SearchSource, query: SearchQuery): Promise<FacetCounts> {
  const plans = queryPlans(query);
  const matching = plans[plans.length - 1]!;
  if (matching.phrases.length === 0) return { total: 0, byOutlet: [], byMonth: [] };
  const { bm25: _b, ...f } = filters(query);
  return store.searchFacets({ ...f, phrases: foldedPhrases(matching) });
}

/** What every candidate query of a search shares: filters and the BM25 parameters. */
function filters(query: SearchQuery): Omit<CandidateQuery, 'phrases'> {
  const { fromMs, toMs } = timeBounds(query);
  return {
    ...(fromMs !== undefined ? { fromMs } : {}),
    ...(toMs !== undefined ? { toMs } : {}),
    ...(query.source ? { outlet: outletKey(query.source) } : {}),
    ...(query.entity ? { entity: query.entity } : {}),
    includeCopies: query.includeCopies ?? false,
    bm25: rankParams(query),
  };
}

/**
 * A page of the candidates of `parsed`, re-ranked; `asked`: those candidates already asked for from
 * the first (offset 0), for a window at least as wide as this one's (cut here to it).
 */
async function searchPlan(store: SearchSource, parsed: ParsedQuery, query: SearchQuery, together: Set<string>, asked?: Candidates): Promise<SearchPage> {
  if (parsed.phrases.length === 0) return { total: 0, hits: [] };
  const limit = query.limit ?? 10;
  const offset = query.offset ?? 0;
  const w = window(query, parsed, together.size);
  const rerank = w.rerank;
  const found: Candidates = asked
    ? { total: asked.total, hits: asked.hits.slice(w.offset, w.offset + w.limit) }
    : await store.searchCandidates({ ...filters(query), phrases: foldedPhrases(parsed), limit: w.limit, offset: w.offset });
  let ranked = found.hits.map((h) => ({ ...h, coverage: 0, adjacent: together.has(h.id) ? 1 : 0 }));
  // the hits whose texts were read for exact coverage are shown as read (the page is asked for the others only)
  const shown = new Map<string, SearchHit>();
  if (rerank && parsed.exact) await readCoverage(store, ranked, parsed, offset + limit, shown);
  if (rerank) ranked = rankCandidates(ranked).slice(offset, offset + limit);
  else ranked = ranked.slice(0, limit);
  const missing = ranked.filter((h) => !shown.has(h.id)).map((h) => h.id);
  if (missing.length > 0) for (const h of await store.searchHits(missing)) shown.set(h.id, h);
  const hits = ranked.flatMap((h) => {
    const hit = shown.get(h.id);
    return hit ? [{ ...hit, score: h.score }] : [];
  });
  return { total: found.total, phrases: parsed.phrases, hits };
}

/** The first batch of texts read for exact coverage, beyond the page's end; each next batch is twice as large. */
const FIRST_BATCH = 10;

/**
 * Exact diacritics need the texts, read in rank order (the candidates holding the query together
 * first, then BM25) in growing batches, until `needed` of them carry every phrase as typed: those
 * are then ahead of every candidate not yet read, whatever its coverage (it could at best tie, and
 * ties keep this order), so the page is decided and the other texts are never read. A candidate
 * not read keeps coverage 0, which leaves it below them. The hits read are put in `read` (the page
 * shows them as read, without asking for them again).
 */
async function readCoverage(store: SearchSource, ranked: { id: string; coverage: number; adjacent: number }[], parsed: ParsedQuery, needed: number, read: Map<string, SearchHit>): Promise<void> {
  const matchers = exactMatchers(parsed.phrases.filter((p) => p.some(hasMarks)));
  // rank order before coverage: together first (stable, so BM25 order within each group)
  const order = [...ranked].sort((x, y) => y.adjacent - x.adjacent);
  let full = 0;
  let batch = needed + FIRST_BATCH;
  for (let at = 0; at < order.length && full < needed; at += batch, batch *= 2) {
    const part = order.slice(at, at + batch);
    const texts = new Map((await store.searchHits(part.map((h) => h.id))).map((h) => [h.id, h]));
    for (const h of part) {
      const t = texts.get(h.id);
      if (t) {
        h.coverage = exactCoverage(t.title ?? '', t.text, matchers);
        read.set(h.id, t);
      }
      if (h.coverage === 1) full++;
    }
  }
}
