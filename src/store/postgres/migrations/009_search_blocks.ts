/**
 * Migration 9 of the PostgreSQL store: posting blocks, the read side of the search postings of
 * frequent terms and pairs (src/store/postgres/search-blocks.ts). A frequent term's postings up to
 * the watermark (`search_frozen.upto`, a rowid) are kept packed in `search_blocks` (each row a run
 * of postings in rowid order: rowid deltas, lengths and occurrences as variable-length integers,
 * base64 text, stored out of line uncompressed), so that search reads a list of 60,000 postings as
 * a few rows rather than 60,000 index entries; the postings after the watermark, and those of the
 * documents written again since (`search_stale`), are read from `search_postings`, which stays the
 * whole truth. Built by `toancanh optimize`; empty until then (search reads the postings alone).
 */
import type { MigrationBuilder } from 'node-pg-migrate';

const UP = `
CREATE TABLE search_blocks (
  term text COLLATE "C" NOT NULL,
  upto bigint NOT NULL,
  n integer NOT NULL,
  data text NOT NULL,
  PRIMARY KEY (term, upto)
);
ALTER TABLE search_blocks ALTER COLUMN data SET STORAGE EXTERNAL;
CREATE TABLE search_frozen (
  id integer PRIMARY KEY CHECK (id = 1),
  upto bigint NOT NULL,
  documents bigint NOT NULL,
  min_documents integer NOT NULL
);
INSERT INTO search_frozen VALUES (1, 0, 0, 0);
CREATE TABLE search_stale (rowid bigint PRIMARY KEY);
`;

export function up(pgm: MigrationBuilder): void {
  pgm.sql(UP);
}
