/**
 * The score of an article against a story (content similarity × time decay), as pure functions of
 * similarities, times and parameters.
 */
import type { ClusterParams } from './params.js';
import { DAY_MS } from './time.js';

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
