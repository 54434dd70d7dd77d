/**
 * Ingest throughput (articles/s, into a fresh SQLite file, library call, no stories) and search
 * latency (p50/p99 over a fixed query set) on the dev corpora (vims-dev and vietnamese-mds, 1,607
 * articles; the bundled demo sample when ../shared/data is absent), then again at 32,000 articles:
 * the corpora replicated with new ids, each replica's body tagged with a line of its own so that it
 * is not an exact copy (exact copies are left out of search results).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/app/ingest-loop.js';
import { defaultPipeline } from '../src/pipeline/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { search } from '../src/search/engine.js';
import { legacySearch } from './search-legacy.js';
import { dataDir, REPO_ROOT } from '../eval/data.js';

export const QUERIES = [
  'Tập Cận Bình', 'tap can binh', 'Kim Jong Un', '"Kim Jong-un"', 'đoàn kết', 'doan ket', 'Hillary Clinton',
  'bầu cử Mỹ', 'bau cu my', 'tai nạn giao thông', 'giá xăng', 'Hà Nội', 'ha noi', 'bóng đá', 'Triều Tiên',
  'máy bay', '"Bình Nhưỡng"', 'Việt Nam', 'kinh tế', 'học sinh', 'thủ tướng', 'Obama', 'động đất', 'khủng bố',
];

const SCALE = 32_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Latency {
  p50: number;
  p99: number;
  n: number;
}

/**
 * Every query once to warm up, then each `rounds` times, today's path (src/search over the store)
 * and the path before ranking moved out of the store (bench/search-legacy.ts) in turns, on the same
 * database; p50 and p99 in ms of each.
 */
async function searchLatency(store: Store, path: string, rounds: number): Promise<{ now: Latency; before: Latency }> {
  const legacy = legacySearch(path);
  for (const q of QUERIES) {
    await search(store, { text: q });
    legacy.search(q);
  }
  const now: number[] = [];
  const before: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      let s = performance.now();
      await search(store, { text: q, limit: 10 });
      now.push(performance.now() - s);
      s = performance.now();
      legacy.search(q);
      before.push(performance.now() - s);
    }
  }
  legacy.close();
  const r2 = (x: number): number => Math.round(x * 100) / 100;
  const stats = (times: number[]): Latency => {
    times.sort((a, b) => a - b);
    return { p50: r2(percentile(times, 50)), p99: r2(percentile(times, 99)), n: times.length };
  };
  return { now: stats(now), before: stats(before) };
}

export async function benchIngestSearch(): Promise<Record<string, number | string>> {
  const jsonl = join(dataDir(), 'jsonl');
  const dev = ['vims-dev', 'vietnamese-mds'].map((c) => join(jsonl, `${c}.articles.jsonl`));
  const corpus = dev.every(existsSync) ? dev : [join(REPO_ROOT, 'data/demo/vims-sample.jsonl')];
  const dir = mkdtempSync(join(tmpdir(), 'toancanh-bench-'));
  try {
    const pipeline = defaultPipeline();
    // a first ingest into a throwaway database (cold: what a short run sees), then the measured one
    const cold = await SqliteStore.open(join(dir, 'cold.db'));
    const c0 = performance.now();
    const coldReport = await ingest(corpus, cold, pipeline);
    const coldMs = performance.now() - c0;
    await cold.close();
    const store = await SqliteStore.open(join(dir, 'bench.db'));
    const t0 = performance.now();
    const report = await ingest(corpus, store, pipeline);
    const ingestMs = performance.now() - t0;
    const again0 = performance.now();
    const again = await ingest(corpus, store, pipeline);
    const againMs = performance.now() - again0;
    const stored = report.new + report.copies;
    const small = await searchLatency(store, join(dir, 'bench.db'), 20);
    // replicas up to SCALE articles
    const lines = corpus.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== ''));
    const extra: string[] = [];
    for (let copy = 1; lines.length + extra.length < SCALE; copy++) {
      for (const line of lines) {
        if (lines.length + extra.length >= SCALE) break;
        const a = JSON.parse(line) as { id: string; body: string };
        extra.push(JSON.stringify({ ...a, id: `${a.id}#${copy}`, body: `${a.body}\nBản ${copy}.` }));
      }
    }
    const replicas = join(dir, 'replicas.jsonl');
    writeFileSync(replicas, `${extra.join('\n')}\n`);
    await ingest([replicas], store, pipeline);
    const large = await searchLatency(store, join(dir, 'bench.db'), 5);
    const total = await store.count();
    await store.close();
    return {
      corpus: corpus.map((p) => p.replace(`${dataDir()}/`, '').replace(REPO_ROOT, '')).join(' '),
      articles: stored,
      'ingest articles/s (cold, first run)': Math.round(((coldReport.new + coldReport.copies) / coldMs) * 1000),
      'ingest articles/s (warm)': Math.round((stored / ingestMs) * 1000),
      're-ingest articles/s (all unchanged)': Math.round((again.unchanged / againMs) * 1000),
      [`search p50 / p99 ms (${stored} articles)`]: `${small.now.p50} / ${small.now.p99}`,
      [`  before ranking moved (same run)`]: `${small.before.p50} / ${small.before.p99}`,
      [`search p50 / p99 ms (${total} articles)`]: `${large.now.p50} / ${large.now.p99}`,
      [`  before ranking moved (same run) `]: `${large.before.p50} / ${large.before.p99}`,
      'p99 now / before': `${(small.now.p99 / small.before.p99).toFixed(2)} at ${stored}, ${(large.now.p99 / large.before.p99).toFixed(2)} at ${total}`,
      'search queries timed': `${small.now.n} + ${large.now.n} each path`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
