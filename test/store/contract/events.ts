/** Dated events (`ArticleInput.events`, `datedEvents`): kept with their article, in calendar order, replaced and deleted with it. */
import assert from 'node:assert/strict';
import { articleInput, putArticles } from '../../../src/app/write.js';
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

  t('datedEvents: ties of a day by the articles\' ingest order (a revision keeps its place), then by the offset; events kept as given', async (s) => {
    // two expressions of one day in one article, and the same day in another ingested before it (ids the other way round), revised after it
    const F = { id: 'e/0', title: 'Lịch', body: 'Ngày 23/3 có họp. Sau đó, hôm thứ Ba ấy còn một buổi nữa.', publishedAt: '2021-03-25T08:00:00+07:00' };
    await putArticles(s, [await jsonlDoc(E1), await jsonlDoc(F)]);
    await putArticles(s, [await jsonlDoc({ ...E1, body: `${E1.body} Thêm một câu.` })]);
    const events = await s.datedEvents([F.id, E1.id]);
    const day = events.filter((e) => e.day === '2021-03-23');
    assert.ok(day.length >= 3, JSON.stringify(day));
    assert.deepEqual(day.map((e) => e.articleId), [...day.filter((e) => e.articleId === E1.id), ...day.filter((e) => e.articleId === F.id)].map((e) => e.articleId));
    assert.equal(day[0]!.articleId, E1.id);
    for (const id of [E1.id, F.id]) {
      const starts = day.filter((e) => e.articleId === id).map((e) => e.start);
      assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
    }
    // the store keeps what it is given (none given, none kept), from any write
    const f = await jsonlDoc(F);
    const at = f.text!.indexOf('Ngày 23/3 có họp.');
    assert.ok(at > 0);
    const given = { day: '1999-12-31', value: '1999-12-31', granularity: 'day', start: at, end: at + 4, text: 'Ngày', sentenceStart: at, sentenceEnd: at + 17 };
    await s.writeArticles({ writes: [{ kind: 'annotate', article: { ...articleInput(f), events: [given, { ...given, start: at + 5, end: at + 9, text: '23/3', sentenceStart: at + 5, sentenceEnd: at + 12 }] }, stale: false }], copies: [] });
    // the sentence is not kept: it is sliced from the article's text by its offsets when read
    assert.deepEqual(await s.datedEvents([F.id]), [
      { articleId: F.id, ...given, sentence: 'Ngày 23/3 có họp.' },
      { articleId: F.id, ...given, start: at + 5, end: at + 9, text: '23/3', sentenceStart: at + 5, sentenceEnd: at + 12, sentence: '23/3 có' },
    ]);
    await s.writeArticles({ writes: [{ kind: 'revise', article: { ...articleInput(f), events: [] }, revision: 2, stale: false }], copies: [] });
    assert.deepEqual(await s.datedEvents([F.id]), []);
    const { events: _e, ...none } = articleInput(await jsonlDoc({ ...F, id: 'e/4' }));
    await s.writeArticles({ writes: [{ kind: 'insert', article: none }], copies: [] });
    assert.deepEqual(await s.datedEvents(['e/4']), []);
  });
}
