/**
 * Story clustering throughput: articles assigned per second on one core once 100,000 articles have
 * been clustered, and the heap used. The stream is synthetic, built from the dev corpora
 * (../shared/data/jsonl/dev-merged.articles.jsonl): copy k of the corpus is shifted by k weeks and
 * a third of its words (chosen per copy) get a copy-specific suffix, so copies form their own
 * stories instead of all merging, while sharing the common vocabulary. Undated articles stay
 * undated. Each article carries its named entities as placement gives them (the default pipeline's
 * `entities` stage, run once over the corpus in a worker thread before the clock starts), a third of them (chosen per
 * copy) renamed for the copy as its words are; `BENCH_ENTITIES=0` leaves them out (articles ingested
 * without entities). Run alone: `npx tsc -p . && node --expose-gc dist/bench/cluster.js`; to measure
 * other parameters, `BENCH_PARAMS='{"splitRatio":0}'` (JSON, merged over the defaults).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StoryClusterer, parseTime, type ClusterEntity, type ClusterInput } from '../src/stories/index.js';
import { hashString } from '../src/stories/hash.js';
import { entitiesInWorker } from './cluster-entities.js';

const DAY_MS = 86_400_000;

function perturb(text: string, copy: number): string {
  if (copy === 0) return text;
  const tag = copy.toString(36);
  return text.replace(/[\p{L}\p{N}]{3,}/gu, (w) => ((hashString(w.toLowerCase() + '|' + tag) % 3) === 0 ? w + tag : w));
}

function perturbEntities(entities: readonly ClusterEntity[], copy: number): ClusterEntity[] {
  if (copy === 0) return entities.slice();
  const tag = copy.toString(36);
  return entities.map((e) => (hashString(e.id + '|' + tag) % 3 === 0 ? { ...e, id: e.id + tag, name: e.name + tag } : e));
}

function shift(iso: string | undefined, days: number): string | undefined {
  const t = parseTime(iso);
  return t === undefined ? undefined : new Date(t + days * DAY_MS).toISOString();
}

/** `warm` articles are clustered first, then `measured` more are timed. */
export async function benchCluster(dataDir = resolve('../shared/data'), WARM = 100_000, MEASURED = 10_000): Promise<Record<string, number>> {
  const file = join(dataDir, 'jsonl', 'dev-merged.articles.jsonl');
  if (!existsSync(file)) {
    console.log(`bench cluster: skipped, ${file} is absent (the synthetic stream is built from it)`);
    return {};
  }
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const base: ClusterInput[] = lines.map((l) => JSON.parse(l) as ClusterInput);
  const entities = process.env.BENCH_ENTITIES === '0' ? new Map<string, ClusterEntity[]>() : await entitiesInWorker(lines);
  const total = WARM + MEASURED;
  const copies = Math.ceil(total / base.length);
  // Stream order: shifted publication time (undated: the time of the article before it in the file).
  const slots: { copy: number; i: number; t: number }[] = [];
  for (let copy = 0; copy < copies; copy++) {
    let last = 0;
    base.forEach((a, i) => {
      const t = parseTime(a.publishedAt);
      if (t !== undefined) last = t;
      slots.push({ copy, i, t: (t ?? last) + copy * 7 * DAY_MS });
    });
  }
  slots.sort((x, y) => x.t - y.t || x.copy - y.copy || x.i - y.i);
  slots.length = total;

  const clusterer = new StoryClusterer(JSON.parse(process.env.BENCH_PARAMS ?? "{}"));
  const make = (s: { copy: number; i: number }): ClusterInput => {
    const a = base[s.i]!;
    const publishedAt = shift(a.publishedAt, s.copy * 7);
    const named = entities.get(a.id);
    return {
      id: `${a.id}#${s.copy}`,
      title: perturb(a.title, s.copy),
      body: perturb(a.body, s.copy),
      ...(publishedAt ? { publishedAt } : {}),
      ...(named ? { entities: perturbEntities(named, s.copy) } : {}),
    };
  };
  let cpuMs = 0;
  let moved = 0;
  let splits = 0;
  let batchRates: number[] = [];
  const run = (from: number, to: number): number => {
    // Articles are prepared in batches outside the timed section.
    let ms = 0;
    cpuMs = 0;
    moved = 0;
    splits = 0;
    batchRates = [];
    for (let b = from; b < to; b += 1000) {
      const batch = slots.slice(b, Math.min(to, b + 1000)).map(make);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const a of batch) clusterer.add(a);
      const moves = clusterer.takeMoves(); // as a store does
      moved += moves.moved.length;
      splits += moves.splits;
      const c = process.cpuUsage(c0);
      cpuMs += (c.user + c.system) / 1000;
      const batchMs = performance.now() - t0;
      ms += batchMs;
      batchRates.push((batch.length / batchMs) * 1000);
    }
    return ms;
  };
  const warmMs = run(0, WARM);
  const warmCpuMs = cpuMs;
  const g = (globalThis as { gc?: () => void }).gc;
  g?.();
  const heapAfterWarm = process.memoryUsage().heapUsed;
  const ms = run(WARM, total);
  g?.();
  const heap = process.memoryUsage().heapUsed;
  return {
    'articles_per_s.warm': Math.round((WARM / warmMs) * 1000),
    'articles_per_s.measured': Math.round((MEASURED / ms) * 1000),
    // the median of the measured batches of 1,000: steadier than the whole when the host's load comes and goes
    'articles_per_s.median_batch': Math.round(batchRates.sort((a, b) => a - b)[batchRates.length >> 1] ?? 0),
    'articles_per_cpu_s.measured': Math.round((MEASURED / cpuMs) * 1000),
    'articles_per_cpu_s.warm': Math.round((WARM / warmCpuMs) * 1000),
    'heap_mb.after_warm': Math.round(heapAfterWarm / 1e6),
    'heap_mb.after_all': Math.round(heap / 1e6),
    'moved.measured': moved,
    'splits.measured': splits,
    open_stories: clusterer.openStories,
    with_entities: entities.size > 0 ? 1 : 0,
    heap_measured_after_gc: g ? 1 : 0,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const r = await benchCluster(process.argv[2] ? resolve(process.argv[2]) : undefined, Number(process.argv[3] ?? 100_000), Number(process.argv[4] ?? 10_000));
  for (const [k, v] of Object.entries(r)) console.log(`${k}: ${v}`);
}
