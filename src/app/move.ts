/**
 * Moving a store to another (SQLite to PostgreSQL and back) without loss: `toancanh export --full`
 * writes every article as a bulk-import record (exportRecord) plus, under `store`, everything the
 * store keeps of it (the annotated document, the raw input, hashes, revisions with their raw
 * input, times, its dated events, its placement in a story); then one line per story (`story`: its summary and
 * related stories) and one for the clusterer's state (`clusterer`), so that placement goes on
 * where it stopped. `toancanh import` writes them into an empty store as they were: the same
 * articles, revisions, copies, stories and search results. Binary values are base64.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { NewsDoc } from '../doc/news-doc.js';
import type {
  ArticleDump, ArticleRestore, ClustererStatePart, ClustererStateRow, ClustererStateRows, PlacementDump, RevisionDump, Store, StorySummaryRow,
} from '../store/store.js';
import { AppError } from './errors.js';
import { exportRecord } from './export.js';
import { articleInput } from './write.js';

const PARTS: ClustererStatePart[] = ['stories', 'archive', 'articles', 'signatures', 'df'];

const inputSchema = z.object({
  format: z.enum(['text', 'jsonl', 'html', 'feed-item']),
  bytes: z.base64(),
  sidecar: z.string().optional(),
  origin: z.object({ path: z.string(), line: z.number().optional(), item: z.number().optional() }).optional(),
  name: z.string().optional(),
});
/** A document as the pipeline left it (checked loosely: the store keeps it as it is). */
const docSchema = z.looseObject({ id: z.string(), meta: z.looseObject({}), stages: z.record(z.string(), z.string()), input: inputSchema });
const revisionSchema = z.object({
  revision: z.number().int(), doc: docSchema, rawHash: z.string(), contentHash: z.string(), pipeline: z.string(), ingestedAt: z.string(), replacedAt: z.string(),
});
const eventSchema = z.object({
  day: z.string(), value: z.string(), granularity: z.string(), start: z.number().int(), end: z.number().int(), text: z.string(),
  // a dump from before SQLite migration 10 / PostgreSQL 004 also gives the sentence: dropped, it is sliced from the text when read
  sentenceStart: z.number().int(), sentenceEnd: z.number().int(),
});
const placementSchema = z.object({
  story: z.string(), copyOf: z.string().optional(), similarity: z.number(), dated: z.boolean(), stale: z.boolean(), seq: z.number().int(),
});
const articleSchema = z.object({
  id: z.string(),
  store: z.object({
    revision: z.number().int(), lang: z.string(), copyOf: z.string().optional(), pipeline: z.string(), contentHash: z.string(), rawHash: z.string(),
    articleHash: z.string().optional(), ingestedAt: z.string(), updatedAt: z.string(), doc: docSchema,
    revisions: z.array(revisionSchema), events: z.array(eventSchema).optional(), placement: placementSchema.optional(),
  }),
});
const storySchema = z.object({
  story: z.object({
    id: z.string(), headline: z.string(), headlineId: z.string().optional(), entities: z.array(z.string()),
    related: z.array(z.object({ story: z.string(), shared: z.array(z.string()) })), open: z.boolean(),
  }),
});
const rowSchema = z.object({ key: z.string(), ord: z.number(), data: z.base64() });
const clustererSchema = z.object({
  clusterer: z.object({ scalars: z.string(), parts: z.object(Object.fromEntries(PARTS.map((p) => [p, z.array(rowSchema)])) as Record<ClustererStatePart, z.ZodArray<typeof rowSchema>>) }),
});

type DocLine = z.infer<typeof docSchema>;

function docLine(doc: NewsDoc): DocLine {
  const { input, ...rest } = doc;
  return {
    ...rest,
    input: {
      format: input.format, bytes: Buffer.from(input.bytes).toString('base64'),
      ...(input.sidecar !== undefined ? { sidecar: input.sidecar } : {}), ...(input.origin ? { origin: input.origin } : {}), ...(input.name !== undefined ? { name: input.name } : {}),
    },
  } as unknown as DocLine;
}

function docOfLine(line: DocLine): NewsDoc {
  const { input, ...rest } = line;
  return {
    ...(rest as unknown as Omit<NewsDoc, 'input'>),
    input: {
      format: input.format, bytes: new Uint8Array(Buffer.from(input.bytes, 'base64')),
      ...(input.sidecar !== undefined ? { sidecar: input.sidecar } : {}), ...(input.origin ? { origin: input.origin } : {}), ...(input.name !== undefined ? { name: input.name } : {}),
    },
  };
}

/** One article's line: its bulk-import record, and under `store` what the store keeps. */
export function articleLine(d: ArticleDump): Record<string, unknown> {
  const a = d.article;
  return {
    ...exportRecord(a),
    store: {
      revision: a.revision, lang: a.lang, copyOf: a.copyOf, pipeline: a.pipeline, contentHash: a.contentHash, rawHash: d.rawHash, articleHash: d.articleHash,
      ingestedAt: a.ingestedAt, updatedAt: a.updatedAt, doc: docLine(a.doc),
      revisions: d.revisions.map((r) => ({ ...r, doc: docLine(r.doc) })),
      events: d.events,
      placement: d.placement,
    },
  };
}

/** Every line of a full export, in order: the articles (in ingest order), the stories (newest first), the clusterer's state. */
export async function* fullExport(store: Store): AsyncGenerator<Record<string, unknown>> {
  for await (const batch of store.dumpArticles()) for (const d of batch) yield articleLine(d);
  for (let offset = 0; ; offset += 500) {
    const { stories } = await store.listStories({ limit: 500, offset });
    if (stories.length === 0) break;
    for (const s of stories) {
      yield { story: { id: s.id, headline: s.headline, headlineId: s.headlineId, entities: s.entities, related: s.related.map((r) => ({ story: r.story, shared: r.shared })), open: s.open } };
    }
  }
  const state = await store.clustererRows();
  if (state) {
    const parts = Object.fromEntries(PARTS.map((p) => [p, [...state.parts[p]].sort((x, y) => x.ord - y.ord || (x.key < y.key ? -1 : 1))
      .map((r) => ({ key: r.key, ord: r.ord, data: Buffer.from(r.data).toString('base64') }))]));
    yield { clusterer: { scalars: state.scalars, parts } };
  }
}

export interface ImportReport {
  articles: number;
  revisions: number;
  placements: number;
  stories: number;
  clusterer: boolean;
}

/** Articles restored per transaction. */
const BATCH = 500;

/**
 * Writes a full export into an empty store. An interrupted import leaves the articles of the batches
 * it committed: import again into a new store.
 */
export async function importFile(store: Store, path: string): Promise<ImportReport> {
  if ((await store.count()) > 0 || (await store.listStories({ limit: 0 })).total > 0 || (await store.clustererRows())) {
    throw new AppError('E_NOT_EMPTY', 'the database already holds articles or stories: import writes into an empty one only');
  }
  const report: ImportReport = { articles: 0, revisions: 0, placements: 0, stories: 0, clusterer: false };
  const stories: StorySummaryRow[] = [];
  let state: ClustererStateRows | undefined;
  let batch: ArticleRestore[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length > 0) await store.restoreArticles(batch);
    batch = [];
  };
  let n = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const text of lines) {
    n++;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new AppError('E_BAD_IMPORT', `${path}:${n}: not JSON: ${(e as Error).message}`);
    }
    const where = `${path}:${n}`;
    if (value && typeof value === 'object' && 'story' in value) {
      const s = parse(storySchema, value, where).story;
      stories.push({ id: s.id, headline: s.headline, ...(s.headlineId !== undefined ? { headlineId: s.headlineId } : {}), entities: s.entities, related: s.related, open: s.open });
    } else if (value && typeof value === 'object' && 'clusterer' in value) {
      const c = parse(clustererSchema, value, where).clusterer;
      state = {
        scalars: c.scalars,
        parts: Object.fromEntries(PARTS.map((p) => [p, c.parts[p].map((r): ClustererStateRow => ({ key: r.key, ord: r.ord, data: new Uint8Array(Buffer.from(r.data, 'base64')) }))])) as ClustererStateRows['parts'],
      };
    } else {
      const a = parse(articleSchema, value, where);
      batch.push(restoreOf(a));
      report.articles++;
      report.revisions += a.store.revisions.length;
      if (a.store.placement) report.placements++;
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  if (stories.length > 0 || state) {
    await store.saveStories({
      assignments: [],
      stories,
      openIds: stories.filter((s) => s.open).map((s) => s.id),
      ...(state ? { state: { full: true, scalars: state.scalars, upserts: state.parts, removed: Object.fromEntries(PARTS.map((p) => [p, []])) as unknown as Record<ClustererStatePart, string[]> } } : {}),
    });
  }
  report.stories = stories.length;
  report.clusterer = state !== undefined;
  return report;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError('E_BAD_IMPORT', `${where}: not a line of \`toancanh export --full\`: ${z.prettifyError(r.error).split('\n').slice(0, 2).join(' ')}`);
  // the value as read (checked, not rebuilt: a parsed object's keys would come in the schema's
  // order, and a document must be stored as it was, key for key)
  return value as T;
}

function restoreOf(line: z.infer<typeof articleSchema>): ArticleRestore {
  const s = line.store;
  const doc = docOfLine(s.doc);
  const revisions: RevisionDump[] = s.revisions.map((r) => ({ ...r, doc: docOfLine(r.doc) }));
  const placement: PlacementDump | undefined = s.placement
    ? { story: s.placement.story, ...(s.placement.copyOf !== undefined ? { copyOf: s.placement.copyOf } : {}), similarity: s.placement.similarity, dated: s.placement.dated, stale: s.placement.stale, seq: s.placement.seq }
    : undefined;
  const dump: ArticleDump = {
    article: {
      id: line.id, revision: s.revision, meta: doc.meta, lang: s.lang, text: doc.text ?? '', doc, ...(s.copyOf !== undefined ? { copyOf: s.copyOf } : {}),
      pipeline: s.pipeline, contentHash: s.contentHash, ingestedAt: s.ingestedAt, updatedAt: s.updatedAt,
    },
    rawHash: s.rawHash,
    ...(s.articleHash !== undefined ? { articleHash: s.articleHash } : {}),
    revisions,
    // an export written before events were kept has none: the article is restored without any
    events: s.events ?? [],
    ...(placement ? { placement } : {}),
  };
  // what search indexes is the application's (src/app/write.ts), computed here as for any write
  // and so are its entity rows
  const input = articleInput(doc);
  return { dump, index: input.index, ...(input.entities ? { entities: input.entities } : {}) };
}
