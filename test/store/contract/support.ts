/**
 * What the contract's tests share: documents built by the real pipeline (a JSONL line, a feed
 * teaser), a few sample records, a test that opens and closes a store, and stories updates built
 * by hand (plain objects, as a clusterer would give them: the contract does not run the clusterer).
 */
import { test } from 'node:test';
import type { NewsDoc } from '../../../src/doc/news-doc.js';
import { defaultPipeline } from '../../../src/pipeline/index.js';
import type { StoredArticle, StoriesUpdate, StoryAssignment, StorySummaryRow, Store } from '../../../src/store/store.js';

/** The pipeline without word segmentation: the contract's documents need none. */
export const pipeline = defaultPipeline({ words: false });
/** Another pipeline version (with word segmentation), for `updateAnnotations` and `notPipeline`. */
export const wordsPipeline = defaultPipeline({ words: true });

/** A stored article annotated again by the words pipeline (another pipeline version). */
export function withWords(stored: StoredArticle): Promise<NewsDoc> {
  return wordsPipeline.rerun(stored.doc, 'words');
}

/** An article as `ingest` makes it from one JSONL line. */
export function jsonlDoc(record: Record<string, unknown>): Promise<NewsDoc> {
  return pipeline.run({ format: 'jsonl', bytes: Buffer.from(JSON.stringify(record)) });
}

/** An article as `ingest` makes it from a feed item that carries only a summary (`meta.summaryOnly`). */
export function feedTeaser(item: { title: string; link: string; summary: string; publishedAt?: string }): Promise<NewsDoc> {
  return pipeline.run({ format: 'feed-item', bytes: Buffer.from(JSON.stringify(item)) });
}

/**
 * A stored article as a later pipeline would leave it (same id, same raw input, another text), for
 * `updateAnnotations`: `record` gives the new title, body and metadata.
 */
export async function reannotated(stored: StoredArticle, record: Record<string, unknown>): Promise<NewsDoc> {
  return { ...(await jsonlDoc(record)), id: stored.id, input: stored.doc.input };
}

/** `jsonlDoc` of each record, in order. */
export function jsonlDocs(records: readonly Record<string, unknown>[]): Promise<NewsDoc[]> {
  return Promise.all(records.map(jsonlDoc));
}

export const A = { id: 'Cluster_002/11', title: 'Bà Hillary tuyên bố thắng cuộc', body: 'Bà Hillary Clinton nói cuộc đua đã ngã ngũ.\nÔng Sanders vẫn tiếp tục.', url: 'http://www.tienphong.vn/a-1.tpo', publishedAt: '2016-05-20T10:15:00+07:00' };
export const B = { id: 'b/1', title: 'Đoàn kết và hợp tác', body: 'Ông Kim kêu gọi đoàn kết với Trung Quốc. Ông Tập Cận Bình đáp lại.', publishedAt: '2021-03-23T10:00:00+07:00', source: 'VnExpress' };
export const C = { id: 'c/1', title: 'Doan ket khong dau', body: 'Bai viet khong dau ve doan ket va hop tac, tap can binh.', publishedAt: '2019-04-19T08:00:00+07:00', source: 'Tuổi Trẻ' };

/** A record of its own (a text no other record has), with the given metadata. */
export function record(id: string, meta: { publishedAt?: string; source?: string; title?: string } = {}): Record<string, unknown> {
  return { id, title: meta.title ?? `Tin riêng ${id}`, body: `Nội dung riêng của bài ${id}, không bài nào khác có.`, ...meta };
}

/** The record with one more paragraph (another text, same date). */
export function edited(r: Record<string, unknown>, line = 'Một đoạn mới.'): Record<string, unknown> {
  return { ...r, body: `${r.body as string}\n${line}` };
}

/** Dated articles a day apart (d1 oldest), each from another outlet, and undated ones (u1…u3). */
export const DATED = await Promise.all(['d1', 'd2', 'd3'].map((id, i) => jsonlDoc(record(id, { publishedAt: `2021-01-0${i + 1}T08:00:00+07:00`, source: ['Tuổi Trẻ', 'Dân trí', 'VnExpress'][i]! }))));
export const UNDATED = await Promise.all(['u1', 'u2', 'u3'].map((id) => jsonlDoc(record(id, { source: 'Tuổi Trẻ' }))));
/** The publication time of one of DATED, as stored. */
export const at = (id: string): string => DATED.find((d) => d.id === id)!.meta.publishedAt!;

export const idsOf = (xs: readonly { id: string }[]): string[] => xs.map((x) => x.id);

/** Every batch an async listing yields. */
export async function batches<T>(listing: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const b of listing) out.push(b);
  return out;
}

/** Registers `<store name> › title`, run on a fresh store that is closed afterwards. */
export type StoreTest = (title: string, fn: (s: Store) => Promise<void>, options?: { todo?: string }) => void;

export function storeTest(name: string, open: () => Promise<Store>): StoreTest {
  return (title, fn, options = {}) => {
    test(`${name} › ${title}`, options, async () => {
      const s = await open();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    });
  };
}

/** A stories update with nothing in it but what `parts` gives. */
export function storiesUpdate(parts: Partial<StoriesUpdate> = {}): StoriesUpdate {
  return { state: stateDelta('{"run":1}'), assignments: [], stories: [], openIds: [], ...parts };
}

export function summary(id: string, parts: Partial<StorySummaryRow> = {}): StorySummaryRow {
  return { id, headline: `Headline of ${id}`, entities: [], related: [], open: true, ...parts };
}

/**
 * Places articles as a clusterer would: story id → its article ids, each assignment `dated` when the
 * article has a date; one open summary per story. `parts` adds to (or overrides) the update.
 */
export async function placeIn(s: Store, stories: Record<string, string[]>, parts: Partial<StoriesUpdate> = {}): Promise<StoriesUpdate> {
  const dated = new Map((await s.getArticles(Object.values(stories).flat())).map((a) => [a.id, a.meta.publishedAt !== undefined]));
  const assignments: StoryAssignment[] = Object.entries(stories).flatMap(([story, ids]) => ids.map((id) => ({ id, story, similarity: 0.5, dated: dated.get(id) ?? false })));
  const update = storiesUpdate({ assignments, stories: Object.keys(stories).map((id) => summary(id)), openIds: Object.keys(stories), ...parts });
  await s.saveStories(update);
  return update;
}

const PARTS = ['stories', 'archive', 'articles', 'signatures', 'df'] as const;

/** A whole clusterer state whose scalars are `scalars` and whose parts are empty (what a store keeps is opaque to it). */
export function stateDelta(scalars: string): NonNullable<StoriesUpdate['state']> {
  return {
    full: true,
    scalars,
    upserts: Object.fromEntries(PARTS.map((p) => [p, []])) as unknown as NonNullable<StoriesUpdate['state']>['upserts'],
    removed: Object.fromEntries(PARTS.map((p) => [p, []])) as unknown as NonNullable<StoriesUpdate['state']>['removed'],
  };
}

/** The scalars of the state a store holds (what `stateDelta` saved), if any. */
export async function savedScalars(s: Store): Promise<string | undefined> {
  return (await s.clustererRows())?.scalars;
}
