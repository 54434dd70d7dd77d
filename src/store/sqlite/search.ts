/**
 * Search in SQLite: FTS5 over the folded title and text; the query's words tried first, then its
 * syllables; the best candidates re-ranked by exact diacritics and adjacency (src/search/rank.ts).
 * One fixed SQL text: filters are bound parameters that may be NULL.
 */
import type Database from 'better-sqlite3';
import { fold, hasMarks } from '../../text/fold.js';
import { adjacencyMatcher, bm25Weights, exactCoverage, exactMatchers, rankCandidates, scoreFromBm25 } from '../../search/rank.js';
import { ftsMatch, queryPlans, rankParams, timeBounds, type ParsedQuery, type SearchQuery } from '../../search/query.js';
import { wordSpans } from '../../search/words.js';
import type { SearchPage } from '../store.js';
import { statements, type Row, type Statements } from './rows.js';

const FROM = `FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid
  WHERE article_fts MATCH @match
    AND (@fromMs IS NULL OR a.published_ms >= @fromMs)
    AND (@toMs IS NULL OR a.published_ms <= @toMs)
    AND (@source IS NULL OR fold(a.source) = @source)
    AND (@copies = 1 OR a.copy_of IS NULL)`;
const COUNT = 'SELECT count(*) AS n ' + FROM;
const PAGE = 'SELECT a.id, a.title, a.source, a.published_at, a.text, a.copy_of, bm25(article_fts, @titleWeight, @bodyWeight) AS bm25 ' +
  FROM + ' ORDER BY bm25, a.published_ms DESC, a.id LIMIT @limit OFFSET @offset';

export class SqliteSearch {
  private readonly sql: Statements;

  constructor(db: Database.Database) {
    this.sql = statements(db);
  }

  search(query: SearchQuery): SearchPage {
    const plans = queryPlans(query, query.words === false ? undefined : wordSpans);
    let page: SearchPage = { hits: [], total: 0 };
    for (const plan of plans) {
      page = this.searchPlan(plan, query);
      if (page.total > 0) break;
    }
    return page;
  }

  private searchPlan(parsed: ParsedQuery, query: SearchQuery): SearchPage {
    if (parsed.phrases.length === 0) return { hits: [], total: 0 };
    const rank = rankParams(query);
    const limit = query.limit ?? 10;
    const offset = query.offset ?? 0;
    const { fromMs, toMs } = timeBounds(query);
    const params = {
      match: ftsMatch(parsed),
      fromMs: fromMs ?? null,
      toMs: toMs ?? null,
      source: query.source ? fold(query.source.trim()) : null,
      copies: query.includeCopies ? 1 : 0,
    };
    const total = (this.sql(COUNT).get(params) as Row).n as number;
    // the best candidates are re-ranked by exact diacritics and by the query found in a row; past
    // them, BM25 alone
    const adjacency = adjacencyMatcher(parsed.phrases.map((p) => p.map(fold)));
    const rerank = (parsed.exact || adjacency !== undefined) && offset < rank.candidates;
    const window = rerank ? Math.max(rank.candidates, offset + limit) : limit;
    const [titleWeight, bodyWeight] = bm25Weights(rank);
    const rows = this.sql(PAGE).all({ ...params, titleWeight, bodyWeight, limit: window, offset: rerank ? 0 : offset }) as Row[];
    let hits = rows.map((r) => ({
      id: r.id as string,
      ...(r.title ? { title: r.title as string } : {}),
      ...(r.source ? { source: r.source as string } : {}),
      ...(r.published_at ? { publishedAt: r.published_at as string } : {}),
      score: scoreFromBm25(r.bm25 as number),
      text: r.text as string,
      ...(r.copy_of ? { copyOf: r.copy_of as string } : {}),
      coverage: 0,
      adjacent: 0,
    }));
    if (rerank) {
      const matchers = parsed.exact ? exactMatchers(parsed.phrases.filter((p) => p.some(hasMarks))) : [];
      for (const h of hits) {
        if (parsed.exact) h.coverage = exactCoverage(h.title ?? '', h.text, matchers);
        if (adjacency) h.adjacent = adjacency.test(fold(h.title ?? '')) || adjacency.test(fold(h.text)) ? 1 : 0;
      }
      hits = rankCandidates(hits).slice(offset, offset + limit);
    }
    return { total, phrases: parsed.phrases, hits: hits.map(({ coverage: _c, adjacent: _a, ...h }) => h) };
  }
}
