/**
 * Articles in PostgreSQL: the states the write rules read, writes done as planned (new, revised with
 * the old revision kept, annotated; copy links), their search entries and the index's statistics,
 * their dated events, reads, deletion. Nothing is decided here. The row layout is the SQLite store's (../sqlite/rows.ts).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ArticleInput, ArticleRevision, ArticleState, ArticleWrite, CopyLink, DatedEvent, ListOptions, StoredArticle, StoredEvent, WritePlan } from '../store.js';
import { storedEvents } from '../rows.js';
import { articleOf, rowOf, type DocJSON } from '../sqlite/rows.js';
import { rows, one, type Queryable, type Row } from './db.js';
import { removeEntities, writeEntitiesOf } from './entities.js';
import { padded, postingsOf } from './postings.js';
import { markStale } from './search-blocks.js';

const STATES = `SELECT id, revision, raw_hash, content_hash, article_hash, copy_of, published_at, (doc::json #>> '{meta,summaryOnly}') AS summary_only
  FROM articles WHERE id = ANY($1::text[]) OR content_hash = ANY($2::text[]) OR copy_of = ANY($1::text[])
  ORDER BY rowid`;
/** The columns written, in the order of the parameters of INSERT and REVISE ($1 … $23). */
export const COLUMNS = ['id', 'revision', 'title', 'url', 'published_at', 'published_ms', 'source', 'source_key', 'author', 'credit', 'lang', 'text', 'doc', 'raw',
  'raw_format', 'sidecar', 'raw_hash', 'content_hash', 'article_hash', 'copy_of', 'pipeline', 'ingested_at', 'updated_at'] as const;
export const INSERT = `INSERT INTO articles (id, revision, title, url, published_at, published_ms, source, source_key, author, credit, lang, text, doc, raw,
  raw_format, sidecar, raw_hash, content_hash, article_hash, copy_of, pipeline, ingested_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23) RETURNING rowid`;
/** Many new articles in one statement (a restore), each column one array in the order of COLUMNS; their rowids in that order. */
export const INSERT_MANY = `INSERT INTO articles (id, revision, title, url, published_at, published_ms, source, source_key, author, credit, lang, text, doc, raw,
  raw_format, sidecar, raw_hash, content_hash, article_hash, copy_of, pipeline, ingested_at, updated_at)
  SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::text[], $9::text[], $10::text[],
    $11::text[], $12::text[], $13::text[], $14::bytea[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[],
    $22::text[], $23::text[])
  RETURNING rowid, id`;
const REVISE = `UPDATE articles SET revision = $2, title = $3, url = $4, published_at = $5, published_ms = $6, source = $7, source_key = $8, author = $9,
  credit = $10, lang = $11, text = $12, doc = $13, raw = $14, raw_format = $15, sidecar = $16, raw_hash = $17, content_hash = $18, article_hash = $19,
  copy_of = $20, pipeline = $21, ingested_at = $22, updated_at = $23 WHERE id = $1`;
const KEEP = `INSERT INTO article_revisions (id, revision, title, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, pipeline, ingested_at, replaced_at)
  SELECT id, revision, title, text, doc, raw, raw_format, sidecar, raw_hash, content_hash, pipeline, ingested_at, $2 FROM articles WHERE id = $1`;
/** The columns an annotation writes ($1 … $17): the raw input, its hash, the revision and the ingest time stay. */
const ANNOTATED = ['id', 'title', 'url', 'published_at', 'published_ms', 'source', 'source_key', 'author', 'credit', 'lang', 'text', 'doc',
  'content_hash', 'article_hash', 'copy_of', 'pipeline', 'updated_at'] as const;
const ANNOTATE = `UPDATE articles SET title = $2, url = $3, published_at = $4, published_ms = $5, source = $6, source_key = $7, author = $8,
  credit = $9, lang = $10, text = $11, doc = $12, content_hash = $13, article_hash = $14, copy_of = $15, pipeline = $16, updated_at = $17
  WHERE id = $1`;
/**
 * Search entries, a batch in two statements, computed in the writing process (./postings.ts) so that
 * the server only inserts: the fields as given, each term with a space either side, and their
 * count; then the postings (migration 005), sorted by term and document, copied in.
 */
const INDEX = `INSERT INTO article_search (rowid, title_p, body_p, length)
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::integer[])`;
/** The postings, sent as COPY's text (no array to parse, no statement to plan): a line each, its fields tab-separated. */
const POSTINGS = 'COPY search_postings (term, rowid, in_title, in_body, length) FROM STDIN';
const UNINDEX = 'DELETE FROM article_search WHERE rowid = ANY($1::bigint[]) RETURNING rowid, title_p, body_p, length';
/** A document's postings, found by their key (migration 008: no index by document): its terms and pairs are those of its fields. */
const UNPOST = `DELETE FROM search_postings p USING unnest($1::text[], $2::bigint[]) AS k(term, rowid)
  WHERE p.term = k.term AND p.rowid = k.rowid`;
/**
 * Every write of postings first takes the articles table in ROW EXCLUSIVE mode (what an insert or
 * update of it takes anyway), so that building the posting blocks, which holds it in SHARE mode,
 * waits for the writes under way and they for it (search-blocks.ts).
 */
export const TAKE_ARTICLES = 'LOCK TABLE articles IN ROW EXCLUSIVE MODE';
/** The statistics, and the index's generation (migration 005: one more with every change of the postings, for the term statistics search caches). */
export const COUNT_INDEX = 'UPDATE search_stats SET documents = documents + $1, terms = terms + $2, generation = generation + 1 WHERE id = 1';

/** What a transaction changed in the index. */
export interface IndexCounts {
  documents: number;
  terms: number;
  changed: boolean;
}
/**
 * Dated events, each field one array parameter (as the article's own text is sent: no JSON escapes
 * to decode), each event with its article and its place in the article's list (`ord`, from 0).
 */
const EVENTS_INSERT = `INSERT INTO dated_events (article_id, ord, day, value, granularity, start, "end", text, sentence_start, sentence_end)
  SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::text[], $9::integer[], $10::integer[])`;
/** In calendar order: by day, then the articles' ingest order (rowid, as SQLite's), then the expression's offset (and place, as SQLite's). */
const EVENTS_READ = `SELECT e.* FROM dated_events e JOIN articles a ON a.id = e.article_id
  WHERE e.article_id = ANY($1::text[]) ORDER BY e.day, a.rowid, e.start, e.ord`;

export class PgArticles {
  constructor(private readonly db: pg.Pool) {}

  async states(query: { ids: string[]; contentHashes: string[] }): Promise<ArticleState[]> {
    return (await rows(this.db, STATES, [query.ids, query.contentHashes])).map((r) => ({
      id: r.id as string,
      revision: r.revision as number,
      rawHash: r.raw_hash as string,
      contentHash: r.content_hash as string,
      ...(r.article_hash !== null ? { articleHash: r.article_hash as string } : {}),
      ...(r.copy_of !== null ? { copyOf: r.copy_of as string } : {}),
      ...(r.published_at !== null ? { publishedAt: r.published_at as string } : {}),
      summaryOnly: r.summary_only === 'true',
    }));
  }

  /** Does a write plan; the caller holds the transaction on `c`. */
  async write(c: pg.PoolClient, plan: WritePlan): Promise<void> {
    await c.query(TAKE_ARTICLES);
    const now = new Date().toISOString();
    const counts: IndexCounts = { documents: 0, terms: 0, changed: false };
    const batch = new IndexBatch();
    const rows = new RowBatch();
    for (const w of plan.writes) await this.writeOne(c, w, now, counts, batch, rows);
    await batch.flush(c, counts);
    await rows.flush(c);
    await link(c, plan.copies);
    await countIndex(c, counts);
  }

  private async writeOne(c: pg.PoolClient, w: ArticleWrite, now: string, counts: IndexCounts, batch: IndexBatch, rows: RowBatch): Promise<void> {
    const row = rowOf(w.article, w.copyOf, now);
    const params = COLUMNS.map((k) => row[k] ?? null);
    let rowid: number;
    if (w.kind === 'insert') {
      rowid = (await one(c, INSERT, params))!.rowid as number;
    } else {
      await rows.flush(c); // the rows of an article inserted before in this plan, before they are replaced
      const found = await one(c, 'SELECT rowid FROM articles WHERE id = $1', [row.id]);
      if (!found) throw new Error(`no article ${JSON.stringify(row.id)} to write over`);
      rowid = found.rowid as number;
      if (w.kind === 'revise') {
        await c.query(KEEP, [row.id, now]);
        params[1] = w.revision;
        await c.query(REVISE, params);
      } else {
        await c.query(ANNOTATE, ANNOTATED.map((k) => row[k] ?? null));
      }
      await batch.flush(c, counts); // an article written twice in one plan: its first entry before it is removed
      await unindex(c, [rowid], counts);
      if (w.stale) await c.query('UPDATE story_articles SET stale = true WHERE article_id = $1', [row.id]);
    }
    batch.add(rowid, w.article.index);
    if (w.kind !== 'insert') {
      await c.query('DELETE FROM dated_events WHERE article_id = $1', [row.id]);
      await removeEntities(c, [row.id as string]);
    }
    rows.add(row.id as string, w.article);
  }

  async datedEvents(ids: string[]): Promise<StoredEvent[]> {
    const events = await rows(this.db, EVENTS_READ, [ids]);
    if (events.length === 0) return [];
    return storedEvents(events, await rows(this.db, 'SELECT id, text FROM articles WHERE id = ANY($1::text[])', [ids]));
  }

  async rawHashOf(id: string): Promise<string | undefined> {
    return (await one(this.db, 'SELECT raw_hash FROM articles WHERE id = $1', [id]))?.raw_hash as string | undefined;
  }

  async get(id: string): Promise<StoredArticle | undefined> {
    const row = await one(this.db, 'SELECT * FROM articles WHERE id = $1', [id]);
    return row ? articleOf(row) : undefined;
  }

  async getMany(ids: string[]): Promise<StoredArticle[]> {
    const byId = new Map((await rows(this.db, 'SELECT * FROM articles WHERE id = ANY($1::text[])', [ids])).map((r) => [r.id as string, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [articleOf(r)] : [];
    });
  }

  async revisions(id: string): Promise<ArticleRevision[]> {
    const rs = await rows(this.db, 'SELECT revision, title, text, doc, pipeline, ingested_at, replaced_at FROM article_revisions WHERE id = $1 ORDER BY revision', [id]);
    return rs.map((r) => ({
      revision: r.revision as number,
      text: r.text as string,
      meta: (JSON.parse(r.doc as string) as DocJSON).meta,
      pipeline: r.pipeline as string,
      ingestedAt: r.ingested_at as string,
      replacedAt: r.replaced_at as string,
    }));
  }

  /** Every stored revision of every article, with its raw input (for export). */
  async allRevisions(ids: string[]): Promise<Row[]> {
    return rows(this.db, 'SELECT * FROM article_revisions WHERE id = ANY($1::text[]) ORDER BY id, revision', [ids]);
  }

  async copiesOf(id: string): Promise<string[]> {
    return (await rows(this.db, 'SELECT id FROM articles WHERE copy_of = $1 ORDER BY rowid', [id])).map((r) => r.id as string);
  }

  /** Pages of rows after a rowid, in ingest order: every article, or those of another pipeline version. */
  async *pages(columns: 'all' | 'id', options: ListOptions): AsyncGenerator<Row[]> {
    const size = options.batchSize ?? 500;
    const sql = columns === 'all'
      ? 'SELECT * FROM articles WHERE rowid > $1 AND ($2::text IS NULL OR pipeline <> $2) ORDER BY rowid LIMIT $3'
      : 'SELECT rowid, id FROM articles WHERE rowid > $1 AND ($2::text IS NULL OR pipeline <> $2) ORDER BY rowid LIMIT $3';
    let after = 0;
    for (;;) {
      const rs = await rows(this.db, sql, [after, options.notPipeline ?? null, size]);
      if (rs.length === 0) return;
      after = rs[rs.length - 1]!.rowid as number;
      yield rs;
    }
  }

  async count(options: ListOptions): Promise<number> {
    return (await one(this.db, 'SELECT count(*) AS n FROM articles WHERE $1::text IS NULL OR pipeline <> $1', [options.notPipeline ?? null]))!.n as number;
  }

  /**
   * Deletes articles, their revisions, search entries and placements; `copies` re-points exact
   * copies; near-duplicate links to a deleted article are cleared. The caller holds the transaction.
   */
  async delete(c: pg.PoolClient, ids: string[], copies: CopyLink[]): Promise<string[]> {
    await c.query(TAKE_ARTICLES);
    const found = await rows(c, 'SELECT rowid, id FROM articles WHERE id = ANY($1::text[]) ORDER BY rowid', [ids]);
    const counts: IndexCounts = { documents: 0, terms: 0, changed: false };
    await unindex(c, found.map((r) => r.rowid as number), counts);
    await c.query('DELETE FROM article_revisions WHERE id = ANY($1::text[])', [ids]);
    await c.query('DELETE FROM dated_events WHERE article_id = ANY($1::text[])', [ids]);
    await removeEntities(c, ids);
    await c.query('DELETE FROM story_articles WHERE article_id = ANY($1::text[])', [ids]);
    await c.query('UPDATE story_articles SET copy_of = NULL WHERE copy_of = ANY($1::text[])', [ids]);
    await c.query('DELETE FROM articles WHERE id = ANY($1::text[])', [ids]);
    await link(c, copies);
    await countIndex(c, counts);
    return found.map((r) => r.id as string);
  }
}

/** Search entries to write, written (and counted) together by `flush`. */
export class IndexBatch {
  private entries: { rowid: number; title: string; body: string }[] = [];

  add(rowid: number, index: ArticleInput['index']): void {
    this.entries.push({ rowid, title: index.title, body: index.body });
  }

  async flush(c: pg.PoolClient, counts: IndexCounts): Promise<void> {
    if (this.entries.length === 0) return;
    const entries = this.entries;
    this.entries = [];
    const lengths: number[] = [];
    const lines: string[] = [];
    for (const e of entries) {
      const { length, postings } = postingsOf(e.title, e.body);
      lengths.push(length);
      const of = `\t${e.rowid}\t`;
      const end = `\t${length}\n`;
      for (const [term, [inTitle, inBody]] of postings) lines.push(`${copyText(term)}${of}${inTitle}\t${inBody}${end}`);
    }
    // by term (a tab sorts before any character of a term), then document (as decimal text): about the index's order, so that the inserts touch fewer pages
    lines.sort();
    counts.changed = true;
    counts.documents += entries.length;
    counts.terms += lengths.reduce((n, l) => n + l, 0);
    await c.query(INDEX, [entries.map((e) => e.rowid), entries.map((e) => padded(e.title)), entries.map((e) => padded(e.body)), lengths]);
    await pipeline(Readable.from(chunks(lines)), c.query(copyFrom(POSTINGS)));
  }
}

/**
 * Dated events and entity rows to write, written for many articles at once by `flush` (four
 * statements a plan instead of three an article: each statement is planned and run anew).
 */
class RowBatch {
  private articles: { id: string; article: ArticleInput }[] = [];

  add(id: string, article: ArticleInput): void {
    this.articles.push({ id, article });
  }

  async flush(c: pg.PoolClient): Promise<void> {
    if (this.articles.length === 0) return;
    const articles = this.articles;
    this.articles = [];
    await writeEventsOf(c, articles.map((a) => ({ id: a.id, events: a.article.events })));
    await writeEntitiesOf(c, articles.map((a) => ({ id: a.id, entities: a.article.entities })));
  }
}

/** COPY's text format: a backslash, tab, newline or carriage return in a value escaped (a term holds none: letters, digits and marks). */
function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (ch) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[ch]!) : value;
}

/** Lines joined into chunks of about 64 kB. */
function* chunks(all: string[]): Generator<string> {
  for (let i = 0; i < all.length; i += 2000) yield all.slice(i, i + 2000).join('');
}

/** Writes the dated events of several articles in one statement (none given, none written); the caller holds the transaction and has removed any they had. */
export async function writeEventsOf(c: Queryable, articles: { id: string; events: readonly DatedEvent[] | undefined }[]): Promise<void> {
  const es = articles.flatMap((a) => (a.events ?? []).map((e, ord) => ({ id: a.id, ord, e })));
  if (es.length === 0) return;
  await c.query(EVENTS_INSERT, [es.map((x) => x.id), es.map((x) => x.ord), es.map((x) => x.e.day), es.map((x) => x.e.value), es.map((x) => x.e.granularity),
    es.map((x) => x.e.start), es.map((x) => x.e.end), es.map((x) => x.e.text), es.map((x) => x.e.sentenceStart), es.map((x) => x.e.sentenceEnd)]);
}

/** Removes search entries and uncounts them. */
async function unindex(c: Queryable, rowids: number[], counts: IndexCounts): Promise<void> {
  if (rowids.length === 0) return;
  counts.changed = true;
  const terms: string[] = [];
  const of: number[] = [];
  for (const r of await rows(c, UNINDEX, [rowids])) {
    counts.documents -= 1;
    counts.terms -= r.length as number;
    for (const term of postingsOf(r.title_p as string, r.body_p as string).postings.keys()) {
      terms.push(term);
      of.push(r.rowid as number);
    }
  }
  if (terms.length > 0) await c.query(UNPOST, [terms, of]);
  await markStale(c, rowids);
}

/** The statistics row is written once per transaction, last (held the shortest time by concurrent writers). */
export async function countIndex(c: Queryable, counts: IndexCounts): Promise<void> {
  if (counts.changed) await c.query(COUNT_INDEX, [counts.documents, counts.terms]);
}

/** Sets copy links; the caller holds the transaction. */
async function link(c: Queryable, copies: readonly CopyLink[]): Promise<void> {
  if (copies.length === 0) return;
  const last = new Map(copies.map((x) => [x.id, x.copyOf ?? null])); // the last link of an id given twice, as links set in order
  await c.query(`UPDATE articles a SET copy_of = l.copy_of FROM unnest($1::text[], $2::text[]) AS l(id, copy_of) WHERE a.id = l.id`,
    [[...last.keys()], [...last.values()]]);
}
