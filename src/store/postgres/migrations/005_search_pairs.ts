/**
 * Migration 5 of the PostgreSQL store: search postings for pairs of adjacent terms, and each
 * document's length in its postings (src/store/postgres/search.ts). A pair `a b` (two terms and a
 * space: a term holds no space) is posted like a term, with its occurrences in the title and in the
 * text (overlapping ones included: `a a` twice in `a a a`, as FTS5 counts a phrase), so that a
 * phrase of two terms is found, counted and ranked from the postings alone, and a longer one is
 * looked for only in the documents holding all its pairs. `length` (the document's terms, as
 * `article_search.length`) beside each posting makes BM25 an index-only computation. The postings
 * of stored articles are rebuilt from `article_search`, whose fields hold the terms given.
 * `search_stats.generation` counts the changes of the index: a phrase's document count is the same
 * while it is (search.ts caches them). The rebuild repeats the postings query of articles.ts on
 * purpose: a migration is frozen as it ran, whatever the live code becomes.
 */
import type { MigrationBuilder } from 'node-pg-migrate';

const UP = `
ALTER TABLE search_postings DROP CONSTRAINT search_postings_pkey;
DROP INDEX search_postings_rowid;
TRUNCATE search_postings;
ALTER TABLE search_postings ADD COLUMN length integer NOT NULL;
WITH d AS MATERIALIZED (
  SELECT rowid, length, array_remove(string_to_array(title_p, ' '), '') AS tt, array_remove(string_to_array(body_p, ' '), '') AS bb
  FROM article_search)
INSERT INTO search_postings (term, rowid, in_title, in_body, length)
  SELECT u.t, d.rowid, count(*) FILTER (WHERE u.f = 1), count(*) FILTER (WHERE u.f = 2), d.length
  FROM d CROSS JOIN LATERAL (
    SELECT t, 1 AS f FROM unnest(d.tt) t
    UNION ALL SELECT t, 2 FROM unnest(d.bb) t
    UNION ALL SELECT x || ' ' || y, 1 FROM unnest(d.tt[1:cardinality(d.tt) - 1], d.tt[2:]) AS z(x, y)
    UNION ALL SELECT x || ' ' || y, 2 FROM unnest(d.bb[1:cardinality(d.bb) - 1], d.bb[2:]) AS z(x, y)
  ) u
  GROUP BY u.t, d.rowid, d.length;
ALTER TABLE search_postings ADD PRIMARY KEY (term, rowid) INCLUDE (in_title, in_body, length);
CREATE INDEX search_postings_rowid ON search_postings (rowid);
-- the planner's estimate of a term's postings (an index-only scan of thousands, joined by merge, or
-- a few probed): the most common terms and pairs counted, not guessed
ALTER TABLE search_postings ALTER COLUMN term SET STATISTICS 5000;
ALTER TABLE search_stats ADD COLUMN generation bigint NOT NULL DEFAULT 0;
`;

export function up(pgm: MigrationBuilder): void {
  pgm.sql(UP);
}
