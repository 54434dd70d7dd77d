/** Writing articles: `putArticles` (new, unchanged, updated, copy, teasers, one transaction) and `updateAnnotations`. */
import { putArticles, updateAnnotations } from '../../../src/app/write.js';
import { search } from '../../../src/search/engine.js';
import assert from 'node:assert/strict';
import type { NewsDoc } from '../../../src/doc/news-doc.js';
import type { PutResult } from '../../../src/app/article-rules.js';
import type { Store } from '../../../src/store/store.js';
import { A, B, C, edited, feedTeaser, idsOf, jsonlDoc, pipeline, placeIn, reannotated, record, withWords, wordsPipeline, type StoreTest } from './support.js';

const LINK = 'https://vnexpress.net/ong-tap-can-binh-tham-trieu-tien-1.html';
const FULL = { url: LINK, title: 'Ông Tập Cận Bình thăm Triều Tiên', body: 'Chủ tịch Trung Quốc đến Bình Nhưỡng sáng nay.\nHai bên hội đàm về hợp tác.', publishedAt: '2019-06-20T12:15:00+07:00' };
const TEASER = { title: FULL.title, link: LINK, summary: 'Chủ tịch Trung Quốc đến Bình Nhưỡng.', publishedAt: FULL.publishedAt };

export function articleTests(t: StoreTest): void {
  t('putArticles: a new article reads back as it was put', async (s) => {
    const doc = await jsonlDoc(A);
    assert.deepEqual(await putArticles(s, [doc]), [{ id: A.id, outcome: 'new', revision: 1 }]);
    const got = (await s.getArticle(A.id))!;
    assert.equal(got.id, A.id);
    assert.equal(got.revision, 1);
    assert.equal(got.text, doc.text);
    assert.deepEqual(got.meta, doc.meta);
    assert.equal(got.lang, doc.language!.lang);
    assert.deepEqual(got.doc.blocks, doc.blocks);
    assert.deepEqual(got.doc.sentences, doc.sentences);
    assert.deepEqual(Buffer.from(got.doc.input.bytes), Buffer.from(doc.input.bytes));
    assert.equal(got.pipeline, pipeline.version);
    assert.equal(got.copyOf, undefined);
    assert.ok(!Number.isNaN(Date.parse(got.ingestedAt)) && !Number.isNaN(Date.parse(got.updatedAt)));
  });

  // What one put says, after what came before (each inner list one batch).
  const outcomes: { title: string; before: () => Promise<NewsDoc[][]>; put: () => Promise<NewsDoc[]>; expect: PutResult[] }[] = [
    { title: 'the same input again is unchanged', before: async () => [[await jsonlDoc(A)]], put: async () => [await jsonlDoc(A)], expect: [{ id: A.id, outcome: 'unchanged', revision: 1 }] },
    { title: 'changed input is updated, as the next revision', before: async () => [[await jsonlDoc(A)]], put: async () => [await jsonlDoc(edited(A))], expect: [{ id: A.id, outcome: 'updated', revision: 2 }] },
    { title: 'changed metadata with the same text is updated too', before: async () => [[await jsonlDoc(A)]], put: async () => [await jsonlDoc({ ...A, author: 'Minh Anh' })], expect: [{ id: A.id, outcome: 'updated', revision: 2 }] },
    {
      title: 'the same text under another id is a copy of the earliest article with that text',
      before: async () => [[await jsonlDoc(B)], [await jsonlDoc({ ...B, id: 'b/2' })]],
      put: async () => [await jsonlDoc({ ...B, id: 'b/3' })],
      expect: [{ id: 'b/3', outcome: 'copy', copyOf: 'b/1', revision: 1 }],
    },
    {
      title: 'a copy within one batch is a copy of the article before it in the batch',
      before: async () => [],
      put: async () => [await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' })],
      expect: [{ id: 'b/1', outcome: 'new', revision: 1 }, { id: 'b/2', outcome: 'copy', copyOf: 'b/1', revision: 1 }],
    },
    {
      title: 'a copy put again is unchanged and still names its original',
      before: async () => [[await jsonlDoc(B)], [await jsonlDoc({ ...B, id: 'b/2' })]],
      put: async () => [await jsonlDoc({ ...B, id: 'b/2' })],
      expect: [{ id: 'b/2', outcome: 'unchanged', copyOf: 'b/1', revision: 1 }],
    },
    {
      title: 'an update to the text of an earlier article makes the article its copy',
      before: async () => [[await jsonlDoc(B)], [await jsonlDoc(C)]],
      put: async () => [await jsonlDoc({ ...B, id: C.id })],
      expect: [{ id: C.id, outcome: 'updated', copyOf: B.id, revision: 2 }],
    },
    {
      title: 'a feed teaser never replaces a full article stored under the same id',
      before: async () => [[await jsonlDoc(FULL)]],
      put: async () => [await feedTeaser(TEASER)],
      expect: [{ id: 'vnexpress.net/ong-tap-can-binh-tham-trieu-tien-1.html', outcome: 'unchanged', revision: 1 }],
    },
    {
      title: 'a full article replaces a feed teaser stored under the same id',
      before: async () => [[await feedTeaser(TEASER)]],
      put: async () => [await jsonlDoc(FULL)],
      expect: [{ id: 'vnexpress.net/ong-tap-can-binh-tham-trieu-tien-1.html', outcome: 'updated', revision: 2 }],
    },
  ];
  for (const o of outcomes) {
    t(`putArticles: ${o.title}`, async (s) => {
      for (const batch of await o.before()) await putArticles(s, batch);
      assert.deepEqual(await putArticles(s, await o.put()), o.expect);
    });
  }

  t('putArticles: a feed teaser leaves the full article as it was (text, metadata, no revision)', async (s) => {
    const full = await jsonlDoc(FULL);
    await putArticles(s, [full]);
    await putArticles(s, [await feedTeaser(TEASER)]);
    const got = (await s.getArticle(full.id))!;
    assert.equal(got.text, full.text);
    assert.equal(got.meta.summaryOnly, undefined);
    assert.deepEqual(await s.revisions(full.id), []);
  });

  t('putArticles: every update keeps the replaced revision; revisions() lists them oldest first', async (s) => {
    const v1 = await jsonlDoc(A);
    const v2 = await jsonlDoc(edited(A, 'Đoạn thứ hai.'));
    const v3 = await jsonlDoc(edited(A, 'Đoạn thứ ba.'));
    for (const v of [v1, v2, v3]) await putArticles(s, [v]);
    const got = (await s.getArticle(A.id))!;
    assert.equal(got.revision, 3);
    assert.equal(got.text, v3.text);
    const revs = await s.revisions(A.id);
    assert.deepEqual(revs.map((r) => [r.revision, r.text]), [[1, v1.text], [2, v2.text]]);
    assert.deepEqual(revs[0]!.meta, v1.meta);
    assert.equal(revs[0]!.pipeline, pipeline.version);
    for (const r of revs) assert.ok(Date.parse(r.ingestedAt) <= Date.parse(r.replacedAt));
    assert.equal((await s.stats()).revisions, 2);
  });

  t('putArticles: an update keeps the article in its place in ingest order', async (s) => {
    await putArticles(s, [await jsonlDoc(A)]);
    await putArticles(s, [await jsonlDoc(B)]);
    await putArticles(s, [await jsonlDoc(edited(A))]);
    const ids: string[] = [];
    for await (const batch of s.articleIds()) ids.push(...batch);
    assert.deepEqual(ids, [A.id, B.id]);
  });

  t('putArticles: a copy updated to another text is no longer a copy', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' })]);
    const [r] = await putArticles(s, [await jsonlDoc(edited({ ...B, id: 'b/2' }))]);
    assert.deepEqual(r, { id: 'b/2', outcome: 'updated', revision: 2 });
    assert.equal((await s.getArticle('b/2'))!.copyOf, undefined);
    assert.deepEqual(await s.copiesOf(B.id), []);
  });

  t('putArticles: an original updated to another text leaves its copies to the earliest of them', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' }), await jsonlDoc({ ...B, id: 'b/3' })]);
    await putArticles(s, [await jsonlDoc(edited(B))]);
    assert.equal((await s.getArticle('b/2'))!.copyOf, undefined);
    assert.equal((await s.getArticle('b/3'))!.copyOf, 'b/2');
    assert.deepEqual(await s.copiesOf(B.id), []);
    // the old text is still found (by default copies are left out)
    assert.deepEqual(idsOf((await search(s, { text: 'Ông Kim kêu gọi' })).hits).sort(), ['b/1', 'b/2']);
  });

  t('putArticles: a batch is all-or-nothing: a failure stores nothing of it', async (s) => {
    await putArticles(s, [await jsonlDoc(A)]);
    const bad = { ...(await jsonlDoc(B)), text: undefined as unknown as string, id: null as unknown as string };
    await assert.rejects(putArticles(s, [await jsonlDoc(edited(A)), await jsonlDoc(C), bad]));
    const got = (await s.getArticle(A.id))!;
    assert.equal(got.revision, 1);
    assert.equal(got.text, (await jsonlDoc(A)).text);
    assert.deepEqual(await s.revisions(A.id), []);
    assert.equal(await s.getArticle(C.id), undefined);
    assert.equal(await s.count(), 1);
    assert.equal((await search(s, { text: 'đoạn mới' })).total, 0);
    assert.equal((await search(s, { text: 'khong dau' })).total, 0);
  });

  t('updateAnnotations: replaces the text and annotations; keeps the raw input, the revision and no new revision', async (s) => {
    const doc = await jsonlDoc(A);
    await putArticles(s, [doc]);
    const hash = await s.rawHashOf(A.id);
    const next = await reannotated((await s.getArticle(A.id))!, { ...A, body: 'Ông Obama phát biểu tại Hà Nội.' });
    await updateAnnotations(s, [next]);
    const got = (await s.getArticle(A.id))!;
    assert.equal(got.text, next.text);
    assert.deepEqual(got.doc.blocks, next.blocks);
    assert.deepEqual(got.doc.sentences, next.sentences);
    assert.equal(got.revision, 1);
    assert.deepEqual(await s.revisions(A.id), []);
    assert.deepEqual(Buffer.from(got.doc.input.bytes), Buffer.from(doc.input.bytes));
    assert.equal(await s.rawHashOf(A.id), hash);
    assert.equal(await s.count(), 1);
  });

  t('updateAnnotations: the search entries follow: the old text is no longer found, the new one is', async (s) => {
    await putArticles(s, [await jsonlDoc(A)]);
    await updateAnnotations(s, [await reannotated((await s.getArticle(A.id))!, { ...A, body: 'Ông Obama phát biểu tại Hà Nội.' })]);
    assert.equal((await search(s, { text: 'Sanders' })).total, 0);
    assert.deepEqual(idsOf((await search(s, { text: 'Obama' })).hits), [A.id]);
  });

  t('updateAnnotations: records the pipeline version of the new annotations', async (s) => {
    await putArticles(s, [await jsonlDoc(A)]);
    await updateAnnotations(s, [await withWords((await s.getArticle(A.id))!)]);
    const got = (await s.getArticle(A.id))!;
    assert.equal(got.pipeline, wordsPipeline.version);
    assert.ok(got.doc.words && got.doc.words.length > 0);
  });

  t('updateAnnotations: an id the store does not hold is not created', async (s) => {
    await updateAnnotations(s, [await jsonlDoc(B)]);
    assert.equal(await s.getArticle(B.id), undefined);
    assert.equal(await s.count(), 0);
  });

  // Whether a change sends a placed article back to be placed: a changed text or date does, nothing else.
  const changes: Record<'putArticles' | 'updateAnnotations', { title: string; next: Record<string, unknown>; stale: boolean }[]> = {
    putArticles: [
      { title: 'a changed text makes the placement stale', next: edited(A), stale: true },
      { title: 'a changed date makes the placement stale', next: { ...A, publishedAt: '2016-05-21T10:15:00+07:00' }, stale: true },
      { title: 'changed metadata with the same text and date leaves the placement as it was', next: { ...A, author: 'Minh Anh' }, stale: false },
      { title: 'the same input leaves the placement as it was', next: A, stale: false },
    ],
    updateAnnotations: [
      { title: 'a changed text makes the placement stale', next: { ...A, body: 'Ông Obama phát biểu tại Hà Nội.' }, stale: true },
      { title: 'a changed date makes the placement stale', next: { ...A, publishedAt: '2016-05-21T10:15:00+07:00' }, stale: true },
      { title: 'the same text and date leave the placement as it was', next: A, stale: false },
    ],
  };
  const change = {
    putArticles: async (s: Store, next: Record<string, unknown>) => void (await putArticles(s, [await jsonlDoc(next)])),
    updateAnnotations: async (s: Store, next: Record<string, unknown>) => updateAnnotations(s, [await reannotated((await s.getArticle(A.id))!, next)]),
  };
  for (const method of ['putArticles', 'updateAnnotations'] as const) {
    for (const c of changes[method]) {
      t(`${method}: ${c.title}`, async (s) => {
        await putArticles(s, [await jsonlDoc(A)]);
        await placeIn(s, { s1: [A.id] });
        await change[method](s, c.next);
        assert.deepEqual(await s.unplaced(), c.stale ? [{ id: A.id, formerStory: 's1' }] : []);
      });
    }
  }

  t('updateAnnotations: a copy whose text changed is no longer a copy', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' })]);
    await updateAnnotations(s, [await reannotated((await s.getArticle('b/2'))!, edited(B))]);
    assert.equal((await s.getArticle('b/2'))!.copyOf, undefined);
    assert.deepEqual(await s.copiesOf(B.id), []);
  });

  t('updateAnnotations: an article whose text now equals an earlier article\'s becomes its copy', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc(record('x/1'))]);
    await updateAnnotations(s, [await reannotated((await s.getArticle('x/1'))!, { ...B, id: 'x/1' })]);
    assert.equal((await s.getArticle('x/1'))!.copyOf, B.id);
    assert.deepEqual(await s.copiesOf(B.id), ['x/1']);
  });
}
