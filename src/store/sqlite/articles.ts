/** Articles in SQLite: put (new, updated with the old revision kept, copies), annotations, reads, deletion. */
import type Database from 'better-sqlite3';
import type { NewsDoc } from '../../doc/news-doc.js';
import { contentHash, rawInputHash } from '../../ingest/identity.js';
import { searchFields } from '../../search/fields.js';
import type { ArticleRevision, ListOptions, PutResult, StoredArticle } from '../store.js';
import { articleOf, jsonList, rowOf, statements, type DocJSON, type Row, type Statements } from './rows.js';

export class SqliteArticles {
  private readonly sql: Statements;

  constructor(private readonly db: Database.Database) {
    this.sql = statements(db);
  }

  /** (Re)writes an article's full-text entry; the caller holds the transaction. */
  private reindex(rowid: number | bigint, doc: NewsDoc, replace: boolean): void {
    if (replace) this.sql('DELETE FROM article_fts WHERE rowid = ?').run(rowid);
    const f = searchFields(doc.meta.title ?? '', doc.text ?? '');
    this.sql('INSERT INTO article_fts (rowid, title_f, body_f) VALUES (?, ?, ?)').run(rowid, f.title, f.body);
  }

  /** A placement made for an earlier text or date goes stale: the article is placed again. */
  private staleIfChanged(existing: Row, row: Row): void {
    if (existing.content_hash === row.content_hash && existing.published_ms === row.published_ms) return;
    this.sql('UPDATE story_articles SET stale = 1 WHERE article_id = ?').run(row.id);
  }

  put(docs: NewsDoc[]): PutResult[] {
    const now = new Date().toISOString();
    const byId = this.sql('SELECT rowid, id, revision, raw_hash, content_hash, copy_of, title, text, doc, raw, raw_format, sidecar, pipeline, ingested_at, published_ms FROM articles WHERE id = ?');
    const byContent = this.sql('SELECT id FROM articles WHERE content_hash = ? AND id != ? ORDER BY rowid LIMIT 1');
    const insert = this.sql(`INSERT INTO articles (id, revision, title, url, published_at, published_ms, source, source_key, author, credit, lang, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, copy_of, pipeline, ingested_at, updated_at)
      VALUES (@id, @revision, @title, @url, @published_at, @published_ms, @source, @source_key, @author, @credit, @lang, @text, @doc, @raw, @raw_format, @sidecar, @raw_hash, @content_hash, @copy_of, @pipeline, @ingested_at, @updated_at)`);
    const update = this.sql(`UPDATE articles SET revision = @revision, title = @title, url = @url, published_at = @published_at, published_ms = @published_ms, source = @source, source_key = @source_key, author = @author, credit = @credit, lang = @lang, text = @text, doc = @doc, raw = @raw, raw_format = @raw_format, sidecar = @sidecar, raw_hash = @raw_hash, content_hash = @content_hash, copy_of = @copy_of, pipeline = @pipeline, ingested_at = @ingested_at, updated_at = @updated_at WHERE id = @id`);
    const keep = this.sql(`INSERT INTO article_revisions (id, revision, title, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, pipeline, ingested_at, replaced_at)
      VALUES (@id, @revision, @title, @text, @doc, @raw, @raw_format, @sidecar, @raw_hash, @content_hash, @pipeline, @ingested_at, @replaced_at)`);
    return this.db.transaction((batch: NewsDoc[]): PutResult[] => {
      const results: PutResult[] = [];
      for (const doc of batch) {
        const raw_hash = rawInputHash(doc.input);
        const content_hash = contentHash(doc.text ?? '');
        const existing = byId.get(doc.id) as Row | undefined;
        // a feed's teaser never replaces the full article already stored under the same id
        const teaserOverFull = existing && doc.meta.summaryOnly && !(JSON.parse(existing.doc as string) as DocJSON).meta.summaryOnly;
        if (existing && (existing.raw_hash === raw_hash || teaserOverFull)) {
          results.push({ id: doc.id, outcome: 'unchanged', revision: existing.revision as number, ...(existing.copy_of ? { copyOf: existing.copy_of as string } : {}) });
          continue;
        }
        const original = byContent.get(content_hash, doc.id) as Row | undefined;
        const row = rowOf(doc, raw_hash, content_hash, (original?.id as string | undefined) ?? null, now);
        if (existing) {
          keep.run({
            id: existing.id, revision: existing.revision, title: existing.title, text: existing.text, doc: existing.doc,
            raw: existing.raw, raw_format: existing.raw_format, sidecar: existing.sidecar, raw_hash: existing.raw_hash,
            content_hash: existing.content_hash, pipeline: existing.pipeline, ingested_at: existing.ingested_at, replaced_at: now,
          });
          row.revision = (existing.revision as number) + 1;
          update.run(row);
          this.reindex(existing.rowid as number, doc, true);
          this.staleIfChanged(existing, row);
          results.push({ id: doc.id, outcome: 'updated', revision: row.revision as number, ...(original ? { copyOf: original.id as string } : {}) });
        } else {
          this.reindex(insert.run(row).lastInsertRowid, doc, false);
          results.push(original
            ? { id: doc.id, outcome: 'copy', copyOf: original.id as string, revision: 1 }
            : { id: doc.id, outcome: 'new', revision: 1 });
        }
      }
      return results;
    })(docs);
  }

  updateAnnotations(docs: NewsDoc[]): void {
    const now = new Date().toISOString();
    const before = this.sql('SELECT rowid, content_hash, published_ms FROM articles WHERE id = ?');
    const upd = this.sql(`UPDATE articles SET title = @title, url = @url, published_at = @published_at, published_ms = @published_ms, source = @source, source_key = @source_key, author = @author, credit = @credit, lang = @lang, text = @text, doc = @doc, content_hash = @content_hash, pipeline = @pipeline, updated_at = @updated_at WHERE id = @id`);
    this.db.transaction((batch: NewsDoc[]) => {
      for (const doc of batch) {
        const existing = before.get(doc.id) as Row | undefined;
        if (!existing) continue;
        const row = rowOf(doc, '', contentHash(doc.text ?? ''), null, now);
        upd.run({
          id: row.id, title: row.title, url: row.url, published_at: row.published_at, published_ms: row.published_ms,
          source: row.source, source_key: row.source_key, author: row.author, credit: row.credit, lang: row.lang, text: row.text, doc: row.doc,
          content_hash: row.content_hash, pipeline: row.pipeline, updated_at: now,
        });
        this.reindex(existing.rowid as number, doc, true);
        this.staleIfChanged(existing, row);
      }
    })(docs);
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
   * Deletes articles, their revisions, search entries and placements; `copies` re-points exact
   * copies. Near-duplicate links to a deleted article that no placement update re-points are cleared.
   * The caller holds the transaction. Returns the ids that were there.
   */
  delete(ids: string[], copies: { id: string; copyOf?: string }[]): string[] {
    const list = jsonList(ids);
    const rows = this.sql(`SELECT rowid, id FROM articles WHERE id IN (SELECT value FROM json_each(?))`).all(list) as Row[];
    const fts = this.sql('DELETE FROM article_fts WHERE rowid = ?');
    for (const r of rows) fts.run(r.rowid);
    this.sql(`DELETE FROM article_revisions WHERE id IN (SELECT value FROM json_each(?))`).run(list);
    this.sql(`DELETE FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))`).run(list);
    this.sql(`UPDATE story_articles SET copy_of = NULL WHERE copy_of IN (SELECT value FROM json_each(?))`).run(list);
    this.sql(`DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))`).run(list);
    const repoint = this.sql('UPDATE articles SET copy_of = ? WHERE id = ?');
    for (const c of copies) repoint.run(c.copyOf ?? null, c.id);
    return rows.map((r) => r.id as string);
  }
}
