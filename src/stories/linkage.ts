/**
 * Linkage math for splitting: cosines of sorted unit vectors, average-linkage agglomeration of a
 * similarity matrix into two groups, the mean link between groups and the accounts inside a group.
 */
import type { ArticleVector } from './centroid.js';

type SortedVector = { terms: Int32Array; weights: Float64Array };

/** An article vector's unit TF-IDF weights (IDF as when it was placed), sorted by term; computed once. */
export function sortedUnit(v: ArticleVector): SortedVector {
  if (v.sorted) return v.sorted;
  const n = v.terms.length;
  // (term, index) packed in one double (term + 2^31 below 2^32, index below 2^20) for a native sort
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (v.terms[i]! + 2147483648) * 1048576 + i;
  keys.sort();
  const terms = new Int32Array(n);
  const weights = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = keys[k]! % 1048576;
    terms[k] = v.terms[i]!;
    weights[k] = v.tf[i]! * v.idf[i]!;
  }
  return (v.sorted = { terms, weights });
}

/** Cosine of two unit vectors sorted by term. */
export function sortedCosine(x: SortedVector, y: SortedVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const xt = x.terms;
  const yt = y.terms;
  while (i < xt.length && j < yt.length) {
    const a = xt[i]!;
    const b = yt[j]!;
    if (a === b) s += x.weights[i++]! * y.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return s;
}

/**
 * The buffers of the split checks: an n × n similarity matrix and its scratch copy for the
 * agglomeration, grown as needed and reused (no allocation per check). One per clusterer.
 */
export class Linkage {
  private sim = new Float64Array(0);
  private link = new Float64Array(0);

  /** A buffer for the pairwise similarities of up to n items, row-major (`sim[i * n + j]`). */
  matrix(n: number): Float64Array {
    if (this.sim.length < n * n) {
      this.sim = new Float64Array(n * n);
      this.link = new Float64Array(n * n);
    }
    return this.sim;
  }

  /** Average-linkage agglomeration of the n items of `matrix(n)` down to two groups (ties: the lowest indices merge first). */
  twoGroups(sim: Float64Array, n: number): [number[], number[]] {
    const groups: number[][] = [];
    for (let i = 0; i < n; i++) groups.push([i]);
    // link[i * n + j]: sum of similarities between groups i and j
    const link = this.link;
    link.set(sim.subarray(0, n * n));
    const alive = new Uint8Array(n).fill(1);
    for (let left = n; left > 2; left--) {
      let bi = -1;
      let bj = -1;
      let best = -Infinity;
      for (let i = 0; i < n; i++) {
        if (!alive[i]) continue;
        for (let j = i + 1; j < n; j++) {
          if (!alive[j]) continue;
          const v = link[i * n + j]! / (groups[i]!.length * groups[j]!.length);
          if (v > best) {
            best = v;
            bi = i;
            bj = j;
          }
        }
      }
      for (let k = 0; k < n; k++) {
        if (!alive[k] || k === bi || k === bj) continue;
        link[bi * n + k] = link[k * n + bi] = link[bi * n + k]! + link[bj * n + k]!;
      }
      groups[bi] = groups[bi]!.concat(groups[bj]!);
      alive[bj] = 0;
    }
    const out = groups.filter((_, i) => alive[i]);
    return [out[0]!.sort((x, y) => x - y), (out[1] ?? []).sort((x, y) => x - y)];
  }
}

/** Mean similarity between the members of two disjoint groups. */
export function meanLink(sim: Float64Array, n: number, a: number[], b: number[]): number {
  let s = 0;
  for (const i of a) for (const j of b) s += sim[i * n + j]!;
  return s / (a.length * b.length);
}

/**
 * The accounts of a group: its members joined when one is a light rewrite of another (similarity ≥
 * `rewrite`, transitively: two rewrites of one text need not be that close to each other). Three
 * outlets' light rewrites of one agency text are one account, not three. Returns how many, and the
 * mean similarity of members of different accounts (rewrites do not make a group look tight).
 */
export function accounts(sim: Float64Array, n: number, group: number[], rewrite: number): { count: number; within: number } {
  const root = group.map((_, x) => x);
  const find = (x: number): number => (root[x] === x ? x : (root[x] = find(root[x]!)));
  let count = group.length;
  for (let x = 0; x < group.length; x++) {
    for (let y = 0; y < x; y++) {
      if (sim[group[x]! * n + group[y]!]! < rewrite) continue;
      const [rx, ry] = [find(x), find(y)];
      if (rx !== ry) {
        root[rx] = ry;
        count--;
      }
    }
  }
  let sum = 0;
  let pairs = 0;
  for (let x = 0; x < group.length; x++) {
    for (let y = 0; y < x; y++) {
      if (find(x) === find(y)) continue;
      sum += sim[group[x]! * n + group[y]!]!;
      pairs++;
    }
  }
  return { count, within: pairs > 0 ? sum / pairs : 1 };
}
