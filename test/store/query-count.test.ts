/** The SQLite store reads stories, and the rules' states, in a fixed number of statements: never one per row. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { putArticles } from '../../src/app/write.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers.js';
import { jsonlDocs, record, storiesUpdate, summary } from './contract/support.js';

const tmp = tempDir();
after(tmp.cleanup);

/** Counts the statements run (every run, get, all and iterate of any prepared statement) while `fn` runs. */
async function statementsRun(fn: () => Promise<unknown>): Promise<number> {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  const saved = Object.fromEntries(['run', 'get', 'all', 'iterate'].map((k) => [k, proto[k]!]));
  let n = 0;
  for (const [k, f] of Object.entries(saved)) {
    proto[k] = function (this: unknown, ...args: unknown[]) {
      n++;
      return f.apply(this, args);
    };
  }
  try {
    await fn();
  } finally {
    Object.assign(proto, saved);
  }
  return n;
}

/** A store with `stories` stories of three articles each, every story related to the one before it. */
async function withStories(stories: number): Promise<Store> {
  const s = await SqliteStore.open(join(tmp.dir, `count-${stories}.db`));
  const ids = Array.from({ length: stories * 3 }, (_, i) => `a/${i}`);
  await putArticles(s, await jsonlDocs(ids.map((id, i) => record(id, { publishedAt: `2021-01-01T${String(i % 24).padStart(2, '0')}:00:00Z`, source: `Outlet ${i % 4}` }))));
  const story = (k: number): string => `s${String(k).padStart(3, '0')}`;
  await s.saveStories(storiesUpdate({
    assignments: ids.map((id, i) => ({ id, story: story(Math.floor(i / 3)), similarity: 0.5, dated: true })),
    stories: Array.from({ length: stories }, (_, k) => summary(story(k), { headline: '', headlineId: `a/${k * 3}`, related: k > 0 ? [{ story: story(k - 1), shared: ['a', 'b'] }] : [] })),
    openIds: [],
  }));
  return s;
}

test('store › listStories, getStory and articleStates run as many statements for 3 stories as for 30', async () => {
  const counts = [];
  for (const n of [3, 30]) {
    const s = await withStories(n);
    try {
      const list = await statementsRun(() => s.listStories({ limit: 100 }));
      const one = await statementsRun(() => s.getStory('s001'));
      const states = await statementsRun(() => s.articleStates({ ids: Array.from({ length: n * 3 }, (_, i) => `a/${i}`), contentHashes: ['x'] }));
      assert.equal((await s.listStories({ limit: 100 })).stories.length, n);
      counts.push([list, one, states]);
    } finally {
      await s.close();
    }
  }
  assert.deepEqual(counts[0], counts[1]);
  assert.deepEqual(counts[0], [4, 5, 1]);
});
