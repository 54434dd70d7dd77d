/**
 * Publication dates of web pages, measured as `toancanh extract PAGE` finds them from the page alone:
 * htmldate's evaluation pages (255 pages with their true day) scored by day, split by site into a
 * tuning half and a held-out half; and the vi-html article pages scored by exact `publishedAt`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractFile, extractView } from '../src/app/extract.js';
import type { Evaluation } from './types.js';

interface TruthEntry {
  url: string;
  /** Null for the 5 pages htmldate's evaluation gives no date (`NaN` in its JSON). */
  date: string | null;
  set: string;
}

export type Half = 'tuning' | 'held-out';

/**
 * The site a page belongs to: its host without `www.`, cut to the registrable part (`blog.kinra.de`
 * → `kinra.de`, `news.bbc.co.uk` → `bbc.co.uk`), so that one site never sits in both halves.
 */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
  const labels = host.split('.');
  const secondLevel = labels.length >= 3 && labels.at(-1)!.length === 2 && /^(co|com|org|net|ac|gov|edu|ne|or)$/.test(labels.at(-2)!);
  return labels.slice(secondLevel ? -3 : -2).join('.');
}

/** FNV-1a, 32 bits: a fixed hash, so the split never changes between runs or machines. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The half a page is in, by the hash of its site. Chosen before any tuning; the held-out half is only scored. */
export function halfOf(url: string): Half {
  return fnv1a(siteOf(url)) % 2 === 0 ? 'tuning' : 'held-out';
}

interface Score {
  pages: number;
  right: number;
  wrong: number;
  none: number;
  /** pages with no true date (`NaN` in htmldate's file) where none was given: right by htmldate's own accuracy */
  noDate: number;
}

const empty = (): Score => ({ pages: 0, right: 0, wrong: 0, none: 0, noDate: 0 });

/** The publication time `extract` gives for one file (for a page that is not an article too), or undefined. */
async function extractedDate(path: string): Promise<string | undefined> {
  for await (const r of extractFile(path)) {
    const view = extractView(r);
    if (view) return view.publishedAt;
  }
  return undefined;
}

export const evaluation: Evaluation = {
  name: 'htmldate',
  description: 'publication dates of web pages as `extract` finds them (htmldate-eval by day, two halves by site; vi-html exact)',
  requires: ['htmldate-eval/truth.json', 'htmldate-eval/pages', 'vi-html/truth.json'],
  async run(dir) {
    // htmldate's file writes `NaN` for the pages without a date: read as null
    const truth = JSON.parse(readFileSync(join(dir, 'htmldate-eval/truth.json'), 'utf8').replace(/:\s*NaN\b/g, ': null')) as Record<string, TruthEntry>;
    const score: Record<Half | 'all', Score> = { tuning: empty(), 'held-out': empty(), all: empty() };
    const misses: string[] = [];
    const tuningOnly = Boolean(process.env.TOANCANH_EVAL_TUNING_ONLY);
    let oneDayOff = 0;
    const tmp = mkdtempSync(join(tmpdir(), 'toancanh-htmldate-'));
    try {
      for (const [file, t] of Object.entries(truth)) {
        const half = halfOf(t.url);
        if (tuningOnly && half !== 'tuning') continue;
        // `extract` reads the page as a saved file: copied out of the corpus so that nothing beside it (a sidecar) is read
        const path = join(tmp, file.endsWith('.html') ? file : `${file}.html`);
        writeFileSync(path, gunzipSync(readFileSync(join(dir, 'htmldate-eval/pages', `${file}.gz`))));
        const got = (await extractedDate(path))?.slice(0, 10);
        rmSync(path);
        const verdict = got === undefined ? 'none' : got === t.date ? 'right' : 'wrong';
        if (verdict === 'wrong' && t.date && Math.abs(Date.parse(got!) - Date.parse(t.date)) === 86_400_000) oneDayOff++;
        for (const s of [score[half], score.all]) {
          s.pages++;
          s[verdict]++;
          if (verdict === 'none' && !t.date) s.noDate++;
        }
        if (half === 'tuning' && verdict !== 'right' && process.env.TOANCANH_EVAL_MISSES) misses.push(`  ${verdict.padEnd(5)} ${t.date} got ${got ?? '-'}  ${file}  ${t.url}`);
      }
      const vi = JSON.parse(readFileSync(join(dir, 'vi-html/truth.json'), 'utf8')) as Record<string, { is_article: boolean; publishedAt?: string }>;
      let viPages = 0;
      let viExact = 0;
      const viNotes: string[] = [];
      for (const [file, t] of Object.entries(vi)) {
        if (!t.is_article || !t.publishedAt) continue;
        viPages++;
        const got = await extractedDate(join(dir, 'vi-html/pages', file));
        if (got === t.publishedAt) viExact++;
        else viNotes.push(`  vi-html ${file}: ${got ?? '-'} (true ${t.publishedAt})`);
      }
      const metrics: Record<string, number> = {};
      if (tuningOnly) {
        // while tuning: the tuning half alone, so that no figure of the held-out half is seen
        const s = score.tuning;
        return {
          metrics: { 'tuning: right day (share)': s.right / s.pages, 'tuning: precision (right / answered)': s.right / Math.max(1, s.right + s.wrong) },
          floors: {} as Record<string, number>,
          notes: [`tuning half only (TOANCANH_EVAL_TUNING_ONLY): right/wrong/none ${s.right}/${s.wrong}/${s.none} of ${s.pages}`, ...misses],
        };
      }
      for (const key of ['all', 'tuning', 'held-out'] as const) {
        const s = score[key];
        metrics[`${key}: right day (share)`] = s.right / s.pages;
        metrics[`${key}: none (share)`] = s.none / s.pages;
        metrics[`${key}: precision (right / answered)`] = s.right + s.wrong > 0 ? s.right / (s.right + s.wrong) : 0;
        // htmldate's evaluation counts a page without a date that gets none as right (a true negative)
        metrics[`${key}: htmldate's accuracy (no date, none given: right)`] = (s.right + s.noDate) / s.pages;
      }
      metrics['vi-html: publishedAt exact (share)'] = viExact / viPages;
      return {
        metrics,
        // pinned a little under the figures of 2026-12-02, after the second round of general rules (all
        // 0.863 / 0.944, tuning 0.913, held out 0.821 / 0.906, vi-html 4/4; before them 0.851 / 0.939, 0.913, 0.800);
        // 2026-12-03 (dates of other things refused): all 0.863 / 0.948, tuning 0.913, held out 0.821 / 0.913. Not
        // raised: the tuning half did not move; nor after more of htmldate's sources (2026-12-03, wdate: the same figures)
        // 2026-12-03 afternoon (a zone after one-digit seconds kept): all 0.867 / 0.953, tuning 0.913, held out 0.829 / 0.921
        floors: {
          'all: right day (share)': 0.855,
          'all: precision (right / answered)': 0.935,
          "all: htmldate's accuracy (no date, none given: right)": 0.88,
          'tuning: right day (share)': 0.90,
          'held-out: right day (share)': 0.815,
          'vi-html: publishedAt exact (share)': 1,
        },
        notes: [
          `htmldate-eval: ${score.all.pages} pages (${score.tuning.pages} tuning, ${score['held-out'].pages} held out, split by the hash of the site);` +
            ` right/wrong/none: all ${score.all.right}/${score.all.wrong}/${score.all.none},` +
            ` tuning ${score.tuning.right}/${score.tuning.wrong}/${score.tuning.none}, held out ${score['held-out'].right}/${score['held-out'].wrong}/${score['held-out'].none}`,
          `pages without a true date given none (right by htmldate's accuracy, not by the right-day share): all ${score.all.noDate}, tuning ${score.tuning.noDate}, held out ${score['held-out'].noDate}`,
          `${oneDayOff} of the wrong days are one day off (in the tuning half: one date the page itself prints a day early)`,
          `vi-html: ${viExact}/${viPages} article pages with the exact publishedAt`,
          ...viNotes,
          ...(misses.length > 0 ? ['tuning-half misses (TOANCANH_EVAL_MISSES):', ...misses] : []),
        ],
      };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
