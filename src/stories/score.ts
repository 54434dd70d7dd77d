/**
 * The scoring of an article against a story, as pure functions of vectors and parameters.
 */
import type { ClusterParams } from './params.js';
import type { DocumentFrequencies } from './idf.js';

/** A sparse vector: parallel arrays of hashed terms and weights. */
export interface SparseVector {
  terms: number[];
  weights: number[];
}

const DAY_MS = 86_400_000;

/**
 * TF-IDF vector of hashed term counts: weight `(1 + ln tf) × idf`, only the `maxTerms` heaviest
 * kept (ties broken by term so the result is deterministic), L2-normalised.
 */
export function tfidfVector(counts: Map<number, number>, df: DocumentFrequencies, maxTerms: number): SparseVector {
  const entries: [number, number][] = [];
  for (const [t, tf] of counts) entries.push([t, (1 + Math.log(tf)) * df.idf(t)]);
  if (entries.length > maxTerms) {
    entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    entries.length = maxTerms;
  }
  let n2 = 0;
  for (const [, w] of entries) n2 += w * w;
  const inv = n2 > 0 ? 1 / Math.sqrt(n2) : 0;
  return { terms: entries.map((e) => e[0]), weights: entries.map((e) => e[1] * inv) };
}

/** Dot product of a sparse vector with a centroid held as a map. */
export function dot(v: SparseVector, centroid: Map<number, number>): number {
  let s = 0;
  for (let i = 0; i < v.terms.length; i++) {
    const c = centroid.get(v.terms[i]!);
    if (c !== undefined) s += c * v.weights[i]!;
  }
  return s;
}

/** Cosine of a unit vector with a centroid of squared norm `norm2`, given their dot product. */
export function cosine(dotProduct: number, norm2: number): number {
  return norm2 > 0 ? dotProduct / Math.sqrt(norm2) : 0;
}

/** Days between time `t` and the interval `[first, last]` (0 inside it or when a time is unknown). */
export function gapDays(t: number | undefined, first: number | undefined, last: number | undefined): number {
  if (t === undefined || first === undefined || last === undefined) return 0;
  if (t > last) return (t - last) / DAY_MS;
  if (t < first) return (first - t) / DAY_MS;
  return 0;
}

/** Time decay `0.5 ^ (gapDays / halfLifeDays)`: 1 at no gap, 0.5 at one half-life. */
export function timeDecay(gap: number, halfLifeDays: number): number {
  return gap <= 0 ? 1 : Math.pow(0.5, gap / halfLifeDays);
}

/** Similarity of an article to a story before time decay: text cosine, blended with entity cosine when both have entities. */
export function contentSimilarity(textCos: number, entityCos: number | undefined, params: Pick<ClusterParams, 'entityWeight'>): number {
  if (entityCos === undefined) return textCos;
  return (1 - params.entityWeight) * textCos + params.entityWeight * entityCos;
}

/** The score an article gets against a story: content similarity × time decay. */
export function storyScore(
  textCos: number,
  entityCos: number | undefined,
  gap: number,
  params: Pick<ClusterParams, 'entityWeight' | 'halfLifeDays'>,
): number {
  return contentSimilarity(textCos, entityCos, params) * timeDecay(gap, params.halfLifeDays);
}
