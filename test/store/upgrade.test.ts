/**
 * A database made by the code of d6c3e4d (schema 2, the clusterer's state one JSON value: see
 * test/fixtures/db/README.md) is upgraded in place: it answers as it did, and an ingest continues
 * its stories, its state moved to rows, as the current code continues a database it made itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { StoryClusterer } from '../../src/stories/index.js';
import { cli, DEMO, ROOT, SEEDS, tempDir } from '../helpers.js';

const FIXTURE = join(ROOT, 'test/fixtures/db');
interface Expected {
  stories: { total: number; stories: { id: string; headline: string; articleCount: number; entities: string[]; open: boolean; related: { story: string }[] }[] };
  members: Record<string, string[]>;
  search: Record<string, { total: number; ids: string[] }>;
}
const EXPECTED = JSON.parse(readFileSync(join(FIXTURE, 'd6c3e4d.expected.json'), 'utf8')) as Expected;
const SAMPLE = readFileSync(join(DEMO, 'vims-sample.jsonl'), 'utf8').trim().split('\n');
const SEED_STORY = 's000_ef62d61ddab68d08';

/** More articles, after the fixture's: a retelling of the 2021 seed, and sample articles moved to the days after it. */
function more(): string {
  const inFixture = new Set(Object.values(EXPECTED.members).flat());
  const later = SAMPLE.map((l) => JSON.parse(l) as { id: string; publishedAt?: string }).filter((a) => !inFixture.has(a.id) && a.publishedAt).slice(0, 30);
  const shift = Date.parse('2021-03-24T10:00:00+07:00') - Math.min(...later.map((a) => Date.parse(a.publishedAt!)));
  const retelling = {
    id: 'kim-tap-2021',
    title: 'Ông Kim Jong Un và ông Tập Cận Bình trao đổi thông điệp về quan hệ đồng minh',
    body: 'Theo hãng thông tấn KCNA của Triều Tiên, nhà lãnh đạo Kim Jong Un đã gửi thông điệp tới Chủ tịch Trung Quốc Tập Cận Bình, kêu gọi đoàn kết và hợp tác giữa hai Đảng và hai nước trước các thế lực thù địch. Ông Tập đáp lại rằng Trung Quốc sẵn sàng cùng Triều Tiên củng cố quan hệ hữu nghị, theo Tân Hoa Xã. Giới quan sát cho rằng hai bên muốn gửi tín hiệu tới chính quyền mới của Mỹ.',
    publishedAt: '2021-03-24T09:00:00+07:00',
  };
  const moved = later.map((a) => ({ ...a, publishedAt: new Date(Date.parse(a.publishedAt!) + shift).toISOString() }));
  return [retelling, ...moved].map((a) => JSON.stringify(a)).join('\n');
}

function storyTables(path: string): { placements: unknown[]; stories: unknown[]; related: unknown[]; legacy: number; scalars: number } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      placements: db.prepare('SELECT article_id, story_id, copy_of, similarity, dated FROM story_articles ORDER BY article_id').all(),
      stories: db.prepare('SELECT id, headline, headline_id, first_at, last_at, entities, open FROM stories ORDER BY id').all(),
      related: db.prepare('SELECT story_id, related_id, shared, ord FROM story_related ORDER BY story_id, ord').all(),
      legacy: (db.prepare('SELECT count(*) AS n FROM clusterer_state').get() as { n: number }).n,
      scalars: (db.prepare('SELECT count(*) AS n FROM clusterer_scalars').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

async function restoredState(path: string): Promise<unknown> {
  const store = await SqliteStore.open(path);
  try {
    return StoryClusterer.fromParts((await store.clustererRows())!).toJSON();
  } finally {
    await store.close();
  }
}

test('store › a database of d6c3e4d answers as before, and an ingest continues its stories (state moved to rows) as in a database made now', async () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'old.db'), gunzipSync(readFileSync(join(FIXTURE, 'd6c3e4d.db.gz'))));
    assert.equal(new Database(join(dir, 'old.db'), { readonly: true }).pragma('user_version', { simple: true }), 2);
    // read as it is
    const list = JSON.parse((await cli(['stories', '--db', 'old.db', '--limit', '1000', '--format', 'json'], dir)).stdout) as Expected['stories'];
    const brief = (l: Expected['stories']): unknown => l.stories.map((s) => [s.id, s.headline, s.articleCount, s.entities, s.open, s.related.map((r) => r.story)]);
    assert.equal(list.total, EXPECTED.stories.total);
    assert.deepEqual(brief(list), brief(EXPECTED.stories));
    for (const [id, members] of Object.entries(EXPECTED.members)) {
      const s = JSON.parse((await cli(['story', id, '--db', 'old.db', '--format', 'json'], dir)).stdout) as { articles: { id: string }[] };
      assert.deepEqual(s.articles.map((a) => a.id).sort(), members, id);
    }
    // search: what the old index gives, the current code's query semantics (syllables together)
    // applied, is what a database made now gives for the same articles (compared below)
    const searchOf = async (db: string, q: string): Promise<unknown> => {
      const r = JSON.parse((await cli(['search', q, '--db', db, '--limit', '100', '--format', 'json'], dir)).stdout) as { total: number; hits: { id: string }[] };
      return { total: r.total, ids: r.hits.map((h) => h.id).sort() };
    };
    // more articles: the schema migrates, the next placement writes the state as rows
    writeFileSync(join(dir, 'more.jsonl'), more());
    const r = await cli(['ingest', join(dir, 'more.jsonl'), '--db', 'old.db', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(JSON.parse(r.stdout).stories.placed, 31);
    const upgraded = storyTables(join(dir, 'old.db'));
    assert.deepEqual([upgraded.legacy, upgraded.scalars], [0, 1], 'the JSON state moved to rows');
    const seedStory = JSON.parse((await cli(['story', SEED_STORY, '--db', 'old.db', '--format', 'json'], dir)).stdout) as { articles: { id: string }[] };
    assert.deepEqual(seedStory.articles.map((a) => a.id), ['000_ef62d61ddab68d08', 'kim-tap-2021'], 'the open story continues');
    // the same inputs, the same two runs, with the current code from the start; the first run without
    // entities, as the old database's articles have none (the entities feed story placement)
    const inFixture = new Set(Object.values(EXPECTED.members).flat());
    writeFileSync(join(dir, 'first.jsonl'), SAMPLE.filter((l) => inFixture.has((JSON.parse(l) as { id: string }).id)).join('\n'));
    await cli(['ingest', SEEDS, join(dir, 'first.jsonl'), '--db', 'now.db', '--quiet', '--no-entities'], dir);
    await cli(['ingest', join(dir, 'more.jsonl'), '--db', 'now.db', '--quiet'], dir);
    const now = storyTables(join(dir, 'now.db'));
    assert.deepEqual(upgraded.placements, now.placements);
    assert.deepEqual(upgraded.stories, now.stories);
    assert.deepEqual(upgraded.related, now.related);
    assert.ok(now.related.length > 0, 'related stories as rows');
    assert.deepEqual(await restoredState(join(dir, 'old.db')), await restoredState(join(dir, 'now.db')));
    for (const q of Object.keys(EXPECTED.search)) assert.deepEqual(await searchOf('old.db', q), await searchOf('now.db', q), q);
  } finally {
    cleanup();
  }
});
