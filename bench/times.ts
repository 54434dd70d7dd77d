/**
 * The `times` stage alone, on one core: articles per second over the vims-dev articles (979; the
 * demo sample's 298 ViMs articles when ../shared/data is absent), each analysed first by the
 * stages before it (read, clean, meta, sentences), then the stage run over all of them again and
 * again for about three seconds, after a warm-up; the rate is per second of the process's CPU time
 * (the wall-clock rate beside it). Also: expressions found per article, and the
 * characters per second. Target ≥ 20,000 articles/s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { NewsDoc } from '../src/doc/news-doc.js';
import { timesStage } from '../src/nlp/times/index.js';
import { buildPipeline } from '../src/pipeline/index.js';
import { dataDir, REPO_ROOT } from '../eval/data.js';

export async function benchTimes(): Promise<Record<string, number | string>> {
  const dev = join(dataDir(), 'jsonl/vims-dev.articles.jsonl');
  const path = existsSync(dev) ? dev : join(REPO_ROOT, 'data/demo/vims-sample.jsonl');
  const before = buildPipeline({ stages: ['read', 'clean', 'meta', 'sentences'].map((name) => ({ name })) });
  const docs: NewsDoc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    docs.push(await before.run({ format: 'jsonl', bytes: Buffer.from(line) }));
  }
  if (docs.length === 0) throw new Error(`bench times: no article read from ${path}`);
  const chars = docs.reduce((n, d) => n + (d.text?.length ?? 0), 0);
  let found = 0;
  for (let i = 0; i < 5; i++) for (const d of docs) found += (timesStage.run(d) as NewsDoc).times!.length; // warm-up
  found /= 5;
  // CPU time of this process, not the wall clock: on a shared machine the wall clock counts the
  // time other processes held the core (the wall-clock rate is printed too)
  let articles = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - t0 < 3000) {
    for (const d of docs) timesStage.run(d);
    articles += docs.length;
  }
  const cpu = process.cpuUsage(cpu0);
  const seconds = (cpu.user + cpu.system) / 1e6;
  const wall = (performance.now() - t0) / 1000;
  return {
    'times.corpus': path.includes('vims-dev') ? 'vims-dev' : 'demo sample',
    'times.articles': docs.length,
    'times.articlesPerSecond': Math.round(articles / seconds),
    'times.articlesPerWallSecond': Math.round(articles / wall),
    'times.charsPerSecond': Math.round((articles * chars) / docs.length / seconds),
    'times.expressionsPerArticle': Number((found / docs.length).toFixed(2)),
  };
}
