import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, type ClusterEntity, type ClusterInput, type StorySummary } from '../../src/stories/index.js';
import { featuresOf, syllables } from '../../src/stories/features.js';
import { DocumentFrequencies } from '../../src/stories/idf.js';
import { addLinked, linkedHash, parseLinked, linkedName } from '../../src/stories/linked.js';
import { clusterParams } from '../../src/stories/params.js';
import { bestStory, evidenceOf } from '../../src/stories/placement.js';
import { StoryPool } from '../../src/stories/pool.js';
import { DuplicateIndex } from '../../src/stories/dedup.js';
import type { ClustererRows } from '../../src/stories/rows.js';

const day = (d: number): string => new Date(Date.parse('2020-01-01T00:00:00Z') + d * 86_400_000).toISOString();
const per = (id: string, name: string, count: number, title = 0): ClusterEntity => ({ id, type: 'PER', name, count, ...(title ? { title } : {}) });
const loc = (id: string, name: string, count: number): ClusterEntity => ({ id, type: 'LOC', name, count });
const agency = (id: string, name: string, count: number): ClusterEntity => ({ id, type: 'ORG', name, count, generic: true });

// Four events, two pairs weeks apart: one pair shares two people, the other only a country, a news agency and the parliament (generic).
const STREAM: ClusterInput[] = [
  {
    id: 'a', title: 'Giá lúa gạo tăng mạnh', publishedAt: day(0),
    body: 'Giá gạo xuất khẩu sang Trung Quốc tăng lên 500 USD một tấn, theo hãng tin Reuters. Thương lái cho biết nhu cầu tăng mạnh từ đầu năm.',
    entities: [loc('country:CN', 'Trung Quốc', 1), agency('org:reuters', 'Reuters', 1), agency('org:vn-national-assembly', 'Quốc hội', 1)],
  },
  {
    id: 'b', title: 'Khánh thành cây cầu mới', publishedAt: day(10),
    body: 'Cây cầu mới được xây bằng vốn vay Trung Quốc 300 triệu USD, hãng tin Reuters đưa tin. Người dân đi lại thuận tiện hơn.',
    entities: [loc('country:CN', 'Trung Quốc', 1), agency('org:reuters', 'Reuters', 1), agency('org:vn-national-assembly', 'Quốc hội', 1)],
  },
  {
    id: 'c', title: 'Ông Khải gặp bà Loan bàn dự án trường học', publishedAt: day(120),
    body: 'Ông Nguyễn Văn Khải và bà Trần Thị Loan thảo luận về dự án trường học. Ông Khải cho biết bà Loan ủng hộ.',
    entities: [per('PER~nguyen van khai', 'Nguyễn Văn Khải', 2, 1), per('PER~tran thi loan', 'Trần Thị Loan', 2, 1)],
  },
  {
    id: 'd', title: 'Bà Loan gửi thư cho ông Khải về bệnh viện', publishedAt: day(140),
    body: 'Bà Trần Thị Loan gửi thư cho ông Nguyễn Văn Khải về bệnh viện tỉnh. Ông Khải cảm ơn bà Loan.',
    entities: [per('PER~nguyen van khai', 'Nguyễn Văn Khải', 2, 1), per('PER~tran thi loan', 'Trần Thị Loan', 2, 1), loc('country:VN', 'Việt Nam', 1)],
  },
];

test('stories › with named entities: main entities by their names, actors without places and generic entities, stories related by shared people', () => {
  const c = new StoryClusterer({}, { keepClosed: true });
  for (const a of STREAM) c.add(a);
  const storyOf = (id: string): StorySummary => c.stories().find((s) => s.articles.some((x) => x.id === id))!;
  assert.equal(new Set(STREAM.map((a) => storyOf(a.id).id)).size, 4, 'four events, four stories');
  assert.deepEqual([...storyOf('d').entities].sort(), ['Nguyễn Văn Khải', 'Trần Thị Loan', 'Việt Nam'], 'names as given, not folded phrases');
  assert.deepEqual(storyOf('b').related, [], 'a country, a news agency and the parliament shared relate nothing');
  const related = storyOf('d').related;
  assert.deepEqual(related.map((r) => r.story), [storyOf('c').id]);
  assert.deepEqual([...related[0]!.shared].sort(), ['Nguyễn Văn Khải', 'Trần Thị Loan']);
});

test('stories › without named entities an article keeps the phrases: main entities are folded phrases', () => {
  const c = new StoryClusterer();
  for (const a of STREAM) {
    const { entities: _none, ...bare } = a;
    c.add(bare);
  }
  const d = c.stories().find((s) => s.articles.some((x) => x.id === 'd'))!;
  assert.ok(d.entities.includes('nguyen van khai'), d.entities.join(', '));
  assert.deepEqual(d.related[0]?.shared.slice().sort(), ['nguyen van khai', 'tran thi loan']);
});

test('stories › an article\'s heaviest named entities are index keys (entityKeys), scored no differently', () => {
  const a = STREAM[3]!;
  const evidence = (entityKeys: number) => {
    const p = clusterParams({ entityKeys });
    const f = featuresOf(syllables(a.title), syllables(a.body), p.titleWeight);
    addLinked(a.entities!, p.titleWeight, (f.linked = new Map()), f.entityNames);
    return evidenceOf(a.id, undefined, f, new DocumentFrequencies(), p);
  };
  const off = evidence(0);
  const on = evidence(2);
  assert.ok(!off.keys.includes(linkedHash('PER~nguyen van khai')));
  assert.ok(on.keys.includes(linkedHash('PER~nguyen van khai')) && on.keys.includes(linkedHash('PER~tran thi loan')), 'the two people, mentioned in the title');
  assert.ok(!on.keys.includes(linkedHash('country:VN')), 'only the two heaviest');
  assert.deepEqual(on.vec, off.vec);
  assert.deepEqual(on.evec, off.evec);
  assert.equal(on.entities.get(linkedHash('PER~tran thi loan')), 2 + 3 * 1, 'title mentions count as title terms do');
});

test('stories › an entity\'s kept name reads back (generic flag included); a phrase is no entity', () => {
  const e = { type: 'ORG' as const, id: 'org:reuters', name: 'Reuters', generic: true };
  assert.deepEqual(parseLinked(linkedName(e)), e);
  assert.deepEqual(parseLinked(linkedName({ type: 'PER', id: 'PER~nguyen van a', name: 'Nguyễn Văn A' })), { type: 'PER', id: 'PER~nguyen van a', name: 'Nguyễn Văn A', generic: false });
  assert.equal(parseLinked('kim jong un'), undefined);
});

test('stories › a clusterer with named entities saved (JSON and rows) and restored continues exactly like the original', () => {
  const whole = new StoryClusterer();
  for (const a of STREAM) whole.add(a);
  const half = new StoryClusterer();
  for (const a of STREAM.slice(0, 3)) half.add(a);
  const fromJson = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(half.toJSON())));
  const delta = half.takeStateChanges();
  assert.ok(delta.full);
  const rows: ClustererRows = { scalars: delta.scalars, parts: delta.upserts };
  const fromRows = StoryClusterer.fromParts(rows);
  for (const c of [fromJson, fromRows]) {
    c.add(STREAM[3]!);
    assert.deepEqual(c.stories(), whole.stories());
  }
});

test('stories › named entities bring candidate stories beside the text\'s (entityCandidates), never in their place', () => {
  // One story found by its text (the same market fire), one only by a person the article names (its text unrelated).
  const fire = 'Đám cháy lớn bùng phát tại chợ Đồng Xuân lúc rạng sáng, thiêu rụi hàng trăm sạp vải và quần áo. Lực lượng cứu hỏa mất ba giờ để khống chế ngọn lửa.';
  const e1: ClusterInput = { id: 'e1', title: 'Cháy lớn tại chợ Đồng Xuân', body: fire };
  const f1: ClusterInput = {
    id: 'f1', title: 'Khánh thành công viên bờ hồ',
    body: 'Ông Nguyễn Văn Khải cắt băng khánh thành công viên bờ hồ rộng năm héc-ta với nhiều cây xanh và lối đi bộ.',
    entities: [per('PER~nguyen van khai', 'Nguyễn Văn Khải', 3, 1)],
  };
  const x: ClusterInput = { id: 'x', title: 'Chợ Đồng Xuân cháy lớn', body: fire + ' Ông Nguyễn Văn Khải có mặt tại hiện trường.', entities: [per('PER~nguyen van khai', 'Nguyễn Văn Khải', 1)] };
  const y: ClusterInput = { id: 'y', title: 'Giá vàng tăng', body: 'Giá vàng trong nước tăng hai trăm nghìn đồng một lượng, bộ trưởng Khải cho biết.', entities: [per('PER~nguyen van khai', 'Nguyễn Văn Khải', 2, 0)] };
  const place = (entityCandidates: number, article: ClusterInput, inF1: ClusterEntity[] = []) => {
    const p = clusterParams({ maxCandidates: 1, entityCandidates });
    const pool = new StoryPool(p, new DocumentFrequencies(), new DuplicateIndex(p.dedup), false);
    const evidence = (a: ClusterInput) => {
      const f = featuresOf(syllables(a.title), syllables(a.body), p.titleWeight);
      if (a.entities) addLinked(a.entities, p.titleWeight, (f.linked = new Map()), f.entityNames);
      return evidenceOf(a.id, undefined, f, pool.df, p);
    };
    const stories = new Map([e1, { ...f1, entities: [...f1.entities!, ...inF1] }].map((a) => {
      const s = pool.newStory(a.id);
      pool.addTo(s, evidence(a), [{ id: a.id, title: a.title, titleTerms: new Map() }]);
      return [a.id, s] as const;
    }));
    const best = bestStory(pool, evidence(article));
    return { best: best.story, score: best.score, e1: stories.get('e1')!, f1: stories.get('f1')! };
  };
  // an article whose text shares nothing with a story, not even the phrase of a name, but names its person (linked): scored against it only through its entities
  const alone = place(1, y);
  assert.equal(alone.best, alone.f1);
  assert.ok(alone.score > 0);
  assert.equal(place(0, y).best, undefined, 'no entity candidates: the story is not scored');
  // the story of its text keeps its place among the candidates when a story shares the article's person
  for (const n of [0, 1, 3]) {
    const r = place(n, x);
    assert.equal(r.best, r.e1, `entityCandidates ${n}`);
  }
  // a story sharing more of the article's keys through people (five, named by role: no phrase) than
  // the story of its text does through words: the text's story is still scored, and wins
  const people = ['an', 'binh', 'cuong', 'dung', 'giang'].map((n) => per(`PER~${n}`, n, 1));
  const z: ClusterInput = { id: 'z', title: 'Điều tra nguyên nhân vụ hỏa hoạn ở chợ Đồng Xuân', body: 'Cơ quan điều tra đang làm rõ nguyên nhân đám cháy chợ Đồng Xuân, nơi hàng trăm sạp vải bị thiêu rụi; các tiểu thương chờ hỗ trợ.', entities: people };
  const busy = place(1, z, people);
  assert.equal(busy.best, busy.e1);
});
