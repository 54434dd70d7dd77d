/**
 * The ranking contract: a store's candidate scores are the BM25 of src/search/bm25.ts over the
 * statistics of what it indexed (counted here from the documents' terms), and it orders them as
 * that file says. A second store passes this by adding one line to its test file.
 */
import { deleteArticles } from '../../src/app/delete.js';
import { putArticles } from '../../src/app/write.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bm25, DEFAULT_BM25 } from '../../src/search/bm25.js';
import { indexTerms } from '../../src/search/fields.js';
import type { Store } from '../../src/store/store.js';
import { jsonlDoc } from './contract/support.js';

const DOCS = [
  { id: 'r1', title: 'Chủ tịch Tập Cận Bình thăm Triều Tiên', body: 'Ông Tập Cận Bình đến Bình Nhưỡng. Ông Kim Jong-un đón ông Tập tại sân bay.', publishedAt: '2019-06-20T08:00:00+07:00' },
  { id: 'r2', title: 'Triều Tiên và Trung Quốc', body: 'Quan hệ Triều Tiên Trung Quốc. Triều Tiên cảm ơn Trung Quốc.', publishedAt: '2019-06-21T08:00:00+07:00' },
  { id: 'r3', title: 'Giá xăng tăng', body: 'Giá xăng tăng lần thứ ba trong tháng, theo Bộ Công Thương.', publishedAt: '2019-06-21T08:00:00+07:00' },
  { id: 'r4', title: 'Kinh tế', body: 'Kinh tế Trung Quốc chậm lại; ông Tập Cận Bình kêu gọi cải cách.' },
  // a phrase that overlaps itself ("tin tin" twice in "tin tin tin"): occurrences counted as FTS5 counts them
  { id: 'r6', title: 'Tin tin', body: 'Tin tin tin về giá xăng.', publishedAt: '2019-06-23T08:00:00+07:00' },
  { id: 'r5', title: 'Bóng đá', body: 'Đội tuyển Việt Nam thắng Thái Lan. Bình luận viên khen đội tuyển.', publishedAt: '2019-06-22T08:00:00+07:00' },
];

function occurrences(terms: string[], phrase: string[]): number {
  let n = 0;
  for (let i = 0; i + phrase.length <= terms.length; i++) if (phrase.every((t, k) => terms[i + k] === t)) n++;
  return n;
}

/** The expected candidates of `phrases` over `docs` as indexed, best first, by src/search/bm25.ts. */
async function expectedOf(docs: readonly (typeof DOCS)[number][], phrases: string[][]): Promise<{ id: string; score: number }[]> {
  const indexed = await Promise.all(docs.map(async (d) => ({ id: d.id, title: indexTerms(d.title), body: indexTerms((await jsonlDoc(d)).text!), publishedAt: d.publishedAt })));
  const index = { documents: indexed.length, terms: indexed.reduce((n, d) => n + d.title.length + d.body.length, 0) };
  const holding = phrases.map((p) => indexed.filter((d) => occurrences(d.title, p) + occurrences(d.body, p) > 0).length);
  return indexed
    .filter((d) => phrases.every((p) => occurrences(d.title, p) + occurrences(d.body, p) > 0))
    .map((d) => ({
      id: d.id,
      publishedAt: d.publishedAt,
      score: bm25(index, d.title.length + d.body.length, phrases.map((p, i) => ({ documents: holding[i]!, inTitle: occurrences(d.title, p), inBody: occurrences(d.body, p) }))),
    }))
    .sort((x, y) => y.score - x.score || (y.publishedAt ?? '').localeCompare(x.publishedAt ?? '') || (x.id < y.id ? -1 : 1));
}

const QUERIES = [[['tin', 'tin']], [['tin', 'tin', 'tin']], [['trieu', 'tien']], [['tap', 'can', 'binh']], [['trung', 'quoc'], ['tap']], [['binh']], [['gia', 'xang']], [['kinh', 'te']]];

async function assertRanked(s: Store, docs: readonly (typeof DOCS)[number][]): Promise<void> {
  for (const phrases of QUERIES) {
    const expected = await expectedOf(docs, phrases);
    const got = await s.searchCandidates({ phrases, bm25: DEFAULT_BM25, limit: 10 });
    assert.equal(got.total, expected.length, JSON.stringify(phrases));
    assert.deepEqual(got.hits.map((h) => h.id), expected.map((e) => e.id), JSON.stringify(phrases));
    got.hits.forEach((h, i) => assert.ok(Math.abs(h.score - expected[i]!.score) < 1e-9, `${JSON.stringify(phrases)} ${h.id}: ${h.score} vs ${expected[i]!.score}`));
  }
}

/**
 * `statistics`: whether the index's statistics follow replaced and deleted articles (the SQLite
 * store's FTS5 index is contentless and keeps their terms: a todo there).
 */
export function bm25Contract(name: string, open: () => Promise<Store>, options: { statisticsTodo?: string } = {}): void {
  test(`${name} › candidate scores are the BM25 of src/search over what the store indexed, in its order`, async () => {
    const s = await open();
    try {
      await putArticles(s, await Promise.all(DOCS.map(jsonlDoc)));
      await assertRanked(s, DOCS);
      // paging: offset and limit cut the same order
      const all = await s.searchCandidates({ phrases: [['trung', 'quoc']], bm25: DEFAULT_BM25 });
      const second = await s.searchCandidates({ phrases: [['trung', 'quoc']], bm25: DEFAULT_BM25, offset: 1, limit: 1 });
      assert.deepEqual(second.hits.map((h) => h.id), all.hits.slice(1, 2).map((h) => h.id));
      assert.equal(second.total, all.total);
      // what results show, in the order asked for
      const shown = await s.searchHits(['r3', 'nope', 'r1']);
      assert.deepEqual(shown.map((h) => [h.id, h.title]), [['r3', 'Giá xăng tăng'], ['r1', 'Chủ tịch Tập Cận Bình thăm Triều Tiên']]);
    } finally {
      await s.close();
    }
  });

  test(`${name} › after an article is revised and another deleted, scores are the BM25 over what the store holds`, options.statisticsTodo ? { todo: options.statisticsTodo } : {}, async () => {
    const s = await open();
    try {
      await putArticles(s, await Promise.all(DOCS.map(jsonlDoc)));
      const revised = { ...DOCS[3]!, body: 'Kinh tế chậm lại.' };
      await putArticles(s, [await jsonlDoc(revised)]);
      await deleteArticles(s, ['r5']);
      await assertRanked(s, DOCS.filter((d) => d.id !== 'r5').map((d) => (d.id === revised.id ? revised : d)));
    } finally {
      await s.close();
    }
  });
}
