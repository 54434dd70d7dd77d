/**
 * Ingest throughput (articles/s, into a fresh SQLite file) and search latency (p50/p99 over a fixed
 * query set) on vims-dev; on the bundled demo sample when ../shared/data is absent.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/ingest.js';
import { defaultPipeline } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { dataDir, REPO_ROOT } from '../eval/data.js';

const QUERIES = [
  'Tập Cận Bình', 'tap can binh', 'Kim Jong Un', '"Kim Jong-un"', 'đoàn kết', 'doan ket', 'Hillary Clinton',
  'bầu cử Mỹ', 'bau cu my', 'tai nạn giao thông', 'giá xăng', 'Hà Nội', 'ha noi', 'bóng đá', 'Triều Tiên',
  'máy bay', '"Bình Nhưỡng"', 'Việt Nam', 'kinh tế', 'học sinh', 'thủ tướng', 'Obama', 'động đất', 'khủng bố',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchIngestSearch(): Promise<Record<string, number | string>> {
  const vims = join(dataDir(), 'jsonl/vims-dev.articles.jsonl');
  const corpus = existsSync(vims) ? vims : join(REPO_ROOT, 'data/demo/vims-sample.jsonl');
  const dir = mkdtempSync(join(tmpdir(), 'toancanh-bench-'));
  try {
    const pipeline = defaultPipeline();
    // a first ingest into a throwaway database (cold: what a short run sees), then the measured one
    const cold = await SqliteStore.open(join(dir, 'cold.db'));
    const c0 = performance.now();
    const coldReport = await ingest([corpus], cold, pipeline);
    const coldMs = performance.now() - c0;
    await cold.close();
    const store = await SqliteStore.open(join(dir, 'bench.db'));
    const t0 = performance.now();
    const report = await ingest([corpus], store, pipeline);
    const ingestMs = performance.now() - t0;
    const again0 = performance.now();
    const again = await ingest([corpus], store, pipeline);
    const againMs = performance.now() - again0;
    // search: warm up once, then time every query 20 times
    for (const q of QUERIES) await store.search({ text: q });
    const times: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const q of QUERIES) {
        const s = performance.now();
        await store.search({ text: q, limit: 10 });
        times.push(performance.now() - s);
      }
    }
    times.sort((a, b) => a - b);
    await store.close();
    return {
      corpus: corpus.replace(REPO_ROOT, ''),
      articles: report.new + report.copies,
      'ingest articles/s (cold, first run)': Math.round(((coldReport.new + coldReport.copies) / coldMs) * 1000),
      'ingest articles/s (warm)': Math.round(((report.new + report.copies) / ingestMs) * 1000),
      're-ingest articles/s (all unchanged)': Math.round((again.unchanged / againMs) * 1000),
      'search p50 ms': Math.round(percentile(times, 50) * 100) / 100,
      'search p99 ms': Math.round(percentile(times, 99) * 100) / 100,
      'search queries timed': times.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
