/**
 * The server under load: `toancanh serve` in a child process over the dev corpora (vims-dev and
 * vietnamese-mds, 1,607 articles, stories placed; the demo sample when ../shared/data is absent),
 * 50 connections for 60 s (BENCH_SERVE_SECONDS) on loopback with autocannon, once over pages (home,
 * stories, articles) and once over searches (/api/search with facets, 24 queries). Reported: requests
 * per second, client-side p95, and the handler's p95 from each answer's `Server-Timing` header.
 * BENCH_SERVE_ONLY=pages|search runs one of the two; BENCH_SERVE_FACETS=0 searches without facets.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DEMO_INPUTS, ingestPaths, withStore } from '../src/app/index.js';
import { dataDir, REPO_ROOT } from '../eval/data.js';

const QUERIES = [
  'Tập Cận Bình', 'tap can binh', 'Kim Jong Un', '"Kim Jong-un"', 'đoàn kết', 'doan ket', 'Hillary Clinton',
  'bầu cử Mỹ', 'bau cu my', 'tai nạn giao thông', 'giá xăng', 'Hà Nội', 'ha noi', 'bóng đá', 'Triều Tiên',
  'máy bay', '"Bình Nhưỡng"', 'Việt Nam', 'kinh tế', 'học sinh', 'thủ tướng', 'Obama', 'động đất', 'khủng bố',
];

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? NaN;
}

async function startServer(db: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/src/cli/main.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving (http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return { url, stop: () => child.kill('SIGINT') };
}

async function load(url: string, paths: string[], seconds: number): Promise<Record<string, number>> {
  const handler: number[] = [];
  const client: number[] = [];
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    requests: paths.map((path) => ({
      path,
      onResponse: (_status, _body, _context, headers) => {
        const timing = headers['server-timing'] ?? headers['Server-Timing'];
        const m = /dur=([\d.]+)/.exec(String(timing ?? ''));
        if (m) handler.push(Number(m[1]));
      },
    })),
    setupClient: (c) => c.on('response', (_status, _bytes, ms) => client.push(ms)),
  });
  return {
    'requests/s': result.requests.average,
    'client p95 ms': p95(client),
    'handler p95 ms (Server-Timing)': p95(handler),
    'handler max ms': Math.max(...handler),
    'requests': result.requests.total,
    'errors': result.errors,
    'timeouts (10 s)': result.timeouts,
    'non-2xx': result.non2xx,
  };
}

export async function benchServe(): Promise<Record<string, number | string>> {
  const corpus = join(dataDir(), 'jsonl/dev-merged.articles.jsonl');
  const inputs = existsSync(corpus) ? [corpus] : DEMO_INPUTS;
  const seconds = Number(process.env.BENCH_SERVE_SECONDS ?? 60);
  const dir = mkdtempSync(join(tmpdir(), 'toancanh-bench-serve-'));
  const db = join(dir, 'serve.db');
  try {
    await withStore(db, 'write', (store) => ingestPaths(store, { paths: inputs }));
    const server = await startServer(db);
    try {
      const stories = (await (await fetch(`${server.url}/api/stories?limit=40`)).json()) as { stories: { id: string }[] };
      const articles = (await (await fetch(`${server.url}/api/articles?limit=60`)).json()) as { articles: { id: string }[] };
      const pages = [
        '/', '/?trang=2', '/?trang=3',
        ...stories.stories.map((s) => `/stories/${encodeURIComponent(s.id)}`),
        ...articles.articles.map((a) => `/articles/${encodeURIComponent(a.id)}`),
      ];
      // BENCH_SERVE_FACETS=0: searches without facets, for comparison
      const facets = process.env.BENCH_SERVE_FACETS === '0' ? '&facets=0' : '';
      const searches = QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}${facets}`);
      const only = process.env.BENCH_SERVE_ONLY;
      const p = only === 'search' ? {} : await load(server.url, pages, seconds);
      const s = only === 'pages' ? {} : await load(server.url, searches, seconds);
      return {
        corpus: existsSync(corpus) ? 'dev-merged (1,607)' : 'demo sample (300)',
        'seconds per run': seconds,
        ...Object.fromEntries(Object.entries(p).map(([k, v]) => [`pages ${k}`, v])),
        ...Object.fromEntries(Object.entries(s).map(([k, v]) => [`search ${k}`, v])),
      };
    } finally {
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
