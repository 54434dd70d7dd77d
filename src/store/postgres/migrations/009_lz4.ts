/**
 * Migration 9 of the PostgreSQL store: the large values an article writes (its text, document, raw
 * input, and its search fields) compressed with lz4 rather than pglz, PostgreSQL's default, which
 * costs the server several times the CPU to compress (each ingested article's values are
 * compressed once, by the backend that writes them). Only where the server can (PostgreSQL 14 or
 * later, built with lz4): elsewhere nothing changes. Values already stored stay as they are (each
 * value records its method); new ones are written with lz4.
 */
import type { MigrationBuilder } from 'node-pg-migrate';

const UP = `
DO $do$
BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    BEGIN
      ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN doc SET COMPRESSION lz4,
        ALTER COLUMN raw SET COMPRESSION lz4, ALTER COLUMN sidecar SET COMPRESSION lz4;
      ALTER TABLE article_revisions ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN doc SET COMPRESSION lz4,
        ALTER COLUMN raw SET COMPRESSION lz4, ALTER COLUMN sidecar SET COMPRESSION lz4;
      ALTER TABLE article_search ALTER COLUMN title_p SET COMPRESSION lz4, ALTER COLUMN body_p SET COMPRESSION lz4;
    EXCEPTION WHEN feature_not_supported THEN
      NULL; -- a server built without lz4
    END;
  END IF;
END
$do$;
`;

export function up(pgm: MigrationBuilder): void {
  pgm.sql(UP);
}
