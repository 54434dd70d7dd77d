/** Reading articles: by id, by ids, raw hashes, revisions, copies, and listing them all (in ingest order). */
import { putArticles, updateAnnotations } from '../../../src/app/write.js';
import assert from 'node:assert/strict';
import { rawInputHash } from '../../../src/ingest/identity.js';
import { A, B, C, batches, idsOf, jsonlDoc, jsonlDocs, pipeline, record, withWords, wordsPipeline, type StoreTest } from './support.js';

const twentyThree = () => jsonlDocs(Array.from({ length: 23 }, (_, i) => record(`n/${i}`)));

export function readTests(t: StoreTest): void {
  t('getArticle: an unknown id gives undefined', async (s) => {
    await putArticles(s, [await jsonlDoc(A)]);
    assert.equal(await s.getArticle('no/such'), undefined);
  });

  t('getArticles: the articles in the order of the ids asked, unknown ids left out', async (s) => {
    await putArticles(s, [await jsonlDoc(A), await jsonlDoc(B), await jsonlDoc(C)]);
    assert.deepEqual(idsOf(await s.getArticles([C.id, 'no/such', A.id, B.id])), [C.id, A.id, B.id]);
    const [c] = await s.getArticles([C.id]);
    assert.deepEqual(c, await s.getArticle(C.id));
  });

  t('getArticles: an id asked twice comes back twice', async (s) => {
    await putArticles(s, [await jsonlDoc(A), await jsonlDoc(B)]);
    assert.deepEqual(idsOf(await s.getArticles([B.id, A.id, B.id])), [B.id, A.id, B.id]);
  });

  t('getArticles: no ids, no articles', async (s) => {
    await putArticles(s, [await jsonlDoc(A)]);
    assert.deepEqual(await s.getArticles([]), []);
  });

  t('rawHashOf: the hash of the raw input as received (rawInputHash), following updates; undefined for an unknown id', async (s) => {
    const doc = await jsonlDoc(A);
    await putArticles(s, [doc]);
    assert.equal(await s.rawHashOf(A.id), rawInputHash(doc.input));
    const next = await jsonlDoc({ ...A, author: 'Minh Anh' });
    await putArticles(s, [next]);
    assert.equal(await s.rawHashOf(A.id), rawInputHash(next.input));
    assert.equal(await s.rawHashOf('no/such'), undefined);
  });

  t('revisions: none for a new article or an unknown id', async (s) => {
    await putArticles(s, [await jsonlDoc(A)]);
    assert.deepEqual(await s.revisions(A.id), []);
    assert.deepEqual(await s.revisions('no/such'), []);
  });

  t('copiesOf: the exact copies of an article in ingest order; none for an article without copies, a copy, or an unknown id', async (s) => {
    await putArticles(s, [await jsonlDoc({ ...B, id: 'z/9' })]);
    await putArticles(s, [await jsonlDoc({ ...B, id: 'a/3' }), await jsonlDoc(C)]);
    await putArticles(s, [await jsonlDoc({ ...B, id: 'm/1' })]);
    assert.deepEqual(await s.copiesOf('z/9'), ['a/3', 'm/1']);
    assert.deepEqual(await s.copiesOf('a/3'), []);
    assert.deepEqual(await s.copiesOf(C.id), []);
    assert.deepEqual(await s.copiesOf('no/such'), []);
  });

  t('articles: every article in ingest order, in batches of batchSize', async (s) => {
    const docs = await twentyThree();
    await putArticles(s, docs.slice(0, 10));
    await putArticles(s, docs.slice(10));
    const got = await batches(s.articles({ batchSize: 5 }));
    assert.deepEqual(got.map((b) => b.length), [5, 5, 5, 5, 3]);
    assert.deepEqual(got.flat().map((a) => a.id), idsOf(docs));
    assert.deepEqual(got[0]![0], await s.getArticle(docs[0]!.id));
  });

  t('articleIds: the same ids as articles(), in the same order and batches', async (s) => {
    const docs = await twentyThree();
    await putArticles(s, docs);
    assert.deepEqual(await batches(s.articleIds({ batchSize: 5 })), (await batches(s.articles({ batchSize: 5 }))).map(idsOf));
    assert.deepEqual((await batches(s.articleIds())).flat(), idsOf(docs));
  });

  t('articles and articleIds: an empty store yields no batch', async (s) => {
    assert.deepEqual(await batches(s.articles()), []);
    assert.deepEqual(await batches(s.articleIds({ batchSize: 5 })), []);
  });

  t('articles, articleIds and count: notPipeline leaves out the articles that pipeline version annotated', async (s) => {
    const docs = (await twentyThree()).slice(0, 6);
    await putArticles(s, docs);
    await updateAnnotations(s, await Promise.all((await s.getArticles([docs[1]!.id, docs[4]!.id])).map(withWords)));
    const others = [docs[0], docs[2], docs[3], docs[5]].map((d) => d!.id);
    assert.deepEqual((await batches(s.articleIds({ notPipeline: wordsPipeline.version, batchSize: 3 }))).flat(), others);
    assert.deepEqual((await batches(s.articles({ notPipeline: wordsPipeline.version }))).flat().map((a) => a.id), others);
    assert.deepEqual((await batches(s.articleIds({ notPipeline: pipeline.version }))).flat(), [docs[1]!.id, docs[4]!.id]);
    assert.equal(await s.count({ notPipeline: wordsPipeline.version }), 4);
    assert.equal(await s.count({ notPipeline: pipeline.version }), 2);
    assert.equal(await s.count({ notPipeline: 'no such version' }), 6);
  });

  t('count: every article, copies included', async (s) => {
    assert.equal(await s.count(), 0);
    await putArticles(s, [await jsonlDoc(A), await jsonlDoc(B), await jsonlDoc({ ...B, id: 'b/2' })]);
    await putArticles(s, [await jsonlDoc({ ...A, author: 'Minh Anh' })]);
    assert.equal(await s.count(), 3);
  });
}
