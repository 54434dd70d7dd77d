/** Stories in SQLite: placements, story summaries, and reading them back (the clusterer's state: clusterer-state.ts). */
import type Database from 'better-sqlite3';
import { storedEntities } from '../../doc/entity-codec.js';
import type { Block } from '../../doc/news-doc.js';
import type { ClusterSource, StoredStory, StoredStoryDetail, StoriesUpdate, Unplaced } from '../store.js';
import { relatedRow, storiesFromRows } from '../rows.js';
import { jsonList, statements, type Row, type Statements } from './rows.js';

export class SqliteStories {
  private readonly sql: Statements;

  constructor(private readonly db: Database.Database) {
    this.sql = statements(db);
  }

  unplaced(): Unplaced[] {
    const rows = this.sql(`SELECT a.id, s.story_id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
      WHERE s.article_id IS NULL OR s.stale = 1 ORDER BY a.published_ms IS NULL, a.published_ms, a.id`).all() as Row[];
    return rows.map((r) => ({ id: r.id as string, ...(r.story_id ? { formerStory: r.story_id as string } : {}) }));
  }

  clusterSources(ids: string[]): ClusterSource[] {
    const rows = this.sql(`SELECT id, title, text, json_extract(doc, '$.blocks') AS blocks, json_extract(doc, '$.entities') AS entities, credit, published_at FROM articles
      WHERE id IN (SELECT value FROM json_each(?))`).all(jsonList(ids)) as Row[];
    const byId = new Map(rows.map((r) => [r.id as string, r]));
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

  placements(ids: string[]): Map<string, string> {
    const rows = this.sql('SELECT article_id, story_id FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))').all(jsonList(ids)) as Row[];
    return new Map(rows.map((r) => [r.article_id as string, r.story_id as string]));
  }

  /** Applies a stories update; the caller holds the transaction. */
  apply(update: StoriesUpdate): void {
    const now = new Date().toISOString();
    const place = this.sql(`INSERT INTO story_articles (article_id, story_id, copy_of, similarity, dated, seq, stale)
      VALUES (?, ?, ?, ?, ?, ?, 0)
      ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, copy_of = excluded.copy_of, similarity = excluded.similarity, dated = excluded.dated, stale = 0`);
    const upsert = this.sql(`INSERT INTO stories (id, headline, headline_id, first_at, last_at, last_ms, entities, open, updated_at)
      VALUES (@id, @headline, @headline_id, NULL, NULL, NULL, @entities, @open, @updated_at)
      ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, headline_id = excluded.headline_id, entities = excluded.entities,
        open = excluded.open, updated_at = excluded.updated_at`);
    let seq = ((this.sql('SELECT max(seq) AS m FROM story_articles').get() as Row).m as number | null) ?? -1;
    for (const a of update.assignments) place.run(a.id, a.story, a.copyOf ?? null, a.similarity, a.dated ? 1 : 0, ++seq);
    // stories left without an article go, with their related rows
    const left = jsonList([...(update.emptied ?? []), ...(update.refresh ?? [])]);
    this.sql(`DELETE FROM story_related WHERE story_id IN (SELECT value FROM json_each(?))
      AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = story_related.story_id)`).run(left);
    this.sql(`DELETE FROM stories WHERE id IN (SELECT value FROM json_each(?))
      AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = stories.id)`).run(left);
    for (const s of update.stories) {
      upsert.run({ id: s.id, headline: s.headline, headline_id: s.headlineId ?? null, entities: JSON.stringify(s.entities), open: s.open ? 1 : 0, updated_at: now });
    }
    // related stories as rows: [story, related, shared, ord] each
    const saved = jsonList(update.stories.map((s) => s.id));
    this.sql('DELETE FROM story_related WHERE story_id IN (SELECT value FROM json_each(?))').run(saved);
    const related = update.stories.flatMap((s) => s.related.map((r, ord) => [s.id, r.story, r.shared, ord]));
    this.sql(`INSERT INTO story_related (story_id, related_id, shared, ord)
      SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each(?)`).run(JSON.stringify(related));
    // times shown and sorted on are those of the articles placed as dated (none: no times)
    const touched = jsonList([...new Set([...update.stories.map((s) => s.id), ...(update.refresh ?? [])])]);
    this.sql(`UPDATE stories SET
        first_at = (SELECT a.published_at FROM story_articles x JOIN articles a ON a.id = x.article_id
          WHERE x.story_id = stories.id AND x.dated = 1 AND a.published_ms IS NOT NULL ORDER BY a.published_ms, x.seq LIMIT 1),
        last_at = (SELECT a.published_at FROM story_articles x JOIN articles a ON a.id = x.article_id
          WHERE x.story_id = stories.id AND x.dated = 1 AND a.published_ms IS NOT NULL ORDER BY a.published_ms DESC, x.seq DESC LIMIT 1),
        last_ms = (SELECT max(a.published_ms) FROM story_articles x JOIN articles a ON a.id = x.article_id
          WHERE x.story_id = stories.id AND x.dated = 1)
      WHERE id IN (SELECT value FROM json_each(?))`).run(touched);
    // stories that went quiet since the last run are closed
    this.sql('UPDATE stories SET open = (id IN (SELECT value FROM json_each(?))) WHERE open = 1').run(jsonList(update.openIds));
  }

  reset(): void {
    this.db.exec('DELETE FROM story_articles; DELETE FROM story_related; DELETE FROM stories;');
  }

  list(options: { limit?: number; offset?: number }): { stories: StoredStory[]; total: number } {
    const rows = this.sql('SELECT * FROM stories ORDER BY last_ms IS NULL, last_ms DESC, id LIMIT ? OFFSET ?').all(options.limit ?? 20, options.offset ?? 0) as Row[];
    const total = (this.sql('SELECT count(*) AS n FROM stories').get() as Row).n as number;
    return { total, stories: this.storyRows(rows) };
  }

  /** Story rows with their members' outlets and counts, and their related stories, in two queries. */
  private storyRows(rows: Row[]): StoredStory[] {
    if (rows.length === 0) return [];
    const ids = jsonList(rows.map((r) => r.id as string));
    const members = this.sql(`SELECT x.story_id, a.source, x.copy_of FROM story_articles x JOIN articles a ON a.id = x.article_id
      WHERE x.story_id IN (SELECT value FROM json_each(?))`).all(ids) as Row[];
    const related = this.sql(`SELECT r.story_id, r.related_id, r.shared, o.headline, o.headline_id FROM story_related r JOIN stories o ON o.id = r.related_id
      WHERE r.story_id IN (SELECT value FROM json_each(?)) ORDER BY r.story_id, r.ord`).all(ids) as Row[];
    return storiesFromRows(rows, members, related, (r) => r.open === 1);
  }

  get(id: string): StoredStoryDetail | undefined {
    const r = this.sql('SELECT * FROM stories WHERE id = ?').get(id) as Row | undefined;
    if (!r) return undefined;
    const row = this.storyRows([r])[0]!;
    const rows = this.sql(`SELECT a.id, a.title, a.source, a.published_at, x.copy_of, x.similarity FROM story_articles x
      JOIN articles a ON a.id = x.article_id WHERE x.story_id = ? ORDER BY a.published_ms IS NULL, a.published_ms, x.seq`).all(id) as Row[];
    // related both ways: a closed story does not list the later stories that name it
    const linked = new Set(row.related.map((x) => x.story));
    const back = this.sql(`SELECT r.story_id, r.shared, o.headline, o.headline_id FROM story_related r JOIN stories o ON o.id = r.story_id
      WHERE r.related_id = ? AND r.story_id != ? ORDER BY r.story_id`).all(id, id) as Row[];
    for (const b of back) if (!linked.has(b.story_id as string)) row.related.push(relatedRow(b, b.story_id as string));
    return {
      ...row,
      articles: rows.map((a) => ({
        id: a.id as string,
        ...(a.title ? { title: a.title as string } : {}),
        ...(a.source ? { source: a.source as string } : {}),
        ...(a.published_at ? { publishedAt: a.published_at as string } : {}),
        ...(a.copy_of ? { copyOf: a.copy_of as string } : {}),
        similarity: a.similarity as number,
      })),
    };
  }

  storyOf(articleId: string): string | undefined {
    return (this.sql('SELECT story_id FROM story_articles WHERE article_id = ?').get(articleId) as Row | undefined)?.story_id as string | undefined;
  }
}
