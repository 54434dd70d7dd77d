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
 * planner statistics, and the visibility map that index-only scans of the postings need). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import pg from 'pg';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/app/ingest-loop.js';
import { articleInput } from '../src/app/write.js';
import { defaultPipeline } from '../src/pipeline/index.js';
import { search, searchFacets } from '../src/search/engine.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { ArticleDump, ArticleRestore, Store } from '../src/store/store.js';
import { dataDir, REPO_ROOT } from '../eval/data.js';
import { startPostgres } from '../test/store/postgres-server.js';
import { QUERIES } from './ingest-search.js';

const ROUNDS = 10;
/** Rounds of the facet counts (of the same queries), timed beside search. */
const FACET_ROUNDS = 3;
/** The sizes measured after the corpus: the corpus replicated (`BENCH_PG_ARTICLES`, a comma-separated list). */
const SCALES = (process.env.BENCH_PG_ARTICLES ?? '8000').split(',').map(Number).sort((a, b) => a - b);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Same hits and order in both, then p50/p99 of each store, in turns (PostgreSQL after VACUUM ANALYZE). */
async function measure(stores: { name: string; store: Store }[], url: string, out: Record<string, number | string>): Promise<void> {
  // the tables' statistics and visibility map as autovacuum leaves them after a bulk load (index-only scans)
  const client = new pg.Client({ connectionString: url, options: '-c search_path=bench' });
  await client.connect();
  await client.query('VACUUM ANALYZE');
  await client.end();
  const n = await stores[0]!.store.count();
  out[`load average before measuring ${n}`] = loadavg().map((x) => x.toFixed(1)).join(' ');
  // each query's first run in each store (the PostgreSQL store counts its terms' documents then; after, it knows them)
  let differ = 0;
  const first = stores.map(() => [] as number[]);
  for (const q of QUERIES) {
    const pages = [];
    for (const [i, { store }] of stores.entries()) {
      const s = performance.now();
      pages.push(await search(store, { text: q, limit: 10 }));
      first[i]!.push(performance.now() - s);
    }
    const [a, b] = pages.map((p) => JSON.stringify([p.total, p.together, p.hits.map((h) => h.id)]));
    if (a !== b) differ++;
  }
  out[`queries with other hits or order (${n} articles)`] = `${differ} of ${QUERIES.length}`;
  const times = stores.map(() => [] as number[]);
  const facets = stores.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      for (const [i, { store }] of stores.entries()) {
        let s = performance.now();
        await search(store, { text: q, limit: 10 });
        times[i]!.push(performance.now() - s);
        if (round >= FACET_ROUNDS) continue;
        s = performance.now();
        await searchFacets(store, { text: q });
        facets[i]!.push(performance.now() - s);
      }
    }
  }
  for (const [i, { name }] of stores.entries()) {
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
  const server = await startPostgres();
  if (!server) return { skipped: 'PostgreSQL is not installed' };
  const jsonl = join(dataDir(), 'jsonl');
  const dev = ['vims-dev', 'vietnamese-mds'].map((c) => join(jsonl, `${c}.articles.jsonl`));
  const corpus = dev.every(existsSync) ? dev : [join(REPO_ROOT, 'data/demo/vims-sample.jsonl')];
  const dir = mkdtempSync(join(tmpdir(), 'toancanh-bench-'));
  const stores: { name: string; store: Store }[] = [];
  try {
    stores.push({ name: 'sqlite', store: await SqliteStore.open(join(dir, 'bench.db')) });
    stores.push({ name: 'postgres', store: await PostgresStore.open(server.url, { schema: 'bench' }) });
    const out: Record<string, number | string> = { corpus: corpus.map((p) => p.replace(`${dataDir()}/`, '').replace(REPO_ROOT, '')).join(' ') };
    for (const { name, store } of stores) {
      const t0 = performance.now();
      const r = await ingest(corpus, store, defaultPipeline());
      out[`${name}: ingest articles/s`] = Math.round(((r.new + r.copies) / (performance.now() - t0)) * 1000);
    }
    await measure(stores, server.url, out);
    const base: ArticleDump[] = [];
    for await (const batch of stores[0]!.store.dumpArticles()) base.push(...batch);
    let size = base.length;
    for (const scale of SCALES.filter((s) => s > base.length)) {
      const t0 = performance.now();
      await replicate(stores, base, size, scale);
      size = scale;
      out[`replicas to ${scale} (both stores), s`] = Math.round((performance.now() - t0) / 1000);
      await measure(stores, server.url, out);
    }
    return out;
  } finally {
    for (const { store } of stores) await store.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
