/**
 * Vietnamese outlet pages (vi-html: 4 articles and 4 section pages of VnExpress, CafeF, Dân Trí,
 * VietnamNet) through `extract`: article or not, and for articles body F1, title exact, authors,
 * publication time exact (the dates work scores time; shown here for reference); plain
 * Readability over linkedom on the same articles.
 */
import { loadViHtml, pageHtml } from './html/pages.js';
import { bodyScore, meanScore, sameAuthors, sameTitle, type PageScore } from './html/score.js';
import { cliViews, plainReadability } from './html/views.js';
import type { Evaluation } from './types.js';

export const evaluation: Evaluation = {
  name: 'vi-html',
  description: 'Vietnamese outlet pages through `extract` (vi-html, 8 pages): article or not, body, title, authors',
  requires: ['vi-html/truth.json', 'vi-html/pages'],
  async run(dataDir) {
    const pages = loadViHtml(dataDir);
    const views = await cliViews(pages);
    let kindRight = 0;
    let titles = 0;
    let authors = 0;
    let times = 0;
    const ours: PageScore[] = [];
    const base: PageScore[] = [];
    const lines: string[] = [];
    pages.forEach((p, i) => {
      const v = views[i]!;
      if (v.article === p.isArticle) kindRight++;
      if (!p.isArticle) {
        lines.push(`  ${p.key}: ${v.article ? 'taken for an article' : `not an article (${v.reason})`}`);
        return;
      }
      const o = bodyScore(p.body, v.body);
      ours.push(o);
      base.push(bodyScore(p.body, plainReadability(pageHtml(p)).body));
      const t = sameTitle(p.title, v.title);
      const a = sameAuthors(p.authors, v.author);
      const d = p.publishedAt === v.publishedAt;
      titles += Number(t);
      authors += Number(a);
      times += Number(d);
      lines.push(`  ${p.key}: body F1 ${o.f1.toFixed(3)}; title ${t ? 'exact' : JSON.stringify(v.title)}; authors ${a ? 'right' : JSON.stringify(v.author)}; time ${d ? 'exact' : v.publishedAt}`);
    });
    const s = meanScore(ours);
    const b = meanScore(base);
    return {
      metrics: {
        'article-or-not-right': kindRight, pages: pages.length,
        'body-f1': s.f1, 'body-recall': s.r, 'readability-f1': b.f1, 'readability-recall': b.r,
        'titles-exact': titles, 'authors-right': authors, 'time-exact': times, articles: ours.length,
      },
      floors: { 'article-or-not-right': 8, 'titles-exact': 4, 'authors-right': 4, 'body-f1': 0.97 },
      notes: lines,
    };
  },
};
