/**
 * Ingest on the real corpora: every article of vims-dev and vietnamese-mds goes through the pipeline
 * without rejection, and language identification tells Vietnamese (those corpora) from other languages
 * (the true bodies of the html-bench pages: mostly English, some Italian, German, Portuguese,
 * Indonesian, Japanese, Korean, Russian).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '../src/pipeline/index.js';
import { detectLanguage } from '../src/text/language.js';
import type { Evaluation } from './types.js';

export const evaluation: Evaluation = {
  name: 'ingest',
  description: 'pipeline over the JSONL corpora; Vietnamese told from other languages',
  requires: ['jsonl/dev-merged.articles.jsonl', 'html-bench/ground-truth.json'],
  async run(dir) {
    const pipeline = defaultPipeline();
    const lines = readFileSync(join(dir, 'jsonl/dev-merged.articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    let rejected = 0;
    let vi = 0;
    let sentences = 0;
    const t0 = performance.now();
    for (const r of await pipeline.runBatch(lines.map((line) => ({ format: 'jsonl', bytes: Buffer.from(line) })))) {
      if (!r.ok) {
        rejected++;
        continue;
      }
      if (r.doc.language?.lang === 'vi') vi++;
      sentences += r.doc.sentences?.length ?? 0;
    }
    const ms = performance.now() - t0;
    const truth = JSON.parse(readFileSync(join(dir, 'html-bench/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    const bodies = Object.values(truth).map((t) => t.articleBody).filter((b) => b.trim().length > 0);
    const other = bodies.filter((b) => detectLanguage(b).lang !== 'vi').length;
    return {
      metrics: {
        articles: lines.length,
        rejected,
        'vietnamese recognised (share)': vi / lines.length,
        'other languages not taken for vi (share)': other / bodies.length,
        'sentences per article': sentences / lines.length,
        'pipeline articles/s (no store)': Math.round((lines.length / ms) * 1000),
      },
      floors: { 'vietnamese recognised (share)': 0.999, 'other languages not taken for vi (share)': 0.999 },
      notes: [`Vietnamese: dev-merged (${lines.length} articles); other languages: ${bodies.length} html-bench true bodies.`],
    };
  },
};
