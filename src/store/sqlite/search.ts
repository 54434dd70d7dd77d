/**
 * The search primitive in SQLite: FTS5 over the folded terms of the title and the text
 * (`src/search/fields.ts`), matched as phrases; FTS5's native `bm25()` is the BM25 of
 * `src/search/bm25.ts` (FTS5 returns it negated). One fixed SQL text per query shape: filters are
 * bound parameters that may be NULL.
 */
import type Database from 'better-sqlite3';
import type { CandidateQuery, Candidates, FacetCounts, FacetQuery, SearchHit } from '../store.js';
import { facetCounts } from '../rows.js';
import { hitsFromRows } from '../rows.js';
import { jsonList, statements, type Row, type Statements } from './rows.js';

const FROM = `FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid
  WHERE article_fts MATCH @match
    AND (@fromMs IS NULL OR a.published_ms >= @fromMs)
    AND (@toMs IS NULL OR a.published_ms <= @toMs)
    AND (@outlet IS NULL OR a.source_key = @outlet)
    AND (@entity IS NULL OR EXISTS (SELECT 1 FROM entity_aliases em WHERE em.entity_id = @entity AND em.article_id = a.id))
    AND (@copies = 1 OR (a.copy_of IS NULL
      AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id AND sa.copy_of IS NOT NULL)))`;
const COUNT = 'SELECT count(*) AS n ' + FROM;
// metadata only: the outlet and the date are read before the text in an `articles` row
const FACETS = 'SELECT a.source, substr(a.published_at, 1, 7) AS month, count(*) AS n ' + FROM + ' GROUP BY a.source, month';
const PAGE = 'SELECT a.id, bm25(article_fts, @titleWeight, @bodyWeight) AS bm25 ' + FROM +
  ' ORDER BY bm25, a.published_ms DESC, a.id LIMIT @limit OFFSET @offset';

/** The FTS5 MATCH expression: every phrase in the title or the text. Terms are letters and digits only; quotes are doubled all the same. */
export function ftsMatch(phrases: string[][]): string {
  const quoted = phrases.map((p) => `"${p.join(' ').replace(/"/g, '""')}"`);
  return `{title_f body_f} : (${quoted.join(' AND ')})`;
}

export class SqliteSearch {
  private readonly sql: Statements;

  constructor(db: Database.Database) {
    this.sql = statements(db);
  }

  candidates(q: CandidateQuery): Candidates {
    const phrases = q.phrases.filter((p) => p.length > 0);
    if (phrases.length === 0) return { total: 0, hits: [] };
    if (q.bm25.k1 !== 1.2 || q.bm25.b !== 0.75) throw new Error('the SQLite store ranks with k1 = 1.2 and b = 0.75 only (FTS5)');
    const params = filterParams(q, phrases);
    const total = (this.sql(COUNT).get(params) as Row).n as number;
    if (total === 0) return { total, hits: [] };
    const rows = this.sql(PAGE).all({
      ...params, titleWeight: q.bm25.titleWeight, bodyWeight: q.bm25.bodyWeight, limit: q.limit ?? 1000, offset: q.offset ?? 0,
    }) as Row[];
    return { total, hits: rows.map((r) => ({ id: r.id as string, score: -(r.bm25 as number) })) };
  }

  facets(q: FacetQuery): FacetCounts {
    const phrases = q.phrases.filter((p) => p.length > 0);
    if (phrases.length === 0) return facetCounts([]);
    return facetCounts(this.sql(FACETS).all(filterParams(q, phrases)) as Row[]);
  }

  hits(ids: string[]): SearchHit[] {
    // a near-duplicate names the original it was placed as a copy of; an original counts its copies,
    // exact and near, each once
    const rows = this.sql(`SELECT a.id, a.title, a.source, a.published_at, a.text, COALESCE(a.copy_of, sa.copy_of) AS copy_of,
        (SELECT count(*) FROM (SELECT c.id FROM articles c WHERE c.copy_of = a.id
          UNION SELECT n.article_id FROM story_articles n WHERE n.copy_of = a.id)) AS copies
      FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
      WHERE a.id IN (SELECT value FROM json_each(?))`).all(jsonList(ids)) as Row[];
    return hitsFromRows(ids, rows);
  }
}

function filterParams(q: FacetQuery, phrases: string[][]): Record<string, string | number | null> {
  return {
    match: ftsMatch(phrases),
    fromMs: q.fromMs ?? null,
    toMs: q.toMs ?? null,
    outlet: q.outlet ?? null,
    entity: q.entity ?? null,
    copies: q.includeCopies ? 1 : 0,
  };
}
