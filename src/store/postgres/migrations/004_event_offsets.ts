/**
 * Migration 4 of the PostgreSQL store, the SQLite store's migration 10: a dated event keeps its
 * sentence's offsets only, not a copy of it; the sentence is sliced from the article's text when
 * read (src/store/rows.ts storedEvents).
 */
import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql('ALTER TABLE dated_events DROP COLUMN sentence;');
}
