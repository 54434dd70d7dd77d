/**
 * Moving a PostgreSQL store: every article with everything kept of it (revisions with their raw
 * input, hashes, dated events, placement), read in batches, and written back as dumped (the SQLite store's
 * ../sqlite/dump.ts). Nothing is decided or computed: the search terms come with each article.
 */
import type pg from 'pg';
import type { ArticleDump, ArticleRestore, DatedEvent, PlacementDump, RevisionDump } from '../store.js';
import { articleOf, docJSON, docOf, rowOf } from '../sqlite/rows.js';
import { rows, type Row } from './db.js';
import { eventOf } from '../rows.js';
import { COLUMNS, INSERT_MANY, IndexBatch, TAKE_ARTICLES, countIndex, writeEventsOf, type IndexCounts } from './articles.js';
import { writeEntitiesOf } from './entities.js';

const REVISION = `INSERT INTO article_revisions (id, revision, title, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, pipeline, ingested_at, replaced_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`;
const PLACE = 'INSERT INTO story_articles (article_id, story_id, copy_of, similarity, dated, seq, stale) VALUES ($1, $2, $3, $4, $5, $6, $7)';

export class PgDump {
  constructor(private readonly db: pg.Pool) {}

  /** What is kept of a batch of `articles` rows besides the rows: revisions, dated events and placements, three queries. */
  async dumps(rs: Row[]): Promise<ArticleDump[]> {
    const ids = rs.map((r) => r.id as string);
    const revisions = new Map<string, RevisionDump[]>();
    for (const r of await rows(this.db, 'SELECT * FROM article_revisions WHERE id = ANY($1::text[]) ORDER BY id, revision', [ids])) {
      let l = revisions.get(r.id as string);
      if (!l) revisions.set(r.id as string, (l = []));
      l.push({
        revision: r.revision as number, doc: docOf(r), rawHash: r.raw_hash as string, contentHash: r.content_hash as string,
        pipeline: r.pipeline as string, ingestedAt: r.ingested_at as string, replacedAt: r.replaced_at as string,
      });
    }
    const events = new Map<string, DatedEvent[]>();
    for (const e of await rows(this.db, 'SELECT * FROM dated_events WHERE article_id = ANY($1::text[]) ORDER BY article_id, ord', [ids])) {
      let l = events.get(e.article_id as string);
      if (!l) events.set(e.article_id as string, (l = []));
      l.push(eventOf(e));
    }
    const placements = new Map<string, PlacementDump>();
    for (const p of await rows(this.db, 'SELECT * FROM story_articles WHERE article_id = ANY($1::text[])', [ids])) {
      placements.set(p.article_id as string, {
        story: p.story_id as string, ...(p.copy_of !== null ? { copyOf: p.copy_of as string } : {}), similarity: p.similarity as number,
        dated: p.dated as boolean, stale: p.stale as boolean, seq: p.seq as number,
      });
    }
    return rs.map((r) => {
      const id = r.id as string;
      const placement = placements.get(id);
      return {
        article: articleOf(r), rawHash: r.raw_hash as string, ...(r.article_hash !== null ? { articleHash: r.article_hash as string } : {}),
        revisions: revisions.get(id) ?? [], events: events.get(id) ?? [], ...(placement ? { placement } : {}),
      };
    });
  }

  /**
   * Writes articles as dumped, in a fixed number of statements (the articles, their search entries,
   * dated events and entity rows each in one), revisions and placements one a row; the caller holds
   * the transaction on `c`.
   */
  async restore(c: pg.PoolClient, articles: ArticleRestore[]): Promise<void> {
    if (articles.length === 0) return;
    await c.query(TAKE_ARTICLES);
    const rs = articles.map(({ dump, index }) => {
      const a = dump.article;
      return {
        ...rowOf({ doc: a.doc, rawHash: dump.rawHash, contentHash: a.contentHash, articleHash: dump.articleHash ?? '', index }, a.copyOf, a.updatedAt),
        revision: a.revision, article_hash: dump.articleHash ?? null, pipeline: a.pipeline, ingested_at: a.ingestedAt, updated_at: a.updatedAt,
      } as Row;
    });
    const rowids = new Map((await rows(c, INSERT_MANY, COLUMNS.map((k) => rs.map((r) => r[k] ?? null)))).map((r) => [r.id as string, r.rowid as number]));
    const counts: IndexCounts = { documents: 0, terms: 0, changed: false };
    const batch = new IndexBatch();
    for (const { dump, index } of articles) batch.add(rowids.get(dump.article.id)!, index);
    await batch.flush(c, counts);
    for (const { dump } of articles) {
      const a = dump.article;
      for (const r of dump.revisions) {
        await c.query(REVISION, [a.id, r.revision, r.doc.meta.title ?? null, r.doc.text ?? '', docJSON(r.doc), Buffer.from(r.doc.input.bytes), r.doc.input.format,
          r.doc.input.sidecar ?? null, r.rawHash, r.contentHash, r.pipeline, r.ingestedAt, r.replacedAt]);
      }
      const p = dump.placement;
      if (p) await c.query(PLACE, [a.id, p.story, p.copyOf ?? null, p.similarity, p.dated, p.seq, p.stale]);
    }
    await writeEventsOf(c, articles.map(({ dump }) => ({ id: dump.article.id, events: dump.events })));
    await writeEntitiesOf(c, articles.map(({ dump, entities }) => ({ id: dump.article.id, entities })));
    await countIndex(c, counts);
  }
}
