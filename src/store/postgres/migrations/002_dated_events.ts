/**
 * Migration 2 of the PostgreSQL store: dated events (`ArticleInput.events`: a sentence placed on the
 * calendar by a time expression), the SQLite store's migration 8, for story timelines. Written,
 * replaced and deleted with their article (articles.ts); `ord` is the event's place in the list
 * given. `day` (`YYYY-MM-DD`) is compared byte by byte, as SQLite does.
 */
import type { MigrationBuilder } from 'node-pg-migrate';

const UP = `
CREATE TABLE dated_events (
  article_id     text COLLATE "C" NOT NULL,
  ord            integer NOT NULL,
  day            text COLLATE "C" NOT NULL,
  value          text NOT NULL,
  granularity    text NOT NULL,
  start          integer NOT NULL,
  "end"          integer NOT NULL,
  text           text NOT NULL,
  sentence_start integer NOT NULL,
  sentence_end   integer NOT NULL,
  sentence       text NOT NULL,
  PRIMARY KEY (article_id, ord)
);
`;

export function up(pgm: MigrationBuilder): void {
  pgm.sql(UP);
}
