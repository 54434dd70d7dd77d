/**
 * Article-body extraction on the html-bench pages (half of the Zyte article-extraction benchmark):
 * `extractArticle` against the true `articleBody`, with Readability-over-linkedom alone as baseline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../src/ingest/html/extract.js';
import type { ExtractedArticle } from '../src/ingest/html/types.js';
import { pageCounts, pagePrecision, pageRecall, scoreBodies } from './scorers/html-body.js';
import type { Evaluation } from './types.js';

export interface BenchPage {
  key: string;
  url: string;
  html: string;
  truth: string;
}

/** Loads the html-bench pages (`html/<key>.html.gz` and `ground-truth.json`). */
export function loadHtmlBench(dataDir: string): BenchPage[] {
  const dir = join(dataDir, 'html-bench');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth).map(([key, t]) => ({
    key,
    url: t.url,
    truth: t.articleBody ?? '',
    html: gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`))).toString('utf8'),
  }));
}

/**
 * The text scored against `articleBody`: the body paragraphs joined by newlines. The title is left
 * out (the benchmark's bodies never start with it); the lead is left out too, since the extractor
 * only separates a lead when the page marks one, and the outlet's own markup then keeps it apart.
 */
export function scoredBody(a: ExtractedArticle): string {
  return a.paragraphs.join('\n');
}

export const evaluation: Evaluation = {
  name: 'html-body',
  description: 'article body extraction, Zyte benchmark shingle F1 (html-bench, 90 pages)',
  requires: ['html-bench/ground-truth.json', 'html-bench/html'],
  async run(dataDir) {
    const pages = loadHtmlBench(dataDir);
    const ours: { truth: string; predicted: string }[] = [];
    const base: { truth: string; predicted: string }[] = [];
    const perPage: { key: string; url: string; f1: number; p: number; r: number }[] = [];
    for (const page of pages) {
      const a = extractArticle(page.html, { url: page.url });
      const b = extractArticle(page.html, { url: page.url, readabilityOnly: true });
      const predicted = scoredBody(a);
      ours.push({ truth: page.truth, predicted });
      base.push({ truth: page.truth, predicted: scoredBody(b) });
      const c = pageCounts(page.truth, predicted);
      const p = pagePrecision(c);
      const r = pageRecall(c);
      perPage.push({ key: page.key, url: page.url, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 });
    }
    const s = scoreBodies(ours);
    const sb = scoreBodies(base);
    perPage.sort((x, y) => x.f1 - y.f1);
    return {
      metrics: {
        'body-f1': s.f1,
        'body-precision': s.precision,
        'body-recall': s.recall,
        'baseline-readability-f1': sb.f1,
        'baseline-readability-precision': sb.precision,
        'baseline-readability-recall': sb.recall,
      },
      floors: { 'body-f1': 0.975 },
      notes: [
        `${s.pages} pages; baseline = Mozilla Readability over linkedom, its article text unchanged`,
        'worst pages (F1 P R url):',
        ...perPage.slice(0, 12).map((x) => `  ${x.f1.toFixed(3)} ${x.p.toFixed(3)} ${x.r.toFixed(3)} ${x.key.slice(0, 8)} ${x.url}`),
      ],
    };
  },
};
