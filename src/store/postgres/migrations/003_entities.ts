/**
 * Migration 3 of the PostgreSQL store: entities as rows (`ArticleInput.entities`,
 * src/store/entity-types.ts), the SQLite store's migration 9. An entity once; per article its
 * mentions (offsets, no text) and the forms it was written in (aliases, counted), written, replaced
 * and deleted with the article (entities.ts). Ids and texts `COLLATE "C"`, so that they sort by code
 * point as SQLite's do. Articles written before have none until reprocessed (docs/ner.md).
 */
import type { MigrationBuilder } from 'node-pg-migrate';

const UP = `
CREATE TABLE entities (
  id      text COLLATE "C" PRIMARY KEY,
  type    text NOT NULL,
  name    text NOT NULL,
  en      text,
  linked  boolean NOT NULL,
  key     text COLLATE "C" NOT NULL
);
CREATE INDEX entities_type ON entities (type, id);
CREATE INDEX entities_key ON entities (key);
CREATE TABLE entity_mentions (
  article_id  text COLLATE "C" NOT NULL,
  ord         integer NOT NULL,
  entity_id   text COLLATE "C" NOT NULL,
  start       integer NOT NULL,
  "end"       integer NOT NULL,
  type        text NOT NULL,
  credit      boolean NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, article_id);
CREATE TABLE entity_aliases (
  article_id  text COLLATE "C" NOT NULL,
  entity_id   text COLLATE "C" NOT NULL,
  text        text COLLATE "C" NOT NULL,
  key         text COLLATE "C" NOT NULL,
  count       integer NOT NULL,
  PRIMARY KEY (article_id, entity_id, text)
);
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);
CREATE INDEX entity_aliases_key ON entity_aliases (key);
`;

export function up(pgm: MigrationBuilder): void {
  pgm.sql(UP);
}
