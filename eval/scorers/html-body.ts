/**
 * The Zyte article-extraction benchmark metric for article bodies: shingle matching.
 *
 * - Tokens are `\w+` runs, made Unicode-aware (`[\p{L}\p{N}_]+`) so Vietnamese letters count.
 * - A text becomes the multiset of its 4-token shingles (a text of fewer than 4 tokens is one
 *   shingle of all its tokens; an empty text has none), as the benchmark's `_ngrams` does.
 * - Per page: tp = Σ min(true, pred), fp = Σ (pred − true)+, fn = Σ (true − pred)+ over shingles,
 *   then normalised to sum to 1 (so each page weighs the same whatever its length).
 * - Per page precision = tp / (tp + fp), recall = tp / (tp + fn); both are averaged over pages
 *   and F1 is the harmonic mean of the two averages.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Word tokens of a text, as the benchmark's `\w+` with Unicode letters and digits. */
export function benchTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The multiset of n-token shingles of a text. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = benchTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle === '') continue;
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageCounts {
  /** True positives, false positives, false negatives, normalised to sum to 1 (all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
}

/** Shingle matching of one page: normalised tp/fp/fn. */
export function pageCounts(truth: string, predicted: string, n = 4): PageCounts {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Precision of one page; nothing claimed and nothing to find counts as perfect, nothing claimed otherwise as 0. */
export function pagePrecision(c: PageCounts): number {
  if (c.tp + c.fp === 0) return c.fn === 0 ? 1 : 0;
  return c.tp / (c.tp + c.fp);
}

/** Recall of one page; nothing to find counts as perfect unless something was claimed. */
export function pageRecall(c: PageCounts): number {
  if (c.tp + c.fn === 0) return c.fp === 0 ? 1 : 0;
  return c.tp / (c.tp + c.fn);
}

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Precision and recall averaged over pages, F1 their harmonic mean. */
export function scoreBodies(pairs: { truth: string; predicted: string }[]): BodyScore {
  if (pairs.length === 0) return { precision: 0, recall: 0, f1: 0, pages: 0 };
  let p = 0;
  let r = 0;
  for (const { truth, predicted } of pairs) {
    const c = pageCounts(truth, predicted);
    p += pagePrecision(c);
    r += pageRecall(c);
  }
  const precision = p / pairs.length;
  const recall = r / pairs.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pairs.length };
}
