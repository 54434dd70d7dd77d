/**
 * Workers over PostgreSQL (issue 17): `ingest --queue` sends the inputs as jobs, `worker` processes
 * (real child processes) take them, `jobs` lists them. Every article stored once, the stories those
 * of a single-process SQLite ingest of the same inputs; a replayed job writes nothing new; a
 * rejected input fails its job with the reason; a worker killed with SIGKILL at random points in
 * 10 trials loses nothing and doubles nothing. Short expiry and maintenance intervals (the
 * TOANCANH_JOB_* settings) keep it fast. Skipped, visibly, where PostgreSQL is not installed.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths, listStories } from '../../src/app/index.js';
import { startHeartbeat } from '../../src/app/jobs/heartbeat.js';
import { JobQueue, queueSettings } from '../../src/app/jobs/queue.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { cli, DEMO, ROOT, SEEDS, tempDir } from '../helpers.js';
import { postgresServer } from '../store/postgres-server.js';

const server = await postgresServer();
const NOW = Date.parse('2026-12-01T00:00:00Z');
const MAIN = join(ROOT, 'dist/src/cli/main.js');
/** A dead worker's job retried after 4 s (+ up to 1 s of maintenance; a job of 3 inputs takes well under a second); workers look every 0.5 s. */
const ENV = { TOANCANH_JOB_EXPIRE_SECONDS: '4', TOANCANH_JOB_MAINTENANCE_SECONDS: '1', TOANCANH_JOB_POLL_SECONDS: '0.5', TOANCANH_JOB_RETRY_LIMIT: '5' };

/** Every story as the sorted ids of its articles, sorted: what two placements must agree on. */
export async function memberships(store: Store): Promise<string[]> {
  const { stories } = await listStories(store, { limit: 100_000 });
  const out: string[] = [];
  for (const s of stories) out.push(JSON.stringify((await store.getStory(s.id))!.articles.map((a) => a.id).sort()));
  return out.sort();
}

async function allIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for await (const b of store.articleIds({ batchSize: 1000 })) ids.push(...b);
  return ids.sort();
}

function worker(url: string, args: string[] = [], env: Record<string, string> = {}): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [MAIN, 'worker', '--db', url, ...args], { env: { ...process.env, ...ENV, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

async function enqueue(url: string, paths: string[], perJob: number, jobs = 'ingest jobs,', env: Record<string, string> = {}): Promise<void> {
  const r = await cli(['ingest', ...paths, '--db', url, '--queue', '--per-job', String(perJob)], ROOT, { ...ENV, ...env });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.includes(` inputs in `) && r.stdout.includes(`${jobs} then a place job`), r.stdout);
}

if (server) {
  const tmp = tempDir();
  // the two seed articles (text files with sidecars) and the first ViMs articles of the demo (JSONL)
  const small = join(tmp.dir, 'small');
  const tiny = join(tmp.dir, 'tiny');
  const lines = readFileSync(join(DEMO, 'vims-sample.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const [dir, n] of [[small, 78], [tiny, 28]] as const) {
    mkdirSync(join(dir, 'seeds'), { recursive: true });
    for (const f of ['000_ef62d61ddab68d08.txt', '000_ef62d61ddab68d08.meta.json', '004_96cdec1bc14d401d.txt', '004_96cdec1bc14d401d.meta.json']) copyFileSync(join(SEEDS, f), join(dir, 'seeds', f));
    writeFileSync(join(dir, 'vims.jsonl'), lines.slice(0, n).join('\n') + '\n');
  }
  const reference: Record<string, { ids: string[]; stories: string[] }> = {};
  before(async () => {
    for (const [name, dir] of [['small', small], ['tiny', tiny]] as const) {
      const sqlite = await SqliteStore.open(join(tmp.dir, `${name}.db`));
      try {
        await ingestPaths(sqlite, { paths: [dir], now: NOW });
        reference[name] = { ids: await allIds(sqlite), stories: await memberships(sqlite) };
      } finally {
        await sqlite.close();
      }
    }
  });
  after(() => tmp.cleanup());
  const url = (schema: string): string => `${server.url}?schema=${schema}`;
  const open = (schema: string): Promise<PostgresStore> => PostgresStore.open(server.url, { schema });

  test('workers › two workers: every article stored once, the stories of a single-process SQLite ingest; a replayed job writes nothing new', async () => {
    await enqueue(url('two'), [small], 8);
    const [a, b] = [worker(url('two'), ['--until-idle']), worker(url('two'), ['--until-idle'])];
    assert.deepEqual(await Promise.all([a.exited, b.exited]), [0, 0], a.stderr() + b.stderr());
    const store = await open('two');
    const queue = await JobQueue.open(url('two'), { settings: queueSettings(ENV) });
    try {
      assert.equal(reference.small!.ids.length, 80);
      assert.deepEqual(await allIds(store), reference.small!.ids);
      assert.deepEqual(await memberships(store), reference.small!.stories);
      const done = await queue.list(['completed'], 1000);
      assert.equal(done.filter((j) => j.kind === 'ingest').length, 10);
      assert.deepEqual((await queue.list(['created', 'retry', 'active', 'failed'])).length, 0);
      // the same inputs sent again: every job finds its articles stored, and writes nothing
      await enqueue(url('two'), [small], 8);
      const c = worker(url('two'), ['--until-idle']);
      assert.equal(await c.exited, 0, c.stderr());
      const seen = new Set(done.map((j) => j.id));
      const replayed = (await queue.list(['completed'], 1000)).filter((j) => j.kind === 'ingest' && !seen.has(j.id));
      assert.equal(replayed.length, 10);
      assert.deepEqual(replayed.reduce((n, j) => [n[0]! + Number(j.output!.new), n[1]! + Number(j.output!.unchanged), n[2]! + Number(j.output!.updated)], [0, 0, 0]), [0, 80, 0]);
      assert.deepEqual(await allIds(store), reference.small!.ids);
      assert.deepEqual(await memberships(store), reference.small!.stories);
      assert.equal((await store.stats()).revisions, 0);
    } finally {
      await queue.close({ graceful: false });
      await store.close();
    }
  });

  test('workers › a rejected input fails its job, and `jobs` shows why; the other inputs of the job are stored', async () => {
    const dir = join(tmp.dir, 'broken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'broken.jsonl'), `${lines[0]}\n{"id":"no-body","title":"Không có nội dung"}\n{not json\n`);
    // the queue is created with the settings of whoever opens it first: here, one retry
    await enqueue(url('broken'), [dir], 10, 'ingest job,', { TOANCANH_JOB_RETRY_LIMIT: '1' });
    const w = worker(url('broken'), ['--until-idle']);
    assert.equal(await w.exited, 0, w.stderr());
    const r = await cli(['jobs', '--db', url('broken')], ROOT, ENV);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /ingest\s+0\s+0\s+1\s+0/);
    assert.match(r.stdout, /\(1 retry\)\n    error: 2 of 3 inputs rejected \(1 stored\): .*broken\.jsonl:2: .*broken\.jsonl:3: /);
    const store = await open('broken');
    try {
      assert.deepEqual(await allIds(store), [JSON.parse(lines[0]!).id]);
    } finally {
      await store.close();
    }
  });

  test('workers › `ingest --queue` and `worker` need PostgreSQL: a SQLite file is a clear usage error', async () => {
    const r = await cli(['ingest', tiny, '--db', join(tmp.dir, 'x.db'), '--queue'], ROOT, ENV);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /E_QUEUE_NEEDS_POSTGRES: --queue needs a PostgreSQL database/);
    const w = await cli(['worker', '--db', join(tmp.dir, 'x.db')], ROOT, ENV);
    assert.equal(w.code, 2);
    assert.match(w.stderr, /E_QUEUE_NEEDS_POSTGRES/);
  });

  test('workers › a place job\'s heartbeat keeps it from expiring while the main thread is blocked; without it, it expires', async () => {
    const queue = await JobQueue.open(url('beat'), { settings: { expireSeconds: 1, maintenanceSeconds: 1, pollSeconds: 0.5, retryLimit: 1 } });
    try {
      const id = await queue.send('place', {});
      const [job] = await queue.boss.fetch('place');
      assert.equal(job!.id, id);
      const state = async (): Promise<unknown> => (await queue.sql<{ state: string; retry_count: number }>(`SELECT state::text, retry_count FROM $SCHEMA.job WHERE id = $1`, [id]))[0];
      const heartbeat = await startHeartbeat(queue.connection, queue.schema, id!, 1);
      const until = Date.now() + 2500;
      while (Date.now() < until); // a long synchronous stretch, as placement's end of run can be
      await new Promise((r) => setTimeout(r, 100)); // (the thread's last beat lands)
      await queue.boss.expire();
      assert.deepEqual(await state(), { state: 'active', retry_count: 0 });
      await heartbeat.stop();
      await new Promise((r) => setTimeout(r, 2500));
      await queue.boss.expire();
      assert.deepEqual(await state(), { state: 'retry', retry_count: 0 }); // failed by timeout, to be retried (pg-boss counts the retry when it is taken)
    } finally {
      await queue.close({ graceful: false });
    }
  });

  test('workers › a worker killed with SIGKILL at random points, 10 trials: nothing lost, nothing doubled, the stories of an uninterrupted run', async () => {
    // how long one worker takes, to spread the kills over its whole run (start-up, ingest, placement)
    await enqueue(url('kill_timing'), [tiny], 3);
    const t0 = Date.now();
    const timing = worker(url('kill_timing'), ['--until-idle']);
    assert.equal(await timing.exited, 0, timing.stderr());
    const span = Date.now() - t0;
    const kills: number[] = [];
    const trial = async (n: number): Promise<void> => {
      const schema = `kill_${n}`;
      await enqueue(url(schema), [tiny], 3);
      const a = worker(url(schema));
      const delay = Math.round(Math.random() * span);
      kills.push(delay);
      await new Promise((r) => setTimeout(r, delay));
      a.child.kill('SIGKILL');
      await a.exited;
      const b = worker(url(schema), ['--until-idle']); // the restart: takes over what was left, the killed job once it expires
      assert.equal(await b.exited, 0, b.stderr());
      const store = await open(schema);
      const queue = await JobQueue.open(url(schema), { settings: queueSettings(ENV) });
      try {
        const why = `trial ${n}, killed after ${delay} ms`;
        assert.deepEqual(await allIds(store), reference.tiny!.ids, why);
        assert.deepEqual(await memberships(store), reference.tiny!.stories, why);
        assert.equal((await store.stats()).revisions, 0, why);
        assert.equal((await store.unplaced()).length, 0, why);
        assert.deepEqual(await queue.list(['created', 'retry', 'active', 'failed']), [], why);
      } finally {
        await queue.close({ graceful: false });
        await store.close();
      }
    };
    // the ten trials at once (each mostly waits: for its workers to start, for the killed job to expire)
    await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(trial));
    process.stderr.write(`# SIGKILL trials: one run ${span} ms; killed after ${kills.join(', ')} ms\n`);
  });
} else {
  test('workers (SKIPPED: PostgreSQL is not installed)', { skip: 'PostgreSQL is not installed: apt-get install postgresql' }, () => {});
}
