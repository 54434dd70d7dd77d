/** `dumpArticles` and `restoreArticles`: everything kept of an article, read back and written into another store as it was. */
import assert from 'node:assert/strict';
import { articleInput, putArticles } from '../../../src/app/write.js';
import { search } from '../../../src/search/engine.js';
import type { ArticleDump, Store } from '../../../src/store/store.js';
import { A, B, batches, C, edited, jsonlDoc, placeIn, record, type StoreTest } from './support.js';

/** A (updated once: a revision, and its placement stale), B, b/2 (a copy of B), C; A and B placed in s1, b/2 in s2. */
async function stocked(s: Store): Promise<void> {
  await putArticles(s, [await jsonlDoc(A), await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' }), await jsonlDoc(C)]);
  await placeIn(s, { s1: [A.id, B.id], s2: ['b/2'] });
  await putArticles(s, [await jsonlDoc(edited(A))]);
}

async function dumps(s: Store, batchSize?: number): Promise<ArticleDump[][]> {
  return batches(s.dumpArticles(batchSize !== undefined ? { batchSize } : {}));
}

export function dumpTests(t: StoreTest, open: () => Promise<Store>): void {
  t('dumpArticles: every article in ingest order, in batches, with its revisions, hashes and placement', async (s) => {
    await stocked(s);
    const got = await dumps(s, 3);
    assert.deepEqual(got.map((b) => b.map((d) => d.article.id)), [[A.id, B.id, 'b/2'], [C.id]]);
    const [a, b, b2, c] = got.flat();
    assert.deepEqual(a!.article, await s.getArticle(A.id));
    assert.equal(a!.article.revision, 2);
    assert.deepEqual(a!.revisions.map((r) => [r.revision, r.doc.id, r.pipeline]), [[1, A.id, a!.article.pipeline]]);
    assert.equal(a!.revisions[0]!.contentHash, articleInput(await jsonlDoc(A)).contentHash);
    assert.equal(a!.rawHash, articleInput(await jsonlDoc(edited(A))).rawHash);
    assert.equal(a!.articleHash, articleInput(await jsonlDoc(edited(A))).articleHash);
    assert.deepEqual({ ...a!.placement, seq: 0 }, { story: 's1', similarity: 0.5, dated: true, stale: true, seq: 0 });
    assert.equal(b!.placement?.stale, false);
    assert.equal(b2!.article.copyOf, B.id);
    assert.equal(b2!.placement?.story, 's2');
    assert.equal(c!.placement, undefined);
    const empty = await open();
    try {
      assert.deepEqual(await dumps(empty), []);
    } finally {
      await empty.close();
    }
  });

  t('restoreArticles: another store holds the articles as they were (revisions, copies, placements, times), and finds them alike', async (s) => {
    await stocked(s);
    const from = (await dumps(s)).flat();
    const other = await open();
    try {
      // two batches, as an import writes them
      for (const part of [from.slice(0, 2), from.slice(2)]) await other.restoreArticles(part.map((dump) => ({ dump, index: articleInput(dump.article.doc).index })));
      assert.deepEqual((await dumps(other)).flat(), from);
      assert.deepEqual(await other.unplaced(), await s.unplaced());
      assert.deepEqual(await other.copiesOf(B.id), ['b/2']);
      assert.deepEqual(await other.revisions(A.id), await s.revisions(A.id));
      for (const text of ['Sanders', 'đoàn kết', 'tap can binh']) {
        const [x, y] = [await search(s, { text, includeCopies: true }), await search(other, { text, includeCopies: true })];
        assert.deepEqual(y.hits.map((h) => h.id), x.hits.map((h) => h.id), text);
        assert.equal(y.total, x.total, text);
      }
      // an id already stored fails the batch, which leaves nothing behind
      await assert.rejects(other.restoreArticles([{ dump: from[3]!, index: articleInput(from[3]!.article.doc).index }].map((r) => ({ ...r, dump: { ...r.dump, article: { ...r.dump.article, id: 'new/1', doc: { ...r.dump.article.doc, id: 'new/1' } } } }))
        .concat([{ dump: from[0]!, index: articleInput(from[0]!.article.doc).index }])));
      assert.equal(await other.getArticle('new/1'), undefined);
      assert.equal(await other.count(), 4);
    } finally {
      await other.close();
    }
  });

  t('dumpArticles and restoreArticles: each article\'s dated events as written, in their order (none written, none dumped), and read back alike', async (s) => {
    const E = { id: 'e/1', title: 'Thượng đỉnh', body: 'Hai nhà lãnh đạo gặp nhau hôm 23/3 tại Bình Nhưỡng. Hội đàm kết thúc hôm qua.', publishedAt: '2021-03-25T08:00:00+07:00' };
    await putArticles(s, [await jsonlDoc(E), await jsonlDoc(record('r/1'))]);
    await putArticles(s, [await jsonlDoc(edited(E, 'Đoàn đã đến hồi tuần trước.'))]); // its events replaced
    const given = { day: '2021-03-25', value: '2021-03-25', granularity: 'day', start: 9, end: 13, text: 'bài', sentenceStart: 0, sentenceEnd: 20 };
    const g = articleInput(await jsonlDoc(record('g/1')));
    // given out of offset order: kept in the order written
    await s.writeArticles({ writes: [{ kind: 'insert', article: { ...g, events: [given, { ...given, start: 0, end: 4 }] } }], copies: [] });
    const from = (await dumps(s)).flat();
    assert.deepEqual(from.map((d) => [d.article.id, d.events.length]), [[E.id, 3], ['r/1', 0], ['g/1', 2]]);
    assert.deepEqual(from[0]!.events.map((e) => e.text), ['hôm 23/3', 'hôm qua', 'hồi tuần trước']);
    assert.deepEqual(from[2]!.events.map((e) => e.start), [9, 0]);
    const other = await open();
    try {
      await other.restoreArticles(from.map((dump) => ({ dump, index: articleInput(dump.article.doc).index })));
      assert.deepEqual((await dumps(other)).flat(), from);
      const ids = [E.id, 'r/1', 'g/1'];
      assert.deepEqual(await other.datedEvents(ids), await s.datedEvents(ids));
      assert.equal((await other.datedEvents(ids)).length, 5);
      // dumped events carry the sentence's offsets, not the sentence
      assert.ok(from.every((d) => d.events.every((e) => !('sentence' in e))));
    } finally {
      await other.close();
    }
  });
}
