/**
 * Articles in SQLite: the states the write rules read, writes done as planned (new, revised with
 * the old revision kept, annotated; copy links), reads, deletion. Nothing is decided here.
 */
import type Database from 'better-sqlite3';
import type { ArticleInput, ArticleRevision, ArticleState, ArticleWrite, CopyLink, DatedEvent, ListOptions, StoredArticle, StoredEvent, WritePlan } from '../store.js';
import { storedEvents } from '../rows.js';
import type { SqliteEntities } from './entities.js';
import { articleOf, jsonList, rowOf, statements, type DocJSON, type Row, type Statements } from './rows.js';

const STATES = `SELECT id, revision, raw_hash, content_hash, article_hash, copy_of, published_at, json_extract(doc, '$.meta.summaryOnly') AS summary_only
  FROM articles WHERE rowid IN (
    SELECT rowid FROM articles WHERE id IN (SELECT value FROM json_each(@ids))
    UNION SELECT rowid FROM articles WHERE content_hash IN (SELECT value FROM json_each(@hashes))
    UNION SELECT rowid FROM articles WHERE copy_of IN (SELECT value FROM json_each(@ids)))
  ORDER BY rowid`;
const INSERT = `INSERT INTO articles (id, revision, title, url, published_at, published_ms, source, source_key, author, credit, lang, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, article_hash, copy_of, pipeline, ingested_at, updated_at)
  VALUES (@id, @revision, @title, @url, @published_at, @published_ms, @source, @source_key, @author, @credit, @lang, @text, @doc, @raw, @raw_format, @sidecar, @raw_hash, @content_hash, @article_hash, @copy_of, @pipeline, @ingested_at, @updated_at)`;
const REVISE = `UPDATE articles SET revision = @revision, title = @title, url = @url, published_at = @published_at, published_ms = @published_ms, source = @source, source_key = @source_key,
  author = @author, credit = @credit, lang = @lang, text = @text, doc = @doc, raw = @raw, raw_format = @raw_format, sidecar = @sidecar, raw_hash = @raw_hash,
  content_hash = @content_hash, article_hash = @article_hash, copy_of = @copy_of, pipeline = @pipeline, ingested_at = @ingested_at, updated_at = @updated_at WHERE id = @id`;
const KEEP = `INSERT INTO article_revisions (id, revision, title, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, pipeline, ingested_at, replaced_at)
  SELECT id, revision, title, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, pipeline, ingested_at, @now FROM articles WHERE id = @id`;
const ANNOTATE = `UPDATE articles SET title = @title, url = @url, published_at = @published_at, published_ms = @published_ms, source = @source, source_key = @source_key,
  author = @author, credit = @credit, lang = @lang, text = @text, doc = @doc, content_hash = @content_hash, article_hash = @article_hash, copy_of = @copy_of, pipeline = @pipeline, updated_at = @updated_at WHERE id = @id`;

const EVENTS_INSERT = `INSERT INTO dated_events (article_id, ord, day, value, granularity, start, end, text, sentence_start, sentence_end)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Writes an article's dated events, a statement per row (inside the caller's transaction: cheaper than parsing one JSON list in SQL). */
export function insertEvents(sql: Statements, id: string, events: readonly DatedEvent[]): void {
  const insert = sql(EVENTS_INSERT);
  events.forEach((e, ord) => insert.run(id, ord, e.day, e.value, e.granularity, e.start, e.end, e.text, e.sentenceStart, e.sentenceEnd));
}
const EVENTS_READ = `SELECT e.* FROM dated_events e JOIN articles a ON a.id = e.article_id
  WHERE e.article_id IN (SELECT value FROM json_each(?)) ORDER BY e.day, a.rowid, e.start, e.ord`;

export class SqliteArticles {
  private readonly sql: Statements;

  constructor(private readonly db: Database.Database, private readonly entityRows: SqliteEntities) {
    this.sql = statements(db);
  }

  states(query: { ids: string[]; contentHashes: string[] }): ArticleState[] {
    const rows = this.sql(STATES).all({ ids: jsonList(query.ids), hashes: jsonList(query.contentHashes) }) as Row[];
    return rows.map((r) => ({
      id: r.id as string,
      revision: r.revision as number,
      rawHash: r.raw_hash as string,
      contentHash: r.content_hash as string,
      ...(r.article_hash !== null ? { articleHash: r.article_hash as string } : {}),
      ...(r.copy_of !== null ? { copyOf: r.copy_of as string } : {}),
      ...(r.published_at !== null ? { publishedAt: r.published_at as string } : {}),
      summaryOnly: r.summary_only === 1,
    }));
  }

  /** (Re)writes an article's full-text entry; the caller holds the transaction. */
  private index(rowid: number | bigint, article: ArticleInput, replace: boolean): void {
    if (replace) this.sql('DELETE FROM article_fts WHERE rowid = ?').run(rowid);
    this.sql('INSERT INTO article_fts (rowid, title_f, body_f) VALUES (?, ?, ?)').run(rowid, article.index.title, article.index.body);
  }

  private rowidOf(id: string): number {
    const row = this.sql('SELECT rowid FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw new Error(`no article ${JSON.stringify(id)} to write over`);
    return row.rowid as number;
  }

  /** (Re)writes an article's dated events; the caller holds the transaction. */
  private events(id: string, article: ArticleInput, replace: boolean): void {
    if (replace) this.sql('DELETE FROM dated_events WHERE article_id = ?').run(id);
    if (article.events && article.events.length > 0) insertEvents(this.sql, id, article.events);
  }

  datedEvents(ids: string[]): StoredEvent[] {
    const list = jsonList(ids);
    const rows = this.sql(EVENTS_READ).all(list) as Row[];
    if (rows.length === 0) return [];
    return storedEvents(rows, this.sql('SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(list) as Row[]);
  }

  private writeOne(w: ArticleWrite, now: string, written: Set<string>): void {
    const row = rowOf(w.article, w.copyOf, now);
    if (w.kind === 'insert') {
      this.index(this.sql(INSERT).run(row).lastInsertRowid, w.article, false);
      this.events(row.id as string, w.article, false);
      this.entityRows.write(row.id as string, w.article.entities, false, written);
      return;
    }
    const rowid = this.rowidOf(row.id as string);
    if (w.kind === 'revise') {
      this.sql(KEEP).run({ id: row.id, now });
      this.sql(REVISE).run({ ...row, revision: w.revision });
    } else {
      const { revision: _r, raw: _raw, raw_format: _f, sidecar: _s, raw_hash: _h, ingested_at: _i, ...annotated } = row;
      this.sql(ANNOTATE).run(annotated);
    }
    this.index(rowid, w.article, true);
    this.events(row.id as string, w.article, true);
    this.entityRows.write(row.id as string, w.article.entities, true, written);
    if (w.stale) this.sql('UPDATE story_articles SET stale = 1 WHERE article_id = ?').run(row.id);
  }

  /** Does a write plan; one transaction. */
  write(plan: WritePlan): void {
    const now = new Date().toISOString();
    const written = new Set<string>(); // entities written in this transaction (a batch names many twice)
    this.db.transaction(() => {
      for (const w of plan.writes) this.writeOne(w, now, written);
      this.link(plan.copies);
    })();
    // committed, unless this ran inside an outer transaction (which may still roll back)
    if (!this.db.inTransaction) this.entityRows.committed(written);
  }

  /** Sets copy links; the caller holds the transaction. */
  private link(copies: readonly CopyLink[]): void {
    const set = this.sql('UPDATE articles SET copy_of = ? WHERE id = ?');
    for (const c of copies) set.run(c.copyOf ?? null, c.id);
  }

  rawHashOf(id: string): string | undefined {
    const row = this.sql('SELECT raw_hash FROM articles WHERE id = ?').get(id) as Row | undefined;
    return row?.raw_hash as string | undefined;
  }

  get(id: string): StoredArticle | undefined {
    const row = this.sql('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return row ? articleOf(row) : undefined;
  }

  getMany(ids: string[]): StoredArticle[] {
    const rows = this.sql(`SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?))`).all(jsonList(ids)) as Row[];
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [articleOf(r)] : [];
    });
  }

  revisions(id: string): ArticleRevision[] {
    const rows = this.sql('SELECT revision, title, text, doc, pipeline, ingested_at, replaced_at FROM article_revisions WHERE id = ? ORDER BY revision').all(id) as Row[];
    return rows.map((r) => ({
      revision: r.revision as number,
      text: r.text as string,
      meta: (JSON.parse(r.doc as string) as DocJSON).meta,
      pipeline: r.pipeline as string,
      ingestedAt: r.ingested_at as string,
      replacedAt: r.replaced_at as string,
    }));
  }

  copiesOf(id: string): string[] {
    return (this.sql('SELECT id FROM articles WHERE copy_of = ? ORDER BY rowid').all(id) as Row[]).map((r) => r.id as string);
  }

  /** Pages of rows after a rowid, in ingest order: every article, or those of another pipeline version. */
  *pages(columns: 'all' | 'id', options: ListOptions): Generator<Row[]> {
    const size = options.batchSize ?? 500;
    const stmt = this.sql(columns === 'all'
      ? 'SELECT * FROM articles WHERE rowid > @after AND (@not IS NULL OR pipeline != @not) ORDER BY rowid LIMIT @size'
      : 'SELECT rowid, id FROM articles WHERE rowid > @after AND (@not IS NULL OR pipeline != @not) ORDER BY rowid LIMIT @size');
    let after = 0;
    for (;;) {
      const rows = stmt.all({ after, not: options.notPipeline ?? null, size }) as Row[];
      if (rows.length === 0) return;
      after = rows[rows.length - 1]!.rowid as number;
      yield rows;
    }
  }

  fromRow(row: Row): StoredArticle {
    return articleOf(row);
  }

  count(options: ListOptions): number {
    return (this.sql('SELECT count(*) AS n FROM articles WHERE @not IS NULL OR pipeline != @not').get({ not: options.notPipeline ?? null }) as Row).n as number;
  }

  /**
   * Deletes articles, their revisions, search entries, dated events, entity aliases and placements; `copies` re-points exact
   * copies. Near-duplicate links to a deleted article that no placement update re-points are cleared.
   * The caller holds the transaction. Returns the ids that were there.
   */
  delete(ids: string[], copies: CopyLink[]): string[] {
    const list = jsonList(ids);
    const rows = this.sql(`SELECT rowid, id FROM articles WHERE id IN (SELECT value FROM json_each(?))`).all(list) as Row[];
    const fts = this.sql('DELETE FROM article_fts WHERE rowid = ?');
    for (const r of rows) fts.run(r.rowid);
    this.sql(`DELETE FROM article_revisions WHERE id IN (SELECT value FROM json_each(?))`).run(list);
    this.sql(`DELETE FROM dated_events WHERE article_id IN (SELECT value FROM json_each(?))`).run(list);
    this.entityRows.remove(ids);
    this.sql(`DELETE FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))`).run(list);
    this.sql(`UPDATE story_articles SET copy_of = NULL WHERE copy_of IN (SELECT value FROM json_each(?))`).run(list);
    this.sql(`DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))`).run(list);
    this.link(copies);
    return rows.map((r) => r.id as string);
  }
}
