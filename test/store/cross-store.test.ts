/**
 * The two stores hold and answer alike: the bundled demo sample (data/demo: the two seeds and 298
 * ViMs articles) ingested into SQLite and into PostgreSQL gives the same articles, the same stories
 * and the same search results (hits, order, totals, scores). Skipped, with a message, where
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

  test('stores › the demo sample ingested into SQLite and into PostgreSQL: the same articles, stories and search results', async () => {
    const [ia, ib] = [await ingestPaths(sqlite, { paths: DEMO_INPUTS, now: NOW }), await ingestPaths(pg, { paths: DEMO_INPUTS, now: NOW })];
    assert.equal(ia.new, 300);
    const timeless = (r: typeof ia): unknown => ({ ...r, seconds: 0, stories: { ...r.stories, seconds: 0 } });
    assert.deepEqual(timeless(ib), timeless(ia));
    await assertSameStores(sqlite, pg);
  });
} else {
  test('stores › SQLite and PostgreSQL alike (SKIPPED: PostgreSQL is not installed)', { skip: 'PostgreSQL is not installed: apt-get install postgresql' }, () => {});
}
