/**
 * Stories: the clusterer's state, what to place, what the clusterer reads, placements, saving an
 * update (assignments, summaries, `emptied`, `refresh`, `openIds`), and reading stories back. The
 * updates are built by hand, as a clusterer would give them.
 */
import { putArticles } from '../../../src/app/write.js';
import assert from 'node:assert/strict';
import { clusterArticle } from '../../../src/app/place.js';
import { getStory, listStories } from '../../../src/app/stories.js';
import { displayTitle } from '../../../src/doc/news-doc.js';
import type { Store, StoryAssignment } from '../../../src/store/store.js';
import { at, DATED, idsOf, jsonlDoc, placeIn, record, storiesUpdate, summary, UNDATED, type StoreTest, savedScalars, stateDelta, wordsPipeline } from './support.js';

async function withArticles(s: Store): Promise<void> {
  await putArticles(s, [...DATED, ...UNDATED]);
}

const move = (id: string, story: string, parts: Partial<StoryAssignment> = {}): StoryAssignment => ({ id, story, similarity: 0.5, dated: !id.startsWith('u'), ...parts });

export function storyTests(t: StoreTest): void {
  t('lease: one holder at a time; its holder renews it; released, or stale, another takes it', async (s) => {
    assert.equal(await s.lease('placement', 'a', 60_000), true);
    assert.equal(await s.lease('placement', 'b', 60_000), false, 'held by a');
    assert.equal(await s.lease('placement', 'a', 60_000), true, 'renewed by its holder');
    assert.equal(await s.lease('other', 'b', 60_000), true, 'leases are by name');
    await s.releaseLease('placement', 'b'); // not the holder: nothing
    assert.equal(await s.lease('placement', 'b', 60_000), false);
    await s.releaseLease('placement', 'a');
    assert.equal(await s.lease('placement', 'b', 60_000), true, 'released');
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(await s.lease('placement', 'c', 10), true, 'not renewed for longer than staleMs: taken');
    assert.equal(await s.lease('placement', 'b', 60_000), false);
  });

  t('clustererRows: undefined until stories are saved, then the state saved last', async (s) => {
    assert.equal(await savedScalars(s), undefined);
    await s.saveStories(storiesUpdate({ state: stateDelta('{"run":1}') }));
    assert.equal(await savedScalars(s), '{"run":1}');
    await s.saveStories(storiesUpdate({ state: stateDelta('{"run":2}') }));
    assert.equal(await savedScalars(s), '{"run":2}');
  });

  t('unplaced: every article never placed, in publication order (by instant), undated last; ties and undated by id', async (s) => {
    await putArticles(s, [
      await jsonlDoc(record('u/b')),
      await jsonlDoc(record('late', { publishedAt: '2021-01-01T22:00:00Z' })),
      await jsonlDoc(record('tie/b', { publishedAt: '2021-01-02T00:00:00+07:00' })),
      await jsonlDoc(record('tie/a', { publishedAt: '2021-01-02T00:00:00+07:00' })),
      await jsonlDoc(record('u/a')),
      await jsonlDoc(record('early', { publishedAt: '2020-12-31T08:00:00+07:00' })),
    ]);
    assert.deepEqual(await s.unplaced(), ['early', 'tie/a', 'tie/b', 'late', 'u/a', 'u/b'].map((id) => ({ id })));
  });

  t('unplaced: placed articles are left out; a stale one comes back with its former story until it is placed again', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1', 'd2', 'd3', 'u1', 'u2', 'u3'] });
    assert.deepEqual(await s.unplaced(), []);
    await putArticles(s, [await jsonlDoc(record('d2', { publishedAt: '2021-02-01T08:00:00+07:00', source: 'Dân trí' }))]);
    assert.deepEqual(await s.unplaced(), [{ id: 'd2', formerStory: 's1' }]);
    await s.saveStories(storiesUpdate({ assignments: [move('d2', 's2')], stories: [summary('s2')], openIds: ['s1', 's2'], refresh: ['s1'] }));
    assert.deepEqual(await s.unplaced(), []);
  });

  t('clusterSources: title, text, blocks and date as stored, in the order of the ids, unknown ids left out; the clusterer\'s body is the lead and body paragraphs', async (s) => {
    const rich = await jsonlDoc({
      id: 'rich', title: 'Tiêu đề', publishedAt: '2021-01-01T08:00:00+07:00',
      body: 'Đoạn mở đầu ngắn gọn về sự kiện.\nĐoạn thân bài thứ nhất có nhiều chi tiết.\nNgười dân đứng xem tại Hà Nội sáng 19-5. Ảnh: AP.\nĐoạn thân bài thứ hai kết thúc.',
    });
    assert.deepEqual(rich.blocks!.map((b) => b.kind), ['title', 'lead', 'body', 'caption', 'body'], 'the fixture has every kind of block');
    const bare = await jsonlDoc({ id: 'bare', body: 'Bài không tiêu đề, không ngày.' });
    await putArticles(s, [rich, bare]);
    const got = await s.clusterSources(['bare', 'no/such', 'rich']);
    assert.deepEqual(got, [
      { id: 'bare', text: bare.text, blocks: bare.blocks },
      { id: 'rich', title: 'Tiêu đề', text: rich.text, blocks: rich.blocks, publishedAt: rich.meta.publishedAt },
    ]);
    assert.deepEqual(got.map(clusterArticle), [
      { id: 'bare', title: '', body: 'Bài không tiêu đề, không ngày.' },
      { id: 'rich', title: 'Tiêu đề', publishedAt: rich.meta.publishedAt, body: 'Đoạn mở đầu ngắn gọn về sự kiện.\nĐoạn thân bài thứ nhất có nhiều chi tiết.\nĐoạn thân bài thứ hai kết thúc.' },
    ]);
    assert.deepEqual(await s.clusterSources([]), []);
  });

  t('clusterSources: an article with entity mentions gives them back; the clusterer counts each entity once, title mentions apart, the credit left out', async (s) => {
    const named = await wordsPipeline.run({ format: 'jsonl', bytes: Buffer.from(JSON.stringify({
      id: 'named', title: 'Ông Tập Cận Bình thăm Triều Tiên', publishedAt: '2019-06-20T08:00:00+07:00', credit: 'Theo Yonhap',
      body: 'Chủ tịch Trung Quốc Tập Cận Bình hôm nay tới Bình Nhưỡng. Ông Tập gặp Kim Jong-un.',
    })) });
    assert.ok(named.entities!.some((m) => m.in === 'credit'), 'the fixture has a credit mention');
    await putArticles(s, [named]);
    const [got] = await s.clusterSources(['named']);
    assert.deepEqual(got!.entities, named.entities);
    const input = clusterArticle(got!);
    const xi = input.entities!.find((e) => e.id === 'per:xi-jinping');
    assert.ok(xi, JSON.stringify(input.entities));
    assert.equal(xi.title, 1);
    assert.ok(xi.count >= 2, `Tập Cận Bình and ông Tập in the body: ${JSON.stringify(xi)}`);
    assert.ok(input.entities!.some((e) => e.id === 'per:kim-jong-un'));
    assert.ok(!input.entities!.some((e) => e.id === 'org:yonhap'), 'the credit is no entity of the story');
  });

  t('placements and storyOf: the story of each placed article; articles in none left out; a stale placement still names its story', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1', 'u1'], s2: ['d2'] });
    assert.deepEqual([...(await s.placements(['d1', 'd2', 'd3', 'u1', 'no/such']))].sort(), [['d1', 's1'], ['d2', 's2'], ['u1', 's1']]);
    assert.equal(await s.storyOf('d2'), 's2');
    assert.equal(await s.storyOf('d3'), undefined);
    assert.equal(await s.storyOf('no/such'), undefined);
    // delete relies on this: the story of a changed article is refreshed when it goes
    await putArticles(s, [await jsonlDoc(record('d2', { publishedAt: '2021-02-01T08:00:00+07:00' }))]);
    assert.deepEqual([...(await s.placements(['d2']))], [['d2', 's2']]);
    assert.equal(await s.storyOf('d2'), 's2');
  });

  t('saveStories: an assignment moves an article to another story (an article is in one story)', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1', 'd2'], s2: ['d3'] });
    await s.saveStories(storiesUpdate({ assignments: [move('d2', 's2')], stories: [summary('s1'), summary('s2')], openIds: ['s1', 's2'] }));
    assert.equal(await s.storyOf('d2'), 's2');
    assert.deepEqual(idsOf((await s.getStory('s1'))!.articles), ['d1']);
    assert.deepEqual(idsOf((await s.getStory('s2'))!.articles), ['d2', 'd3']);
  });

  t('saveStories: a story named in emptied is deleted once no article is left in it', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1'], s2: ['d2'] });
    await s.saveStories(storiesUpdate({ assignments: [move('d1', 's2')], stories: [summary('s2')], openIds: ['s2'], emptied: ['s1'] }));
    assert.equal(await s.getStory('s1'), undefined);
    assert.deepEqual(idsOf((await s.listStories()).stories), ['s2']);
  });

  t('saveStories: a story named in emptied that still holds articles is kept', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1', 'd3'], s2: ['d2'] });
    await s.saveStories(storiesUpdate({ assignments: [move('d1', 's2')], stories: [summary('s2')], openIds: ['s1', 's2'], emptied: ['s1'] }));
    assert.deepEqual(idsOf((await s.getStory('s1'))!.articles), ['d3']);
  });

  t('saveStories: a story named in refresh takes its times from the articles left in it, and is deleted when none is left', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1', 'd3'], s2: ['d2'] });
    await s.saveStories(storiesUpdate({ assignments: [move('d3', 's2')], stories: [summary('s2')], openIds: ['s1', 's2'], refresh: ['s1'] }));
    const s1 = (await s.getStory('s1'))!;
    assert.deepEqual([s1.first, s1.last, s1.articleCount], [at('d1'), at('d1'), 1]);
    await s.saveStories(storiesUpdate({ assignments: [move('d1', 's2')], stories: [summary('s2')], openIds: ['s2'], refresh: ['s1'] }));
    assert.equal(await s.getStory('s1'), undefined);
  });

  t('saveStories: a story in refresh left with only undated articles has no times and is listed with the undated stories', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d3', 'u1'], s2: ['d1'] });
    await s.saveStories(storiesUpdate({ assignments: [move('d3', 's3')], stories: [summary('s3')], openIds: ['s1', 's2', 's3'], refresh: ['s1'] }));
    const s1 = (await s.getStory('s1'))!;
    assert.deepEqual([s1.first, s1.last, idsOf(s1.articles)], [undefined, undefined, ['u1']]);
    assert.deepEqual(idsOf((await s.listStories()).stories), ['s3', 's2', 's1']);
  });

  t('saveStories: a story\'s first and last times are those of its dated articles', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1', 'u1', 'd3'], s2: ['u2'] });
    const [s1, s2] = [(await s.getStory('s1'))!, (await s.getStory('s2'))!];
    assert.deepEqual([s1.first, s1.last], [at('d1'), at('d3')]);
    assert.deepEqual([s2.first, s2.last], [undefined, undefined], 'a story of undated articles has no times');
  });

  t('saveStories: an article placed as undated (a future date set aside by the clusterer) does not set its story\'s times', async (s) => {
    await withArticles(s);
    await putArticles(s, [await jsonlDoc(record('future', { publishedAt: '2099-01-01T08:00:00+07:00' }))]);
    await placeIn(s, { s1: ['d1'], s2: ['d2'] });
    await s.saveStories(storiesUpdate({ assignments: [move('future', 's1', { dated: false })], stories: [summary('s1'), summary('s2')], openIds: ['s1', 's2'] }));
    const s1 = (await s.getStory('s1'))!;
    assert.deepEqual([s1.first, s1.last], [at('d1'), at('d1')]);
    assert.deepEqual(idsOf((await s.listStories()).stories), ['s2', 's1']);
  });

  t('saveStories: openIds keeps those stories open and closes the other open ones', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1'], s2: ['d2'], s3: ['d3'] });
    await s.saveStories(storiesUpdate({ openIds: ['s2'] }));
    const open = async (id: string): Promise<boolean> => (await s.getStory(id))!.open;
    assert.deepEqual([await open('s1'), await open('s2'), await open('s3')], [false, true, false]);
  });

  t('saveStories: a story saved again takes the new summary (headline, entities, related)', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1'], s2: ['d2'] });
    await s.saveStories(storiesUpdate({ stories: [summary('s1', { headline: 'Tin mới', entities: ['hà nội'], related: [{ story: 's2', shared: ['hà nội'] }] })], openIds: ['s1', 's2'] }));
    const s1 = (await s.getStory('s1'))!;
    assert.deepEqual([s1.headline, s1.entities, s1.related], ['Tin mới', ['hà nội'], [{ story: 's2', headline: 'Headline of s2', shared: ['hà nội'] }]]);
  });

  t('getStory: related stories both ways (a story lists the later stories that name it), with their headlines', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1'] });
    await placeIn(s, { s2: ['d2'] }, { stories: [summary('s2', { related: [{ story: 's1', shared: ['kim jong un'] }] })], openIds: ['s1', 's2'] });
    assert.deepEqual((await s.getStory('s1'))!.related, [{ story: 's2', headline: 'Headline of s2', shared: ['kim jong un'] }]);
    assert.deepEqual((await s.getStory('s2'))!.related, [{ story: 's1', headline: 'Headline of s1', shared: ['kim jong un'] }]);
  });

  t('getStory: a story named both ways lists the other once', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1'], s2: ['d2'] }, {
      stories: [summary('s1', { related: [{ story: 's2', shared: ['a'] }] }), summary('s2', { related: [{ story: 's1', shared: ['a'] }] })],
    });
    assert.deepEqual((await s.getStory('s1'))!.related.map((r) => r.story), ['s2']);
  });

  t('getStory: its articles in publication order (undated last, in placement order), outlets by count, copies counted', async (s) => {
    await withArticles(s);
    await s.saveStories(storiesUpdate({
      assignments: [move('d3', 's1'), move('u2', 's1'), move('d1', 's1'), move('u1', 's1'), move('d2', 's1', { copyOf: 'd1', similarity: 0.9 })],
      stories: [summary('s1', { headlineId: 'd1', entities: ['hà nội'] })],
      openIds: ['s1'],
    }));
    const story = (await s.getStory('s1'))!;
    assert.deepEqual(idsOf(story.articles), ['d1', 'd2', 'd3', 'u2', 'u1']);
    assert.deepEqual(story.articles[1], { id: 'd2', title: DATED[1]!.meta.title, source: 'Dân trí', publishedAt: at('d2'), copyOf: 'd1', similarity: 0.9 });
    assert.deepEqual(story.articles[3], { id: 'u2', title: UNDATED[1]!.meta.title, source: 'Tuổi Trẻ', similarity: 0.5 });
    assert.deepEqual(
      { ...story, articles: [] },
      { id: 's1', headline: 'Headline of s1', headlineId: 'd1', first: at('d1'), last: at('d3'), articleCount: 5, copies: 1, outlets: ['Tuổi Trẻ', 'Dân trí', 'VnExpress'], entities: ['hà nội'], related: [], open: true, articles: [] },
    );
    assert.equal(await s.getStory('no/such'), undefined);
  });

  t('getStory and listStories: an empty headline stays empty; the application layer fills it from the headline article', async (s) => {
    const untitled = await jsonlDoc({ id: 'x', body: 'Một bài không có tiêu đề nhưng có khá nhiều chữ trong câu đầu tiên của nó.' });
    await putArticles(s, [untitled]);
    await placeIn(s, { s1: ['x'] }, { stories: [summary('s1', { headline: '', headlineId: 'x' })] });
    // the store gives the headline as saved; the application layer shows the start of the text
    assert.deepEqual([(await s.getStory('s1'))!.headline, (await s.listStories()).stories[0]!.headline], ['', '']);
    assert.equal((await getStory(s, { id: 's1' })).headline, displayTitle(untitled));
    assert.equal((await listStories(s)).stories[0]!.headline, displayTitle(untitled));
  });

  t('listStories: newest activity first, stories without a dated article last (by id); total counts them all', async (s) => {
    await withArticles(s);
    await placeIn(s, { old: ['d1'], mid: ['u1', 'd2'], new: ['d3'], zu: ['u2'], yu: ['u3'] });
    const list = await s.listStories();
    assert.deepEqual(idsOf(list.stories), ['new', 'mid', 'old', 'yu', 'zu']);
    assert.equal(list.total, 5);
  });

  t('listStories: limit and offset page through the list; total counts every story; limit 0 gives only the total', async (s) => {
    await withArticles(s);
    await placeIn(s, { old: ['d1'], mid: ['u1', 'd2'], new: ['d3'], zu: ['u2'], yu: ['u3'] });
    const page = async (limit: number, offset: number): Promise<[string[], number]> => {
      const l = await s.listStories({ limit, offset });
      return [idsOf(l.stories), l.total];
    };
    assert.deepEqual(await page(2, 0), [['new', 'mid'], 5]);
    assert.deepEqual(await page(2, 2), [['old', 'yu'], 5]);
    assert.deepEqual(await page(2, 4), [['zu'], 5]);
    assert.deepEqual(await page(0, 0), [[], 5]);
    assert.deepEqual(await page(5, 10), [[], 5]);
  });

  t('listStories: a row is the story as getStory gives it, without the articles and the stories that name it', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1', 'u1'], s2: ['d2', 'd3'] });
    const { stories } = await s.listStories();
    for (const row of stories) {
      const { articles: _a, ...detail } = (await s.getStory(row.id))!;
      assert.deepEqual(row, detail);
    }
  });

  t('resetStories: forgets every story, placement and the clusterer\'s state; every article is to be placed again', async (s) => {
    await withArticles(s);
    await placeIn(s, { s1: ['d1', 'd2'], s2: ['d3', 'u1', 'u2', 'u3'] });
    await s.resetStories();
    assert.deepEqual(await s.listStories(), { stories: [], total: 0 });
    assert.equal(await s.getStory('s1'), undefined);
    assert.equal(await s.storyOf('d1'), undefined);
    assert.equal((await s.placements(['d1', 'u1'])).size, 0);
    assert.equal(await savedScalars(s), undefined);
    assert.deepEqual(idsOf(await s.unplaced()), ['d1', 'd2', 'd3', 'u1', 'u2', 'u3']);
    assert.equal(await s.count(), 6);
  });
}
