/** `deleteArticles`: what goes with an article, copies given a new original, the stories update, one transaction. */
import { putArticles } from '../../../src/app/write.js';
import { search } from '../../../src/search/engine.js';
import assert from 'node:assert/strict';
import type { Store } from '../../../src/store/store.js';
import { A, at, B, batches, C, DATED, edited, idsOf, jsonlDoc, placeIn, record, storiesUpdate, summary, type StoreTest, savedScalars, stateDelta } from './support.js';


/** A, B, b/2 (a copy of B) and C stored, A updated once; A and B placed in s1. */
async function stocked(s: Store): Promise<void> {
  await putArticles(s, [await jsonlDoc(A), await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' }), await jsonlDoc(C)]);
  await putArticles(s, [await jsonlDoc(edited(A))]);
  await placeIn(s, { s1: [A.id, B.id] });
}

export function deleteTests(t: StoreTest): void {
  t('deleteArticles: the article goes with its revisions, its search entries and its placement', async (s) => {
    await stocked(s);
    assert.deepEqual(await s.deleteArticles([A.id]), [A.id]);
    assert.equal(await s.getArticle(A.id), undefined);
    assert.deepEqual(await s.getArticles([A.id]), []);
    assert.equal(await s.rawHashOf(A.id), undefined);
    assert.deepEqual(await s.revisions(A.id), []);
    assert.equal((await s.stats()).revisions, 0);
    assert.equal((await search(s, { text: 'Sanders' })).total, 0);
    assert.equal(await s.storyOf(A.id), undefined);
    assert.equal((await s.placements([A.id])).size, 0);
    assert.deepEqual(idsOf((await s.getStory('s1'))!.articles), [B.id]);
    assert.deepEqual((await batches(s.articleIds())).flat(), [B.id, 'b/2', C.id]);
    assert.equal(await s.count(), 3);
  });

  t('deleteArticles: returns the ids that were there (in no set order); unknown ids are ignored', async (s) => {
    await stocked(s);
    assert.deepEqual((await s.deleteArticles([C.id, 'no/such', A.id])).sort(), [A.id, C.id].sort());
    assert.deepEqual(await s.deleteArticles(['no/such']), []);
    assert.deepEqual(await s.deleteArticles([]), []);
    assert.equal(await s.count(), 2);
  });

  t('deleteArticles: copies gives the exact copies of a deleted article their new original', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' }), await jsonlDoc({ ...B, id: 'b/3' }), await jsonlDoc(C)]);
    await s.deleteArticles([B.id], { copies: [{ id: 'b/2' }, { id: 'b/3', copyOf: 'b/2' }] });
    assert.equal((await s.getArticle('b/2'))!.copyOf, undefined);
    assert.equal((await s.getArticle('b/3'))!.copyOf, 'b/2');
    assert.deepEqual(await s.copiesOf('b/2'), ['b/3']);
    assert.equal((await s.stats()).copies, 1);
    assert.deepEqual(idsOf((await search(s, { text: 'đoàn kết' })).hits).sort(), ['b/2', C.id]);
  });

  t('deleteArticles: the search entries of a deleted article never find a later article', async (s) => {
    await putArticles(s, [await jsonlDoc(A), await jsonlDoc(B)]);
    await s.deleteArticles([B.id]);
    await putArticles(s, [await jsonlDoc(record('later'))]);
    assert.equal((await search(s, { text: 'Tập Cận Bình' })).total, 0);
    assert.deepEqual(idsOf((await search(s, { text: 'không bài nào khác' })).hits), ['later']);
  });

  // A story left empty by the deletion goes, whether the update names it in `emptied` or in `refresh`.
  for (const how of ['emptied', 'refresh'] as const) {
    t(`deleteArticles: the stories update is applied with the deletion (a story left empty, named in ${how}, goes)`, async (s) => {
      await putArticles(s, DATED);
      await placeIn(s, { s1: ['d1', 'd3'], s2: ['d2'] });
      const left = how === 'emptied' ? { emptied: ['s2'], refresh: ['s1'] } : { refresh: ['s1', 's2'] };
      await s.deleteArticles(['d3', 'd2'], { stories: storiesUpdate({ state: stateDelta('{"run":2}'), openIds: ['s1'], ...left }) });
      assert.equal(await s.getStory('s2'), undefined);
      const s1 = (await s.getStory('s1'))!;
      assert.deepEqual([s1.first, s1.last, idsOf(s1.articles)], [at('d1'), at('d1'), ['d1']]);
      assert.equal(await savedScalars(s), '{"run":2}');
      assert.equal((await s.listStories()).total, 1);
    });
  }

  t('deleteArticles: a placement that copied a deleted article no longer names it, unless the update names another', async (s) => {
    await putArticles(s, DATED);
    await s.saveStories(storiesUpdate({
      assignments: [
        { id: 'd1', story: 's1', similarity: 1, dated: true },
        { id: 'd2', story: 's1', copyOf: 'd1', similarity: 0.9, dated: true },
        { id: 'd3', story: 's1', copyOf: 'd1', similarity: 0.9, dated: true },
      ],
      stories: [summary('s1')],
      openIds: ['s1'],
    }));
    await s.deleteArticles(['d1'], { stories: storiesUpdate({ assignments: [{ id: 'd3', story: 's1', copyOf: 'd2', similarity: 0.9, dated: true }], stories: [summary('s1')], openIds: ['s1'] }) });
    const story = (await s.getStory('s1'))!;
    assert.deepEqual(story.articles.map((a) => [a.id, a.copyOf]), [['d2', undefined], ['d3', 'd2']]);
    assert.equal(story.copies, 1);
  });

  t('deleteArticles: a failure rolls everything back (articles, revisions, search, placements, copies, stories)', async (s) => {
    await stocked(s);
    const state = await savedScalars(s);
    const bad = storiesUpdate({ state: stateDelta('{"run":2}'), assignments: [{ id: C.id, story: null as unknown as string, similarity: 1, dated: true }], refresh: ['s1'] });
    await assert.rejects(s.deleteArticles([A.id, B.id], { copies: [{ id: 'b/2' }], stories: bad }));
    assert.deepEqual(idsOf(await s.getArticles([A.id, B.id])), [A.id, B.id]);
    assert.equal((await s.revisions(A.id)).length, 1);
    assert.deepEqual(idsOf((await search(s, { text: 'Sanders' })).hits), [A.id]);
    assert.equal((await s.getArticle('b/2'))!.copyOf, B.id);
    assert.deepEqual(idsOf((await s.getStory('s1'))!.articles).sort(), [A.id, B.id].sort());
    assert.equal(await s.storyOf(C.id), undefined);
    assert.equal(await savedScalars(s), state);
    assert.equal(await s.count(), 4);
  });
}
