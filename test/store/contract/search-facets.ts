/**
 * `searchFacets`, and how much search reads: facets are checked against a count made here, over the
 * articles a search returns when asked for all of them (their outlets and months read from the hits),
 * with filters and copies; exact diacritics read only the texts that can change the page.
 */
import assert from 'node:assert/strict';
import { putArticles } from '../../../src/app/write.js';
import { search, searchFacets } from '../../../src/search/engine.js';
import type { SearchQuery } from '../../../src/search/query.js';
import type { FacetCounts, Store } from '../../../src/store/store.js';
import { B, idsOf, jsonlDoc, jsonlDocs, storiesUpdate, summary, type StoreTest } from './support.js';

const OUTLETS = ['Tuổi Trẻ', 'VnExpress', 'Dân trí', undefined];

/** 23 articles about `đoàn kết` (some undated, some without outlet), and 3 on something else. */
const corpus = () => jsonlDocs([
  ...Array.from({ length: 23 }, (_, i) => ({
    id: `f/${String(i).padStart(2, '0')}`,
    title: `Tin số ${i}`,
    body: `Bài ${i} nói về đoàn kết.${' Thêm câu.'.repeat(i % 5)}`,
    ...(i % 7 === 6 ? {} : { publishedAt: `2021-0${1 + (i % 4)}-1${i % 10}T08:00:00+07:00` }),
    ...(OUTLETS[i % 4] ? { source: OUTLETS[i % 4] } : {}),
  })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `o/${i}`, title: 'Khác', body: 'Giá xăng tăng.', publishedAt: '2021-05-01T08:00:00+07:00', source: 'Dân trí' })),
]);

/** The facets counted here: every hit of the search, asked for all at once. */
async function countedHere(s: Store, q: SearchQuery): Promise<FacetCounts> {
  const page = await search(s, { ...q, limit: 1000 });
  assert.equal(page.hits.length, page.total);
  const outlets = new Map<string, number>();
  const months = new Map<string, number>();
  for (const h of page.hits) {
    if (h.source) outlets.set(h.source, (outlets.get(h.source) ?? 0) + 1);
    if (h.publishedAt) months.set(h.publishedAt.slice(0, 7), (months.get(h.publishedAt.slice(0, 7)) ?? 0) + 1);
  }
  return {
    total: page.total,
    byOutlet: [...outlets].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)),
    byMonth: [...months].map(([month, count]) => ({ month, count })).sort((a, b) => b.month.localeCompare(a.month)),
  };
}

export function searchFacetTests(t: StoreTest): void {
  t('search facets: the outlets and months of every match, filtered as the search is', async (s) => {
    await putArticles(s, await corpus());
    for (const q of [
      { text: 'đoàn kết' }, { text: 'doan ket' }, { text: 'bài đoàn' }, { text: 'đoàn kết', source: 'tuoi tre' },
      { text: 'đoàn kết', from: '2021-02-01', to: '2021-03-31' }, { text: 'giá xăng' }, { text: 'không có đâu' },
    ]) {
      const f = await searchFacets(s, q);
      assert.deepEqual(f, await countedHere(s, q), JSON.stringify(q));
    }
    const all = await searchFacets(s, { text: 'đoàn kết' });
    assert.equal(all.total, 23);
    assert.deepEqual(all.byOutlet.map((o) => [o.source, o.count]), [['Dân trí', 6], ['Tuổi Trẻ', 6], ['VnExpress', 6]]);
    assert.equal(all.byMonth.reduce((n, m) => n + m.count, 0), 23 - 3, 'three undated');
  });

  t('search facets: copies counted only with includeCopies, as in total', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/near', body: `${B.body} Thêm một câu.` })]);
    await putArticles(s, [await jsonlDoc({ ...B, id: 'b/exact' })]);
    await s.saveStories(storiesUpdate({
      assignments: [{ id: B.id, story: 's1', similarity: 1, dated: true }, { id: 'b/near', story: 's1', copyOf: B.id, similarity: 0.95, dated: true }],
      stories: [summary('s1')],
      openIds: ['s1'],
    }));
    for (const includeCopies of [false, true]) {
      const q = { text: 'đoàn kết', includeCopies };
      assert.deepEqual(await searchFacets(s, q), await countedHere(s, q));
    }
    assert.deepEqual((await searchFacets(s, { text: 'đoàn kết' })).byOutlet, [{ source: 'VnExpress', count: 1 }]);
    assert.deepEqual((await searchFacets(s, { text: 'đoàn kết', includeCopies: true })).byOutlet, [{ source: 'VnExpress', count: 3 }]);
  });

  t('search: exact diacritics read the texts that can change the page, not every candidate', async (s) => {
    // 40 articles with `đoàn kết` as typed, 5 with it unmarked and the best BM25 (in the title too)
    await putArticles(s, await jsonlDocs([
      ...Array.from({ length: 40 }, (_, i) => ({ id: `x/${String(i).padStart(2, '0')}`, title: `Tin ${i}`, body: `Kêu gọi đoàn kết.${' Thêm câu.'.repeat(i)}` })),
      ...Array.from({ length: 5 }, (_, i) => ({ id: `y/${i}`, title: 'Doan ket', body: `Doan ket ${i}.` })),
    ]));
    const read: string[] = [];
    const counting = { ...s, searchCandidates: s.searchCandidates.bind(s), searchFacets: s.searchFacets.bind(s), searchHits: (ids: string[]) => {
      read.push(...ids);
      return s.searchHits(ids);
    } };
    const page = await search(counting, { text: 'đoàn kết', limit: 3 });
    assert.deepEqual(idsOf(page.hits), ['x/00', 'x/01', 'x/02'], 'exact first, then BM25');
    assert.ok(read.length < 45, `read ${read.length} texts of 45 candidates`);
    // the unmarked articles are read (they come first by BM25) and ranked after every exact one
    const deep = await search(counting, { text: 'đoàn kết', limit: 10, offset: 38 });
    assert.deepEqual(idsOf(deep.hits), ['x/38', 'x/39', 'y/0', 'y/1', 'y/2', 'y/3', 'y/4']);
    assert.equal((await search(s, { text: 'doan ket', limit: 5 })).hits.every((h) => h.id.startsWith('y/')), true);
  });
}
