/**
 * Scoring of extracted pages against a suite's truth: body by the Zyte shingle metric
 * (eval/scorers/html-body.ts), titles exact (whitespace squashed), bylines by name (below), and
 * folds by site for cross-validation.
 */
import { pageCounts, pagePrecision, pageRecall } from '../scorers/html-body.js';

export interface PageScore {
  p: number;
  r: number;
  f1: number;
}

export function bodyScore(truth: string, predicted: string): PageScore {
  const c = pageCounts(truth, predicted);
  const p = pagePrecision(c);
  const r = pageRecall(c);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Precision and recall averaged over pages, F1 their harmonic mean (the benchmark's way). */
export function meanScore(scores: PageScore[]): PageScore {
  if (scores.length === 0) return { p: 0, r: 0, f1: 0 };
  const p = scores.reduce((s, x) => s + x.p, 0) / scores.length;
  const r = scores.reduce((s, x) => s + x.r, 0) / scores.length;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function sameTitle(truth: string | undefined, got: string | undefined): boolean {
  return squash(truth) === squash(got);
}

const BY = new Set(['by', 'par', 'por', 'von', 'written']);

function nameTokens(s: string | undefined): string[] {
  const t = (s ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
  while (t.length > 0 && BY.has(t[0]!)) t.shift();
  return t;
}

/**
 * A byline is right when its words (letters only, lower-cased, a leading `by` dropped) are those of
 * the true byline, or their start: `Madeline Fry` for `Madeline Fry | November 18, 2019 Print this
 * article`, `Brenda Goodman, MA` for `By Brenda Goodman, MA WebMD Health News`. Nothing is never right.
 */
export function sameByline(truth: string | undefined, got: string | undefined): boolean {
  const t = nameTokens(truth);
  const g = nameTokens(got);
  if (g.length === 0 || t.length === 0) return false;
  if (g.length > t.length) return false;
  if (g.length < Math.min(2, t.length)) return false;
  return g.every((w, i) => t[i] === w);
}

/** Authors as a set of names: right when the byline names exactly the true authors. */
export function sameAuthors(truth: string[] | undefined, got: string | undefined): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const t = (truth ?? []).map(norm).sort();
  const g = (got ?? '').split(/\s*(?:,|;|&|\bvà\b|\band\b)\s*/u).map(norm).filter(Boolean).sort();
  return t.length === g.length && t.every((x, i) => x === g[i]);
}

/** Pages grouped into `k` folds by site: every page of a site in one fold, sites dealt in turn. */
export function foldsBySite<T extends { site: string }>(pages: T[], k = 5): number[] {
  const sites = [...new Set(pages.map((p) => p.site))].sort();
  const foldOf = new Map(sites.map((s, i) => [s, i % k]));
  return pages.map((p) => foldOf.get(p.site)!);
}
