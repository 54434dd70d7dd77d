/**
 * `npm run bench -- pg-search`: the same articles in SQLite and in PostgreSQL (a server started
 * here, as the tests start one: test/store/postgres-server.ts): ingest throughput of each (library
 * call, no stories) and search latency (p50/p99 over bench/ingest-search.ts's queries, each store in
 * turn), and whether every query gives the same hits in the same order in both. On the dev corpora
 * (1,607 articles), or the bundled demo sample when ../shared/data is absent; skipped where
 * PostgreSQL is not installed. PostgreSQL is measured after VACUUM ANALYZE (what autovacuum does after
 * a bulk load: planner statistics, and the visibility map that index-only scans of the postings need).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import pg from 'pg';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/app/ingest-loop.js';
import { defaultPipeline } from '../src/pipeline/index.js';
import { search } from '../src/search/engine.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { dataDir, REPO_ROOT } from '../eval/data.js';
import { startPostgres } from '../test/store/postgres-server.js';
import { QUERIES } from './ingest-search.js';

const ROUNDS = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
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
    // the tables' statistics and visibility map as autovacuum leaves them after a bulk load (index-only scans)
    const client = new pg.Client({ connectionString: server.url, options: '-c search_path=bench' });
    await client.connect();
    await client.query('VACUUM ANALYZE');
    await client.end();
    // warm-up, and the same results in both
    let differ = 0;
    for (const q of QUERIES) {
      const [a, b] = await Promise.all(stores.map(({ store }) => search(store, { text: q, limit: 10 })));
      if (JSON.stringify([a!.total, a!.hits.map((h) => h.id)]) !== JSON.stringify([b!.total, b!.hits.map((h) => h.id)])) differ++;
    }
    out['queries with other hits or order'] = `${differ} of ${QUERIES.length}`;
    const times = stores.map(() => [] as number[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of QUERIES) {
        for (const [i, { store }] of stores.entries()) {
          const s = performance.now();
          await search(store, { text: q, limit: 10 });
          times[i]!.push(performance.now() - s);
        }
      }
    }
    for (const [i, { name }] of stores.entries()) {
      const t = times[i]!.sort((x, y) => x - y);
      out[`${name}: search p50 / p99 ms (${await stores[i]!.store.count()} articles)`] = `${percentile(t, 50).toFixed(2)} / ${percentile(t, 99).toFixed(2)}`;
    }
    out['search queries timed'] = `${times[0]!.length} each store`;
    return out;
  } finally {
    for (const { store } of stores) await store.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
