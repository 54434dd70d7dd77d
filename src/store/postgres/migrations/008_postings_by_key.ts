/**
 * Migration 8 of the PostgreSQL store: no index of the search postings by document. Every posting
 * written cost an insert into it, and only removing a document's entries read it; they are removed
 * by their key (term, rowid) instead, the document's terms and pairs read from its fields in
 * `article_search` (src/store/postgres/articles.ts). The reads of search use the primary key only.
 */
import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql('DROP INDEX search_postings_rowid;');
}
