/** Clustering a whole batch at once: publication order, then the incremental clusterer. */
import { StoryClusterer } from './cluster.js';
import type { ClusterParams } from './params.js';
import { parseTime } from './time.js';
import type { Assignment, ClusterInput } from './types.js';

/**
 * Publication order for a batch: the dated articles sorted by time (stable), then the undated
 * ones in input order (they are placed by content alone, against every story of the batch).
 */
export function publicationOrder<T extends { publishedAt?: string }>(articles: readonly T[]): T[] {
  const dated: { a: T; t: number; i: number }[] = [];
  const undated: T[] = [];
  articles.forEach((a, i) => {
    const t = parseTime(a.publishedAt);
    if (t === undefined) undated.push(a);
    else dated.push({ a, t, i });
  });
  dated.sort((x, y) => x.t - y.t || x.i - y.i);
  return [...dated.map((d) => d.a), ...undated];
}

/**
 * Clusters a whole batch: publication order (see `publicationOrder`), then the incremental
 * algorithm, closed stories kept so the undated articles can still join them. Returns the
 * assignments in input order.
 */
export function clusterAll(articles: readonly ClusterInput[], params: Partial<Omit<ClusterParams, 'dedup'>> & { dedup?: Partial<ClusterParams['dedup']> } = {}): Assignment[] {
  const c = new StoryClusterer(params, { keepClosed: true });
  const byId = new Map<string, Assignment>();
  for (const a of publicationOrder(articles)) {
    byId.set(a.id, c.add(a));
    for (const m of c.takeMoves().moved) byId.set(m.id, m);
  }
  c.settle(true);
  for (const m of c.takeMoves().moved) byId.set(m.id, m);
  return articles.map((a) => byId.get(a.id)!);
}
