import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, DEMO, SEED_2019, SEED_2021, SEEDS, tempDir } from '../helpers.js';

const SAMPLE = join(DEMO, 'vims-sample.jsonl');

function partition(stories: { articles: { id: string }[] }[]): string[] {
  return stories.map((s) => s.articles.map((a) => a.id).sort().join(' ')).sort();
}

async function allStories(dir: string, db: string): Promise<{ id: string; articles: { id: string }[] }[]> {
  const list = JSON.parse((await cli(['stories', '--db', db, '--limit', '1000', '--format', 'json'], dir)).stdout);
  const out = [];
  for (const s of list.stories) out.push(JSON.parse((await cli(['story', s.id, '--db', db, '--format', 'json'], dir)).stdout));
  return out;
}

test('stories › the two seeds are two stories, related, not one', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const r = await cli(['ingest', SEEDS, '--format', 'json'], dir);
    assert.equal(JSON.parse(r.stdout).stories.placed, 2);
    const a = JSON.parse((await cli(['story', '--article', SEED_2021, '--format', 'json'], dir)).stdout);
    const b = JSON.parse((await cli(['story', '--article', SEED_2019, '--format', 'json'], dir)).stdout);
    assert.notEqual(a.id, b.id);
    assert.ok(a.related.some((x: { story: string }) => x.story === b.id), JSON.stringify(a.related));
    assert.ok(b.related.some((x: { story: string }) => x.story === a.id), 'related both ways');
    // the seeds are untitled: a related story is named by the start of its text, as the story itself is
    for (const x of [...a.related, ...b.related] as { headline: string }[]) assert.match(x.headline, /\S/, JSON.stringify(x));
    // main entities are named entities, by their names: ông Tập and Chủ tịch Trung Quốc are Tập Cận Bình
    assert.ok(a.entities.includes('Tập Cận Bình'), JSON.stringify(a.entities));
    const shared = a.related.find((x: { story: string }) => x.story === b.id).shared as string[];
    assert.deepEqual([...shared].sort(), ['Kim Jong-un', 'Tập Cận Bình'], 'related through the two leaders');
    const again = JSON.parse((await cli(['ingest', SEEDS, '--format', 'json'], dir)).stdout);
    assert.equal(again.stories.placed, 0, 'nothing placed twice');
  } finally {
    cleanup();
  }
});

test('stories › a backfill out of order, then recluster, gives the stories of one ingest in publication order', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const lines = readFileSync(SAMPLE, 'utf8').trim().split('\n').slice(0, 120);
    const dated = lines.map((l) => JSON.parse(l)).sort((x, y) => (x.publishedAt ?? '~').localeCompare(y.publishedAt ?? '~'));
    const late = dated.slice(60).map((x) => JSON.stringify(x));
    const early = dated.slice(0, 60).map((x) => JSON.stringify(x));
    writeFileSync(join(dir, 'late.jsonl'), late.join('\n'));
    writeFileSync(join(dir, 'early.jsonl'), early.join('\n'));
    writeFileSync(join(dir, 'all.jsonl'), lines.join('\n'));
    await cli(['ingest', join(dir, 'late.jsonl'), '--db', 'a.db', '--quiet'], dir);
    await cli(['ingest', join(dir, 'early.jsonl'), '--db', 'a.db', '--quiet'], dir);
    const rec = await cli(['recluster', '--db', 'a.db', '--quiet'], dir);
    assert.match(rec.stdout, /120 articles placed/);
    await cli(['ingest', join(dir, 'all.jsonl'), '--db', 'b.db', '--quiet'], dir);
    const a = partition(await allStories(dir, 'a.db'));
    const b = partition(await allStories(dir, 'b.db'));
    assert.deepEqual(a, b);
    assert.ok(a.length > 5 && a.length < 100, `${a.length} stories`);
  } finally {
    cleanup();
  }
});

test('stories › cluster FILE.jsonl writes {"id","story"} for every input article, in input order', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const lines = readFileSync(SAMPLE, 'utf8').trim().split('\n').slice(0, 80);
    const dup = JSON.parse(lines[0]!);
    lines.push(JSON.stringify({ ...dup, id: 'copy-of-first', title: 'Một tiêu đề khác' }));
    lines.push('{"broken');
    writeFileSync(join(dir, 'in.jsonl'), lines.join('\n'));
    const r = await cli(['cluster', join(dir, 'in.jsonl'), '--format', 'jsonl'], dir);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /in\.jsonl:82/);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(out.length, 81);
    assert.deepEqual(out.map((o) => o.id), lines.slice(0, 81).map((l) => JSON.parse(l).id));
    const copy = out.find((o) => o.id === 'copy-of-first');
    assert.equal(copy.copyOf, dup.id);
    assert.equal(copy.story, out[0].story);
    const again = await cli(['cluster', join(dir, 'in.jsonl')], dir);
    assert.equal(again.stdout, r.stdout, 'deterministic');
  } finally {
    cleanup();
  }
});

test('stories › an article dated in the future is placed as undated and reported, the clock stays', async () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'a.jsonl'), [
      JSON.stringify({ id: 'f1', title: 'Bão số 3 đổ bộ Quảng Ninh', body: 'Bão số 3 đổ bộ Quảng Ninh chiều nay, gió giật cấp 12.', publishedAt: '2024-09-07T15:00:00+07:00' }),
      JSON.stringify({ id: 'f2', title: 'Bão số 3 gây mưa lớn', body: 'Bão số 3 gây mưa lớn ở Quảng Ninh và Hải Phòng.', publishedAt: '2999-01-01T00:00:00+07:00' }),
    ].join('\n'));
    const r = JSON.parse((await cli(['ingest', join(dir, 'a.jsonl'), '--format', 'json'], dir)).stdout);
    assert.deepEqual(r.stories.futureDated, ['f2']);
    assert.equal(r.stories.undated, 1);
  } finally {
    cleanup();
  }
});

test('stories › an undated article joins its story even when newer articles closed it (first placement)', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const storm = 'Bão số 3 đổ bộ Quảng Ninh, gió giật cấp 12, hàng nghìn cây xanh gãy đổ, nhiều tàu thuyền bị sóng đánh chìm tại cảng Hòn Gai.';
    writeFileSync(join(dir, 'a.jsonl'), [
      JSON.stringify({ id: 'old1', title: 'Bão số 3 đổ bộ Quảng Ninh', body: storm, publishedAt: '2016-09-07T15:00:00+07:00' }),
      JSON.stringify({ id: 'old2', title: 'Bão số 3 tàn phá Quảng Ninh', body: `${storm} Chính quyền sơ tán dân.`, publishedAt: '2016-09-07T18:00:00+07:00' }),
      JSON.stringify({ id: 'new1', title: 'Giá vàng tăng mạnh', body: 'Giá vàng miếng SJC tăng thêm một triệu đồng mỗi lượng sáng nay.', publishedAt: '2021-03-24T08:00:00+07:00' }),
      JSON.stringify({ id: 'undated', title: 'Quảng Ninh khắc phục hậu quả bão số 3', body: `${storm} Người dân dọn dẹp.` }),
    ].join('\n'));
    await cli(['ingest', join(dir, 'a.jsonl'), '--quiet'], dir);
    const s = JSON.parse((await cli(['story', '--article', 'undated', '--format', 'json'], dir)).stdout);
    assert.deepEqual(s.articles.map((a: { id: string }) => a.id).sort(), ['old1', 'old2', 'undated']);
  } finally {
    cleanup();
  }
});

test('stories › an outlet that republishes another is visible as such (story and stats)', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const first = JSON.parse(readFileSync(SAMPLE, 'utf8').split('\n')[0]!);
    writeFileSync(join(dir, 'a.jsonl'), [
      JSON.stringify({ ...first, id: 'orig', source: 'Lao Động', publishedAt: '2016-05-19T09:00:00+07:00' }),
      JSON.stringify({ ...first, id: 'rewrite', source: '24h', title: `${first.title} (tổng hợp)`, publishedAt: '2016-05-19T12:00:00+07:00' }),
    ].join('\n'));
    await cli(['ingest', join(dir, 'a.jsonl')], dir);
    const stats = JSON.parse((await cli(['stats', '--format', 'json'], dir)).stdout);
    assert.deepEqual(stats.republished, [{ outlet: '24h', from: 'Lao Động', count: 1 }]);
    assert.match((await cli(['stats'], dir)).stdout, /1 {2}24h ← Lao Động/);
    assert.match((await cli(['story', '--article', 'rewrite'], dir)).stdout, /\[24h\] rewrite {2}\(copy of orig, Lao Động\)/);
  } finally {
    cleanup();
  }
});

test('stories › ingesting in publication order in three runs gives the stories of one run (articles not settled carry over)', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const dated = readFileSync(SAMPLE, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.publishedAt)
      .sort((x, y) => Date.parse(x.publishedAt) - Date.parse(y.publishedAt));
    const cut = (day: string): number => dated.findIndex((x) => Date.parse(x.publishedAt) >= Date.parse(day));
    const parts = [dated.slice(0, cut('2016-05-20T12:00:00+07:00')), dated.slice(cut('2016-05-20T12:00:00+07:00'), cut('2016-05-22T00:00:00+07:00')), dated.slice(cut('2016-05-22T00:00:00+07:00'))];
    let moved = 0;
    let splits = 0;
    for (const [i, part] of parts.entries()) {
      writeFileSync(join(dir, `p${i}.jsonl`), part.map((x) => JSON.stringify(x)).join('\n'));
      const report = JSON.parse((await cli(['ingest', join(dir, `p${i}.jsonl`), '--db', 'a.db', '--format', 'json'], dir)).stdout).stories;
      moved += report.moved;
      splits += report.splits;
    }
    writeFileSync(join(dir, 'all.jsonl'), dated.map((x) => JSON.stringify(x)).join('\n'));
    const one = JSON.parse((await cli(['ingest', join(dir, 'all.jsonl'), '--db', 'b.db', '--format', 'json'], dir)).stdout).stories;
    assert.ok(one.moved > 0, 'some articles moved when placed again');
    assert.equal(moved, one.moved);
    assert.ok(one.splits > 0, 'a story was split (Kim Jong-un quitting smoking and his sister\'s marriage)');
    assert.equal(splits, one.splits);
    const a = await allStories(dir, 'a.db');
    assert.deepEqual(partition(a), partition(await allStories(dir, 'b.db')));
    for (const s of a) assert.ok(s.articles.length > 0, `story ${s.id} listed without articles`);
  } finally {
    cleanup();
  }
});
