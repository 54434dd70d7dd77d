/**
 * Speed of the entities stage on one core: words per second (the segmenter's words, as the stage
 * gets them from the `words` stage) over a fixed corpus (the two seed articles in
 * test/fixtures/seeds and the golden set's batch-1 documents, which ship with the repository,
 * repeated; batches 2, 3 and 4 are left out: the held-out batch 4, so the system never runs on it, and
 * batches 2 and 3 so that the corpus stays the one measured before the later batches were added),
 * recognition and linking together (and the first pass alone, its caches cold: the corpus repeats,
 * so later passes find every name in the caches); and the load time of the KB and its gazetteer.
 *
 *   node dist/bench/ner.js        # standalone; also exported for bench/run
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadSegmenter } from '../src/nlp/segment/index.js';
import { ArticleContext, linkSpans } from '../src/nlp/ner/link.js';
import { loadRecogniser, type EntitySpan } from '../src/nlp/ner/recognise.js';
import { dataDir } from '../eval/data.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

/** The corpus: the lines of the seeds and of the golden set's documents, with their words. */
function corpus(): { line: string; flat: number[] }[] {
  const lines: string[] = [];
  for (const f of readdirSync(join(FIXTURES, 'seeds')).filter((x) => x.endsWith('.txt')).sort()) lines.push(...readFileSync(join(FIXTURES, 'seeds', f), 'utf8').split('\n'));
  for (const l of readFileSync(join(FIXTURES, 'ner', 'documents.jsonl'), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const d = JSON.parse(l) as { text: string; batch: number };
    if (d.batch === 1) lines.push(...d.text.split('\n'));
  }
  const seg = loadSegmenter();
  return lines.filter((l) => l.trim() !== '').map((line) => {
    const flat: number[] = [];
    seg.segmentFlat(line, 0, line.length, flat);
    return { line, flat };
  });
}

export async function benchNer(): Promise<Record<string, number>> {
  const t0 = performance.now();
  const r = loadRecogniser();
  const loadMs = performance.now() - t0;
  const lines = corpus();
  const perPass = lines.reduce((n, l) => n + l.flat.length / 2, 0);
  const once = (): number => {
    let n = 0;
    const ctx = new ArticleContext();
    for (const { line, flat } of lines) {
      const spans: EntitySpan[] = [];
      r.recogniseWords(line, flat, 0, flat.length / 2, spans, ctx.names);
      n += linkSpans(r.kb, line, spans, ctx, { date: '2021-03-24' }).length;
    }
    return n;
  };
  // the first pass: caches cold (the token and candidate caches fill as names recur), code not yet optimised
  const t00 = performance.now();
  once();
  const firstSeconds = (performance.now() - t00) / 1000;
  for (let i = 0; i < 4; i++) once(); // warm-up
  const passes = Math.max(1, Math.ceil(1_000_000 / perPass));
  const t1 = performance.now();
  let mentions = 0;
  for (let p = 0; p < passes; p++) mentions += once();
  const seconds = (performance.now() - t1) / 1000;
  const t2 = performance.now();
  for (let p = 0; p < passes; p++) for (const { line, flat } of lines) r.recogniseWords(line, flat, 0, flat.length / 2, []);
  const tagSeconds = (performance.now() - t2) / 1000;
  if (mentions === 0) throw new Error('bench: no entity found');
  return {
    ...devCorpus(),
    'ner.wordsPerSecond': Math.round((perPass * passes) / seconds),
    'ner.wordsPerSecondWithoutLinking': Math.round((perPass * passes) / tagSeconds),
    'ner.wordsPerSecondFirstPass': Math.round(perPass / firstSeconds),
    'ner.loadMs': Number(loadMs.toFixed(1)),
    'ner.corpusWords': perPass * passes,
  };
}

/**
 * Over the dev corpora when ../shared/data is there (1,607 articles, each its own article context,
 * at its date): one pass, caches cold, words segmented first (not timed).
 */
function devCorpus(): Record<string, number> {
  const file = join(dataDir(), 'jsonl', 'dev-merged.articles.jsonl');
  if (!existsSync(file)) return {};
  const seg = loadSegmenter();
  const docs = readFileSync(file, 'utf8').trim().split('\n').map((l) => {
    const a = JSON.parse(l) as { body: string; publishedAt?: string };
    return { date: a.publishedAt, paras: String(a.body).split('\n').map((line) => {
      const flat: number[] = [];
      seg.segmentFlat(line, 0, line.length, flat);
      return { line, flat };
    }) };
  });
  const words = docs.reduce((n, d) => n + d.paras.reduce((m, p) => m + p.flat.length / 2, 0), 0);
  const r = loadRecogniser();
  let mentions = 0;
  const t = performance.now();
  for (const d of docs) {
    const ctx = new ArticleContext();
    for (const { line, flat } of d.paras) {
      const spans: EntitySpan[] = [];
      r.recogniseWords(line, flat, 0, flat.length / 2, spans);
      mentions += linkSpans(r.kb, line, spans, ctx, { date: d.date }).length;
    }
  }
  const seconds = (performance.now() - t) / 1000;
  return { 'ner.dev.wordsPerSecond': Math.round(words / seconds), 'ner.dev.words': words, 'ner.dev.mentions': mentions };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchNer();
  for (const [k, v] of Object.entries(r)) console.log(`${k}\t${v}`);
}
