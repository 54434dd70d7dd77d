/**
 * `npm run bench -- pg-search`: the same articles in SQLite and in PostgreSQL (a server started
 * here, as the tests start one: test/store/postgres-server.ts): ingest throughput of each (library
 * call, no stories), then per size: whether every query gives the same total, together count, hits
 * and order in both; each query's first run in each store; search latency (p50/p99 over
 * bench/ingest-search.ts's 24 queries, 10 rounds, the stores in turn) and the facet counts' (3
 * rounds); the load average before measuring. On the dev corpora (1,607 articles), or the bundled
 * demo sample when ../shared/data is absent, then at each size of `BENCH_PG_ARTICLES` (a
 * comma-separated list, default 8000; `BENCH_PG_ARTICLES=8000,100000` for the 100,000 measure):
 * the corpus replicated with new ids and a last line of their own, written through each store's
 * bulk path (`restoreArticles`, as `toancanh import` writes). Skipped where PostgreSQL is not
 * installed. PostgreSQL is measured after VACUUM ANALYZE (what autovacuum does after a bulk load:
 * planner statistics, and the visibility map that index-only scans of the postings need), and both
 * stores after `optimize` (what a user runs after a bulk load: PostgreSQL's posting blocks, made or
 * extended, timed; SQLite's FTS5 merge).
 *
 * While iterating: `BENCH_PG_KEEP=FOLDER` keeps both stores (the PostgreSQL cluster and the SQLite
 * file) in FOLDER between runs: a run finds them there, migrates the PostgreSQL store to the
 * current schema (a new migration runs over the kept data), and only writes the replicas missing
 * (a size below what the folder holds is skipped; delete the folder to start over);
 * `BENCH_PG_QUERIES='Việt Nam|kinh tế'` times only those queries (`|`-separated), `BENCH_PG_ROUNDS`
 * the rounds (default 10), `BENCH_PG_TIMED=postgres` times PostgreSQL only (the hits of both are
 * still compared), `BENCH_PG_SETTINGS` adds server settings (below). */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/app/ingest-loop.js';
import { articleInput } from '../src/app/write.js';
import { defaultPipeline } from '../src/pipeline/index.js';
import { search, searchFacets, type SearchPage } from '../src/search/engine.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { ArticleDump, ArticleRestore, Store } from '../src/store/store.js';
import { dataDir, REPO_ROOT } from '../eval/data.js';
import { startPostgres, type PgServer } from '../test/store/postgres-server.js';
import { QUERIES } from './ingest-search.js';

const ROUNDS = Number(process.env.BENCH_PG_ROUNDS ?? 10);
/** Rounds of the facet counts (of the same queries), timed beside search. */
const FACET_ROUNDS = Math.min(3, ROUNDS);
/** The queries timed: bench/ingest-search.ts's, or those of `BENCH_PG_QUERIES` (`|`-separated). */
const TIMED_QUERIES = process.env.BENCH_PG_QUERIES ? process.env.BENCH_PG_QUERIES.split('|') : QUERIES;
/** The stores timed (`BENCH_PG_TIMED`: `postgres`, `sqlite` or both, comma-separated); both are compared. */
const TIMED = (process.env.BENCH_PG_TIMED ?? 'sqlite,postgres').split(',');
/**
 * The PostgreSQL server's settings beyond the tests' (none: the defaults), then those of
 * `BENCH_PG_SETTINGS` (whitespace-separated `name=value`: `shared_preload_libraries=auto_explain
 * auto_explain.log_min_duration=30 auto_explain.log_analyze=on` logs the slow plans to FOLDER/pg/log).
 */
const PG_SETTINGS: string[] = (process.env.BENCH_PG_SETTINGS ?? '').split(/\s+/).filter(Boolean);
/** The sizes measured after the corpus: the corpus replicated (`BENCH_PG_ARTICLES`, a comma-separated list). */
const SCALES = (process.env.BENCH_PG_ARTICLES ?? '8000').split(',').map(Number).sort((a, b) => a - b);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * CPU time (ms) the PostgreSQL server's processes (the children of its postmaster: the store's
 * connections, and the background ones, which idle) have used so far, from /proc (Linux; else
 * undefined): what a search costs the server, whatever else loads the machine.
 */
function serverCpuMs(data: string): number | undefined {
  try {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    let ticks = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // ended meanwhile
      }
      // the fields after the command's name: state, ppid, … utime (14th of the line), stime (15th)
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
    }
    return ticks * 10; // USER_HZ: 100 ticks a second on Linux
  } catch {
    return undefined;
  }
}

/** Same hits and order in both, then p50/p99 of each store, in turns (PostgreSQL after VACUUM ANALYZE). */
async function measure(stores: { name: string; store: Store }[], server: PgServer, out: Record<string, number | string>): Promise<void> {
  const url = server.url;
  // the tables' statistics and visibility map as autovacuum leaves them after a bulk load (index-only scans)
  const client = new pg.Client({ connectionString: url, options: '-c search_path=bench' });
  await client.connect();
  await client.query('VACUUM ANALYZE');
  await client.end();
  const n = await stores[0]!.store.count();
  // what a user runs after a bulk load: `toancanh optimize` (PostgreSQL: the posting blocks, made or extended; SQLite: FTS5's merge)
  for (const { name, store } of stores) {
    const t0 = performance.now();
    const r = await store.optimize();
    out[`${name}: optimize s (${n})`] = `${((performance.now() - t0) / 1000).toFixed(1)}: ${r.summary}`;
  }
  out[`load average before measuring ${n}`] = loadavg().map((x) => x.toFixed(1)).join(' ');
  // each query's first run in each store (the PostgreSQL store counts its terms' documents then; after, it knows them)
  let differ = 0;
  const first = stores.map(() => [] as number[]);
  // each query's page as SQLite gives it (total, together count, ids in order), to compare every later PostgreSQL round with
  const expected = new Map<string, string>();
  const seen = (p: SearchPage): string => JSON.stringify([p.total, p.together, p.hits.map((h) => h.id)]);
  for (const q of TIMED_QUERIES) {
    const pages = [];
    for (const [i, { store }] of stores.entries()) {
      const s = performance.now();
      pages.push(await search(store, { text: q, limit: 10 }));
      first[i]!.push(performance.now() - s);
    }
    const [a, b] = pages.map(seen);
    expected.set(q, a!);
    if (a !== b) differ++;
  }
  out[`queries with other hits or order (${n} articles)`] = `${differ} of ${TIMED_QUERIES.length}`;
  const differLater = new Set<string>();
  const times = stores.map(() => [] as number[]);
  const facets = stores.map(() => [] as number[]);
  const byQuery = new Map<string, number[]>();
  // CPU of PostgreSQL searches: the server's processes, and this process (the engine, the driver)
  let serverMs = 0;
  let clientUs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of TIMED_QUERIES) {
      for (const [i, { name, store }] of stores.entries()) {
        if (!TIMED.includes(name)) continue;
        const cpu0 = name === 'postgres' ? serverCpuMs(server.data) : undefined;
        const client0 = process.cpuUsage();
        let s = performance.now();
        const page = await search(store, { text: q, limit: 10 });
        times[i]!.push(performance.now() - s);
        if (seen(page) !== expected.get(q)) differLater.add(q);
        if (name === 'postgres') {
          const used = process.cpuUsage(client0);
          clientUs += used.user + used.system;
          const cpu1 = cpu0 === undefined ? undefined : serverCpuMs(server.data);
          if (cpu0 !== undefined && cpu1 !== undefined) serverMs += cpu1 - cpu0;
        }
        if (name === 'postgres') byQuery.set(q, [...(byQuery.get(q) ?? []), times[i]!.at(-1)!]);
        if (round >= FACET_ROUNDS) continue;
        s = performance.now();
        await searchFacets(store, { text: q });
        facets[i]!.push(performance.now() - s);
      }
    }
  }
  out[`queries with other hits or order in a later round (${n})`] = `${differLater.size} of ${TIMED_QUERIES.length}`;
  // the slowest queries on PostgreSQL (median of their rounds): where the p99 comes from
  const slowest = [...byQuery].map(([q, t]) => [q, t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!] as const)
    .sort((x, y) => y[1] - x[1]).slice(0, 5);
  if (slowest.length > 0) {
    out[`postgres: slowest queries, median ms (${n})`] = slowest.map(([q, t]) => `${q} ${t.toFixed(1)}`).join('; ');
    const searches = [...byQuery.values()].reduce((k, t) => k + t.length, 0);
    out[`postgres: CPU ms per search, server / this process (${n})`] = `${(serverMs / searches).toFixed(1)} / ${(clientUs / 1000 / searches).toFixed(1)}`;
  }
  for (const [i, { name }] of stores.entries()) {
    if (!TIMED.includes(name)) continue;
    const t = times[i]!.sort((x, y) => x - y);
    const f = first[i]!.sort((x, y) => x - y);
    const c = facets[i]!.sort((x, y) => x - y);
    out[`${name}: first run of each query, p50 / max ms (${n})`] = `${percentile(f, 50).toFixed(2)} / ${f[f.length - 1]!.toFixed(2)}`;
    out[`${name}: facets p50 / p99 ms (${n} articles, ${c.length} queries)`] = `${percentile(c, 50).toFixed(2)} / ${percentile(c, 99).toFixed(2)}`;
    out[`${name}: search p50 / p99 ms (${n} articles, ${t.length} queries)`] = `${percentile(t, 50).toFixed(2)} / ${percentile(t, 99).toFixed(2)}`;
  }
}

/**
 * Replicas of the stored articles up to `size`, written into every store through its bulk path
 * (`restoreArticles`, what `toancanh import` writes with): copy k of an article has the id `ID#k`
 * and its text a last line `Bản k.` of its own (not an exact copy: an exact copy of an article is
 * replicated as the copy of that article's replica). The index terms, hashes and entity rows are
 * computed as for any write (`articleInput`); no pipeline stage runs again.
 */
async function replicate(stores: { store: Store }[], base: ArticleDump[], from: number, size: number): Promise<void> {
  let batch: ArticleRestore[] = [];
  const flush = async (): Promise<void> => {
    for (const { store } of stores) await store.restoreArticles(batch);
    batch = [];
  };
  for (let n = from, copy = Math.floor(from / base.length); n < size; copy++) {
    for (const d of base.slice(n - copy * base.length)) {
      if (n >= size) break;
      const a = d.article;
      const doc = { ...a.doc, id: `${a.id}#${copy}`, text: `${a.text}\nBản ${copy}.` };
      const input = articleInput(doc);
      batch.push({
        dump: {
          article: { ...a, id: doc.id, text: doc.text, doc, contentHash: input.contentHash, ...(a.copyOf ? { copyOf: `${a.copyOf}#${copy}` } : { copyOf: undefined }) },
          rawHash: input.rawHash, articleHash: input.articleHash, revisions: [], events: input.events ?? [],
        },
        index: input.index,
        ...(input.entities ? { entities: input.entities } : {}),
      });
      n++;
      if (batch.length === 500) await flush();
    }
  }
  await flush();
}

export async function benchPgSearch(): Promise<Record<string, number | string>> {
  const keep = process.env.BENCH_PG_KEEP;
  const server = await startPostgres({ ...(keep ? { keep: join(keep, 'pg') } : {}), settings: PG_SETTINGS });
  if (!server) return { skipped: 'PostgreSQL is not installed' };
  const jsonl = join(dataDir(), 'jsonl');
  const dev = ['vims-dev', 'vietnamese-mds'].map((c) => join(jsonl, `${c}.articles.jsonl`));
  const corpus = dev.every(existsSync) ? dev : [join(REPO_ROOT, 'data/demo/vims-sample.jsonl')];
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'toancanh-bench-'));
  const stores: { name: string; store: Store }[] = [];
  try {
    stores.push({ name: 'sqlite', store: await SqliteStore.open(join(dir, 'bench.db')) });
    stores.push({ name: 'postgres', store: await PostgresStore.open(server.url, { schema: 'bench' }) });
    const out: Record<string, number | string> = { corpus: corpus.map((p) => p.replace(`${dataDir()}/`, '').replace(REPO_ROOT, '')).join(' ') };
    const counts = await Promise.all(stores.map(({ store }) => store.count()));
    if (counts[0] !== counts[1]) throw new Error(`the kept stores in ${dir} differ (${counts.join(' and ')} articles): delete the folder`);
    let size = counts[0]!;
    if (size === 0) {
      for (const { name, store } of stores) {
        const t0 = performance.now();
        const r = await ingest(corpus, store, defaultPipeline());
        out[`${name}: ingest articles/s`] = Math.round(((r.new + r.copies) / (performance.now() - t0)) * 1000);
      }
      size = await stores[0]!.store.count();
      await measure(stores, server, out);
    } else out['kept stores'] = `${dir}: ${size} articles`;
    // the corpus's articles (replicas have ids ID#k), read only when replicas are to be written
    let base: ArticleDump[] | undefined;
    for (const scale of SCALES) {
      if (scale < size) continue;
      if (scale > size) {
        if (!base) {
          base = [];
          for await (const batch of stores[0]!.store.dumpArticles()) base.push(...batch.filter((d) => !/#\d+$/.test(d.article.id)));
        }
        const t0 = performance.now();
        await replicate(stores, base, size, scale);
        size = scale;
        out[`replicas to ${scale} (both stores), s`] = Math.round((performance.now() - t0) / 1000);
      }
      await measure(stores, server, out);
    }
    return out;
  } finally {
    for (const { store } of stores) await store.close();
    server.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
