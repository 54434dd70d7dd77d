/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga & Baldwin, 1998;
 * Amigó et al., 2009): for each item, precision is the share of its predicted cluster that shares
 * its gold cluster, recall the share of its gold cluster that shares its predicted cluster; both
 * are averaged over items. Only items present in both maps count.
 */

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  /** Items scored. */
  items: number;
}

/** `predicted` and `gold` map item id → cluster label. */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const ids = [...gold.keys()].filter((id) => predicted.has(id));
  if (ids.length === 0) return { precision: 0, recall: 0, f1: 0, items: 0 };
  // Sizes of predicted clusters, gold clusters, and their intersections.
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const id of ids) {
    const p = predicted.get(id)!;
    const g = gold.get(id)!;
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    const k = JSON.stringify([p, g]);
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    const p = predicted.get(id)!;
    const g = gold.get(id)!;
    const n = both.get(JSON.stringify([p, g]))!;
    precision += n / predSize.get(p)!;
    recall += n / goldSize.get(g)!;
  }
  precision /= ids.length;
  recall /= ids.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, items: ids.length };
}
