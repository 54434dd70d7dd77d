/**
 * `search`. The ranking is moving into src/search (a BM25 defined there), so these tests assert sets,
 * filters, paging and the two rules that stay (exact diacritics first, the whole query in a row
 * first), never the order of two hits that only BM25 tells apart.
 */
import { putArticles } from '../../../src/app/write.js';
import { search } from '../../../src/search/engine.js';
import assert from 'node:assert/strict';
import { queryPlans, type SearchQuery } from '../../../src/search/query.js';
import type { SearchHit, Store } from '../../../src/store/store.js';
import { A, B, C, idsOf, jsonlDoc, jsonlDocs, storiesUpdate, summary, type StoreTest } from './support.js';

const found = async (s: Store, q: SearchQuery): Promise<string[]> => idsOf((await search(s, q)).hits).sort();

/** Articles that all hold `Hà Nội` once, in the body, in texts of different lengths (BM25 alone orders them). */
const hanoi = (n: number) => jsonlDocs(Array.from({ length: n }, (_, i) => ({ id: `h/${String(i).padStart(2, '0')}`, title: `Bản tin số ${i}`, body: `Tin từ Hà Nội.${' Thêm một câu.'.repeat(i)}` })));

const nonIncreasing = (hits: (SearchHit & { score: number })[]): boolean => hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score);

export function searchTests(t: StoreTest): void {
  t('search: diacritics, case and đ are folded', async (s) => {
    await putArticles(s, [await jsonlDoc(A), await jsonlDoc(B), await jsonlDoc(C)]);
    for (const text of ['Tập Cận Bình', 'tap can binh', 'TẬP CẬN BÌNH']) assert.deepEqual(await found(s, { text }), [B.id, C.id], text);
    assert.deepEqual(await found(s, { text: 'doan ket' }), [B.id, C.id]);
  });

  t('search: a query with diacritics puts the articles that carry them exactly first', async (s) => {
    await putArticles(s, [await jsonlDoc(A), await jsonlDoc(B), await jsonlDoc(C)]);
    // the folded-only article has the better BM25 here (the phrase in the title and the body, a shorter text), yet comes second
    assert.deepEqual(idsOf((await search(s, { text: 'đoàn kết' })).hits), [B.id, C.id]);
  });

  t('search: case and marks never change which articles match; those holding the words together come first, counted', async (s) => {
    await putArticles(s, [
      await jsonlDoc({ id: 'apart', title: 'Tập trung cần bình tĩnh', body: 'Tập trung, cần bình tĩnh: tập luyện cần bình thường, tập và cần và bình.' }),
      await jsonlDoc({ id: 'row', title: 't', body: 'Chủ tịch Trung Quốc Tập Cận Bình gửi điện.' }),
      await jsonlDoc({ id: 'usd', title: 't', body: 'Khoản vay 500 triệu USD đầu tiên của năm.' }),
      await jsonlDoc({ id: 'tt', title: 't', body: 'Lãnh đạo Triều Tiên tới Bắc Kinh.' }),
    ]);
    for (const text of ['tap can binh', 'Tập Cận Bình', 'TẬP CẬN BÌNH', 'tập cận bình']) {
      const page = await search(s, { text });
      assert.deepEqual(idsOf(page.hits), ['row', 'apart'], text);
      assert.deepEqual([page.total, page.together], [2, 1], text);
    }
    // `triều tiên` is first `Triều Tiên`, then `500 triệu USD … đầu tiên`, and says which is which
    for (const text of ['triều tiên', 'Triều Tiên', 'trieu tien']) {
      const page = await search(s, { text });
      assert.deepEqual(idsOf(page.hits), ['tt', 'usd'], text);
      assert.equal(page.together, 1);
    }
    const none = await search(s, { text: 'tập luyện bình tĩnh' });
    assert.deepEqual([idsOf(none.hits), none.together], [['apart'], 0]);
    // one word: nothing to hold together
    assert.equal((await search(s, { text: 'Bắc Kinh' })).together, 1);
    assert.equal((await search(s, { text: 'lãnh' })).together, undefined);
  });

  t('search: quoted phrases match as phrases; hyphenated names match their parts', async (s) => {
    await putArticles(s, [await jsonlDoc({ id: 'k1', title: 't', body: 'Lãnh đạo Kim Jong-un đến Bắc Kinh.' }), await jsonlDoc({ id: 'k2', title: 't', body: 'Ông Kim gặp Jong Un ở Seoul.' })]);
    assert.deepEqual(await found(s, { text: '"Kim Jong Un"' }), ['k1']);
    assert.deepEqual(await found(s, { text: '"Kim Jong-un"' }), ['k1']);
    const unquoted = await search(s, { text: 'Kim Jong Un' });
    assert.deepEqual([idsOf(unquoted.hits), unquoted.together], [['k1', 'k2'], 1]);
  });

  t('search: words together first; a query whose words only appear apart matches them apart, counted as 0 together', async (s) => {
    await putArticles(s, [
      await jsonlDoc({ id: 'w1', title: 't', body: 'Hai nước tăng cường hợp tác kinh tế.' }),
      await jsonlDoc({ id: 'w2', title: 't', body: 'Hội nghị hợp nhất hai bên, hợp đồng hợp lệ, tác phong và động lực.' }),
    ]);
    const both = await search(s, { text: 'hợp tác' });
    assert.deepEqual([idsOf(both.hits), both.together], [['w1', 'w2'], 1]);
    assert.equal(queryPlans({ text: 'tác động' }).length, 2);
    const apart = await search(s, { text: 'tác động' });
    assert.deepEqual(idsOf(apart.hits), ['w2']);
    assert.deepEqual(apart.phrases, [['tác'], ['động']]);
    assert.equal(apart.together, 0);
    // a quoted phrase stays a phrase: nothing widens it
    assert.deepEqual((await search(s, { text: '"tác động"' })).hits, []);
  });

  t('search: a query with no words finds nothing', async (s) => {
    await putArticles(s, [await jsonlDoc(A), await jsonlDoc(B)]);
    for (const text of ['', '   ', '"" ... !!']) assert.deepEqual((await search(s, { text })).hits, [], JSON.stringify(text));
    assert.equal((await search(s, { text: '' })).total, 0);
  });

  // Filters: B (VnExpress, 2021-03-23), C (Tuổi Trẻ, 2019-04-19 08:00 +07:00) and an undated article, all holding `doan ket`.
  const filters: { title: string; query: Omit<SearchQuery, 'text'>; ids: string[] }[] = [
    { title: 'with no filter, every matching article, dated or not', query: {}, ids: [B.id, C.id, 'u/1'] },
    { title: 'from is inclusive; an undated article matches no time bound', query: { from: '2021-03-23' }, ids: [B.id] },
    { title: 'to a date includes that whole day (Vietnam time)', query: { to: '2019-04-19' }, ids: [C.id] },
    { title: 'to an instant leaves out what comes after it', query: { to: '2019-04-19T00:59:59Z' }, ids: [] },
    { title: 'from and to together', query: { from: '2019-01-01', to: '2020-12-31' }, ids: [C.id] },
    { title: 'the outlet filter ignores case and diacritics', query: { source: 'tuoi tre' }, ids: [C.id] },
    { title: 'the outlet filter goes with a time range', query: { source: 'VNEXPRESS', from: '2020-01-01' }, ids: [B.id] },
    { title: 'an outlet no article has finds nothing', query: { source: 'Dân trí' }, ids: [] },
  ];
  for (const f of filters) {
    t(`search: ${f.title}`, async (s) => {
      await putArticles(s, [await jsonlDoc(B), await jsonlDoc(C), await jsonlDoc({ id: 'u/1', title: 'Không ngày', body: 'Bài không ngày về đoàn kết.' })]);
      const page = await search(s, { text: 'doan ket', ...f.query });
      assert.deepEqual(idsOf(page.hits).sort(), f.ids);
      assert.equal(page.total, f.ids.length);
    });
  }

  t('search: a bound that is not a date is a RangeError', async (s) => {
    await assert.rejects(search(s, { text: 'x', from: 'last week' }), RangeError);
    await assert.rejects(search(s, { text: 'x', to: '2019-13-45' }), RangeError);
  });

  t('search: exact copies are left out (and not counted) unless includeCopies; a copy names its original', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc(C)]);
    await putArticles(s, [await jsonlDoc({ ...B, id: 'b/2' })]);
    const without = await search(s, { text: 'đoàn kết' });
    assert.deepEqual(idsOf(without.hits).sort(), [B.id, C.id]);
    assert.equal(without.total, 2);
    const withCopies = await search(s, { text: 'đoàn kết', includeCopies: true });
    assert.deepEqual(idsOf(withCopies.hits).sort(), [B.id, 'b/2', C.id]);
    assert.equal(withCopies.total, 3);
    assert.equal(withCopies.hits.find((h) => h.id === 'b/2')!.copyOf, B.id);
    assert.equal(withCopies.hits.find((h) => h.id === B.id)!.copyOf, undefined);
  });

  t('search: near-duplicates (placed as copies in a story) are folded under their original, which counts its copies, unless includeCopies', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc(C), await jsonlDoc({ ...B, id: 'b/near', body: `${B.body} Thêm một câu.` })]);
    await putArticles(s, [await jsonlDoc({ ...B, id: 'b/exact' })]);
    await s.saveStories(storiesUpdate({
      assignments: [
        { id: B.id, story: 's1', similarity: 1, dated: true },
        { id: 'b/near', story: 's1', copyOf: B.id, similarity: 0.95, dated: true },
        { id: C.id, story: 's2', similarity: 1, dated: true },
      ],
      stories: [summary('s1'), summary('s2')],
      openIds: ['s1', 's2'],
    }));
    const folded = await search(s, { text: 'đoàn kết' });
    assert.deepEqual([idsOf(folded.hits).sort(), folded.total], [[B.id, C.id], 2]);
    const b = folded.hits.find((h) => h.id === B.id)!;
    assert.equal(b.copies, 2, 'one exact copy and one near-duplicate');
    assert.equal(folded.hits.find((h) => h.id === C.id)!.copies, undefined);
    const all = await search(s, { text: 'đoàn kết', includeCopies: true });
    assert.deepEqual([idsOf(all.hits).sort(), all.total], [[B.id, 'b/exact', 'b/near', C.id].sort(), 4]);
    assert.equal(all.hits.find((h) => h.id === 'b/near')!.copyOf, B.id);
    assert.equal(all.hits.find((h) => h.id === 'b/exact')!.copyOf, B.id);
  });

  t('search: a hit carries the article\'s title, outlet, publication time and text', async (s) => {
    const doc = await jsonlDoc(B);
    await putArticles(s, [doc, await jsonlDoc({ id: 'bare', body: 'Một bài về đoàn kết, không tiêu đề.' })]);
    const hits = (await search(s, { text: 'đoàn kết' })).hits;
    const b = hits.find((h) => h.id === B.id)!;
    assert.deepEqual([b.title, b.source, b.publishedAt, b.text], [doc.meta.title, doc.meta.source, doc.meta.publishedAt, doc.text]);
    const bare = hits.find((h) => h.id === 'bare')!;
    assert.deepEqual([bare.title, bare.source, bare.publishedAt], [undefined, undefined, undefined]);
  });

  t('search: limit and offset page through the hits; total counts them all; the pages make up the whole list', async (s) => {
    await putArticles(s, await hanoi(12));
    const all = await search(s, { text: 'ha noi', limit: 12 });
    assert.equal(all.total, 12);
    assert.equal(all.hits.length, 12);
    const pages = [];
    for (const offset of [0, 5, 10]) {
      const page = await search(s, { text: 'ha noi', limit: 5, offset });
      assert.equal(page.total, 12);
      pages.push(...idsOf(page.hits));
    }
    assert.deepEqual(pages, idsOf(all.hits));
    assert.equal((await search(s, { text: 'ha noi' })).hits.length, 10, 'the default limit is 10');
    const past = await search(s, { text: 'ha noi', offset: 20 });
    assert.deepEqual([past.hits, past.total], [[], 12]);
  });

  t('search: scores are higher-is-better: they do not increase down a page, nor from one page to the next', async (s) => {
    await putArticles(s, await hanoi(12));
    for (const text of ['ha noi', 'Hà Nội']) {
      const all = (await search(s, { text, limit: 12 })).hits;
      assert.ok(all.every((h) => Number.isFinite(h.score)));
      assert.ok(nonIncreasing(all), text);
      const first = (await search(s, { text, limit: 6 })).hits;
      const second = (await search(s, { text, limit: 6, offset: 6 })).hits;
      assert.ok(nonIncreasing([...first, ...second]), text);
    }
  });

  t('search: the rules hold across pages: the exact-diacritics hits fill the first pages', async (s) => {
    await putArticles(s, [
      ...(await hanoi(6)),
      ...(await jsonlDocs(Array.from({ length: 6 }, (_, i) => ({ id: `f/${i}`, title: `Ha Noi ${i}`, body: `Ha Noi, ha noi, ha noi: tin khong dau ${i}.` })))),
    ]);
    const first = await search(s, { text: 'Hà Nội', limit: 6 });
    const second = await search(s, { text: 'Hà Nội', limit: 6, offset: 6 });
    assert.deepEqual(idsOf(first.hits).sort(), idsOf(await hanoi(6)));
    assert.deepEqual(idsOf(second.hits).sort(), Array.from({ length: 6 }, (_, i) => `f/${i}`));
  });
}
