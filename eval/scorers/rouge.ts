/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 as the project is judged: lower-cased syllables (whitespace-
 * separated tokens, punctuation dropped, `_` read as a space), no stemming or stop-word removal,
 * averaged over the references.
 */

/** Syllable tokens of a summary: `_` → space, lower case, punctuation-only tokens dropped. */
export function rougeTokens(text: string): string[] {
  return text
    .replace(/_/g, ' ')
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length > 0);
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function f1(overlap: number, candTotal: number, refTotal: number): number {
  if (overlap === 0 || candTotal === 0 || refTotal === 0) return 0;
  const p = overlap / candTotal;
  const r = overlap / refTotal;
  return (2 * p * r) / (p + r);
}

export function rougeN(candidate: string[], reference: string[], n: number): number {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [k, v] of c) overlap += Math.min(v, r.get(k) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

export function rougeL(candidate: string[], reference: string[]): number {
  return f1(lcs(candidate, reference), candidate.length, reference.length);
}

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

/** ROUGE of one summary against its references, averaged over the references. */
export function rouge(candidate: string, references: string[]): RougeScores {
  const c = rougeTokens(candidate);
  const refs = references.map(rougeTokens);
  const avg = (f: (r: string[]) => number): number => (refs.length ? refs.reduce((s, r) => s + f(r), 0) / refs.length : 0);
  return { rouge1: avg((r) => rougeN(c, r, 1)), rouge2: avg((r) => rougeN(c, r, 2)), rougeL: avg((r) => rougeL(c, r)) };
}

/** The summary budget: the references' mean length in syllables. */
export function summaryBudget(references: string[]): number {
  if (references.length === 0) return 0;
  return Math.round(references.reduce((s, r) => s + rougeTokens(r).length, 0) / references.length);
}
