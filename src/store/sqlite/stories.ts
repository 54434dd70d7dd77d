/** Stories in SQLite: placements, story summaries, and reading them back (the clusterer's state: clusterer-state.ts). */
import type Database from 'better-sqlite3';
import { bodyText, displayTitle, type NewsDoc } from '../../doc/news-doc.js';
import type { ClusterArticle, StoriesUpdate, StoryDetail, StoryRow, Unplaced } from '../store.js';
import { jsonList, statements, type DocJSON, type Row, type Statements } from './rows.js';

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

  clusterArticles(ids: string[]): ClusterArticle[] {
    const rows = this.sql('SELECT id, title, text, doc, published_at FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(jsonList(ids)) as Row[];
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      const j = JSON.parse(r.doc as string) as DocJSON;
      const body = bodyText({ ...j, id, text: r.text as string } as NewsDoc);
      return [{ id, title: (r.title as string | null) ?? '', body, ...(r.published_at ? { publishedAt: r.published_at as string } : {}) }];
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
    const upsert = this.sql(`INSERT INTO stories (id, headline, headline_id, first_at, last_at, last_ms, entities, related, open, updated_at)
      VALUES (@id, @headline, @headline_id, @first_at, @last_at, @last_ms, @entities, @related, @open, @updated_at)
      ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, headline_id = excluded.headline_id, first_at = excluded.first_at,
        last_at = excluded.last_at, last_ms = excluded.last_ms, entities = excluded.entities, related = excluded.related,
        open = excluded.open, updated_at = excluded.updated_at`);
    let seq = ((this.sql('SELECT max(seq) AS m FROM story_articles').get() as Row).m as number | null) ?? -1;
    for (const a of update.assignments) place.run(a.id, a.story, a.copyOf ?? null, a.similarity, a.dated ? 1 : 0, ++seq);
    const drop = this.sql('DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)');
    for (const id of [...(update.emptied ?? []), ...(update.refresh ?? [])]) drop.run(id, id);
    for (const s of update.stories) {
      upsert.run({
        id: s.id, headline: s.headline, headline_id: s.headlineId ?? null, first_at: s.first ?? null, last_at: s.last ?? null,
        last_ms: s.last ? Date.parse(s.last) : s.first ? Date.parse(s.first) : null,
        entities: JSON.stringify(s.entities), related: JSON.stringify(s.related), open: s.open ? 1 : 0, updated_at: now,
      });
    }
    // times shown and sorted on are those of the dated members (an undated story keeps the clusterer's)
    const dates = this.sql(`SELECT min(a.published_ms) AS lo, max(a.published_ms) AS hi FROM story_articles x
      JOIN articles a ON a.id = x.article_id WHERE x.story_id = ?`);
    const iso = this.sql('SELECT published_at FROM articles WHERE published_ms = ? LIMIT 1');
    const setDates = this.sql('UPDATE stories SET first_at = ?, last_at = ?, last_ms = ? WHERE id = ?');
    for (const id of new Set([...update.stories.map((s) => s.id), ...(update.refresh ?? [])])) {
      const d = dates.get(id) as Row;
      if (d.lo === null) {
        if (update.stories.some((s) => s.id === id)) setDates.run(null, null, null, id); // undated only: listed after the dated stories
        continue;
      }
      setDates.run((iso.get(d.lo) as Row).published_at, (iso.get(d.hi) as Row).published_at, d.hi, id);
    }
    // stories that went quiet since the last run are closed
    this.sql('UPDATE stories SET open = (id IN (SELECT value FROM json_each(?))) WHERE open = 1').run(jsonList(update.openIds));
  }

  reset(): void {
    this.db.exec('DELETE FROM story_articles; DELETE FROM stories;');
  }

  list(options: { limit?: number; offset?: number }): { stories: StoryRow[]; total: number } {
    const rows = this.sql(`SELECT s.* FROM stories s ORDER BY s.last_ms IS NULL, s.last_ms DESC, s.id LIMIT ? OFFSET ?`).all(options.limit ?? 20, options.offset ?? 0) as Row[];
    const total = (this.sql('SELECT count(*) AS n FROM stories').get() as Row).n as number;
    return { total, stories: this.storyRows(rows) };
  }

  /** Story rows with their members' outlets and counts, and related headlines, in a fixed number of queries. */
  private storyRows(rows: Row[]): StoryRow[] {
    if (rows.length === 0) return [];
    const ids = jsonList(rows.map((r) => r.id as string));
    const members = this.sql(`SELECT x.story_id, a.source, a.published_at, x.copy_of FROM story_articles x JOIN articles a ON a.id = x.article_id
      WHERE x.story_id IN (SELECT value FROM json_each(?))`).all(ids) as Row[];
    const byStory = new Map<string, Row[]>();
    for (const m of members) {
      let l = byStory.get(m.story_id as string);
      if (!l) byStory.set(m.story_id as string, (l = []));
      l.push(m);
    }
    const relatedIds = new Set<string>();
    for (const r of rows) for (const x of JSON.parse(r.related as string) as StoryRow['related']) if (!x.headline) relatedIds.add(x.story);
    const headlines = this.headlines([...relatedIds]);
    const own = this.headlines(rows.filter((r) => !r.headline && r.headline_id).map((r) => r.id as string));
    return rows.map((r) => {
      const ms = byStory.get(r.id as string) ?? [];
      const outlets = new Map<string, number>();
      for (const m of ms) if (m.source) outlets.set(m.source as string, (outlets.get(m.source as string) ?? 0) + 1);
      const related = (JSON.parse(r.related as string) as StoryRow['related']).map((x) => (x.headline ? x : { ...x, headline: headlines.get(x.story) ?? x.headline }));
      const dated = ms.some((m) => m.published_at);
      return {
        id: r.id as string,
        headline: own.get(r.id as string) ?? (r.headline as string),
        ...(r.headline_id ? { headlineId: r.headline_id as string } : {}),
        ...(r.first_at && dated ? { first: r.first_at as string } : {}),
        ...(r.last_at && dated ? { last: r.last_at as string } : {}),
        articleCount: ms.length,
        copies: ms.filter((m) => m.copy_of).length,
        outlets: [...outlets.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o),
        entities: JSON.parse(r.entities as string) as string[],
        related,
        open: r.open === 1,
      };
    });
  }

  /** Stories' headlines; for an untitled headline article, the start of its text, as elsewhere. */
  private headlines(storyIds: string[]): Map<string, string> {
    if (storyIds.length === 0) return new Map();
    const rows = this.sql(`SELECT s.id, s.headline, a.text FROM stories s LEFT JOIN articles a ON a.id = s.headline_id
      WHERE s.id IN (SELECT value FROM json_each(?))`).all(jsonList(storyIds)) as Row[];
    return new Map(rows.map((r) => [r.id as string, (r.headline as string) || (r.text ? displayTitle({ meta: {}, text: r.text as string }) : '')]));
  }

  get(id: string): StoryDetail | undefined {
    const r = this.sql('SELECT * FROM stories WHERE id = ?').get(id) as Row | undefined;
    if (!r) return undefined;
    const rows = this.sql(`SELECT a.id, a.title, a.source, a.published_at, x.copy_of, x.similarity FROM story_articles x
      JOIN articles a ON a.id = x.article_id WHERE x.story_id = ? ORDER BY a.published_ms IS NULL, a.published_ms, x.seq`).all(id) as Row[];
    // related both ways: a closed story does not list the later stories that name it
    const row = this.storyRows([r])[0]!;
    const linked = new Set(row.related.map((x) => x.story));
    const back: { story: string; shared: string[] }[] = [];
    for (const o of this.sql("SELECT id, related FROM stories WHERE related LIKE '%' || ? || '%' AND id != ?").all(JSON.stringify({ story: id }).slice(1, -1), id) as Row[]) {
      if (linked.has(o.id as string)) continue;
      const found = (JSON.parse(o.related as string) as StoryRow['related']).find((x) => x.story === id);
      if (found) back.push({ story: o.id as string, shared: found.shared });
    }
    const headlines = this.headlines(back.map((b) => b.story));
    for (const b of back) row.related.push({ story: b.story, headline: headlines.get(b.story) ?? '', shared: b.shared });
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
