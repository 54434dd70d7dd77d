/**
 * The SQLite store (better-sqlite3): WAL journal, one transaction per batch, FTS5 over folded text.
 * better-sqlite3 is synchronous; the Store interface is not, so that other stores fit behind it.
 */
import Database from 'better-sqlite3';
import type { ArticleMeta, NewsDoc } from '../../doc/news-doc.js';
import { contentHash, rawInputHash } from '../../ingest/identity.js';
import { fold } from '../../text/fold.js';
import { searchFields } from '../../search/fields.js';
import { adjacencyMatcher, bm25Weights, exactCoverage, exactMatchers, rankCandidates, scoreFromBm25 } from '../../search/rank.js';
import { hasMarks } from '../../text/fold.js';
import { ftsMatch, queryPlans, rankParams, timeBounds, type ParsedQuery, type SearchQuery } from '../../search/query.js';
import { wordSpans } from '../../search/words.js';
import { bodyText, displayTitle } from '../../doc/news-doc.js';
import type {
  ArticleRevision, ClusterArticle, ListOptions, PutResult, SearchPage, Store, StoredArticle, StoreStats,
  StoryAssignment, StoryDetail, StoryRow, StorySummaryRow,
} from '../store.js';
import { MIGRATIONS } from './schema.js';

type Row = Record<string, unknown>;

/** The parts of a NewsDoc kept as JSON in the `doc` column (the rest has columns of its own). */
type DocJSON = Omit<NewsDoc, 'input' | 'text' | 'source' | 'id'> & { origin?: NewsDoc['input']['origin']; name?: string };

function docJSON(doc: NewsDoc): string {
  const { input, text: _t, source: _s, id: _i, ...rest } = doc;
  const j: DocJSON = { ...rest, origin: input.origin, name: input.name };
  return JSON.stringify(j);
}

function rawHash(doc: NewsDoc): string {
  return rawInputHash(doc.input);
}

export interface SqliteStoreOptions {
  /** Open an existing database only; do not create one. */
  mustExist?: boolean;
  readonly?: boolean;
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private fts?: { insert: Database.Statement; remove: Database.Statement };

  constructor(readonly path: string, options: SqliteStoreOptions = {}) {
    this.db = new Database(path, { fileMustExist: options.mustExist ?? false, readonly: options.readonly ?? false });
    // registered on every connection: queries compare folded values in SQL (FTS5 would keep đ)
    this.db.function('fold', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? fold(s) : s));
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.migrate();
    }
    this.db.pragma('foreign_keys = ON');
  }

  static async open(path: string, options?: SqliteStoreOptions): Promise<SqliteStore> {
    return new SqliteStore(path, options);
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new Error(`database schema version ${version} is newer than this toancanh knows (${MIGRATIONS.length}); upgrade toancanh`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async putArticles(docs: NewsDoc[]): Promise<PutResult[]> {
    const now = new Date().toISOString();
    const byId = this.db.prepare('SELECT rowid, id, revision, raw_hash, content_hash, copy_of, title, text, doc, raw, raw_format, sidecar, pipeline, ingested_at FROM articles WHERE id = ?');
    const byContent = this.db.prepare('SELECT id FROM articles WHERE content_hash = ? AND id != ? ORDER BY rowid LIMIT 1');
    const insert = this.db.prepare(`INSERT INTO articles (id, revision, title, url, published_at, published_ms, source, author, credit, lang, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, copy_of, pipeline, ingested_at, updated_at)
      VALUES (@id, @revision, @title, @url, @published_at, @published_ms, @source, @author, @credit, @lang, @text, @doc, @raw, @raw_format, @sidecar, @raw_hash, @content_hash, @copy_of, @pipeline, @ingested_at, @updated_at)`);
    const update = this.db.prepare(`UPDATE articles SET revision = @revision, title = @title, url = @url, published_at = @published_at, published_ms = @published_ms, source = @source, author = @author, credit = @credit, lang = @lang, text = @text, doc = @doc, raw = @raw, raw_format = @raw_format, sidecar = @sidecar, raw_hash = @raw_hash, content_hash = @content_hash, copy_of = @copy_of, pipeline = @pipeline, ingested_at = @ingested_at, updated_at = @updated_at WHERE id = @id`);
    const keep = this.db.prepare(`INSERT INTO article_revisions (id, revision, title, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, pipeline, ingested_at, replaced_at)
      VALUES (@id, @revision, @title, @text, @doc, @raw, @raw_format, @sidecar, @raw_hash, @content_hash, @pipeline, @ingested_at, @replaced_at)`);

    const run = this.db.transaction((batch: NewsDoc[]): PutResult[] => {
      const results: PutResult[] = [];
      for (const doc of batch) {
        const raw_hash = rawHash(doc);
        const content_hash = contentHash(doc.text ?? '');
        const existing = byId.get(doc.id) as Row | undefined;
        // a feed's teaser never replaces the full article already stored under the same id
        const teaserOverFull = existing && doc.meta.summaryOnly && !(JSON.parse(existing.doc as string) as DocJSON).meta.summaryOnly;
        if (existing && (existing.raw_hash === raw_hash || teaserOverFull)) {
          results.push({ id: doc.id, outcome: 'unchanged', revision: existing.revision as number, ...(existing.copy_of ? { copyOf: existing.copy_of as string } : {}) });
          continue;
        }
        const original = byContent.get(content_hash, doc.id) as Row | undefined;
        const row = this.rowOf(doc, raw_hash, content_hash, (original?.id as string | undefined) ?? null, now);
        if (existing) {
          keep.run({
            id: existing.id, revision: existing.revision, title: existing.title, text: existing.text, doc: existing.doc,
            raw: existing.raw, raw_format: existing.raw_format, sidecar: existing.sidecar, raw_hash: existing.raw_hash,
            content_hash: existing.content_hash, pipeline: existing.pipeline, ingested_at: existing.ingested_at, replaced_at: now,
          });
          row.revision = (existing.revision as number) + 1;
          update.run(row);
          this.reindex(existing.rowid as number, doc, true);
          results.push({ id: doc.id, outcome: 'updated', revision: row.revision as number, ...(original ? { copyOf: original.id as string } : {}) });
        } else {
          this.reindex(insert.run(row).lastInsertRowid, doc, false);
          results.push(original
            ? { id: doc.id, outcome: 'copy', copyOf: original.id as string, revision: 1 }
            : { id: doc.id, outcome: 'new', revision: 1 });
        }
      }
      return results;
    });
    return run(docs);
  }

  /** (Re)writes an article's full-text entry; the caller holds the transaction. */
  private reindex(rowid: number | bigint, doc: NewsDoc, replace: boolean): void {
    this.fts ??= {
      insert: this.db.prepare('INSERT INTO article_fts (rowid, title_f, body_f) VALUES (?, ?, ?)'),
      remove: this.db.prepare('DELETE FROM article_fts WHERE rowid = ?'),
    };
    if (replace) this.fts.remove.run(rowid);
    const f = searchFields(doc.meta.title ?? '', doc.text ?? '');
    this.fts.insert.run(rowid, f.titleFolded, f.bodyFolded);
  }

  private rowOf(doc: NewsDoc, raw_hash: string, content_hash: string, copyOf: string | null, now: string): Row {
    const m = doc.meta;
    return {
      id: doc.id,
      revision: 1,
      title: m.title ?? null,
      url: m.url ?? null,
      published_at: m.publishedAt ?? null,
      published_ms: m.publishedAt ? Date.parse(m.publishedAt) : null,
      source: m.source ?? null,
      author: m.author ?? null,
      credit: m.credit ?? null,
      lang: doc.language?.lang ?? 'und',
      text: doc.text ?? '',
      doc: docJSON(doc),
      raw: Buffer.from(doc.input.bytes),
      raw_format: doc.input.format,
      sidecar: doc.input.sidecar ?? null,
      raw_hash,
      content_hash,
      copy_of: copyOf,
      pipeline: pipelineOf(doc),
      ingested_at: now,
      updated_at: now,
    };
  }

  async updateAnnotations(docs: NewsDoc[]): Promise<void> {
    const now = new Date().toISOString();
    const rowidOf = this.db.prepare('SELECT rowid FROM articles WHERE id = ?');
    const upd = this.db.prepare(`UPDATE articles SET title = @title, url = @url, published_at = @published_at, published_ms = @published_ms, source = @source, author = @author, credit = @credit, lang = @lang, text = @text, doc = @doc, content_hash = @content_hash, pipeline = @pipeline, updated_at = @updated_at WHERE id = @id`);
    this.db.transaction((batch: NewsDoc[]) => {
      for (const doc of batch) {
        const row = this.rowOf(doc, '', contentHash(doc.text ?? ''), null, now);
        upd.run({
          id: row.id, title: row.title, url: row.url, published_at: row.published_at, published_ms: row.published_ms,
          source: row.source, author: row.author, credit: row.credit, lang: row.lang, text: row.text, doc: row.doc,
          content_hash: row.content_hash, pipeline: row.pipeline, updated_at: now,
        });
        const found = rowidOf.get(doc.id) as Row | undefined;
        if (!found) continue;
        this.reindex(found.rowid as number, doc, true);
      }
    })(docs);
  }

  async rawHashOf(id: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT raw_hash FROM articles WHERE id = ?').get(id) as Row | undefined;
    return row?.raw_hash as string | undefined;
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return row ? articleOf(row) : undefined;
  }

  async revisions(id: string): Promise<ArticleRevision[]> {
    const rows = this.db.prepare('SELECT revision, title, text, doc, pipeline, ingested_at, replaced_at FROM article_revisions WHERE id = ? ORDER BY revision').all(id) as Row[];
    return rows.map((r) => ({
      revision: r.revision as number,
      text: r.text as string,
      meta: (JSON.parse(r.doc as string) as DocJSON).meta,
      pipeline: r.pipeline as string,
      ingestedAt: r.ingested_at as string,
      replacedAt: r.replaced_at as string,
    }));
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const plans = queryPlans(query, query.words === false ? undefined : wordSpans);
    let page: SearchPage = { hits: [], total: 0 };
    for (const plan of plans) {
      page = this.searchPlan(plan, query);
      if (page.total > 0) break;
    }
    return page;
  }

  private searchPlan(parsed: ParsedQuery, query: SearchQuery): SearchPage {
    if (parsed.phrases.length === 0) return { hits: [], total: 0 };
    const rank = rankParams(query);
    const limit = query.limit ?? 10;
    const offset = query.offset ?? 0;
    const { fromMs, toMs } = timeBounds(query);
    const where: string[] = ['article_fts MATCH @match'];
    const params: Record<string, unknown> = { match: ftsMatch(parsed) };
    if (fromMs !== undefined) {
      where.push('a.published_ms >= @fromMs');
      params.fromMs = fromMs;
    }
    if (toMs !== undefined) {
      where.push('a.published_ms <= @toMs');
      params.toMs = toMs;
    }
    if (query.source) {
      where.push('fold(a.source) = @source');
      params.source = fold(query.source.trim());
    }
    if (!query.includeCopies) where.push('a.copy_of IS NULL');
    const from = `FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid WHERE ${where.join(' AND ')}`;
    const total = (this.db.prepare(`SELECT count(*) AS n ${from}`).get(params) as Row).n as number;
    // the best candidates are re-ranked by exact diacritics and by the query found in a row; past
    // them, BM25 alone
    const adjacency = adjacencyMatcher(parsed.phrases.map((p) => p.map(fold)));
    const rerank = (parsed.exact || adjacency !== undefined) && offset < rank.candidates;
    const window = rerank ? Math.max(rank.candidates, offset + limit) : limit;
    const first = rerank ? 0 : offset;
    const rows = this.db
      .prepare(`SELECT a.id, a.title, a.source, a.published_at, a.text, a.copy_of, bm25(article_fts, ${bm25Weights(rank).join(', ')}) AS bm25
        ${from} ORDER BY bm25, a.published_ms DESC, a.id LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: window, offset: first }) as Row[];
    let hits = rows.map((r) => ({
      id: r.id as string,
      ...(r.title ? { title: r.title as string } : {}),
      ...(r.source ? { source: r.source as string } : {}),
      ...(r.published_at ? { publishedAt: r.published_at as string } : {}),
      score: scoreFromBm25(r.bm25 as number),
      text: r.text as string,
      ...(r.copy_of ? { copyOf: r.copy_of as string } : {}),
      coverage: 0,
      adjacent: 0,
    }));
    if (rerank) {
      const matchers = parsed.exact ? exactMatchers(parsed.phrases.filter((p) => p.some(hasMarks))) : [];
      for (const h of hits) {
        if (parsed.exact) h.coverage = exactCoverage(h.title ?? '', h.text, matchers);
        if (adjacency) h.adjacent = adjacency.test(fold(h.title ?? '')) || adjacency.test(fold(h.text)) ? 1 : 0;
      }
      hits = rankCandidates(hits).slice(offset, offset + limit);
    }
    return { total, phrases: parsed.phrases, hits: hits.map(({ coverage: _c, adjacent: _a, ...h }) => h) };
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string): Row => this.db.prepare(sql).get() as Row;
    const byLang: Record<string, number> = {};
    for (const r of this.db.prepare('SELECT lang, count(*) AS n FROM articles GROUP BY lang ORDER BY n DESC').all() as Row[]) {
      byLang[r.lang as string] = r.n as number;
    }
    const byPipeline: Record<string, number> = {};
    for (const r of this.db.prepare('SELECT pipeline, count(*) AS n FROM articles GROUP BY pipeline ORDER BY n DESC').all() as Row[]) {
      byPipeline[r.pipeline as string] = r.n as number;
    }
    const range = one('SELECT min(published_ms) AS lo, max(published_ms) AS hi FROM articles');
    const first = range.lo === null ? undefined : (one(`SELECT published_at FROM articles WHERE published_ms = ${range.lo as number} LIMIT 1`).published_at as string);
    const last = range.hi === null ? undefined : (one(`SELECT published_at FROM articles WHERE published_ms = ${range.hi as number} LIMIT 1`).published_at as string);
    return {
      articles: one('SELECT count(*) AS n FROM articles').n as number,
      revisions: one('SELECT count(*) AS n FROM article_revisions').n as number,
      copies: one('SELECT count(*) AS n FROM articles WHERE copy_of IS NOT NULL').n as number,
      byLang,
      bySource: (this.db.prepare("SELECT coalesce(source, '(unknown)') AS source, count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, 1 LIMIT 15").all() as Row[])
        .map((r) => ({ source: r.source as string, count: r.n as number })),
      ...(first ? { firstPublished: first } : {}),
      ...(last ? { lastPublished: last } : {}),
      undated: one('SELECT count(*) AS n FROM articles WHERE published_ms IS NULL').n as number,
      byPipeline,
      republished: (this.db.prepare(`SELECT coalesce(c.source, '(unknown)') AS outlet, coalesce(o.source, '(unknown)') AS origin, count(*) AS n
        FROM story_articles x JOIN articles c ON c.id = x.article_id JOIN articles o ON o.id = x.copy_of
        WHERE coalesce(c.source, '') != coalesce(o.source, '') GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 15`).all() as Row[])
        .map((r) => ({ outlet: r.outlet as string, from: r.origin as string, count: r.n as number })),
    };
  }

  async *articles(options: ListOptions = {}): AsyncIterable<StoredArticle[]> {
    const size = options.batchSize ?? 500;
    let after = 0;
    const sql = `SELECT * FROM articles WHERE rowid > ? ${options.notPipeline !== undefined ? 'AND pipeline != ?' : ''} ORDER BY rowid LIMIT ${size}`;
    const stmt = this.db.prepare(sql);
    for (;;) {
      const rows = (options.notPipeline !== undefined ? stmt.all(after, options.notPipeline) : stmt.all(after)) as Row[];
      if (rows.length === 0) return;
      after = rows[rows.length - 1]!.rowid as number;
      yield rows.map(articleOf);
    }
  }

  async count(options: ListOptions = {}): Promise<number> {
    if (options.notPipeline !== undefined) {
      return (this.db.prepare('SELECT count(*) AS n FROM articles WHERE pipeline != ?').get(options.notPipeline) as Row).n as number;
    }
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as Row).n as number;
  }

  async clustererState(): Promise<string | undefined> {
    const row = this.db.prepare('SELECT state FROM clusterer_state WHERE id = 1').get() as Row | undefined;
    return row?.state as string | undefined;
  }

  async unclusteredIds(): Promise<string[]> {
    const rows = this.db.prepare(`SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
      WHERE s.article_id IS NULL ORDER BY a.published_ms IS NULL, a.published_ms, a.id`).all() as Row[];
    return rows.map((r) => r.id as string);
  }

  async clusterArticles(ids: string[]): Promise<ClusterArticle[]> {
    const get = this.db.prepare('SELECT id, title, text, doc, published_at FROM articles WHERE id = ?');
    const out: ClusterArticle[] = [];
    for (const id of ids) {
      const r = get.get(id) as Row | undefined;
      if (!r) continue;
      const j = JSON.parse(r.doc as string) as DocJSON;
      const body = bodyText({ ...j, id, text: r.text as string } as NewsDoc);
      out.push({ id, title: (r.title as string | null) ?? '', body, ...(r.published_at ? { publishedAt: r.published_at as string } : {}) });
    }
    return out;
  }

  async saveStories(update: { state: string; assignments: StoryAssignment[]; stories: StorySummaryRow[]; openIds: string[]; emptied?: string[] }): Promise<void> {
    const now = new Date().toISOString();
    const place = this.db.prepare(`INSERT INTO story_articles (article_id, story_id, copy_of, similarity, dated, seq)
      VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, copy_of = excluded.copy_of, similarity = excluded.similarity, dated = excluded.dated`);
    const upsert = this.db.prepare(`INSERT INTO stories (id, headline, headline_id, first_at, last_at, last_ms, entities, related, open, updated_at)
      VALUES (@id, @headline, @headline_id, @first_at, @last_at, @last_ms, @entities, @related, @open, @updated_at)
      ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, headline_id = excluded.headline_id, first_at = excluded.first_at,
        last_at = excluded.last_at, last_ms = excluded.last_ms, entities = excluded.entities, related = excluded.related,
        open = excluded.open, updated_at = excluded.updated_at`);
    const state = this.db.prepare(`INSERT INTO clusterer_state (id, state, updated_at) VALUES (1, ?, ?)
      ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`);
    this.db.transaction(() => {
      let seq = ((this.db.prepare('SELECT max(seq) AS m FROM story_articles').get() as Row).m as number | null) ?? -1;
      for (const a of update.assignments) place.run(a.id, a.story, a.copyOf ?? null, a.similarity, a.dated ? 1 : 0, ++seq);
      const drop = this.db.prepare('DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)');
      for (const id of update.emptied ?? []) drop.run(id, id);
      for (const s of update.stories) {
        upsert.run({
          id: s.id, headline: s.headline, headline_id: s.headlineId ?? null, first_at: s.first ?? null, last_at: s.last ?? null,
          last_ms: s.last ? Date.parse(s.last) : s.first ? Date.parse(s.first) : null,
          entities: JSON.stringify(s.entities), related: JSON.stringify(s.related), open: s.open ? 1 : 0, updated_at: now,
        });
      }
      // times shown and sorted on are those of the dated members (an undated story keeps the clusterer's)
      const dates = this.db.prepare(`SELECT min(a.published_ms) AS lo, max(a.published_ms) AS hi FROM story_articles x
        JOIN articles a ON a.id = x.article_id WHERE x.story_id = ?`);
      const iso = this.db.prepare('SELECT published_at FROM articles WHERE published_ms = ? LIMIT 1');
      const setDates = this.db.prepare('UPDATE stories SET first_at = ?, last_at = ?, last_ms = ? WHERE id = ?');
      for (const s of update.stories) {
        const d = dates.get(s.id) as Row;
        if (d.lo === null) {
          setDates.run(null, null, null, s.id); // undated only: listed after the dated stories
          continue;
        }
        setDates.run((iso.get(d.lo) as Row).published_at, (iso.get(d.hi) as Row).published_at, d.hi, s.id);
      }
      // stories that went quiet since the last run are closed
      this.db.prepare('UPDATE stories SET open = (id IN (SELECT value FROM json_each(?))) WHERE open = 1').run(JSON.stringify(update.openIds));
      state.run(update.state, now);
    })();
  }

  async resetStories(): Promise<void> {
    this.db.exec('DELETE FROM story_articles; DELETE FROM stories; DELETE FROM clusterer_state;');
  }

  async listStories(options: { limit?: number; offset?: number } = {}): Promise<{ stories: StoryRow[]; total: number }> {
    const rows = this.db.prepare(`SELECT s.*, (SELECT count(*) FROM story_articles x WHERE x.story_id = s.id) AS n
      FROM stories s ORDER BY s.last_ms IS NULL, s.last_ms DESC, s.id LIMIT ? OFFSET ?`).all(options.limit ?? 20, options.offset ?? 0) as Row[];
    const total = (this.db.prepare('SELECT count(*) AS n FROM stories').get() as Row).n as number;
    return { total, stories: rows.map((r) => this.storyRow(r)) };
  }

  private storyRow(r: Row): StoryRow {
    const members = this.db.prepare(`SELECT a.source, a.published_at, x.copy_of FROM story_articles x JOIN articles a ON a.id = x.article_id WHERE x.story_id = ?`).all(r.id) as Row[];
    const outlets = new Map<string, number>();
    for (const m of members) if (m.source) outlets.set(m.source as string, (outlets.get(m.source as string) ?? 0) + 1);
    const related = (JSON.parse(r.related as string) as StoryRow['related']).map((x) => {
      if (x.headline) return x;
      const other = this.db.prepare('SELECT headline, headline_id FROM stories WHERE id = ?').get(x.story) as Row | undefined;
      return other ? { ...x, headline: this.headlineOf(other) } : x;
    });
    return {
      id: r.id as string,
      headline: this.headlineOf(r),
      ...(r.headline_id ? { headlineId: r.headline_id as string } : {}),
      ...(r.first_at && members.some((m) => m.published_at) ? { first: r.first_at as string } : {}),
      ...(r.last_at && members.some((m) => m.published_at) ? { last: r.last_at as string } : {}),
      articleCount: members.length,
      copies: members.filter((m) => m.copy_of).length,
      outlets: [...outlets.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o),
      entities: JSON.parse(r.entities as string) as string[],
      related,
      open: r.open === 1,
    };
  }

  /** A story's headline; for an untitled article, the start of its text, as elsewhere. */
  private headlineOf(r: Row): string {
    const headline = r.headline as string;
    if (headline || !r.headline_id) return headline;
    const a = this.db.prepare('SELECT text FROM articles WHERE id = ?').get(r.headline_id) as Row | undefined;
    return a ? displayTitle({ meta: {}, text: a.text as string }) : headline;
  }

  async getStory(id: string): Promise<StoryDetail | undefined> {
    const r = this.db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as Row | undefined;
    if (!r) return undefined;
    const rows = this.db.prepare(`SELECT a.id, a.title, a.source, a.published_at, x.copy_of, x.similarity FROM story_articles x
      JOIN articles a ON a.id = x.article_id WHERE x.story_id = ? ORDER BY a.published_ms IS NULL, a.published_ms, x.seq`).all(id) as Row[];
    // related both ways: a closed story does not list the later stories that name it
    const row = this.storyRow(r);
    const linked = new Set(row.related.map((x) => x.story));
    const pattern = `%${JSON.stringify({ story: id }).slice(1, -1)}%`;
    for (const o of this.db.prepare('SELECT id, related FROM stories WHERE related LIKE ? AND id != ?').all(pattern, id) as Row[]) {
      if (linked.has(o.id as string)) continue;
      const back = (JSON.parse(o.related as string) as StoryRow['related']).find((x) => x.story === id);
      if (!back) continue;
      const other = this.db.prepare('SELECT headline, headline_id FROM stories WHERE id = ?').get(o.id) as Row;
      row.related.push({ story: o.id as string, headline: this.headlineOf(other), shared: back.shared });
    }
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

  async storyOf(articleId: string): Promise<string | undefined> {
    const r = this.db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').get(articleId) as Row | undefined;
    return r?.story_id as string | undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** The pipeline version an article was annotated by, from the stages it went through. */
export function pipelineOf(doc: NewsDoc): string {
  return Object.entries(doc.stages).map(([k, v]) => `${k}@${v}`).join(' ');
}

function articleOf(row: Row): StoredArticle {
  const j = JSON.parse(row.doc as string) as DocJSON;
  const { origin, name, ...rest } = j;
  const doc: NewsDoc = {
    ...rest,
    id: row.id as string,
    text: row.text as string,
    input: {
      format: row.raw_format as NewsDoc['input']['format'],
      bytes: new Uint8Array(row.raw as Buffer),
      ...(row.sidecar !== null ? { sidecar: row.sidecar as string } : {}),
      ...(origin ? { origin } : {}),
      ...(name !== undefined ? { name } : {}),
    },
  };
  const meta: ArticleMeta = doc.meta;
  return {
    id: row.id as string,
    revision: row.revision as number,
    meta,
    lang: row.lang as string,
    text: row.text as string,
    doc,
    ...(row.copy_of ? { copyOf: row.copy_of as string } : {}),
    pipeline: row.pipeline as string,
    contentHash: row.content_hash as string,
    ingestedAt: row.ingested_at as string,
    updatedAt: row.updated_at as string,
  };
}
