/**
 * The search primitive in PostgreSQL, over the terms the application gives (src/search/fields.ts):
 * the inverted index (`search_postings`) finds the documents holding every term of the query, and
 * gives a one-term phrase's occurrences and document count; a phrase of several terms is then
 * found, and its occurrences counted (overlapping ones included, as FTS5 counts phrase instances:
 * `phrase_occurrences` where a phrase can overlap itself), as ' phrase ' in the title's and the
 * text's terms, read once per query. The
 * score is the BM25 of src/search/bm25.ts, the one FTS5's `bm25()` computes for the SQLite store,
 * from the statistics kept in `search_stats` (documents, terms) and each phrase's document count
 * (over the whole index, as FTS5 counts it: filters do not change the statistics); the order is
 * the SQLite store's (score, then newest, undated last, then id by code unit), so both stores give
 * the same hits in the same order. One fixed SQL text: the phrases are one text[] parameter.
 */
import type pg from 'pg';
import type { CandidateQuery, Candidates, FacetCounts, FacetQuery, SearchHit } from '../store.js';
import { facetCounts, hitsFromRows } from '../rows.js';
import { rows } from './db.js';

export const CANDIDATES = `
WITH ph AS MATERIALIZED (
  SELECT ord, ' ' || replace(p, ' ', '  ') || ' ' AS needle, string_to_array(p, ' ') AS terms, strpos(p, ' ') = 0 AS single,
    (SELECT count(DISTINCT t) FROM unnest(string_to_array(p, ' ')) t) AS distinct_terms
  FROM unnest($1::text[]) WITH ORDINALITY AS u(p, ord)
), multi AS MATERIALIZED (
  SELECT count(*) AS n FROM ph WHERE NOT ph.single
), occ AS MATERIALIZED (
  -- a phrase of several terms, in every document holding its terms: its occurrences (each text read once)
  -- (a phrase whose terms all differ never overlaps itself: its occurrences are counted by one
  -- replace; one that repeats a term, "a a", by phrase_occurrences, which counts overlapping ones)
  SELECT ph.ord, s.rowid,
    CASE WHEN ph.distinct_terms = cardinality(ph.terms) THEN (length(s.title_p) - length(replace(s.title_p, ph.needle, ''))) / length(ph.needle)
      ELSE phrase_occurrences(s.title_p, ph.needle) END AS in_title,
    CASE WHEN ph.distinct_terms = cardinality(ph.terms) THEN (length(s.body_p) - length(replace(s.body_p, ph.needle, ''))) / length(ph.needle)
      ELSE phrase_occurrences(s.body_p, ph.needle) END AS in_body
  FROM ph CROSS JOIN LATERAL (
    SELECT p.rowid FROM search_postings p WHERE p.term = ANY(ph.terms) GROUP BY p.rowid HAVING count(*) = ph.distinct_terms) d
  JOIN article_search s ON s.rowid = d.rowid
  WHERE NOT ph.single
), st AS MATERIALIZED (
  SELECT documents::float8 AS n, terms::float8 AS total FROM search_stats WHERE id = 1
), holding AS MATERIALIZED (
  SELECT ph.ord, ph.single, ph.terms[1] AS term, (CASE WHEN ph.single
    THEN (SELECT count(*) FROM search_postings p WHERE p.term = ph.terms[1])
    ELSE (SELECT count(*) FROM occ WHERE occ.ord = ph.ord AND occ.in_title + occ.in_body > 0)
    END)::float8 AS n
  FROM ph
), df AS MATERIALIZED (
  SELECT h.ord, h.single, h.term, CASE WHEN ln((st.n - h.n + 0.5) / (h.n + 0.5)) > 0 THEN ln((st.n - h.n + 0.5) / (h.n + 0.5)) ELSE 1e-6 END AS idf
  FROM holding h CROSS JOIN st
), m AS MATERIALIZED (
  SELECT s.rowid, s.length, a.id, a.published_ms, a.source, a.published_at
  FROM (SELECT p.rowid FROM search_postings p WHERE p.term = ANY($2::text[]) GROUP BY p.rowid HAVING count(*) = cardinality($2::text[])) d
  JOIN article_search s ON s.rowid = d.rowid JOIN articles a ON a.rowid = d.rowid
  WHERE ((SELECT n FROM multi) = 0
      OR d.rowid IN (SELECT rowid FROM occ WHERE in_title + in_body > 0 GROUP BY rowid HAVING count(*) = (SELECT n FROM multi)))
    AND ($3::bigint IS NULL OR a.published_ms >= $3)
    AND ($4::bigint IS NULL OR a.published_ms <= $4)
    AND ($5::text IS NULL OR a.source_key = $5)
    AND ($13::text IS NULL OR EXISTS (SELECT 1 FROM entity_mentions em WHERE em.article_id = a.id AND em.entity_id = $13))
    AND ($6::boolean OR (a.copy_of IS NULL
      AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id AND sa.copy_of IS NOT NULL)))
), f AS (
  SELECT m.id, m.published_ms, m.length, df.ord, df.idf,
    CASE WHEN df.single THEN $7::float8 * p.in_title + $8::float8 * p.in_body
      ELSE $7::float8 * o.in_title + $8::float8 * o.in_body END AS f
  FROM m CROSS JOIN df
  LEFT JOIN search_postings p ON df.single AND p.term = df.term AND p.rowid = m.rowid
  LEFT JOIN occ o ON NOT df.single AND o.ord = df.ord AND o.rowid = m.rowid
), scored AS (
  SELECT f.id, f.published_ms,
    sum(
      f.idf * f.f * ($9::float8 + 1)
      / (f.f + $9::float8 * (1 - $10::float8 + CASE WHEN st.n > 0 AND st.total > 0 THEN ($10::float8 * f.length) / (st.total / st.n) ELSE 0 END))
      ORDER BY f.ord) AS score
  FROM f CROSS JOIN st GROUP BY f.id, f.published_ms
)
SELECT (SELECT count(*) FROM m) AS total, page.id, page.score FROM (SELECT 1) one
LEFT JOIN LATERAL (
  SELECT id, score FROM scored ORDER BY score DESC, published_ms DESC NULLS LAST, id LIMIT $11 OFFSET $12
) page ON true`;

/**
 * Facets: the matching set of `CANDIDATES` (its statements up to `m`, the matches, filtered), its
 * outlets and months counted; parameters 1 to 6 as there, the entity as $7.
 */
export const FACETS = CANDIDATES.slice(0, CANDIDATES.indexOf('), f AS (')).replaceAll('$13', '$7') + `)
SELECT m.source, substr(m.published_at, 1, 7) AS month, count(*)::int AS n FROM m GROUP BY m.source, month`;

export class PgSearch {
  constructor(private readonly db: pg.Pool) {}

  async candidates(q: CandidateQuery): Promise<Candidates> {
    const phrases = q.phrases.filter((p) => p.length > 0);
    if (phrases.length === 0) return { total: 0, hits: [] };
    const terms = [...new Set(phrases.flat())];
    const rs = await rows(this.db, CANDIDATES, [
      phrases.map((p) => p.join(' ')), terms, q.fromMs ?? null, q.toMs ?? null, q.outlet ?? null, q.includeCopies ?? false,
      q.bm25.titleWeight, q.bm25.bodyWeight, q.bm25.k1, q.bm25.b, q.limit ?? 1000, q.offset ?? 0, q.entity ?? null,
    ]);
    const total = (rs[0]?.total as number | undefined) ?? 0;
    return { total, hits: rs.filter((r) => r.id !== null).map((r) => ({ id: r.id as string, score: r.score as number })) };
  }

  async facets(q: FacetQuery): Promise<FacetCounts> {
    const phrases = q.phrases.filter((p) => p.length > 0);
    if (phrases.length === 0) return facetCounts([]);
    const terms = [...new Set(phrases.flat())];
    return facetCounts(await rows(this.db, FACETS, [
      phrases.map((p) => p.join(' ')), terms, q.fromMs ?? null, q.toMs ?? null, q.outlet ?? null, q.includeCopies ?? false, q.entity ?? null,
    ]));
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

