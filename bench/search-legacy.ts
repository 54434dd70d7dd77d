/**
 * The search path as it was before ranking moved out of the store (2026-12-01: one FTS5 query that
 * also fetched the texts of the 200 best candidates, re-ranked in the store), kept frozen so the
 * benchmark can time today's path against it in the same run on the same database (with today's
 * query plans: syllables together, then apart).
 */
import Database from 'better-sqlite3';
import { fold, hasMarks } from '../src/text/fold.js';
import { adjacencyMatcher, exactCoverage, exactMatchers, rankCandidates } from '../src/search/rank.js';
import { queryPlans, type ParsedQuery } from '../src/search/query.js';

const SQL = `SELECT a.id, a.title, a.text, bm25(article_fts, 3, 1) AS bm25
  FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid WHERE article_fts MATCH @match AND a.copy_of IS NULL
  ORDER BY bm25, a.published_ms DESC, a.id LIMIT @limit`;
const COUNT = 'SELECT count(*) AS n FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid WHERE article_fts MATCH @match AND a.copy_of IS NULL';

export function legacySearch(path: string): { search: (text: string) => number; close: () => void } {
  const db = new Database(path, { readonly: true });
  const page = db.prepare(SQL);
  const count = db.prepare(COUNT);
  const plan = (parsed: ParsedQuery): number => {
    const match = `{title_f body_f} : (${parsed.phrases.map((p) => `"${p.map(fold).join(' ')}"`).join(' AND ')})`;
    const total = (count.get({ match }) as { n: number }).n;
    if (total === 0) return 0;
    const adjacency = adjacencyMatcher(parsed.phrases.map((p) => p.map(fold)));
    const rerank = parsed.exact || adjacency !== undefined;
    const rows = page.all({ match, limit: rerank ? 200 : 10 }) as { id: string; title: string | null; text: string; bm25: number }[];
    if (rerank) {
      const matchers = parsed.exact ? exactMatchers(parsed.phrases.filter((p) => p.some(hasMarks))) : [];
      const hits = rows.map((r) => ({
        ...r,
        score: -r.bm25,
        coverage: parsed.exact ? exactCoverage(r.title ?? '', r.text, matchers) : 0,
        adjacent: adjacency && (adjacency.test(fold(r.title ?? '')) || adjacency.test(fold(r.text))) ? 1 : 0,
      }));
      rankCandidates(hits).slice(0, 10);
    }
    return total;
  };
  return {
    search: (text) => {
      for (const p of queryPlans({ text })) {
        const n = plan(p);
        if (n > 0) return n;
      }
      return 0;
    },
    close: () => db.close(),
  };
}
