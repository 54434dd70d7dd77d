import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, seedArticles } from '../helpers.js';
import { StoryClusterer, clusterAll, publicationOrder, type ClusterInput, type StorySummary } from '../../src/stories/index.js';

const [xi2021, kim2019] = seedArticles();

// Two events, three short retellings each, written for these tests.
const STREAM: ClusterInput[] = [
  { id: 'bao1', title: 'Bão số 5 đổ bộ vào Quảng Ngãi, hàng nghìn nhà tốc mái', body: 'Cơn bão số 5 đã đổ bộ vào tỉnh Quảng Ngãi đêm qua với sức gió giật cấp 12, làm hàng nghìn ngôi nhà bị tốc mái và hàng trăm cây xanh bị quật đổ. Ban chỉ huy phòng chống thiên tai tỉnh Quảng Ngãi cho biết đã sơ tán hơn 20.000 người dân ven biển.', publishedAt: '2020-10-28T06:00:00+07:00' },
  { id: 'vang1', title: 'Giá vàng SJC lập đỉnh mới, vượt 60 triệu đồng một lượng', body: 'Sáng nay giá vàng SJC tại Hà Nội và TP HCM tăng mạnh, vượt mốc 60 triệu đồng một lượng, mức cao nhất từ trước đến nay. Giới kinh doanh cho rằng giá vàng thế giới tăng do đồng USD suy yếu và lo ngại lạm phát.', publishedAt: '2020-10-28T08:00:00+07:00' },
  { id: 'bao2', title: 'Quảng Ngãi tan hoang sau bão số 5', body: 'Sau khi bão số 5 đổ bộ, nhiều tuyến đường ở Quảng Ngãi ngập sâu, hàng nghìn nhà bị tốc mái, cây xanh ngã đổ. Tỉnh Quảng Ngãi đã sơ tán hơn 20.000 người dân khỏi vùng ven biển trước khi bão vào.', publishedAt: '2020-10-28T09:00:00+07:00' },
  { id: 'vang2', title: 'Vàng SJC vượt 60 triệu đồng mỗi lượng', body: 'Giá vàng SJC sáng nay vượt 60 triệu đồng một lượng tại Hà Nội, mức cao kỷ lục. Theo các doanh nghiệp kinh doanh vàng, đồng USD suy yếu và lo ngại lạm phát đẩy giá vàng thế giới tăng.', publishedAt: '2020-10-28T10:00:00+07:00' },
  { id: 'bao3', title: 'Bão số 5 quật đổ cây, tốc mái nhà ở Quảng Ngãi', body: 'Bão số 5 với sức gió giật cấp 12 đã quật đổ hàng trăm cây xanh và làm tốc mái hàng nghìn ngôi nhà ở Quảng Ngãi. Ban chỉ huy phòng chống thiên tai cho biết hơn 20.000 người đã được sơ tán.', publishedAt: '2020-10-28T11:00:00+07:00' },
  { id: 'vang3', title: 'Giá vàng lập kỷ lục mới', body: 'Giá vàng SJC hôm nay lập kỷ lục mới, vượt 60 triệu đồng một lượng tại TP HCM và Hà Nội do giá vàng thế giới tăng khi đồng USD suy yếu.', publishedAt: '2020-10-28T12:00:00+07:00' },
];

test('cluster › two events retold three times each give two stories', () => {
  const a = clusterAll(STREAM);
  const story = (id: string): string => a.find((x) => x.id === id)!.story;
  assert.equal(story('bao1'), story('bao2'));
  assert.equal(story('bao1'), story('bao3'));
  assert.equal(story('vang1'), story('vang2'));
  assert.equal(story('vang1'), story('vang3'));
  assert.notEqual(story('bao1'), story('vang1'));
  assert.equal(story('bao1'), 'sbao1');
  assert.deepEqual(a.filter((x) => x.newStory).map((x) => x.id), ['bao1', 'vang1']);
});

test('cluster › the same input in the same order gives the same output', () => {
  const run = (): unknown => {
    const c = new StoryClusterer();
    const assignments = [...STREAM, { ...STREAM[0]!, id: 'copy', title: 'Tin bão' }].map((x) => c.add(x));
    return { assignments, stories: c.stories() };
  };
  assert.deepEqual(run(), run());
});

test('cluster › a rewrite joins the story of its original as a copy', () => {
  const c = new StoryClusterer();
  c.add({ id: 'orig', title: 'Ông Kim thăm Nga', body: kim2019.body, publishedAt: kim2019.publishedAt });
  const paras = kim2019.body.split('\n').filter((p) => p.trim() !== '');
  const a = c.add({ id: 'rw', title: 'Kim Jong-un sắp thăm Nga', body: [...paras.slice(0, -1), 'Hà Linh'].join('\n'), publishedAt: '2019-04-19T10:00:00+07:00' });
  assert.equal(a.copyOf, 'orig');
  assert.equal(a.story, 'sorig');
  assert.equal(a.newStory, false);
  assert.equal(c.stories()[0]!.articles.length, 2);
});

test('cluster › the seed articles two years apart are two stories, related by their main actors', () => {
  const c = new StoryClusterer();
  const first = c.add({ id: kim2019.id, title: '', body: kim2019.body, publishedAt: kim2019.publishedAt });
  const second = c.add({ id: xi2021.id, title: '', body: xi2021.body, publishedAt: xi2021.publishedAt });
  assert.equal(first.newStory, true);
  assert.equal(second.newStory, true);
  assert.notEqual(first.story, second.story);
  assert.equal(c.openStories, 1, 'the 2019 story has closed');
  const [open] = c.stories();
  const rel = open!.related.find((r) => r.story === first.story);
  assert.ok(rel, `related: ${JSON.stringify(open!.related)}; entities ${open!.entities.join(', ')}`);
  assert.ok(rel.shared.includes('kim jong un') && rel.shared.includes('tap can binh'), rel.shared.join(', '));
  assert.equal(c.story(first.story)!.open, false);
  // one phrase per name: the windows of `kim jong un` and `tap can binh` give way to the names
  for (const window of ['kim jong', 'jong un', 'tap can', 'can binh']) assert.ok(!open!.entities.includes(window), open!.entities.join(', '));
});

test('cluster › articles without a date, with empty or one-line bodies, or in another language do not crash', () => {
  const c = new StoryClusterer();
  const odd: ClusterInput[] = [
    { id: 'e', title: '', body: '' },
    { id: 'one', title: 'Tin nhanh', body: 'Một dòng.' },
    { id: 'en', title: 'Storm hits the coast', body: 'A strong storm hit the coast on Tuesday, officials said.', publishedAt: 'not a date' },
    { id: 'zh', title: '習近平會見金正恩', body: '習近平會見金正恩。' },
    { id: 'sym', title: '!!!', body: '— … “ ” 123 456' },
    ...STREAM,
  ];
  for (const a of odd) {
    const r = c.add(a);
    assert.equal(typeof r.story, 'string');
    assert.ok(Number.isFinite(r.similarity));
  }
  const undated = c.add({ id: 'bao4', title: 'Bão số 5 làm tốc mái nhiều nhà ở Quảng Ngãi', body: STREAM[2]!.body.replace('Sau khi', 'Khi') });
  assert.equal(undated.dated, false);
  assert.equal(undated.story, 'sbao1');
});

test('cluster › the same article repeated many times stays one story', () => {
  const c = new StoryClusterer();
  const out = Array.from({ length: 50 }, (_, i) => c.add({ ...STREAM[0]!, id: `r${i}` }));
  assert.equal(new Set(out.map((x) => x.story)).size, 1);
  assert.ok(out.slice(1).every((x) => x.copyOf === 'r0'));
  // The same id again changes nothing.
  assert.equal(c.add({ ...STREAM[0]!, id: 'r3' }).story, out[0]!.story);
  assert.equal(c.stories()[0]!.articles.length, 50);
});

test('cluster › quiet stories close and leave memory', () => {
  const c = new StoryClusterer({ quietDays: 30 });
  for (const a of STREAM) c.add(a);
  assert.equal(c.openStories, 2);
  c.add({ id: 'later', title: 'Khai mạc hội chợ sách', body: 'Hội chợ sách quốc tế khai mạc tại Hà Nội.', publishedAt: '2021-01-01T00:00:00Z' });
  assert.equal(c.openStories, 1);
  const again = c.add({ ...STREAM[0]!, id: 'bao-again', publishedAt: '2021-01-02T00:00:00Z' });
  assert.equal(again.newStory, true, 'a closed story is not reopened by a dated article');
});

test('cluster › publication order sorts dated articles stably and puts undated ones last', () => {
  const xs = [
    { id: 'u1' },
    { id: 'b', publishedAt: '2020-01-02T00:00:00Z' },
    { id: 'a', publishedAt: '2020-01-01T00:00:00Z' },
    { id: 'u2', publishedAt: '' },
    { id: 'b2', publishedAt: '2020-01-02T00:00:00Z' },
  ];
  assert.deepEqual(publicationOrder(xs).map((x) => x.id), ['a', 'b', 'b2', 'u1', 'u2']);
  assert.deepEqual(clusterAll(STREAM.slice().reverse()).map((x) => x.id), STREAM.slice().reverse().map((x) => x.id));
});

test('cluster › each story has as headline one of its titles, the closest to its centroid', () => {
  const c = new StoryClusterer();
  for (const a of STREAM) c.add(a);
  for (const s of c.stories()) assert.ok(s.articles.some((m) => m.title === s.headline && m.id === s.headlineId));
});

test('cluster › state saved half-way and restored continues exactly like the original', () => {
  const stream = [...STREAM, { id: 'k', title: 'Ông Kim thăm Nga', body: kim2019.body, publishedAt: '2020-10-29T00:00:00Z' }, { ...STREAM[1]!, id: 'vang-copy' }];
  const whole = new StoryClusterer();
  const expected = stream.map((a) => whole.add(a));
  const first = new StoryClusterer();
  const got = stream.slice(0, 3).map((a) => first.add(a));
  const restored = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(first.toJSON())));
  got.push(...stream.slice(3).map((a) => restored.add(a)));
  assert.deepEqual(got, expected);
  assert.deepEqual(restored.stories(), whole.stories());
});

test('cluster › a state saved before headline similarity (no title centroids) restores and keeps clustering', () => {
  const extra: ClusterInput[] = [
    { id: 'bao4', title: 'Quảng Ngãi khắc phục hậu quả bão số 5', body: 'Sau bão số 5, tỉnh Quảng Ngãi huy động lực lượng dọn cây xanh bị quật đổ, lợp lại mái nhà bị tốc mái cho hàng nghìn hộ dân ven biển.', publishedAt: '2020-10-28T13:00:00+07:00' },
    { id: 'vang4', title: 'Giá vàng SJC giữ trên 60 triệu đồng', body: 'Chiều nay giá vàng SJC tại Hà Nội và TP HCM vẫn trên 60 triệu đồng một lượng khi giá vàng thế giới tăng và đồng USD suy yếu.', publishedAt: '2020-10-28T14:00:00+07:00' },
  ];
  const first = new StoryClusterer();
  for (const a of STREAM) first.add(a);
  const json = JSON.parse(JSON.stringify(first.toJSON())) as ReturnType<StoryClusterer['toJSON']>;
  for (const s of json.open) delete s.titleCentroid;
  const restored = StoryClusterer.fromJSON(json);
  const got = extra.map((a) => restored.add(a));
  assert.deepEqual(got.map((a) => [a.id, a.story, a.newStory]), [['bao4', 'sbao1', false], ['vang4', 'svang1', false]]);
});

test('cluster › clusterAll places undated articles by content, even in stories closed since', () => {
  const later = { id: 'later', title: 'Khai mạc hội chợ sách', body: 'Hội chợ sách quốc tế khai mạc tại Hà Nội với hàng trăm gian hàng.', publishedAt: '2021-06-01T00:00:00Z' };
  const undated = { id: 'bao-undated', title: 'Bão số 5 tàn phá Quảng Ngãi', body: STREAM[4]!.body.replace('Bão số 5', 'Cơn bão số 5') };
  const a = clusterAll([undated, ...STREAM, later]);
  const got = a.find((x) => x.id === 'bao-undated')!;
  assert.equal(got.dated, false);
  assert.equal(got.story, 'sbao1');
});

test('cluster › open stories stay bounded on a long stream', () => {
  const c = new StoryClusterer({ quietDays: 30, maxArchivedStories: 10 });
  const start = Date.parse('2020-01-01T00:00:00Z');
  for (let i = 0; i < 200; i++) {
    // A distinct made-up event every 3 days: at most ~11 are within any 30-day window.
    const w = `sự kiện${i} mã${i * 7919} địa điểm${i % 13}`;
    c.add({ id: `e${i}`, title: `Tin ${w}`, body: `Bài viết về ${w} và ${w} cùng ${w}.`, publishedAt: new Date(start + i * 3 * 86_400_000).toISOString() });
  }
  assert.ok(c.openStories <= 12, `open stories: ${c.openStories}`);
  assert.equal(JSON.parse(JSON.stringify(c.toJSON())).archive.length, 10);
});

test('centroid › a member compared with itself scores 1 however much the IDF moved since it joined', async () => {
  const { Centroid, articleVector } = await import('../../src/stories/centroid.js');
  const { DocumentFrequencies } = await import('../../src/stories/idf.js');
  const df = new DocumentFrequencies(12);
  const counts = new Map([[1, 2], [2, 1], [3, 1]]);
  df.addDocument(counts.keys());
  const c = new Centroid();
  c.add(articleVector(counts, df, 100), df, 100);
  // a hundred other documents: the IDF of terms 1..3 grows from 1 to about 4.9
  for (let d = 0; d < 100; d++) df.addDocument([1000 + d]);
  const again = articleVector(counts, df, 100);
  for (const linkage of [0, 0.5, 1]) assert.ok(Math.abs(c.similarity(again, df, linkage) - 1) < 1e-9, `linkage ${linkage}: ${c.similarity(again, df, linkage)}`);
  // and after a save and restore
  const back = Centroid.fromJSON(JSON.parse(JSON.stringify(c.toJSON())));
  assert.ok(Math.abs(back.similarity(again, df, 1) - 1) < 1e-9);
  // a state saved before the squares were kept (one member: its squares are known exactly)
  const { sq: _sq, memberNorm2: _m, ...old } = JSON.parse(JSON.stringify(c.toJSON())) as ReturnType<typeof c.toJSON>;
  const restored = Centroid.fromJSON(old);
  for (const linkage of [0, 0.5, 1]) assert.ok(Math.abs(restored.similarity(again, df, linkage) - 1) < 1e-9, `old state, linkage ${linkage}: ${restored.similarity(again, df, linkage)}`);
});

// The demo sample: 298 ViMs articles, their cluster in their id (`Cluster_001/4`).
function demoSample(): ClusterInput[] {
  return readFileSync(join(DEMO, 'vims-sample.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ClusterInput);
}

function bcubedF1(assignments: { id: string; story: string }[]): number {
  const gold = (id: string): string => id.split('/')[0]!;
  const byStory = new Map<string, string[]>();
  for (const a of assignments) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a.id]);
  const byGold = new Map<string, string[]>();
  for (const a of assignments) byGold.set(gold(a.id), [...(byGold.get(gold(a.id)) ?? []), a.id]);
  let p = 0;
  let r = 0;
  for (const a of assignments) {
    const mates = byStory.get(a.story)!;
    const same = mates.filter((m) => gold(m) === gold(a.id)).length;
    p += same / mates.length;
    r += same / byGold.get(gold(a.id))!.length;
  }
  p /= assignments.length;
  r /= assignments.length;
  return (2 * p * r) / (p + r);
}

test('cluster › settling: each article placed once more a day later; on the demo sample it moves some and gains B-cubed F1', () => {
  const sample = demoSample();
  const once = clusterAll(sample, { settleDays: 0 });
  const settled = clusterAll(sample);
  const moved = settled.filter((a, i) => a.story !== once[i]!.story);
  assert.ok(moved.length > 0, 'some articles moved');
  const [f1Once, f1Settled] = [bcubedF1(once), bcubedF1(settled)];
  assert.ok(f1Settled > f1Once, `B-cubed F1 ${f1Once.toFixed(4)} → ${f1Settled.toFixed(4)}`);
  // the assignments are the stories' members: nothing lost or counted twice, no empty story
  const c = new StoryClusterer({}, { keepClosed: true });
  const where = new Map<string, string>();
  for (const a of publicationOrder(sample)) {
    where.set(a.id, c.add(a).story);
    for (const m of c.takeMoves().moved) where.set(m.id, m.story);
  }
  c.settle(true);
  const last = c.takeMoves();
  for (const m of last.moved) where.set(m.id, m.story);
  assert.equal(c.unsettled, 0);
  const members = new Map<string, string>();
  for (const s of c.stories()) {
    assert.ok(s.articles.length > 0, `story ${s.id} is empty`);
    for (const m of s.articles) {
      assert.ok(!members.has(m.id), `${m.id} in two stories`);
      members.set(m.id, s.id);
    }
  }
  assert.deepEqual(members, where);
  assert.deepEqual(new Map(settled.map((a) => [a.id, a.story])), where);
});

test('cluster › splitting: two events about the same people on the same days, put in one story, become two stories', () => {
  // On the demo sample, one placement puts Kim Jong-un quitting smoking (Cluster_015) and his
  // sister's marriage (Cluster_014) in one story: they share the people, not the event.
  const sample = demoSample();
  const storiesOf = (as: { id: string; story: string }[], cluster: string): Set<string> => new Set(as.filter((a) => a.id.startsWith(cluster + '/')).map((a) => a.story));
  const unsplit = clusterAll(sample, { splitRatio: 0 });
  const split = clusterAll(sample);
  const [smoking, sister] = [storiesOf(unsplit, 'Cluster_015'), storiesOf(unsplit, 'Cluster_014')];
  assert.ok([...smoking].some((s) => sister.has(s)), 'without splitting, the two events share a story');
  const [smoking2, sister2] = [storiesOf(split, 'Cluster_015'), storiesOf(split, 'Cluster_014')];
  assert.equal(smoking2.size, 1);
  assert.equal(sister2.size, 1);
  assert.notDeepEqual(smoking2, sister2);
  for (const s of [...smoking2, ...sister2]) {
    const clusters = new Set(split.filter((a) => a.story === s).map((a) => a.id.split('/')[0]));
    assert.equal(clusters.size, 1, `story ${s} holds ${[...clusters].join(', ')}`);
  }
  const [f1Unsplit, f1Split] = [bcubedF1(unsplit), bcubedF1(split)];
  assert.ok(f1Split > f1Unsplit, `B-cubed F1 ${f1Unsplit.toFixed(4)} → ${f1Split.toFixed(4)}`);
  // the split is reported, and nothing else splits on the sample
  const c = new StoryClusterer({}, { keepClosed: true });
  let splits = 0;
  for (const a of publicationOrder(sample)) {
    c.add(a);
    splits += c.takeMoves().splits;
  }
  c.settle(true);
  splits += c.takeMoves().splits;
  assert.equal(splits, 1);
});

test('cluster › light rewrites of one article (under the near-duplicate threshold) do not split it off its event', () => {
  const sample = demoSample();
  for (const baseId of ['Cluster_003/25', 'Cluster_006/37']) {
    const base = sample.find((a) => a.id === baseId)!;
    const sentences = base.body.split(/(?<=[.!?])\s+/);
    // two outlets keep 3 sentences of 5, an hour and two later
    const rewrites = [1, 2].map((k) => ({
      ...base,
      id: `${base.id}#${k}`,
      body: sentences.filter((_, i) => (i + k) % 5 !== 1 && (i + k) % 5 !== 3).join(' '),
      publishedAt: new Date(Date.parse(base.publishedAt!) + k * 3_600_000).toISOString(),
    }));
    const cluster = baseId.split('/')[0]!;
    const apart = (params: Parameters<typeof clusterAll>[1]): boolean => {
      const story = new Map(clusterAll([...sample, ...rewrites], params).map((a) => [a.id, a.story]));
      const others = sample.filter((a) => a.id.startsWith(cluster + '/') && a.id !== baseId).map((a) => story.get(a.id)!);
      const count = (s: string): number => others.filter((o) => o === s).length;
      const main = others.reduce((m, s) => (count(s) > count(m) ? s : m)); // where most of its event went
      return story.get(baseId) !== main;
    };
    assert.ok(apart({ splitRewrite: 1 }), `${baseId}: counted as three accounts, the article and its rewrites are split off`);
    assert.ok(!apart({}), `${baseId}: counted as one account, they stay with their event`);
  }
});

test('cluster › a story whose articles are older than splitDays is not split', () => {
  const unsplit = clusterAll(demoSample(), { splitRatio: 0 });
  const late = clusterAll(demoSample(), { splitDays: 0.5 });
  assert.deepEqual(late, unsplit);
});

test('cluster › a state saved mid-stream, with articles not settled yet, continues exactly like the original', () => {
  const sample = publicationOrder(demoSample()).filter((a) => a.publishedAt);
  const run = (c: StoryClusterer, articles: ClusterInput[], into: Map<string, string>): void => {
    for (const a of articles) {
      into.set(a.id, c.add(a).story);
      for (const m of c.takeMoves().moved) into.set(m.id, m.story);
    }
  };
  const whole = new StoryClusterer();
  const expected = new Map<string, string>();
  run(whole, sample, expected);
  const first = new StoryClusterer();
  const got = new Map<string, string>();
  const half = sample.findIndex((a) => a.publishedAt! >= '2016-05-21');
  run(first, sample.slice(0, half), got);
  assert.ok(first.unsettled > 0, 'articles of the last day are not settled yet');
  const state = first.toJSON();
  assert.ok((state.evidence ?? []).length > 0, 'the evidence kept for splitting is saved');
  const restored = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(state)));
  const kim = (into: Map<string, string>, cluster: string): Set<string> => new Set(sample.filter((a) => a.id.startsWith(cluster + '/') && into.has(a.id)).map((a) => into.get(a.id)!));
  assert.ok([...kim(got, 'Cluster_015')].some((s) => kim(got, 'Cluster_014').has(s)), 'Kim Jong-un\'s two events share a story when the state is saved');
  run(restored, sample.slice(half), got);
  assert.ok(![...kim(expected, 'Cluster_015')].some((s) => kim(expected, 'Cluster_014').has(s)), 'and are split after it');
  assert.deepEqual(got, expected);
  assert.deepEqual(restored.stories(), whole.stories());
  // a state saved before vectors were base64 (`[terms, tf, idf]` as numbers) continues the same way
  const asNumbers = (v: unknown): unknown => {
    if (typeof v !== 'string') return v;
    const b = Buffer.from(v, 'base64');
    const buf = new Uint8Array(b).buffer;
    const n = b.length / 20;
    return [[...new Int32Array(buf, 16 * n, n)], [...new Float64Array(buf, 0, n)], [...new Float64Array(buf, 8 * n, n)]];
  };
  const old = JSON.parse(JSON.stringify(state), (k, v) => (['vec', 'evec', 'tvec'].includes(k) ? asNumbers(v) : v));
  assert.ok(Array.isArray(old.open.flatMap((st: { members: { placed?: { vec: unknown } }[] }) => st.members).find((m: { placed?: { vec: unknown } }) => m.placed)!.placed!.vec));
  const fromOld = StoryClusterer.fromJSON(old);
  run(fromOld, sample.slice(half), new Map());
  assert.deepEqual(fromOld.stories(), whole.stories());
});

test('cluster › stories sharing only places, currencies and abbreviations are not related; sharing two people they are', () => {
  const c = new StoryClusterer();
  const day = (d: number): string => new Date(Date.parse('2020-01-01T00:00:00Z') + d * 86_400_000).toISOString();
  const storyOf = (id: string): StorySummary => c.stories().find((s) => s.articles.some((a) => a.id === id))!;
  c.add({ id: 'a', title: 'Giá lúa gạo tăng', body: 'Tại TP.HCM và Hà Nội, giá gạo xuất khẩu sang Trung Quốc tăng lên 500 USD một tấn, HLV đội bóng cũng bàn chuyện giá gạo ở Việt Nam.', publishedAt: day(0) });
  c.add({ id: 'b', title: 'Khánh thành cầu mới', body: 'Cây cầu mới ở TP.HCM nối với Hà Nội bằng tuyến đường vốn vay Trung Quốc 300 triệu USD, HLV cũng dự lễ khánh thành ở Việt Nam.', publishedAt: day(10) });
  assert.notEqual(storyOf('a').id, storyOf('b').id);
  assert.deepEqual(storyOf('b').related, [], `shares ${JSON.stringify(storyOf('b').related)}; entities ${storyOf('b').entities.join(', ')}`);
  c.add({ id: 'c', title: 'Ông Nguyễn Văn Khải gặp bà Trần Thị Loan', body: 'Ông Nguyễn Văn Khải và bà Trần Thị Loan thảo luận về dự án trường học. Ông Nguyễn Văn Khải cho biết bà Trần Thị Loan ủng hộ.', publishedAt: day(120) });
  c.add({ id: 'd', title: 'Bà Trần Thị Loan trả lời ông Nguyễn Văn Khải', body: 'Bà Trần Thị Loan gửi thư cho ông Nguyễn Văn Khải về bệnh viện tỉnh. Ông Nguyễn Văn Khải cảm ơn bà Trần Thị Loan.', publishedAt: day(180) });
  const related = storyOf('d').related;
  assert.deepEqual(related.map((r) => r.story), ['sc'], JSON.stringify(related));
  assert.deepEqual([...related[0]!.shared].sort(), ['nguyen van khai', 'tran thi loan']);
});
