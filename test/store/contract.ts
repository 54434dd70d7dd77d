/**
 * The Store contract: every implementation (SQLite now, PostgreSQL later) passes these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NewsDoc } from '../../src/doc/news-doc.js';
import { defaultPipeline } from '../../src/pipeline.js';
import type { Store } from '../../src/store/store.js';
import { queryPlans } from '../../src/search/query.js';
import { search } from '../../src/search/engine.js';
import { wordSpans } from '../../src/search/words.js';

const pipeline = defaultPipeline();

export function jsonlDoc(record: Record<string, unknown>): NewsDoc {
  return pipeline.run({ format: 'jsonl', bytes: Buffer.from(JSON.stringify(record)) });
}

const A = { id: 'Cluster_002/11', title: 'Bà Hillary tuyên bố thắng cuộc', body: 'Bà Hillary Clinton nói cuộc đua đã ngã ngũ.\nÔng Sanders vẫn tiếp tục.', url: 'http://www.tienphong.vn/a-1.tpo', publishedAt: '2016-05-20T10:15:00+07:00' };
const B = { id: 'b/1', title: 'Đoàn kết và hợp tác', body: 'Ông Kim kêu gọi đoàn kết với Trung Quốc. Ông Tập Cận Bình đáp lại.', publishedAt: '2021-03-23T10:00:00+07:00', source: 'VnExpress' };
const C = { id: 'c/1', title: 'Doan ket khong dau', body: 'Bai viet khong dau ve doan ket va hop tac, tap can binh.', publishedAt: '2019-04-19T08:00:00+07:00', source: 'Tuổi Trẻ' };

export function storeContract(name: string, open: () => Promise<Store>): void {
  const withStore = (title: string, fn: (s: Store) => Promise<void>): void => {
    test(`${name} › ${title}`, async () => {
      const s = await open();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    });
  };

  withStore('returns what was put in', async (s) => {
    const doc = jsonlDoc(A);
    const [r] = await s.putArticles([doc]);
    assert.deepEqual(r, { id: A.id, outcome: 'new', revision: 1 });
    const got = (await s.getArticle(A.id))!;
    assert.equal(got.text, doc.text);
    assert.deepEqual(got.meta, doc.meta);
    assert.deepEqual(got.doc.blocks, doc.blocks);
    assert.deepEqual(got.doc.sentences, doc.sentences);
    assert.deepEqual(Buffer.from(got.doc.input.bytes), Buffer.from(doc.input.bytes));
    assert.equal(got.pipeline, pipeline.version);
    assert.equal(await s.getArticle('no/such'), undefined);
  });

  withStore('same id and content is unchanged; changed content is updated and the old revision kept', async (s) => {
    await s.putArticles([jsonlDoc(A)]);
    assert.equal((await s.putArticles([jsonlDoc(A)]))[0]!.outcome, 'unchanged');
    const edited = { ...A, body: `${A.body}\nMột đoạn mới.` };
    const [r] = await s.putArticles([jsonlDoc(edited)]);
    assert.equal(r!.outcome, 'updated');
    assert.equal(r!.revision, 2);
    assert.ok((await s.getArticle(A.id))!.text.includes('Một đoạn mới.'));
    const revs = await s.revisions(A.id);
    assert.equal(revs.length, 1);
    assert.ok(!revs[0]!.text.includes('Một đoạn mới.'));
    assert.equal((await s.stats()).revisions, 1);
  });

  withStore('two ids with identical content are both kept; the later is marked a copy', async (s) => {
    await s.putArticles([jsonlDoc(B)]);
    const [r] = await s.putArticles([jsonlDoc({ ...B, id: 'b/2' })]);
    assert.deepEqual(r, { id: 'b/2', outcome: 'copy', copyOf: 'b/1', revision: 1 });
    assert.equal((await s.getArticle('b/2'))!.copyOf, 'b/1');
    assert.equal((await s.stats()).copies, 1);
    assert.equal((await search(s, { text: 'đoàn kết' })).total, 1);
    assert.equal((await search(s, { text: 'đoàn kết', includeCopies: true })).total, 2);
  });

  withStore('search folds diacritics, case and đ; exact diacritics rank first', async (s) => {
    await s.putArticles([jsonlDoc(A), jsonlDoc(B), jsonlDoc(C)]);
    for (const q of ['Tập Cận Bình', 'tap can binh', 'TẬP CẬN BÌNH']) {
      const ids = (await search(s, { text: q })).hits.map((h) => h.id).sort();
      assert.deepEqual(ids, ['b/1', 'c/1'], q);
    }
    const exact = await search(s, { text: 'đoàn kết' });
    assert.deepEqual(exact.hits.map((h) => h.id), ['b/1', 'c/1']);
    // the folded-only article has the better BM25 here (the phrase twice, title and body), yet comes second
    const folded2 = await search(s, { text: 'doan ket' });
    assert.equal(folded2.hits[0]!.id, 'c/1');
    const folded = await search(s, { text: 'doan ket' });
    assert.equal(folded.total, 2);
  });

  withStore('quoted phrases match as phrases; hyphenated names match their parts', async (s) => {
    await s.putArticles([jsonlDoc({ id: 'k1', title: 't', body: 'Lãnh đạo Kim Jong-un đến Bắc Kinh.' }), jsonlDoc({ id: 'k2', title: 't', body: 'Ông Kim gặp Jong Un ở Seoul.' })]);
    assert.deepEqual((await search(s, { text: '"Kim Jong Un"' })).hits.map((h) => h.id), ['k1']);
    assert.deepEqual((await search(s, { text: '"Kim Jong-un"' })).hits.map((h) => h.id), ['k1']);
    assert.deepEqual((await search(s, { text: 'Kim Jong Un', words: false })).hits.map((h) => h.id).sort(), ['k1', 'k2']);
  });

  withStore('words match as units; a query whose words only appear apart falls back to syllables', async (s) => {
    await s.putArticles([
      jsonlDoc({ id: 'w1', title: 't', body: 'Hai nước tăng cường hợp tác kinh tế.' }),
      jsonlDoc({ id: 'w2', title: 't', body: 'Hội nghị hợp nhất hai bên, hợp đồng hợp lệ, tác phong và động lực.' }),
    ]);
    const byWords = await search(s, { text: 'hợp tác' });
    assert.deepEqual(byWords.hits.map((h) => h.id), ['w1']);
    assert.deepEqual(byWords.phrases, [['hợp', 'tác']]);
    assert.deepEqual((await search(s, { text: 'hợp tác', words: false })).hits.map((h) => h.id).sort(), ['w1', 'w2']);
    // `tác động` is one word, but no article has it: the syllables apart still match
    assert.equal(queryPlans({ text: 'tác động' }, wordSpans).length, 2);
    const apart = await search(s, { text: 'tác động' });
    assert.deepEqual(apart.hits.map((h) => h.id), ['w2']);
    assert.deepEqual(apart.phrases, [['tác'], ['động']]);
  });

  withStore('articles holding the whole query in a row come before those holding its words apart', async (s) => {
    await s.putArticles([
      jsonlDoc({ id: 'apart', title: 'Tập trung cần bình tĩnh', body: 'Tập trung, cần bình tĩnh: tập luyện cần bình thường, tập và cần và bình.' }),
      jsonlDoc({ id: 'row', title: 't', body: 'Chủ tịch Trung Quốc Tập Cận Bình gửi điện.' }),
    ]);
    assert.deepEqual((await search(s, { text: 'tap can binh' })).hits.map((h) => h.id), ['row', 'apart']);
  });

  withStore('search filters by date range and outlet', async (s) => {
    await s.putArticles([jsonlDoc(B), jsonlDoc(C)]);
    assert.deepEqual((await search(s, { text: 'doan ket', from: '2020-01-01' })).hits.map((h) => h.id), ['b/1']);
    assert.deepEqual((await search(s, { text: 'doan ket', to: '2019-04-19' })).hits.map((h) => h.id), ['c/1']);
    assert.deepEqual((await search(s, { text: 'doan ket', source: 'tuoi tre' })).hits.map((h) => h.id), ['c/1']);
    await assert.rejects(search(s, { text: 'x', from: 'last week' }), RangeError);
  });

  withStore('a batch is one transaction: a failure stores nothing of it', async (s) => {
    const good = jsonlDoc(A);
    const bad = { ...jsonlDoc(B), text: undefined as unknown as string, id: null as unknown as string };
    await assert.rejects(s.putArticles([good, bad]));
    assert.equal(await s.getArticle(A.id), undefined);
    assert.equal(await s.count(), 0);
  });

  withStore('articles() pages through everything in ingest order; stats count them', async (s) => {
    const docs = Array.from({ length: 23 }, (_, i) => jsonlDoc({ id: `n/${i}`, title: `Tin số ${i}`, body: `Nội dung bài ${i} về Hà Nội.` }));
    await s.putArticles(docs);
    const seen: string[] = [];
    for await (const batch of s.articles({ batchSize: 5 })) seen.push(...batch.map((a) => a.id));
    assert.deepEqual(seen, docs.map((d) => d.id));
    const st = await s.stats();
    assert.equal(st.articles, 23);
    assert.equal(st.undated, 23);
    assert.equal(st.byLang.vi, 23);
  });
}
