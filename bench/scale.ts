/**
 * `npm run bench -- scale` (issue 17): one PostgreSQL (started here, as the tests start one), and 1,
 * 2 and 3 `toancanh worker` processes ingesting 20,000 articles (`BENCH_SCALE_ARTICLES`): the dev
 * corpora (vims-dev, vietnamese-mds, the seeds; the demo sample where ../shared/data is absent)
 * replicated with new ids and texts of their own (a line added to the body, the title marked), so
 * that no replica is an exact copy. For each worker count: the per-article stages' rate (articles
 * over the time from the first ingest job's start to the last one's end), placement's rate (the
 * articles the place job placed over its own time), every article stored exactly once, and the
 * stories (as sets of article ids) against a single-process SQLite run of the same file, which is
 * timed too (ingest, then placement in the same batches of 1,000). After each worker count, its
 * tables are vacuumed and analysed outside the timed span (autovacuum would do it a minute later,
 * during the next count's run, and bill it there). Takes minutes; not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/app/ingest-loop.js';
import { placeStories } from '../src/app/place.js';
import { listStories } from '../src/app/stories.js';
import { enqueueIngest } from '../src/app/jobs/enqueue.js';
import { JobQueue, queueSettings } from '../src/app/jobs/queue.js';
import { defaultPipeline } from '../src/pipeline/index.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { dataDir, REPO_ROOT } from '../eval/data.js';
import { startPostgres } from '../test/store/postgres-server.js';

const ARTICLES = Number(process.env.BENCH_SCALE_ARTICLES ?? 20_000);
const WORKERS = (process.env.BENCH_SCALE_WORKERS ?? '1,2,3').split(',').map(Number);
const NOW = Date.parse('2026-12-01T00:00:00Z');
const MAIN = join(REPO_ROOT, 'dist/src/cli/main.js');
/**
 * `BENCH_SCALE_STATEMENTS=N`: for each worker count, the N statements that took the server longest
 * (pg_stat_statements: time in the statement, waits for locks included, not CPU alone) and the
 * CPU of automatic vacuum and analyze (from the server's log), printed.
 */
const STATEMENTS = Number(process.env.BENCH_SCALE_STATEMENTS ?? 0);

/** The corpus, replicated up to `n` articles: replica k of an article has id `ID#k`, a marked title and a line of its own. */
function corpusLines(n: number): { lines: string[]; sources: string[] } {
  const jsonl = join(dataDir(), 'jsonl');
  const dev = ['vims-dev', 'vietnamese-mds', 'seeds'].map((c) => join(jsonl, `${c}.articles.jsonl`));
  const sources = dev.every(existsSync) ? dev : [join(REPO_ROOT, 'data/demo/vims-sample.jsonl')];
  const base = sources.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== ''));
  const lines = base.slice(0, n);
  for (let copy = 1; lines.length < n; copy++) {
    for (const line of base) {
      if (lines.length >= n) break;
      const a = JSON.parse(line) as { id: string; title?: string; body: string };
      lines.push(JSON.stringify({ ...a, id: `${a.id}#${copy}`, ...(a.title ? { title: `${a.title} (${copy})` } : {}), body: `${a.body}\nBản tin số ${copy} của ${a.id}.` }));
    }
  }
  return { lines, sources: sources.map((p) => p.replace(`${dataDir()}/`, '').replace(REPO_ROOT, '')) };
}

async function memberships(store: Store): Promise<string[]> {
  const { stories } = await listStories(store, { limit: 1_000_000 });
  const out: string[] = [];
  for (const s of stories) out.push(JSON.stringify((await store.getStory(s.id))!.articles.map((a) => a.id).sort()));
  return out.sort();
}

async function allIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for await (const b of store.articleIds({ batchSize: 5000 })) ids.push(...b);
  return ids;
}

function runWorker(url: string): Promise<number | null> {
  const child = spawn(process.execPath, [MAIN, 'worker', '--db', url, '--until-idle', '--quiet'], {
    env: { ...process.env, TOANCANH_JOB_POLL_SECONDS: '0.5' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

/** CPU seconds of a process and of its children it has waited for (/proc/PID/stat: utime, stime, cutime, cstime). */
function cpuSeconds(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * CPU seconds of the PostgreSQL server: the postmaster and the backends it has reaped (a backend's
 * time joins the postmaster's children's when its connection closes), and those still running.
 */
function serverCpu(data: string): number {
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let total = cpuSeconds(pid);
  for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) total += cpuSeconds(Number(child));
  return total;
}

/** The statements that took longest since the reset: ms an article in all, calls, ms a call, the text's start. */
async function printStatements(queue: JobQueue, tag: string, articles: number): Promise<void> {
  const top = await queue.sql<{ total: number; calls: number; q: string }>(
    `SELECT total_exec_time + total_plan_time AS total, calls::int AS calls, regexp_replace(left(query, 110), '\\s+', ' ', 'g') AS q
       FROM pg_stat_statements ORDER BY 1 DESC LIMIT $1`, [STATEMENTS]);
  process.stderr.write(`  ${tag}: statements (ms an article in all, waits included; calls; ms a call):\n`);
  for (const t of top) process.stderr.write(`    ${(t.total / articles).toFixed(3)}  ${t.calls}  ${(t.total / t.calls).toFixed(3)}  ${t.q}\n`);
}

/** Automatic vacuum and analyze since the last call, from the server's log: CPU ms an article by table and kind. */
let logSeen = 0;
function printAutovacuum(log: string, articles: number): void {
  const text = readFileSync(log, 'utf8');
  const fresh = text.slice(logSeen);
  logSeen = text.length;
  const by = new Map<string, number>();
  const re = /automatic (vacuum|analyze) of table "([^"]+)"[\s\S]*?CPU: user: ([\d.]+) s, system: ([\d.]+) s/g;
  for (const m of fresh.matchAll(re)) by.set(`${m[1]} ${m[2]}`, (by.get(`${m[1]} ${m[2]}`) ?? 0) + Number(m[3]) + Number(m[4]));
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1])) process.stderr.write(`    autovacuum ${((v / articles) * 1000).toFixed(3)} ms an article: ${k}\n`);
}

export async function benchScale(): Promise<Record<string, number | string>> {
  const server = await startPostgres(STATEMENTS > 0 ? { settings: ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all', 'log_autovacuum_min_duration=0'] } : {});
  if (!server) return { skipped: 'PostgreSQL is not installed' };
  const dir = mkdtempSync(join(tmpdir(), 'toancanh-scale-'));
  // each figure printed as it is measured too (a run takes many minutes), and the server stopped if it is interrupted
  const out = new Proxy({} as Record<string, number | string>, {
    set(o, k: string, v: number | string) {
      process.stderr.write(`  ${k}: ${v}\n`);
      o[k] = v;
      return true;
    },
  });
  const interrupted = (): void => {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const { lines, sources } = corpusLines(ARTICLES);
    const file = join(dir, 'scale.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    out.corpus = `${sources.join(' ')}, replicated to ${lines.length} articles`;

    // the single-process reference: SQLite, ingest then placement (batches of 1,000)
    const sqlite = await SqliteStore.open(join(dir, 'scale.db'));
    let reference: { ids: string[]; stories: string[] };
    try {
      const t0 = performance.now();
      const r = await ingest([file], sqlite, defaultPipeline());
      const t1 = performance.now();
      const placed = await placeStories(sqlite, { now: NOW });
      const t2 = performance.now();
      out['sqlite, one process: ingest articles/s'] = Math.round(((r.new + r.copies) / (t1 - t0)) * 1000);
      out['sqlite, one process: placement articles/s'] = Math.round((placed.placed / (t2 - t1)) * 1000);
      out['sqlite, one process: stories'] = placed.totalStories;
      out['sqlite, one process: load average after'] = load();
      reference = { ids: (await allIds(sqlite)).sort(), stories: await memberships(sqlite) };
    } finally {
      await sqlite.close();
    }

    const ingestRates: number[] = [];
    for (const workers of WORKERS) {
      const url = `${server.url}?schema=scale_${workers}`;
      const queue = await JobQueue.open(url, { settings: queueSettings({}) });
      try {
        const sent = await enqueueIngest(queue, { paths: [file], now: NOW });
        if (STATEMENTS > 0) {
          await queue.sql('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
          await queue.sql('SELECT pg_stat_statements_reset()');
        }
        const cpu0 = { server: serverCpu(server.data), workers: cpuSeconds('self') };
        const codes = await Promise.all(Array.from({ length: workers }, () => runWorker(url)));
        const cpu = { server: serverCpu(server.data) - cpu0.server, workers: cpuSeconds('self') - cpu0.workers };
        const tag = `postgres, ${workers} worker${workers > 1 ? 's' : ''}`;
        if (STATEMENTS > 0) {
          await printStatements(queue, tag, lines.length);
          printAutovacuum(join(server.data, '..', 'log'), lines.length);
        }
        if (codes.some((c) => c !== 0)) throw new Error(`${tag}: a worker exited with ${codes.join(', ')}`);
        const [span] = await queue.sql<{ seconds: number; jobs: number; articles: number }>(
          `SELECT extract(epoch FROM max(completed_on) - min(started_on))::float AS seconds, count(*)::int AS jobs,
                  sum((output->>'new')::int + (output->>'copies')::int)::int AS articles
             FROM $SCHEMA.job WHERE name = 'ingest' AND state = 'completed'`);
        const placing = await queue.sql<{ placed: number; seconds: number }>(
          `SELECT (output->>'placed')::int AS placed, (output->>'seconds')::float AS seconds FROM $SCHEMA.job WHERE name = 'place' AND state = 'completed' AND output ? 'placed'`);
        const failed = (await queue.list(['failed', 'created', 'retry', 'active'])).length;
        const rate = span!.articles / span!.seconds;
        ingestRates.push(rate);
        out[`${tag}: ingest jobs`] = `${span!.jobs} of ${sent.jobs} completed, ${failed} failed or left`;
        out[`${tag}: per-article stages articles/s`] = Math.round(rate);
        // where the CPU went, ingest and placement together: what two cores can share between the processes
        out[`${tag}: CPU ms an article (workers, server)`] = `${((cpu.workers / lines.length) * 1000).toFixed(1)}, ${((cpu.server / lines.length) * 1000).toFixed(1)}`;
        const placedAll = placing.reduce((n, p) => n + p.placed, 0);
        const placeSeconds = placing.reduce((n, p) => n + p.seconds, 0);
        out[`${tag}: placement articles/s`] = `${Math.round(placedAll / placeSeconds)} (${placedAll} in ${placing.filter((p) => p.placed > 0).length} run)`;
        const store = await PostgresStore.open(server.url, { schema: `scale_${workers}` });
        try {
          const ids = (await allIds(store)).sort();
          const once = ids.length === lines.length && new Set(ids).size === ids.length && JSON.stringify(ids) === JSON.stringify(reference.ids);
          out[`${tag}: every article stored exactly once`] = once ? `yes (${ids.length})` : `NO (${ids.length} stored)`;
          const stories = await memberships(store);
          const same = JSON.stringify(stories) === JSON.stringify(reference.stories);
          out[`${tag}: stories as in SQLite`] = same ? `yes (${stories.length})` : `NO (${stories.length} against ${reference.stories.length})`;
        } finally {
          await store.close();
        }
        out[`${tag}: load average after`] = load();
        // this run's tables vacuumed and analysed now, outside any timed window: else autovacuum does it
        // (a minute after) during the next run and bills it there (0.7 ms of server CPU an article seen)
        const t0 = performance.now();
        await queue.sql('VACUUM ANALYZE');
        out[`${tag}: VACUUM ANALYZE after, s (not timed)`] = ((performance.now() - t0) / 1000).toFixed(1);
      } finally {
        await queue.close({ graceful: false });
      }
    }
    if (ingestRates.length > 1) out['per-article stages, 2 workers / 1'] = (ingestRates[1]! / ingestRates[0]!).toFixed(2);
    if (ingestRates.length > 2) out['per-article stages, 3 workers / 1'] = (ingestRates[2]! / ingestRates[0]!).toFixed(2);
    return { ...out };
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    rmSync(dir, { recursive: true, force: true });
    server.stop();
  }
}
