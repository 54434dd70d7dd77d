/** Stories in PostgreSQL: placements, story summaries, and reading them back, as the SQLite store does (../sqlite/stories.ts). */
import type pg from 'pg';
import { storedEntities } from '../../doc/entity-codec.js';
import type { Block } from '../../doc/news-doc.js';
import type { ClusterSource, StoredStory, StoredStoryDetail, StoriesUpdate, Unplaced } from '../store.js';
import { relatedRow, storiesFromRows } from '../rows.js';
import { one, rows, type Queryable, type Row } from './db.js';

const PLACE = `INSERT INTO story_articles (article_id, story_id, copy_of, similarity, dated, seq, stale) VALUES ($1, $2, $3, $4, $5, $6, false)
  ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, copy_of = excluded.copy_of, similarity = excluded.similarity,
    dated = excluded.dated, stale = false`;
const UPSERT = `INSERT INTO stories (id, headline, headline_id, first_at, last_at, last_ms, entities, open, updated_at)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::boolean[], $9::text[])
  ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, headline_id = excluded.headline_id, entities = excluded.entities,
    open = excluded.open, updated_at = excluded.updated_at`;
const TIMES = `UPDATE stories SET
    first_at = (SELECT a.published_at FROM story_articles x JOIN articles a ON a.id = x.article_id
      WHERE x.story_id = stories.id AND x.dated AND a.published_ms IS NOT NULL ORDER BY a.published_ms, x.seq LIMIT 1),
    last_at = (SELECT a.published_at FROM story_articles x JOIN articles a ON a.id = x.article_id
      WHERE x.story_id = stories.id AND x.dated AND a.published_ms IS NOT NULL ORDER BY a.published_ms DESC, x.seq DESC LIMIT 1),
    last_ms = (SELECT max(a.published_ms) FROM story_articles x JOIN articles a ON a.id = x.article_id
      WHERE x.story_id = stories.id AND x.dated)
  WHERE id = ANY($1::text[])`;

export class PgStories {
  constructor(private readonly db: pg.Pool) {}

  async unplaced(): Promise<Unplaced[]> {
    const rs = await rows(this.db, `SELECT a.id, s.story_id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
      WHERE s.article_id IS NULL OR s.stale ORDER BY a.published_ms IS NULL, a.published_ms, a.id`);
    return rs.map((r) => ({ id: r.id as string, ...(r.story_id ? { formerStory: r.story_id as string } : {}) }));
  }

  async clusterSources(ids: string[]): Promise<ClusterSource[]> {
    const rs = await rows(this.db, `SELECT id, title, text, (doc::json -> 'blocks')::text AS blocks, (doc::json -> 'entities')::text AS entities, credit, published_at FROM articles WHERE id = ANY($1::text[])`, [ids]);
    const byId = new Map(rs.map((r) => [r.id as string, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return [{
        id,
        ...(r.title !== null ? { title: r.title as string } : {}),
        text: r.text as string,
        blocks: r.blocks === null ? [] : (JSON.parse(r.blocks as string) as Block[]),
        ...(r.published_at !== null ? { publishedAt: r.published_at as string } : {}),
        ...(r.entities !== null && r.entities !== undefined ? { entities: storedEntities(r.entities as string, r.text as string, (r.credit as string | null) ?? undefined) } : {}),
      }];
    });
  }

  async placements(ids: string[]): Promise<Map<string, string>> {
    const rs = await rows(this.db, 'SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1::text[])', [ids]);
    return new Map(rs.map((r) => [r.article_id as string, r.story_id as string]));
  }

  /** Applies a stories update; the caller holds the transaction on `c`. */
  async apply(c: pg.PoolClient, update: StoriesUpdate): Promise<void> {
    const now = new Date().toISOString();
    let seq = ((await one(c, 'SELECT max(seq) AS m FROM story_articles'))!.m as number | null) ?? -1;
    for (const a of update.assignments) await c.query(PLACE, [a.id, a.story, a.copyOf ?? null, a.similarity, a.dated, ++seq]);
    // stories left without an article go, with their related rows
    const left = [...(update.emptied ?? []), ...(update.refresh ?? [])];
    if (left.length > 0) {
      await c.query(`DELETE FROM story_related WHERE story_id = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = story_related.story_id)`, [left]);
      await c.query(`DELETE FROM stories WHERE id = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = stories.id)`, [left]);
    }
    const last = [...new Map(update.stories.map((s) => [s.id, s])).values()]; // a story given twice: its last summary
    if (last.length > 0) {
      await c.query(UPSERT, [last.map((s) => s.id), last.map((s) => s.headline), last.map((s) => s.headlineId ?? null), last.map(() => null), last.map(() => null),
        last.map(() => null), last.map((s) => JSON.stringify(s.entities)), last.map((s) => s.open), last.map(() => now)]);
      // related stories as rows, in their order
      await c.query('DELETE FROM story_related WHERE story_id = ANY($1::text[])', [last.map((s) => s.id)]);
      const related = last.flatMap((s) => s.related.map((r, ord) => ({ story: s.id, related: r.story, shared: JSON.stringify(r.shared), ord })));
      await c.query('INSERT INTO story_related (story_id, related_id, shared, ord) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[])',
        [related.map((r) => r.story), related.map((r) => r.related), related.map((r) => r.shared), related.map((r) => r.ord)]);
    }
    // times shown and sorted on are those of the articles placed as dated (none: no times)
    const touched = [...new Set([...last.map((s) => s.id), ...(update.refresh ?? [])])];
    if (touched.length > 0) await c.query(TIMES, [touched]);
    // stories that went quiet since the last run are closed
    await c.query('UPDATE stories SET open = (id = ANY($1::text[])) WHERE open', [update.openIds]);
  }

  async reset(c: Queryable): Promise<void> {
    await c.query('DELETE FROM story_articles');
    await c.query('DELETE FROM story_related');
    await c.query('DELETE FROM stories');
  }

  async list(options: { limit?: number; offset?: number }): Promise<{ stories: StoredStory[]; total: number }> {
    const rs = await rows(this.db, 'SELECT * FROM stories ORDER BY last_ms IS NULL, last_ms DESC, id LIMIT $1 OFFSET $2', [options.limit ?? 20, options.offset ?? 0]);
    const total = (await one(this.db, 'SELECT count(*) AS n FROM stories'))!.n as number;
    return { total, stories: await this.storyRows(rs) };
  }

  /** Story rows with their members' outlets and counts, and their related stories, in two queries. */
  private async storyRows(rs: Row[]): Promise<StoredStory[]> {
    if (rs.length === 0) return [];
    const ids = rs.map((r) => r.id as string);
    const members = await rows(this.db, `SELECT x.story_id, a.source, x.copy_of FROM story_articles x JOIN articles a ON a.id = x.article_id
      WHERE x.story_id = ANY($1::text[])`, [ids]);
    const related = await rows(this.db, `SELECT r.story_id, r.related_id, r.shared, o.headline, o.headline_id FROM story_related r JOIN stories o ON o.id = r.related_id
      WHERE r.story_id = ANY($1::text[]) ORDER BY r.story_id, r.ord`, [ids]);
    return storiesFromRows(rs, members, related, (r) => r.open === true);
  }

  async get(id: string): Promise<StoredStoryDetail | undefined> {
    const r = await one(this.db, 'SELECT * FROM stories WHERE id = $1', [id]);
    if (!r) return undefined;
    const row = (await this.storyRows([r]))[0]!;
    const rs = await rows(this.db, `SELECT a.id, a.title, a.source, a.published_at, x.copy_of, x.similarity FROM story_articles x
      JOIN articles a ON a.id = x.article_id WHERE x.story_id = $1 ORDER BY a.published_ms IS NULL, a.published_ms, x.seq`, [id]);
    // related both ways: a closed story does not list the later stories that name it
    const linked = new Set(row.related.map((x) => x.story));
    const back = await rows(this.db, `SELECT r.story_id, r.shared, o.headline, o.headline_id FROM story_related r JOIN stories o ON o.id = r.story_id
      WHERE r.related_id = $1 AND r.story_id <> $1 ORDER BY r.story_id`, [id]);
    for (const b of back) if (!linked.has(b.story_id as string)) row.related.push(relatedRow(b, b.story_id as string));
    return {
      ...row,
      articles: rs.map((a) => ({
        id: a.id as string,
        ...(a.title ? { title: a.title as string } : {}),
        ...(a.source ? { source: a.source as string } : {}),
        ...(a.published_at ? { publishedAt: a.published_at as string } : {}),
        ...(a.copy_of ? { copyOf: a.copy_of as string } : {}),
        similarity: a.similarity as number,
      })),
    };
  }

  async storyOf(articleId: string): Promise<string | undefined> {
    return (await one(this.db, 'SELECT story_id FROM story_articles WHERE article_id = $1', [articleId]))?.story_id as string | undefined;
  }
}
