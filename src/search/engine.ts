/**
 * Search over any store: the query planned (its words as units first, then its syllables when the
 * words find nothing), the store asked for the best candidates by BM25, the best of them re-ranked
 * (exact diacritics, the query in a row), and the page cut. Every store therefore gives the same
 * hits in the same order for the same data.
 */
import { fold, hasMarks } from '../text/fold.js';
import type { Candidates, SearchHit, SearchSource } from './primitive.js';
import { outletKey } from './fields.js';
import { foldedPhrases, queryPlans, rankParams, timeBounds, type ParsedQuery, type SearchQuery } from './query.js';
import { adjacencyMatcher, exactCoverage, exactMatchers, rankCandidates } from './rank.js';
import { wordSpans } from './words.js';

export interface SearchPage {
  /** Articles matching (before limit and offset). */
  total: number;
  /** The phrases matched (by words, or by syllables when words found nothing). */
  phrases?: string[][];
  hits: (SearchHit & { score: number })[];
}

export async function search(store: SearchSource, query: SearchQuery): Promise<SearchPage> {
  const plans = queryPlans(query, query.words === false ? undefined : wordSpans);
  for (const plan of plans) {
    const page = await searchPlan(store, plan, query);
    if (page.total > 0 || plan === plans[plans.length - 1]) return page;
  }
  return { total: 0, hits: [] };
}

async function searchPlan(store: SearchSource, parsed: ParsedQuery, query: SearchQuery): Promise<SearchPage> {
  if (parsed.phrases.length === 0) return { total: 0, hits: [] };
  const rank = rankParams(query);
  const limit = query.limit ?? 10;
  const offset = query.offset ?? 0;
  const { fromMs, toMs } = timeBounds(query);
  const adjacency = adjacencyMatcher(foldedPhrases(parsed));
  // the best candidates are re-ranked by exact diacritics and by the query found in a row; past them, BM25 alone
  const rerank = (parsed.exact || adjacency !== undefined) && offset < rank.candidates;
  const found: Candidates = await store.searchCandidates({
    phrases: foldedPhrases(parsed),
    ...(fromMs !== undefined ? { fromMs } : {}),
    ...(toMs !== undefined ? { toMs } : {}),
    ...(query.source ? { outlet: outletKey(query.source) } : {}),
    includeCopies: query.includeCopies ?? false,
    bm25: rank,
    limit: rerank ? Math.max(rank.candidates, offset + limit) : limit,
    offset: rerank ? 0 : offset,
  });
  const score = new Map(found.hits.map((h) => [h.id, h.score]));
  let ids = found.hits.map((h) => h.id);
  let shown = (await store.searchHits(rerank ? ids : ids.slice(0, limit))).map((h) => ({ ...h, score: score.get(h.id)!, coverage: 0, adjacent: 0 }));
  if (rerank) {
    const matchers = parsed.exact ? exactMatchers(parsed.phrases.filter((p) => p.some(hasMarks))) : [];
    for (const h of shown) {
      if (parsed.exact) h.coverage = exactCoverage(h.title ?? '', h.text, matchers);
      if (adjacency) h.adjacent = adjacency.test(fold(h.title ?? '')) || adjacency.test(fold(h.text)) ? 1 : 0;
    }
    shown = rankCandidates(shown).slice(offset, offset + limit);
    ids = shown.map((h) => h.id);
  }
  return { total: found.total, phrases: parsed.phrases, hits: shown.map(({ coverage: _c, adjacent: _a, ...h }) => h) };
}
