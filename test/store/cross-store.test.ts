/**
 * The two stores hold and answer alike: the bundled demo sample (data/demo: the two seeds and 298
 * ViMs articles) ingested into SQLite and into PostgreSQL gives the same articles, the same dated
 * events, the same stories (with their timelines) and the same search results (hits, order, totals, scores). Skipped, with a message, where
 * PostgreSQL is not installed.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DEMO_INPUTS, ingestPaths } from '../../src/app/index.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers.js';
import { createServer } from '../../src/server/app.js';
import { postgresServer } from './postgres-server.js';
import { assertSameStores } from './same-stores.js';

const server = await postgresServer();
const NOW = Date.parse('2026-12-01T00:00:00Z');

if (server) {
  const tmp = tempDir();
  let sqlite: Store;
  let pg: Store;
  before(async () => {
    sqlite = await SqliteStore.open(join(tmp.dir, 'demo.db'));
    pg = await PostgresStore.open(server.url, { schema: 'cross_demo' });
  });
  after(async () => {
    await sqlite?.close();
    await pg?.close();
    tmp.cleanup();
  });

  test('stores › the demo sample ingested into SQLite and into PostgreSQL: the same articles, dated events, stories and timelines, and search results', async () => {
    const [ia, ib] = [await ingestPaths(sqlite, { paths: DEMO_INPUTS, now: NOW }), await ingestPaths(pg, { paths: DEMO_INPUTS, now: NOW })];
    assert.equal(ia.new, 300);
    const timeless = (r: typeof ia): unknown => ({ ...r, seconds: 0, stories: { ...r.stories, seconds: 0 } });
    assert.deepEqual(timeless(ib), timeless(ia));
    await assertSameStores(sqlite, pg);
  });

  test('stores › the HTTP API and the pages over SQLite and over PostgreSQL answer alike', async () => {
    const [a, b] = [createServer(sqlite), createServer(pg)];
    const story = (await sqlite.listStories({ limit: 1 })).stories[0]!.id;
    const paths = ['/api/search?q=T%E1%BA%ADp%20C%E1%BA%ADn%20B%C3%ACnh', '/api/search?q=trieu%20tien&limit=20', '/api/stories', `/api/stories/${encodeURIComponent(story)}`,
      '/api/stats', '/api/articles?limit=50', '/', `/stories/${encodeURIComponent(story)}`, '/search?q=kinh%20t%E1%BA%BF'];
    for (const path of paths) {
      const [ra, rb] = [await a.request(path), await b.request(path)];
      assert.equal(rb.status, ra.status, path);
      assert.equal(ra.status, 200, path);
      // the times an article was written differ between the two ingests; nothing else may
      const body = async (r: Response): Promise<string> => (await r.text()).replace(/"(ingestedAt|updatedAt)":"[^"]*"/g, '"$1":""');
      assert.equal(await body(rb), await body(ra), path);
    }
  });
} else {
  test('stores › SQLite and PostgreSQL alike (SKIPPED: PostgreSQL is not installed)', { skip: 'PostgreSQL is not installed: apt-get install postgresql' }, () => {});
}
