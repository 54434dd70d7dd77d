/**
 * Article bodies on Zyte's dev pages (html-bench, 90 pages, half of the Zyte article-extraction
 * benchmark): the body `extract FILE --format json` prints (lead and body, no URL given) against
 * the true `articleBody`, and plain Readability over linkedom on the same pages in the same run.
 * Per fold of sites, recall beside Readability's (it must not fall below on any fold).
 */
import { loadZyte, pageHtml } from './html/pages.js';
import { bodyScore, foldsBySite, meanScore, type PageScore } from './html/score.js';
import { cliViews, plainReadability } from './html/views.js';
import type { Evaluation } from './types.js';

export const evaluation: Evaluation = {
  name: 'html-body',
  description: 'web-page bodies on Zyte dev pages through `extract` (html-bench, 90 pages), shingle F1',
  requires: ['html-bench/ground-truth.json', 'html-bench/html'],
  async run(dataDir) {
    const pages = loadZyte(dataDir);
    const views = await cliViews(pages);
    const ours: PageScore[] = [];
    const base: PageScore[] = [];
    pages.forEach((p, i) => {
      ours.push(bodyScore(p.body, views[i]!.body));
      base.push(bodyScore(p.body, plainReadability(pageHtml(p)).body));
    });
    const s = meanScore(ours);
    const b = meanScore(base);
    const folds = foldsBySite(pages);
    const foldLines: string[] = [];
    let minGap = Infinity;
    for (let f = 0; f < 5; f++) {
      const idx = pages.map((_, i) => i).filter((i) => folds[i] === f);
      const o = meanScore(idx.map((i) => ours[i]!));
      const r = meanScore(idx.map((i) => base[i]!));
      minGap = Math.min(minGap, o.r - r.r);
      foldLines.push(`  fold ${f + 1} (${idx.length} pages): ours F1 ${o.f1.toFixed(3)} R ${o.r.toFixed(3)}; Readability F1 ${r.f1.toFixed(3)} R ${r.r.toFixed(3)}`);
    }
    const rejected = views.filter((v) => !v.article).length;
    const worst = pages.map((p, i) => ({ p, s: ours[i]!, b: base[i]! })).sort((x, y) => x.s.f1 - y.s.f1).slice(0, 10);
    return {
      metrics: {
        'body-f1': s.f1, 'body-precision': s.p, 'body-recall': s.r,
        'readability-f1': b.f1, 'readability-precision': b.p, 'readability-recall': b.r,
        'f1-over-readability': s.f1 - b.f1,
        'min-fold-recall-over-readability': minGap,
        'pages-kept-as-articles': pages.length - rejected,
      },
      floors: { 'body-f1': 0.975, 'f1-over-readability': 0.02, 'min-fold-recall-over-readability': -0.005, 'pages-kept-as-articles': 90 },
      notes: [
        `${pages.length} pages, scored as \`extract FILE --format json\` prints them (lead and body, no URL); Readability = Mozilla Readability over linkedom, default options`,
        'recall per fold of sites (5 folds), ours beside Readability\'s:',
        ...foldLines,
        'worst pages (ours F1 P R, Readability F1, key, site):',
        ...worst.map((x) => `  ${x.s.f1.toFixed(3)} ${x.s.p.toFixed(3)} ${x.s.r.toFixed(3)}  ${x.b.f1.toFixed(3)}  ${x.p.key.slice(0, 8)} ${x.p.site}`),
      ],
    };
  },
};
