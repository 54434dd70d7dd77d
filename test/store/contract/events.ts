/** Dated events (`ArticleInput.events`, `datedEvents`): kept with their article, in calendar order, replaced and deleted with it. */
import assert from 'node:assert/strict';
import { putArticles } from '../../../src/app/write.js';
import { jsonlDoc, type StoreTest } from './support.js';

const E1 = { id: 'e/1', title: 'Thượng đỉnh', body: 'Hai nhà lãnh đạo gặp nhau hôm 23/3 tại Bình Nhưỡng. Hội đàm kết thúc hôm qua.', publishedAt: '2021-03-25T08:00:00+07:00' };
const E2 = { id: 'e/2', title: 'Chuẩn bị', body: 'Đoàn đã đến Bắc Kinh hồi tuần trước. Không có gì khác.', publishedAt: '2021-03-24T08:00:00+07:00' };

export function eventTests(t: StoreTest): void {
  t('datedEvents: the events put with the articles, in calendar order (day, then ingest order), each with its sentence', async (s) => {
    await putArticles(s, [await jsonlDoc(E1), await jsonlDoc(E2)]);
    const events = await s.datedEvents([E2.id, E1.id, 'no/such']);
    assert.deepEqual(events.map((e) => [e.articleId, e.value, e.day, e.text]), [
      [E2.id, '2021-W11', '2021-03-15', 'hồi tuần trước'],
      [E1.id, '2021-03-23', '2021-03-23', 'hôm 23/3'],
      [E1.id, '2021-03-24', '2021-03-24', 'hôm qua'],
    ]);
    const stored = await s.getArticle(E1.id);
    const e = events[1]!;
    assert.equal(e.sentence, 'Hai nhà lãnh đạo gặp nhau hôm 23/3 tại Bình Nhưỡng.');
    assert.equal(stored!.text.slice(e.sentenceStart, e.sentenceEnd), e.sentence);
    assert.equal(stored!.text.slice(e.start, e.end), e.text);
    assert.deepEqual(await s.datedEvents([]), []);
  });

  t('datedEvents: replaced when the article is written again, gone when it goes', async (s) => {
    await putArticles(s, [await jsonlDoc(E1), await jsonlDoc(E2)]);
    await putArticles(s, [await jsonlDoc({ ...E1, body: 'Cuộc gặp dời sang năm ngoái. Không có gì khác.' })]);
    assert.deepEqual((await s.datedEvents([E1.id])).map((e) => e.value), ['2020']);
    await s.deleteArticles([E1.id]);
    assert.deepEqual(await s.datedEvents([E1.id]), []);
    assert.equal((await s.datedEvents([E2.id])).length, 1);
  });
}
