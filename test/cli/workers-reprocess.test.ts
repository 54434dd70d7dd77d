/**
 * `toancanh reprocess --queue` (issue 17): the articles' ids sent as `reprocess` jobs, taken by
 * `worker` processes (real child processes, a real PostgreSQL), each article reprocessed once: the
 * jobs' reports add up to the articles, every article is at the current pipeline version, no
 * revision is kept, the stories are those of a single-process `reprocess` of the same store in
 * SQLite, and a second `reprocess --queue` finds nothing to send. Skipped, visibly, where
 * PostgreSQL is not installed.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listStories } from '../../src/app/index.js';
import { JobQueue, queueSettings } from '../../src/app/jobs/queue.js';
import { defaultPipeline } from '../../src/pipeline/index.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { cli, DEMO, ROOT, tempDir } from '../helpers.js';
import { postgresServer } from '../store/postgres-server.js';

const server = await postgresServer();
const MAIN = join(ROOT, 'dist/src/cli/main.js');
const ENV = { TOANCANH_JOB_EXPIRE_SECONDS: '4', TOANCANH_JOB_MAINTENANCE_SECONDS: '1', TOANCANH_JOB_POLL_SECONDS: '0.5', TOANCANH_JOB_RETRY_LIMIT: '5' };

async function memberships(store: Store): Promise<string[]> {
  const { stories } = await listStories(store, { limit: 100_000 });
  const out: string[] = [];
  for (const s of stories) out.push(JSON.stringify((await store.getStory(s.id))!.articles.map((a) => a.id).sort()));
  return out.sort();
}

function worker(url: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN, 'worker', '--db', url, '--until-idle'], { env: { ...process.env, ...ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

if (server) {
  const tmp = tempDir();
  after(() => tmp.cleanup());
  const dir = join(tmp.dir, 'in');
  mkdirSync(dir);
  const lines = readFileSync(join(DEMO, 'vims-sample.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  writeFileSync(join(dir, 'vims.jsonl'), lines.slice(0, 30).join('\n') + '\n');

  test('workers › `reprocess --queue`: two workers reprocess every article once; the stories of a single-process reprocess; nothing left to send after', async () => {
    const url = `${server.url}?schema=reproc`;
    const db = join(tmp.dir, 'reference.db');
    // stored without words: every article is of another pipeline version than the default
    for (const target of [url, db]) assert.equal((await cli(['ingest', dir, '--db', target, '--no-words', '--quiet'], ROOT, ENV)).code, 0);
    const reference = await cli(['reprocess', '--db', db, '--quiet'], ROOT, ENV);
    assert.equal(reference.code, 0, reference.stderr);
    assert.match(reference.stdout, /^Reprocessed 30 articles/);

    const sent = await cli(['reprocess', '--queue', '--per-job', '7', '--db', url], ROOT, ENV);
    assert.equal(sent.code, 0, sent.stderr);
    assert.match(sent.stdout, /30 articles to reprocess in 5 reprocess jobs, then a place job/);
    const runs = await Promise.all([worker(url), worker(url)]);
    assert.deepEqual(runs.map((r) => r.code), [0, 0], runs.map((r) => r.stderr).join('\n'));

    const store = await PostgresStore.open(server.url, { schema: 'reproc' });
    const sqlite = await SqliteStore.open(db);
    const queue = await JobQueue.open(url, { settings: queueSettings(ENV) });
    try {
      const done = (await queue.list(['completed'], 1000)).filter((j) => j.kind === 'reprocess');
      assert.equal(done.length, 5);
      assert.equal(done.reduce((n, j) => n + Number(j.output!.reprocessed), 0), 30);
      assert.deepEqual(await queue.list(['created', 'retry', 'active', 'failed']), []);
      assert.equal(await store.count(), 30);
      assert.equal(await store.count({ notPipeline: defaultPipeline().version }), 0);
      assert.equal((await store.stats()).revisions, 0);
      assert.deepEqual(await memberships(store), await memberships(sqlite));
      const again = await cli(['reprocess', '--queue', '--db', url], ROOT, ENV);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /: 0 articles to reprocess in 0 reprocess jobs/);
    } finally {
      await queue.close({ graceful: false });
      await store.close();
      await sqlite.close();
    }
  });

  test('workers › `reprocess --queue` needs PostgreSQL: a SQLite file is a clear usage error', async () => {
    const r = await cli(['reprocess', '--queue', '--db', join(tmp.dir, 'x.db')], ROOT, ENV);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /E_QUEUE_NEEDS_POSTGRES: --queue needs a PostgreSQL database/);
  });
} else {
  test('workers › reprocess --queue (SKIPPED: PostgreSQL is not installed)', { skip: 'PostgreSQL is not installed: apt-get install postgresql' }, () => {});
}
