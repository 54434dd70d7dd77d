/** How an article is laid out in SQLite rows, both ways: a NewsDoc to a row, a row to a StoredArticle. */
import type Database from 'better-sqlite3';
import { isPacked, packEntities, unpackEntities, type PackedEntities } from '../../doc/entity-codec.js';
import type { ArticleMeta, NewsDoc } from '../../doc/news-doc.js';
import type { ArticleInput, StoredArticle } from '../store.js';

export type Row = Record<string, unknown>;

/**
 * The parts of a NewsDoc kept as JSON in the `doc` column (the rest has columns of its own); entity
 * mentions packed (src/doc/entity-codec.ts), or a list in documents stored before that.
 */
export type DocJSON = Omit<NewsDoc, 'input' | 'text' | 'source' | 'id' | 'entities'> & {
  entities?: PackedEntities | NewsDoc['entities'];
  origin?: NewsDoc['input']['origin'];
  name?: string;
};

export function docJSON(doc: NewsDoc): string {
  const { input, text: _t, source: _s, id: _i, ...rest } = doc;
  const j: DocJSON = { ...rest, origin: input.origin, name: input.name };
  if (doc.entities) j.entities = packEntities(doc.entities, doc.text ?? '', doc.meta.credit);
  return JSON.stringify(j);
}

/** The pipeline version an article was annotated by, from the stages it went through. */
export function pipelineOf(doc: NewsDoc): string {
  return Object.entries(doc.stages).map(([k, v]) => `${k}@${v}`).join(' ');
}

/** The columns of `articles` for an article as written (revision 1: the caller adjusts). */
export function rowOf(article: ArticleInput, copyOf: string | undefined, now: string): Row {
  const { doc } = article;
  const m = doc.meta;
  return {
    id: doc.id,
    revision: 1,
    title: m.title ?? null,
    url: m.url ?? null,
    published_at: m.publishedAt ?? null,
    published_ms: m.publishedAt ? Date.parse(m.publishedAt) : null,
    source: m.source ?? null,
    source_key: article.index.outlet ?? null,
    author: m.author ?? null,
    credit: m.credit ?? null,
    lang: doc.language?.lang ?? 'und',
    text: doc.text ?? '',
    doc: docJSON(doc),
    raw: Buffer.from(doc.input.bytes),
    raw_format: doc.input.format,
    sidecar: doc.input.sidecar ?? null,
    raw_hash: article.rawHash,
    content_hash: article.contentHash,
    article_hash: article.articleHash,
    copy_of: copyOf ?? null,
    pipeline: pipelineOf(doc),
    ingested_at: now,
    updated_at: now,
  };
}

/** The document of an `articles` or `article_revisions` row, with its raw input. */
export function docOf(row: Row): NewsDoc {
  const j = JSON.parse(row.doc as string) as DocJSON;
  const { origin, name, entities, ...rest } = j;
  const doc: NewsDoc = {
    ...rest,
    ...(entities ? { entities: isPacked(entities) ? unpackEntities(entities, row.text as string, rest.meta.credit) : entities } : {}),
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
  return doc;
}

export function articleOf(row: Row): StoredArticle {
  const doc = docOf(row);
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

/** A list of values as one bound parameter (`IN (SELECT value FROM json_each(?))`): the SQL text stays fixed. */
export function jsonList(values: readonly (string | number)[]): string {
  return JSON.stringify(values);
}

export type Statements = (sql: string) => Database.Statement;

/** Prepared statements by their (fixed) SQL text, prepared once per connection. */
export function statements(db: Database.Database): Statements {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  };
}
