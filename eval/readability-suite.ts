/**
 * Mozilla Readability's own test pages (readability-tests, 130 pages) through `extract`: body F1
 * against the text of the expected HTML (blocks as lines), titles exact, bylines by name
 * (eval/html/score.ts); plain Readability over linkedom on the same pages in the same run. The
 * expected output is Readability's own, so its figures are near perfect by design: the suite
 * checks that the rules around it do not make its cases worse.
 */
import { loadReadabilitySuite, pageHtml } from './html/pages.js';
import { bodyScore, meanScore, sameByline, sameTitle, type PageScore } from './html/score.js';
import { cliViews, plainReadability } from './html/views.js';
import type { Evaluation } from './types.js';

export const evaluation: Evaluation = {
  name: 'readability-suite',
  description: "Readability's test pages through `extract` (readability-tests, 130 pages): body, title, byline",
  requires: ['readability-tests/pages'],
  async run(dataDir) {
    const pages = loadReadabilitySuite(dataDir);
    const views = await cliViews(pages);
    const ours: PageScore[] = [];
    const base: PageScore[] = [];
    let titles = 0;
    let baseTitles = 0;
    let bylines = 0;
    let baseBylines = 0;
    let withByline = 0;
    const badTitles: string[] = [];
    const badBylines: string[] = [];
    let collapsed = 0;
    const collapsedPages: string[] = [];
    pages.forEach((p, i) => {
      const v = views[i]!;
      const b = plainReadability(pageHtml(p));
      const o = bodyScore(p.body, v.body);
      const r = bodyScore(p.body, b.body);
      ours.push(o);
      base.push(r);
      if (o.f1 < 0.8 && r.f1 > 0.95) {
        collapsed++;
        collapsedPages.push(`${p.key} ${o.f1.toFixed(3)}${v.article ? '' : ` (${v.reason})`}`);
      }
      if (sameTitle(p.title, v.title)) titles++;
      else badTitles.push(`${p.key}: ${JSON.stringify(v.title)} for ${JSON.stringify(p.title)}`);
      if (sameTitle(p.title, b.title)) baseTitles++;
      if (p.byline) {
        withByline++;
        if (sameByline(p.byline, v.author)) bylines++;
        else badBylines.push(`${p.key}: ${JSON.stringify(v.author)} for ${JSON.stringify(p.byline.replace(/\s+/g, ' '))}`);
        if (sameByline(p.byline, b.byline)) baseBylines++;
      }
    });
    const s = meanScore(ours);
    const b = meanScore(base);
    // nytimes-5 is a section front (27 teasers): rejected as not an article, it is scored above on
    // the text `extract` prints beside the verdict; scored as nothing, and left out, here
    const kept = meanScore(ours.filter((_, i) => views[i]!.article));
    const rejectedEmpty = meanScore(ours.map((o, i) => (views[i]!.article ? o : bodyScore(pages[i]!.body, ''))));
    return {
      metrics: {
        'body-f1': s.f1, 'body-precision': s.p, 'body-recall': s.r,
        'body-f1 (pages kept as articles)': kept.f1,
        'body-f1 (a rejected page scored as nothing)': rejectedEmpty.f1,
        'readability-f1': b.f1, 'readability-recall': b.r,
        'titles-exact': titles, 'readability-titles-exact': baseTitles,
        'bylines-right': bylines, 'readability-bylines-right': baseBylines, 'pages-with-byline': withByline,
        'pages-below-0.8-where-readability-above-0.95': collapsed,
        'pages-rejected-as-not-article': views.filter((v) => !v.article).length,
      },
      floors: { 'body-f1': 0.98, 'body-f1 (pages kept as articles)': 0.984, 'titles-exact': 125, 'bylines-right': 70 },
      notes: [
        `${pages.length} pages; titles of ${pages.length}, bylines of ${withByline}`,
        ...(collapsedPages.length ? [`below 0.8 where Readability is above 0.95: ${collapsedPages.join('; ')}`] : []),
        'titles not exact:', ...badTitles.map((x) => `  ${x}`),
        'bylines not right:', ...badBylines.map((x) => `  ${x}`),
        ...worst(pages.map((p) => p.key), ours, base),
      ],
    };
  },
};

/** The pages furthest below Readability, with P/R, when `TOANCANH_EVAL_WORST=N` asks for them. */
function worst(keys: string[], ours: PageScore[], base: PageScore[]): string[] {
  const n = Number(process.env.TOANCANH_EVAL_WORST ?? 0);
  if (!(n > 0)) return [];
  const order = keys.map((_, i) => i).sort((a, b) => ours[a]!.f1 - base[a]!.f1 - (ours[b]!.f1 - base[b]!.f1));
  return [`the ${n} pages furthest below Readability (TOANCANH_EVAL_WORST):`, ...order.slice(0, n).map((i) =>
    `  ${keys[i]} F1 ${ours[i]!.f1.toFixed(3)} (P ${ours[i]!.p.toFixed(3)} R ${ours[i]!.r.toFixed(3)}); Readability ${base[i]!.f1.toFixed(3)}`)];
}
