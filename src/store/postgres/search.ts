/**
 * The search primitive in PostgreSQL, over the terms the application gives (src/search/fields.ts),
 * by the postings of terms and of pairs of adjacent terms (migration 005; the statements are
 * search-sql.ts's): the documents holding every phrase, each phrase's occurrences and document
 * count, scored by the BM25 of src/search/bm25.ts (the one FTS5's `bm25()` computes for the SQLite
 * store) from the statistics kept in `search_stats` (documents, terms) and each phrase's document
 * count over the whole index (as FTS5 counts it: filters do not change the statistics); the order
 * is the SQLite store's (score, then newest, undated last, then id by code unit), so both stores
 * give the same hits in the same order. One statement per call.
 */
import type pg from 'pg';
import type { CandidateQuery, Candidates, FacetCounts, FacetQuery, SearchHit } from '../store.js';
import { facetCounts, hitsFromRows } from '../rows.js';
import { rows } from './db.js';
import { listCandidates } from './search-lists.js';
import { phraseKey, searchStatement, type Filters } from './search-sql.js';

function filtersOf(q: FacetQuery): Filters {
  return {
    ...(q.fromMs !== undefined ? { fromMs: q.fromMs } : {}),
    ...(q.toMs !== undefined ? { toMs: q.toMs } : {}),
    ...(q.outlet !== undefined ? { outlet: q.outlet } : {}),
    ...(q.entity !== undefined ? { entity: q.entity } : {}),
    includeCopies: q.includeCopies ?? false,
  };
}

/** Document counts of terms and pairs kept (then forgotten all at once), each with the index generation it was counted at. */
const KNOWN_MAX = 20_000;

export class PgSearch {
  /**
   * A term's or pair's document count (BM25's n(p)) as last counted, with the index's generation
   * then: given back to the statement, which uses it while the generation is the same (the
   * postings unchanged) and counts again otherwise, so a count is never stale.
   */
  private readonly known = new Map<string, { generation: number; documents: number }>();

  constructor(private readonly db: pg.Pool) {}

  async candidates(q: CandidateQuery): Promise<Candidates> {
    const phrases = q.phrases.filter((p) => p.length > 0);
    if (phrases.length === 0) return { total: 0, hits: [] };
    const limit = q.limit ?? 1000;
    const offset = q.offset ?? 0;
    // phrases of one or two terms and no filter: the whole lists, read from the posting blocks when the store has them
    const unfiltered = q.fromMs === undefined && q.toMs === undefined && q.outlet === undefined && q.entity === undefined;
    if (unfiltered && phrases.every((p) => p.length <= 2)) {
      const found = await listCandidates(this.db, phrases.map((p) => p.join(' ')), { bm25: q.bm25, limit, offset, includeCopies: q.includeCopies ?? false });
      if (found) return found;
    }
    return this.sqlCandidates(q);
  }

  /** The candidates by one SQL statement (search-sql.ts): any query, with or without posting blocks. */
  async sqlCandidates(q: CandidateQuery): Promise<Candidates> {
    const phrases = q.phrases.filter((p) => p.length > 0);
    if (phrases.length === 0) return { total: 0, hits: [] };
    const limit = q.limit ?? 1000;
    const offset = q.offset ?? 0;
    const keys = phrases.map((p) => {
      const k = phraseKey(p);
      const known = k.kind === 'key' ? this.known.get(k.key) : undefined;
      return known && k.kind === 'key' ? { ...k, known } : k;
    });
    const { text, values } = searchStatement(keys, filtersOf(q), { kind: 'page', bm25: q.bm25, limit, offset });
    const rs = await rows(this.db, text, values);
    const first = rs[0];
    if (first) {
      if (this.known.size > KNOWN_MAX) this.known.clear();
      keys.forEach((k, i) => {
        if (k.kind === 'key') this.known.set(k.key, { generation: first.generation as number, documents: (first.dfs as number[])[i]! });
      });
    }
    const total = (first?.total as number | undefined) ?? 0;
    return { total, hits: rs.filter((r) => r.id !== null).map((r) => ({ id: r.id as string, score: r.score as number })) };
  }

  async facets(q: FacetQuery): Promise<FacetCounts> {
    const phrases = q.phrases.filter((p) => p.length > 0);
    if (phrases.length === 0) return facetCounts([]);
    const { text, values } = searchStatement(phrases.map(phraseKey), filtersOf(q), { kind: 'facets' });
    return facetCounts(await rows(this.db, text, values));
  }

  async hits(ids: string[]): Promise<SearchHit[]> {
    // a near-duplicate names the original it was placed as a copy of; an original counts its copies,
    // exact and near, each once
    const rs = await rows(this.db, `SELECT a.id, a.title, a.source, a.published_at, a.text, COALESCE(a.copy_of, sa.copy_of) AS copy_of,
        (SELECT count(*) FROM (SELECT c.id FROM articles c WHERE c.copy_of = a.id
          UNION SELECT n.article_id FROM story_articles n WHERE n.copy_of = a.id) k) AS copies
      FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
      WHERE a.id = ANY($1::text[])`, [ids]);
    return hitsFromRows(ids, rs);
  }
}

