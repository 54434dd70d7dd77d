/**
 * The SQLite schema, as numbered migrations applied in order; `PRAGMA user_version` records how far
 * a database has come. Never edit a released migration: add the next one.
 */
export const MIGRATIONS: string[] = [
  // 1: articles, their earlier revisions, and the full-text index over folded and exact text
  `
  CREATE TABLE articles (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    revision     INTEGER NOT NULL,
    title        TEXT,
    url          TEXT,
    published_at TEXT,
    published_ms INTEGER,
    source       TEXT,
    author       TEXT,
    credit       TEXT,
    lang         TEXT NOT NULL,
    text         TEXT NOT NULL,
    doc          TEXT NOT NULL,
    raw          BLOB NOT NULL,
    raw_format   TEXT NOT NULL,
    sidecar      TEXT,
    raw_hash     TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    copy_of      TEXT,
    pipeline     TEXT NOT NULL,
    ingested_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL
  );
  CREATE INDEX articles_content_hash ON articles(content_hash);
  CREATE INDEX articles_published ON articles(published_ms);
  CREATE INDEX articles_source ON articles(source);

  CREATE TABLE article_revisions (
    id           TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    title        TEXT,
    text         TEXT NOT NULL,
    doc          TEXT NOT NULL,
    raw          BLOB NOT NULL,
    raw_format   TEXT NOT NULL,
    sidecar      TEXT,
    raw_hash     TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    pipeline     TEXT NOT NULL,
    ingested_at  TEXT NOT NULL,
    replaced_at  TEXT NOT NULL,
    PRIMARY KEY (id, revision)
  );

  -- Contentless: the index only, of the folded title and text (FTS5's own folding keeps đ, so we
  -- fold, with the same fold() that is registered on every connection). The store fills it in the
  -- same transaction as the article (see searchFields). Exact diacritics are checked on the best
  -- candidates at query time (src/search/rank.ts).
  CREATE VIRTUAL TABLE article_fts USING fts5(
    title_f, body_f,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
  );
  `,
  // 2: stories: each article's place, each story's summary, and the clusterer's state between runs
  `
  CREATE TABLE stories (
    id            TEXT PRIMARY KEY,
    headline      TEXT NOT NULL,
    headline_id   TEXT,
    first_at      TEXT,
    last_at       TEXT,
    last_ms       INTEGER,
    entities      TEXT NOT NULL,
    related       TEXT NOT NULL,
    open          INTEGER NOT NULL,
    updated_at    TEXT NOT NULL
  );
  CREATE INDEX stories_last ON stories(last_ms);

  CREATE TABLE story_articles (
    article_id  TEXT PRIMARY KEY,
    story_id    TEXT NOT NULL,
    copy_of     TEXT,
    similarity  REAL NOT NULL,
    dated       INTEGER NOT NULL,
    seq         INTEGER NOT NULL
  );
  CREATE INDEX story_articles_story ON story_articles(story_id, seq);

  CREATE TABLE clusterer_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    state       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
  );
  `,
  // 3: a placement can be stale (its article changed since: it is placed again); copies found fast
  `
  ALTER TABLE story_articles ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;
  CREATE INDEX story_articles_copy_of ON story_articles(copy_of) WHERE copy_of IS NOT NULL;
  `,
  // 4: the clusterer's state as rows, written as they change (clusterer-state.ts); a state saved as
  // one JSON value in clusterer_state is moved here by the next placement
  `
  CREATE TABLE clusterer_scalars (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    data        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
  );
  CREATE TABLE clusterer_stories (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, data BLOB NOT NULL);
  CREATE TABLE clusterer_archive (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, data BLOB NOT NULL);
  CREATE TABLE clusterer_articles (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, data BLOB NOT NULL);
  CREATE TABLE clusterer_signatures (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, data BLOB NOT NULL);
  CREATE TABLE clusterer_df (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, data BLOB NOT NULL);
  `,
  // 5: outlets keyed as search keys them (src/search/fields.ts outletKey)
  `
  ALTER TABLE articles ADD COLUMN source_key TEXT;
  UPDATE articles SET source_key = outlet_key(source) WHERE source IS NOT NULL;
  CREATE INDEX articles_source_key ON articles(source_key);
  `,
  // 6: related stories as rows (a story's list in its order; the stories that name one found by
  // index), moved out of the JSON column stories.related, which goes
  `
  CREATE TABLE story_related (
    story_id    TEXT NOT NULL,
    related_id  TEXT NOT NULL,
    shared      TEXT NOT NULL,
    ord         INTEGER NOT NULL,
    PRIMARY KEY (story_id, ord)
  );
  CREATE INDEX story_related_related ON story_related(related_id);
  INSERT INTO story_related (story_id, related_id, shared, ord)
    SELECT s.id, json_extract(r.value, '$.story'), json_extract(r.value, '$.shared'), r.key FROM stories s, json_each(s.related) r;
  ALTER TABLE stories DROP COLUMN related;
  `,
  // 7: the hash of what an article says (its body and metadata, \`ArticleInput.articleHash\`), so that
  // the same article from another input (an export ingested back) is unchanged; NULL for articles
  // written before (they are revised once, as before, when put from another input); and leases, so
  // that one process at a time places stories
  `
  ALTER TABLE articles ADD COLUMN article_hash TEXT;
  CREATE TABLE leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, renewed_ms INTEGER NOT NULL);
  `,
  // 8: dated events (\`ArticleInput.events\`: a sentence placed on the calendar by a time expression),
  // for story timelines; articles written before have none until reprocessed
  `
  CREATE TABLE dated_events (
    article_id      TEXT NOT NULL,
    ord             INTEGER NOT NULL,
    day             TEXT NOT NULL,
    value           TEXT NOT NULL,
    granularity     TEXT NOT NULL,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    sentence        TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
  );
  `,
  // 9: entities as rows (\`ArticleInput.entities\`, src/store/entity-types.ts): an entity once; per
  // article, its mentions (offsets, no text) and the forms it was written in (aliases, counted).
  // Articles written before have none until reprocessed (\`toancanh reprocess --stage language\`
  // rewrites every article, from its stored entities: docs/ner.md)
  `
  CREATE TABLE entities (
    id      TEXT PRIMARY KEY,
    type    TEXT NOT NULL,
    name    TEXT NOT NULL,
    en      TEXT,
    linked  INTEGER NOT NULL,
    key     TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX entities_type ON entities(type, id);
  CREATE INDEX entities_key ON entities(key);
  CREATE TABLE entity_mentions (
    article_id  TEXT NOT NULL,
    ord         INTEGER NOT NULL,
    entity_id   TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    credit      INTEGER NOT NULL,
    PRIMARY KEY (article_id, ord)
  ) WITHOUT ROWID;
  CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, article_id);
  -- a rowid table: its three indexes then carry a rowid each, not the whole key (a third smaller)
  CREATE TABLE entity_aliases (
    article_id  TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    text        TEXT NOT NULL,
    key         TEXT NOT NULL,
    count       INTEGER NOT NULL
  );
  CREATE INDEX entity_aliases_article ON entity_aliases(article_id);
  CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);
  CREATE INDEX entity_aliases_key ON entity_aliases(key);
  `,
  // 10: a dated event keeps its sentence's offsets only, not a copy of it (the sentence is sliced
  // from the article's text when read: src/store/rows.ts storedEvents); a third of the events' bytes
  `
  ALTER TABLE dated_events DROP COLUMN sentence;
  `,
  // 11: no row per mention: an article's entities are its aliases, one row per (article, entity,
  // form) with the form's count, so that an entity's mentions in an article are the sum of its
  // counts (the same numbers: every mention was counted in one alias). A mention's offsets stay in
  // the stored document (\`doc\`, packed: src/doc/entity-codec.ts); no query read them from rows.
  // About 25,000 rows written for the dev corpora's 1,607 articles instead of 69,000. Reads by
  // entity find its articles in the entity index, now with the article.
  `
  DROP TABLE entity_mentions;
  DROP INDEX entity_aliases_entity;
  CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id, article_id);
  `,
];

/** `PRAGMA user_version = N` after migration N (pragmas take no bound parameters: one fixed text each). */
export const SET_VERSION: readonly string[] = ['PRAGMA user_version = 0', 'PRAGMA user_version = 1', 'PRAGMA user_version = 2', 'PRAGMA user_version = 3', 'PRAGMA user_version = 4', 'PRAGMA user_version = 5', 'PRAGMA user_version = 6', 'PRAGMA user_version = 7', 'PRAGMA user_version = 8', 'PRAGMA user_version = 9', 'PRAGMA user_version = 10', 'PRAGMA user_version = 11'];

