/**
 * Migration 6 of the PostgreSQL store: fuzzy name look-up (`toancanh entity NAME` with a misspelt
 * name) through pg_trgm, PostgreSQL's contrib extension for trigram similarity: the extension
 * (created in `public` when the database has none; a store in a schema of its own finds it there,
 * src/store/postgres/db.ts puts `public` after the store's schema), and trigram indexes over the
 * folded keys of entity names and of the forms they were written in. Creating an extension needs
 * the right to (a superuser, or a trusted extension: pg_trgm is one since PostgreSQL 13, for a user
 * who may create in the database); a server without contrib fails here, with the message db.ts gives.
 */
import type { MigrationBuilder } from 'node-pg-migrate';

const UP = `
DO $do$
DECLARE
  ext name;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE EXTENSION pg_trgm SCHEMA public;
  END IF;
  SELECT n.nspname INTO ext FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
  EXECUTE format('CREATE INDEX entities_key_trgm ON entities USING gin (key %I.gin_trgm_ops)', ext);
  EXECUTE format('CREATE INDEX entity_aliases_key_trgm ON entity_aliases USING gin (key %I.gin_trgm_ops)', ext);
END
$do$;
`;

export function up(pgm: MigrationBuilder): void {
  pgm.sql(UP);
}
