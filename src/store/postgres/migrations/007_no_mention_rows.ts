/**
 * Migration 7 of the PostgreSQL store (the SQLite store's migration 11): no row per mention. An
 * article's entities are its aliases, one row per (article, entity, form) with the form's count, so
 * an entity's mentions in an article are the sum of its counts: the same numbers, since every mention
 * was counted in one alias. A mention's offsets stay in the stored document (`doc`, packed:
 * src/doc/entity-codec.ts); no query read them from rows. The entity index gains the article, so
 * that the reads by entity (its articles, search `--entity`) are answered from the index.
 */
import type { MigrationBuilder } from 'node-pg-migrate';

const UP = `
DROP TABLE entity_mentions;
DROP INDEX entity_aliases_entity;
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id, article_id);
`;

export function up(pgm: MigrationBuilder): void {
  pgm.sql(UP);
}
