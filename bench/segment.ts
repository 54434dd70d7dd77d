/**
 * Segmentation speed on one core: syllables per second over a fixed corpus (the two seed articles
 * in test/fixtures/seeds, which ship with the repository, repeated), and model load time.
 *
 *   node dist/bench/segment.js        # standalone; also exported for bench/run
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { countSyllables } from '../src/text/syllables.js';
import { DEFAULT_MODEL_PATH, SegmentModel, createSegmenter, loadSegmenter } from '../src/nlp/segment/index.js';
import type { SegmentModelJSON } from '../src/nlp/segment/model.js';

const SEEDS = fileURLToPath(new URL('../../test/fixtures/seeds/', import.meta.url));

/** The corpus: the non-empty lines of the seed articles. */
function corpus(): string[] {
  const lines: string[] = [];
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) {
    for (const l of readFileSync(join(SEEDS, f), 'utf8').split('\n')) if (l.trim() !== '') lines.push(l);
  }
  return lines;
}

export async function benchSegment(): Promise<Record<string, number>> {
  // Load time: read + parse + build, cold (what the first `loadSegmenter()` of a process costs).
  const t0 = performance.now();
  const json = JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8')) as SegmentModelJSON;
  const model = SegmentModel.fromJSON(json);
  const loadMs = performance.now() - t0;
  createSegmenter(model);

  const seg = loadSegmenter();
  const lines = corpus();
  const perPass = lines.reduce((n, l) => n + countSyllables(l), 0);
  for (let i = 0; i < 20; i++) for (const l of lines) seg.segmentLine(l); // warm-up
  const passes = Math.max(1, Math.ceil(2_000_000 / perPass));
  const t1 = performance.now();
  let sink = 0;
  for (let p = 0; p < passes; p++) for (const l of lines) sink += seg.segmentLine(l).length;
  const seconds = (performance.now() - t1) / 1000;
  if (sink === 0) throw new Error('bench: nothing segmented');
  return {
    'segment.syllablesPerSecond': Math.round((perPass * passes) / seconds),
    'segment.loadMs': Number(loadMs.toFixed(1)),
    'segment.corpusSyllables': perPass * passes,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchSegment();
  for (const [k, v] of Object.entries(r)) console.log(`${k}\t${v}`);
}
