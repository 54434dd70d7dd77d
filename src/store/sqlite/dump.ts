/**
 * Moving a SQLite store: every article with everything kept of it (revisions with their raw input,
 * hashes, dated events, placement), read in batches, and written back as dumped. Nothing is decided or computed:
 * the search terms and entity rows come with each article (src/app/move.ts computes them).
 */
import type Database from 'better-sqlite3';
import type { ArticleDump, ArticleRestore, DatedEvent, PlacementDump, RevisionDump } from '../store.js';
import { eventOf } from '../rows.js';
import { insertEvents } from './articles.js';
import type { SqliteEntities } from './entities.js';
import { articleOf, docJSON, docOf, jsonList, rowOf, statements, type Row, type Statements } from './rows.js';

const INSERT = `INSERT INTO articles (id, revision, title, url, published_at, published_ms, source, source_key, author, credit, lang, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, article_hash, copy_of, pipeline, ingested_at, updated_at)
  VALUES (@id, @revision, @title, @url, @published_at, @published_ms, @source, @source_key, @author, @credit, @lang, @text, @doc, @raw, @raw_format, @sidecar, @raw_hash, @content_hash, @article_hash, @copy_of, @pipeline, @ingested_at, @updated_at)`;
const REVISION = `INSERT INTO article_revisions (id, revision, title, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, pipeline, ingested_at, replaced_at)
  VALUES (@id, @revision, @title, @text, @doc, @raw, @raw_format, @sidecar, @raw_hash, @content_hash, @pipeline, @ingested_at, @replaced_at)`;
const PLACE = `INSERT INTO story_articles (article_id, story_id, copy_of, similarity, dated, seq, stale) VALUES (?, ?, ?, ?, ?, ?, ?)`;

export class SqliteDump {
  private readonly sql: Statements;

  constructor(private readonly db: Database.Database, private readonly entityRows: SqliteEntities) {
    this.sql = statements(db);
  }

  /** What is kept of a batch of `articles` rows besides the rows: revisions, dated events and placements, three queries. */
  dumps(rows: Row[]): ArticleDump[] {
    const ids = jsonList(rows.map((r) => r.id as string));
    const revisions = new Map<string, RevisionDump[]>();
    for (const r of this.sql('SELECT * FROM article_revisions WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id, revision').all(ids) as Row[]) {
      let l = revisions.get(r.id as string);
      if (!l) revisions.set(r.id as string, (l = []));
      l.push({
        revision: r.revision as number, doc: docOf(r), rawHash: r.raw_hash as string, contentHash: r.content_hash as string,
        pipeline: r.pipeline as string, ingestedAt: r.ingested_at as string, replacedAt: r.replaced_at as string,
      });
    }
    const events = new Map<string, DatedEvent[]>();
    for (const e of this.sql('SELECT * FROM dated_events WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, ord').all(ids) as Row[]) {
      let l = events.get(e.article_id as string);
      if (!l) events.set(e.article_id as string, (l = []));
      l.push(eventOf(e));
    }
    const placements = new Map<string, PlacementDump>();
    for (const p of this.sql('SELECT * FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))').all(ids) as Row[]) {
      placements.set(p.article_id as string, {
        story: p.story_id as string, ...(p.copy_of !== null ? { copyOf: p.copy_of as string } : {}), similarity: p.similarity as number,
        dated: p.dated === 1, stale: p.stale === 1, seq: p.seq as number,
      });
    }
    return rows.map((r) => {
      const id = r.id as string;
      const placement = placements.get(id);
      return {
        article: articleOf(r), rawHash: r.raw_hash as string, ...(r.article_hash !== null ? { articleHash: r.article_hash as string } : {}),
        revisions: revisions.get(id) ?? [], events: events.get(id) ?? [], ...(placement ? { placement } : {}),
      };
    });
  }

  /** Writes articles as dumped; one transaction. */
  restore(articles: ArticleRestore[]): void {
    this.db.transaction(() => {
      for (const { dump, index, entities } of articles) {
        const a = dump.article;
        const row = {
          ...rowOf({ doc: a.doc, rawHash: dump.rawHash, contentHash: a.contentHash, articleHash: dump.articleHash ?? '', index }, a.copyOf, a.updatedAt),
          revision: a.revision, article_hash: dump.articleHash ?? null, pipeline: a.pipeline, ingested_at: a.ingestedAt, updated_at: a.updatedAt,
        };
        const rowid = this.sql(INSERT).run(row).lastInsertRowid;
        this.sql('INSERT INTO article_fts (rowid, title_f, body_f) VALUES (?, ?, ?)').run(rowid, index.title, index.body);
        for (const r of dump.revisions) {
          this.sql(REVISION).run({
            id: a.id, revision: r.revision, title: r.doc.meta.title ?? null, text: r.doc.text ?? '', doc: docJSON(r.doc), raw: Buffer.from(r.doc.input.bytes),
            raw_format: r.doc.input.format, sidecar: r.doc.input.sidecar ?? null, raw_hash: r.rawHash, content_hash: r.contentHash, pipeline: r.pipeline,
            ingested_at: r.ingestedAt, replaced_at: r.replacedAt,
          });
        }
        insertEvents(this.sql, a.id, dump.events);
        this.entityRows.write(a.id, entities, false);
        const p = dump.placement;
        if (p) this.sql(PLACE).run(a.id, p.story, p.copyOf ?? null, p.similarity, p.dated ? 1 : 0, p.seq, p.stale ? 1 : 0);
      }
    })();
  }
}
