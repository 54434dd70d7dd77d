/** `stats`: every field, including who republishes whom (from the copies placed in stories). */
import { putArticles, updateAnnotations } from '../../../src/app/write.js';
import assert from 'node:assert/strict';
import type { StoryAssignment } from '../../../src/store/store.js';
import { A, B, C, jsonlDoc, jsonlDocs, pipeline, record, storiesUpdate, summary, withWords, wordsPipeline, type StoreTest } from './support.js';

const ENGLISH = { id: 'en/1', title: 'Economy', body: 'The prime minister said the economy grew strongly this year, according to official figures released on Monday.' };

export function statsTests(t: StoreTest): void {
  t('stats: an empty store counts nothing', async (s) => {
    assert.deepEqual(await s.stats(), { articles: 0, revisions: 0, copies: 0, nearCopies: 0, outlets: 0, byLang: {}, bySource: [], undated: 0, byPipeline: {}, republished: [] });
  });

  t('stats: articles, revisions, copies, languages, undated articles and pipeline versions are counted', async (s) => {
    const docs = [await jsonlDoc(A), await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' }), await jsonlDoc(C), await jsonlDoc(ENGLISH), await jsonlDoc(record('u/1'))];
    await putArticles(s, docs);
    await putArticles(s, [await jsonlDoc({ ...A, author: 'Minh Anh' })]);
    await putArticles(s, [await jsonlDoc({ ...A, author: 'Lan Anh' })]);
    await updateAnnotations(s, [await withWords((await s.getArticle(C.id))!)]);
    const st = await s.stats();
    assert.equal(st.articles, 6);
    assert.equal(st.revisions, 2);
    assert.equal(st.copies, 1);
    const byLang: Record<string, number> = {};
    for (const d of docs) byLang[d.language!.lang] = (byLang[d.language!.lang] ?? 0) + 1;
    assert.equal(byLang.en, 1, 'the fixture has an English article');
    assert.deepEqual(st.byLang, byLang);
    assert.equal(st.undated, 2);
    assert.deepEqual(st.byPipeline, { [pipeline.version]: 5, [wordsPipeline.version]: 1 });
  });

  t('stats: the first and last publication times, as stored', async (s) => {
    const docs = [await jsonlDoc(B), await jsonlDoc(A), await jsonlDoc({ ...C, publishedAt: '2019-04-19T01:00:00Z' }), await jsonlDoc(record('u/1'))];
    await putArticles(s, docs);
    const st = await s.stats();
    assert.equal(st.firstPublished, docs[1]!.meta.publishedAt);
    assert.equal(st.lastPublished, docs[0]!.meta.publishedAt);
    assert.equal(st.undated, 1);
  });

  t('stats: the 15 outlets with most articles, most first; articles without one counted as (unknown)', async (s) => {
    const docs = await jsonlDocs(Array.from({ length: 16 }, (_, o) => Array.from({ length: o + 1 }, (_, i) => record(`o${o}/${i}`, { source: `Outlet ${o + 1}` }))).flat());
    docs.push(...(await jsonlDocs(Array.from({ length: 20 }, (_, i) => record(`u/${i}`)))));
    await putArticles(s, docs);
    const expected = [{ source: '(unknown)', count: 20 }, ...Array.from({ length: 14 }, (_, i) => ({ source: `Outlet ${16 - i}`, count: 16 - i }))];
    const st = await s.stats();
    assert.deepEqual(st.bySource, expected);
    assert.equal(st.outlets, 17, 'every outlet is counted, listed or not');
  });

  t('stats: republished counts the copies placed in stories, by the copy\'s outlet and its original\'s, when they differ, most first', async (s) => {
    const outlets: [string, string | undefined][] = [
      ['o', 'VnExpress'], ['t1', 'Tuổi Trẻ'], ['t2', 'Tuổi Trẻ'], ['t3', 'Tuổi Trẻ'], ['d1', 'Dân trí'], ['d2', 'Dân trí'],
      ['v1', 'VnExpress'], ['u1', undefined], ['n1', 'Thanh Niên'],
    ];
    const docs = await jsonlDocs(outlets.map(([id, source]) => record(id, source ? { source } : {})));
    await putArticles(s, docs);
    // an exact copy from yet another outlet, never placed: not counted
    await putArticles(s, [await jsonlDoc({ ...record('o', { source: 'VnExpress' }), id: 'x1', source: 'Người Lao Động' })]);
    const copies = ['t1', 't2', 't3', 'd1', 'd2', 'v1', 'u1'];
    const assignments: StoryAssignment[] = [
      { id: 'o', story: 's1', similarity: 1, dated: false },
      ...copies.map((id) => ({ id, story: 's1', copyOf: 'o', similarity: 0.9, dated: false })),
      { id: 'n1', story: 's1', similarity: 0.4, dated: false },
    ];
    await s.saveStories(storiesUpdate({ assignments, stories: [summary('s1')], openIds: ['s1'] }));
    const st = await s.stats();
    assert.deepEqual([st.copies, st.nearCopies], [1, copies.length], 'near-duplicates are counted apart from exact copies');
    const source = (id: string): string => docs.find((d) => d.id === id)!.meta.source!;
    assert.deepEqual((await s.stats()).republished, [
      { outlet: source('t1'), from: source('o'), count: 3 },
      { outlet: source('d1'), from: source('o'), count: 2 },
      { outlet: '(unknown)', from: source('o'), count: 1 },
    ]);
  });
}
