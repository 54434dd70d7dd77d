/**
 * Migration 1 of the PostgreSQL store: the tables of the SQLite store at its migration 7, in one
 * step (articles, revisions, the search index and its statistics, stories, the clusterer's state as
 * rows, leases). Never edit a released migration: add the next file (node-pg-migrate runs them in
 * the order of their numbers, each once, recorded in `pgmigrations`).
 */
import type { MigrationBuilder } from 'node-pg-migrate';

const UP = `
CREATE TABLE articles (
  rowid        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id           text COLLATE "C" NOT NULL UNIQUE,
  revision     integer NOT NULL,
  title        text,
  url          text,
  published_at text,
  published_ms bigint,
  source       text COLLATE "C",
  source_key   text COLLATE "C",
  author       text,
  credit       text,
  lang         text COLLATE "C" NOT NULL,
  text         text NOT NULL,
  doc          text NOT NULL,
  raw          bytea NOT NULL,
  raw_format   text NOT NULL,
  sidecar      text,
  raw_hash     text NOT NULL,
  content_hash text NOT NULL,
  article_hash text,
  copy_of      text COLLATE "C",
  pipeline     text COLLATE "C" NOT NULL,
  ingested_at  text NOT NULL,
  updated_at   text NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published_ms);
CREATE INDEX articles_source_key ON articles (source_key);
CREATE INDEX articles_copy_of ON articles (copy_of) WHERE copy_of IS NOT NULL;

CREATE TABLE article_revisions (
  id           text COLLATE "C" NOT NULL,
  revision     integer NOT NULL,
  title        text,
  text         text NOT NULL,
  doc          text NOT NULL,
  raw          bytea NOT NULL,
  raw_format   text NOT NULL,
  sidecar      text,
  raw_hash     text NOT NULL,
  content_hash text NOT NULL,
  pipeline     text NOT NULL,
  ingested_at  text NOT NULL,
  replaced_at  text NOT NULL,
  PRIMARY KEY (id, revision)
);

-- The search index over the terms the application gives (src/search/fields.ts): an inverted index,
-- each term's documents with its occurrences in the title and in the text (search_postings: a
-- one-term phrase is found and counted there, its document count an index-only count), and each
-- document's fields as ' term  term  … ' (each term with a space either side) with its length in
-- terms (article_search: a phrase of
-- several terms is found, and its occurrences counted, as ' phrase ' in them).
CREATE TABLE article_search (
  rowid   bigint PRIMARY KEY REFERENCES articles (rowid) ON DELETE CASCADE,
  title_p text NOT NULL,
  body_p  text NOT NULL,
  length  integer NOT NULL
);
CREATE TABLE search_postings (
  term     text COLLATE "C" NOT NULL,
  rowid    bigint NOT NULL,
  in_title integer NOT NULL,
  in_body  integer NOT NULL,
  PRIMARY KEY (term, rowid) INCLUDE (in_title, in_body)
);
CREATE INDEX search_postings_rowid ON search_postings (rowid);

-- BM25's statistics of the whole index: documents indexed, and their terms (title and text)
CREATE TABLE search_stats (
  id        integer PRIMARY KEY CHECK (id = 1),
  documents bigint NOT NULL,
  terms     bigint NOT NULL
);
INSERT INTO search_stats (id, documents, terms) VALUES (1, 0, 0);

-- Occurrences of a phrase (' a  b ') in a field (' …  … '), overlapping ones included, as FTS5 counts them.
CREATE FUNCTION phrase_occurrences(field text, phrase text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $body$
DECLARE
  n    integer := 0;
  at   integer;
  rest text := field;
BEGIN
  LOOP
    at := strpos(rest, phrase);
    EXIT WHEN at = 0;
    n := n + 1;
    rest := substr(rest, at + 1);
  END LOOP;
  RETURN n;
END
$body$;

CREATE TABLE stories (
  id          text COLLATE "C" PRIMARY KEY,
  headline    text NOT NULL,
  headline_id text COLLATE "C",
  first_at    text,
  last_at     text,
  last_ms     bigint,
  entities    text NOT NULL,
  open        boolean NOT NULL,
  updated_at  text NOT NULL
);
CREATE INDEX stories_last ON stories (last_ms);

CREATE TABLE story_articles (
  article_id text COLLATE "C" PRIMARY KEY,
  story_id   text COLLATE "C" NOT NULL,
  copy_of    text COLLATE "C",
  similarity double precision NOT NULL,
  dated      boolean NOT NULL,
  seq        bigint NOT NULL,
  stale      boolean NOT NULL DEFAULT false
);
CREATE INDEX story_articles_story ON story_articles (story_id, seq);
CREATE INDEX story_articles_copy_of ON story_articles (copy_of) WHERE copy_of IS NOT NULL;

CREATE TABLE story_related (
  story_id   text COLLATE "C" NOT NULL,
  related_id text COLLATE "C" NOT NULL,
  shared     text NOT NULL,
  ord        integer NOT NULL,
  PRIMARY KEY (story_id, ord)
);
CREATE INDEX story_related_related ON story_related (related_id);

CREATE TABLE clusterer_scalars (
  id         integer PRIMARY KEY CHECK (id = 1),
  data       text NOT NULL,
  updated_at text NOT NULL
);
CREATE TABLE clusterer_stories (id text COLLATE "C" PRIMARY KEY, ord integer NOT NULL, data bytea NOT NULL);
CREATE TABLE clusterer_archive (id text COLLATE "C" PRIMARY KEY, ord integer NOT NULL, data bytea NOT NULL);
CREATE TABLE clusterer_articles (id text COLLATE "C" PRIMARY KEY, ord integer NOT NULL, data bytea NOT NULL);
CREATE TABLE clusterer_signatures (id text COLLATE "C" PRIMARY KEY, ord integer NOT NULL, data bytea NOT NULL);
CREATE TABLE clusterer_df (id text COLLATE "C" PRIMARY KEY, ord integer NOT NULL, data bytea NOT NULL);

CREATE TABLE leases (name text PRIMARY KEY, owner text NOT NULL, renewed_ms bigint NOT NULL);
`;

export function up(pgm: MigrationBuilder): void {
  pgm.sql(UP);
}
