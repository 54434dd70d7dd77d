// One process at a time places stories: a run waits while another holds the placement lease.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { placeStories } from '../../src/app/place.js';
import { putArticles } from '../../src/app/write.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { seedArticles, tempDir } from '../helpers.js';
import { jsonlDocs } from '../store/contract/support.js';

test('place › a placement waits while another process holds the lease, then places everything', async () => {
  const { dir, cleanup } = tempDir();
  const store = await SqliteStore.open(join(dir, 'x.db'));
  try {
    await putArticles(store, await jsonlDocs(seedArticles().map((a) => ({ ...a }))));
    assert.equal(await store.lease('placement', 'another process', 60_000), true);
    let waited = false;
    let done = false;
    const run = placeStories(store, { onWait: () => (waited = true) }).then((r) => {
      done = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 600));
    assert.deepEqual([waited, done], [true, false], 'waiting for the other process');
    assert.equal((await store.unplaced()).length, 2, 'nothing placed meanwhile');
    await store.releaseLease('placement', 'another process');
    const report = await run;
    assert.equal(report.placed, 2);
    assert.equal(await store.lease('placement', 'another process', 60_000), true, 'released when done');
  } finally {
    await store.close();
    cleanup();
  }
});
