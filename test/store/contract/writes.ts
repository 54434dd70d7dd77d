/**
 * The store's two write primitives, called directly: `articleStates` (what the rules read) and
 * `writeArticles` (the writes the rules decided, done as told). The rules themselves are
 * src/app/article-rules.ts's (test/app/article-rules.test.ts); the other contract files put
 * articles through src/app/write.ts, as every caller does.
 */
import assert from 'node:assert/strict';
import { articleInput, putArticles } from '../../../src/app/write.js';
import { search } from '../../../src/search/engine.js';
import { B, C, edited, idsOf, jsonlDoc, placeIn, type StoreTest } from './support.js';

export function writeTests(t: StoreTest): void {
  t('articleStates: the articles with one of the ids, one of the content hashes, or copying one of the ids; each once, in ingest order', async (s) => {
    const [b, b2, c, x] = await Promise.all([jsonlDoc(B), jsonlDoc({ ...B, id: 'b/2' }), jsonlDoc(C), jsonlDoc({ ...C, id: 'x/1', publishedAt: undefined })]);
    await putArticles(s, [c, b, b2, x]);
    const states = await s.articleStates({ ids: [B.id, 'no/such'], contentHashes: [articleInput(c).contentHash] });
    assert.deepEqual(states, [
      { id: C.id, revision: 1, rawHash: articleInput(c).rawHash, contentHash: articleInput(c).contentHash, articleHash: articleInput(c).articleHash, publishedAt: c.meta.publishedAt, summaryOnly: false },
      { id: B.id, revision: 1, rawHash: articleInput(b).rawHash, contentHash: articleInput(b).contentHash, articleHash: articleInput(b).articleHash, publishedAt: b.meta.publishedAt, summaryOnly: false },
      { id: 'b/2', revision: 1, rawHash: articleInput(b2).rawHash, contentHash: articleInput(b).contentHash, articleHash: articleInput(b2).articleHash, copyOf: B.id, publishedAt: b.meta.publishedAt, summaryOnly: false },
      { id: 'x/1', revision: 1, rawHash: articleInput(x).rawHash, contentHash: articleInput(c).contentHash, articleHash: articleInput(x).articleHash, copyOf: C.id, summaryOnly: false },
    ]);
    assert.deepEqual(await s.articleStates({ ids: [], contentHashes: [] }), []);
  });

  t('writeArticles: the store decides nothing: an insert with no copyOf stays an original whatever its text; copyOf is kept as given', async (s) => {
    const [b, b2, c] = await Promise.all([jsonlDoc(B), jsonlDoc({ ...B, id: 'b/2' }), jsonlDoc(C)]);
    await s.writeArticles({ writes: [{ kind: 'insert', article: articleInput(b) }, { kind: 'insert', article: articleInput(b2) }, { kind: 'insert', article: articleInput(c), copyOf: B.id }], copies: [] });
    assert.equal((await s.getArticle('b/2'))!.copyOf, undefined);
    assert.equal((await s.getArticle(C.id))!.copyOf, B.id);
    assert.deepEqual(await s.copiesOf(B.id), [C.id]);
    assert.deepEqual(idsOf((await search(s, { text: 'Ông Kim kêu gọi' })).hits).sort(), [B.id, 'b/2']);
  });

  t('writeArticles: revise keeps the replaced article as a revision and takes the number given; annotate keeps the raw input and the revision', async (s) => {
    const b = await jsonlDoc(B);
    await putArticles(s, [b]);
    const next = await jsonlDoc(edited(B));
    await s.writeArticles({ writes: [{ kind: 'revise', article: articleInput(next), revision: 7, stale: false }], copies: [] });
    assert.deepEqual([(await s.getArticle(B.id))!.revision, (await s.getArticle(B.id))!.text], [7, next.text]);
    assert.deepEqual((await s.revisions(B.id)).map((r) => [r.revision, r.text]), [[1, b.text]]);
    assert.equal(await s.rawHashOf(B.id), articleInput(next).rawHash);
    const annotated = { ...(await jsonlDoc({ ...B, body: 'Một nội dung khác hẳn.' })), input: next.input };
    await s.writeArticles({ writes: [{ kind: 'annotate', article: { ...articleInput(annotated), rawHash: 'not written' }, stale: false }], copies: [] });
    const got = (await s.getArticle(B.id))!;
    assert.deepEqual([got.revision, got.text, await s.rawHashOf(B.id)], [7, annotated.text, articleInput(next).rawHash]);
    assert.equal((await s.revisions(B.id)).length, 1);
  });

  t('writeArticles: a placement goes stale when told, and only then', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc(C)]);
    await placeIn(s, { s1: [B.id, C.id] });
    const [b, c] = await Promise.all([jsonlDoc(edited(B)), jsonlDoc(edited(C))]);
    await s.writeArticles({ writes: [{ kind: 'revise', article: articleInput(b), revision: 2, stale: false }, { kind: 'annotate', article: articleInput(c), stale: true }], copies: [] });
    assert.deepEqual(await s.unplaced(), [{ id: C.id, formerStory: 's1' }]);
  });

  t('writeArticles: copies are linked after the writes; a failure anywhere leaves nothing of the plan', async (s) => {
    await putArticles(s, [await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' }), await jsonlDoc({ ...B, id: 'b/3' })]);
    const c = articleInput(await jsonlDoc(C));
    await s.writeArticles({ writes: [{ kind: 'insert', article: c, copyOf: 'b/2' }], copies: [{ id: 'b/2' }, { id: 'b/3', copyOf: 'b/2' }] });
    assert.deepEqual([await s.copiesOf(B.id), await s.copiesOf('b/2')], [[], ['b/3', C.id]]);
    const d = articleInput(await jsonlDoc({ ...C, id: 'd/1' }));
    const missing = articleInput(await jsonlDoc({ ...C, id: 'no/such' }));
    await assert.rejects(s.writeArticles({ writes: [{ kind: 'insert', article: d }, { kind: 'revise', article: missing, revision: 2, stale: true }], copies: [{ id: 'b/3' }] }));
    assert.equal(await s.getArticle('d/1'), undefined);
    assert.equal((await s.getArticle('b/3'))!.copyOf, 'b/2');
    assert.equal(await s.count(), 4);
  });
}
