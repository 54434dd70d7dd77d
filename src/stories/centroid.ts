/**
 * A story centroid that follows the IDF as it changes. It stores, per term, the sum over member
 * articles of their IDF-free weights `(1 + ln tf) / ‖article‖`, and applies the current IDF when
 * compared: so the first stories of a stream, built while every term still looked rare, are
 * re-weighted as document frequencies fill in (as in Miranda et al., 2018, where cluster TF is
 * kept and IDF applied at comparison time).
 */
import type { ByteReader, ByteWriter } from './bytes.js';
import type { DocumentFrequencies } from './idf.js';
import { TermTable, type TermTableJSON } from './term-table.js';

/** An article prepared for comparison: terms, IDF-free unit weights and the IDF of each term. */
export interface ArticleVector {
  terms: Int32Array;
  /** `(1 + ln tf) / ‖tfidf‖`: multiplied by `idf` it is the unit TF-IDF vector. */
  tf: Float64Array;
  idf: Float64Array;
  /** `tf × idf²` of each term, computed once for the dot products (see `Centroid.similarity`). */
  w2?: Float64Array;
  /** Terms in ascending order with their unit TF-IDF weights, computed once (see `sortedUnit` in `linkage.ts`, for splitting). */
  sorted?: { terms: Int32Array; weights: Float64Array };
}

function dotWeights(v: ArticleVector): Float64Array {
  const w = new Float64Array(v.terms.length);
  for (let i = 0; i < w.length; i++) w[i] = v.tf[i]! * v.idf[i]! * v.idf[i]!;
  return (v.w2 = w);
}

/**
 * Builds the article vector: TF-IDF weight `(1 + ln tf) × idf`, only the `maxTerms` heaviest kept
 * (ties by term, for determinism), normalised to unit length.
 */
export function articleVector(counts: Map<number, number>, df: DocumentFrequencies, maxTerms: number): ArticleVector {
  const n = counts.size;
  const terms = new Int32Array(n);
  const tf = new Float64Array(n);
  const idf = new Float64Array(n);
  const w = new Float64Array(n);
  let i = 0;
  for (const [t, c] of counts) {
    terms[i] = t;
    tf[i] = 1 + Math.log(c);
    idf[i] = df.idf(t);
    w[i] = tf[i]! * idf[i]!;
    i++;
  }
  let keep: number[] | undefined;
  if (n > maxTerms) {
    // The maxTerms-th heaviest weight; terms above it are kept, ties at it by ascending term.
    const cut = kthLargest(Float64Array.from(w), maxTerms);
    keep = [];
    const ties: number[] = [];
    for (let j = 0; j < n; j++) {
      if (w[j]! > cut) keep.push(j);
      else if (w[j] === cut) ties.push(j);
    }
    ties.sort((a, b) => terms[a]! - terms[b]!);
    for (const j of ties) {
      if (keep.length >= maxTerms) break;
      keep.push(j);
    }
  }
  const m = keep ? keep.length : n;
  let n2 = 0;
  for (let k = 0; k < m; k++) {
    const j = keep ? keep[k]! : k;
    n2 += w[j]! * w[j]!;
  }
  const inv = n2 > 0 ? 1 / Math.sqrt(n2) : 0;
  if (!keep) {
    for (let k = 0; k < n; k++) tf[k] = tf[k]! * inv;
    return { terms, tf, idf };
  }
  const out: ArticleVector = { terms: new Int32Array(m), tf: new Float64Array(m), idf: new Float64Array(m) };
  for (let k = 0; k < m; k++) {
    const j = keep[k]!;
    out.terms[k] = terms[j]!;
    out.tf[k] = tf[j]! * inv;
    out.idf[k] = idf[j]!;
  }
  return out;
}

/** The k-th largest value of `a` (1-based), by quickselect; reorders `a`. */
function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1; // index in descending order
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target]!;
  }
  return a[target]!;
}

/** The `n` heaviest terms of an article vector (ties by term). */
export function heaviestTerms(v: ArticleVector, n: number): number[] {
  // A small top-n by insertion: n is ~12, vectors ~150 terms.
  const top: number[] = [];
  const w = (i: number): number => v.tf[i]! * v.idf[i]!;
  const before = (i: number, j: number): boolean => w(i) > w(j) || (w(i) === w(j) && v.terms[i]! < v.terms[j]!);
  for (let i = 0; i < v.terms.length; i++) {
    if (top.length === n && !before(i, top[n - 1]!)) continue;
    let k = top.length < n ? top.length : n - 1;
    if (top.length < n) top.push(i);
    while (k > 0 && before(i, top[k - 1]!)) {
      top[k] = top[k - 1]!;
      k--;
    }
    top[k] = i;
  }
  return top.map((i) => v.terms[i]!);
}

export class Centroid {
  /**
   * Term → Σ over members of IDF-free unit weights and, as second value, Σ of their squares: the
   * members' squared norms under the current IDF are `Σ idf² × squares`, which drift from 1 as the
   * IDF changes after they joined.
   */
  sums = new TermTable(128);
  private norm2 = 0;
  /** Σ of the members' squared norms under the IDF at `normAt`. */
  private memberNorm2 = 0;
  /** Document count at which `norm2` was computed; -1 when stale. */
  private normAt = -1;

  get size(): number {
    return this.sums.size;
  }

  /** Number of member vectors added. */
  members = 0;

  /**
   * The document count at which the norms were last computed (they are recomputed lazily, when
   * compared: a change of state that no member brings, which a store saving changes must see).
   */
  get normsAt(): number {
    return this.normAt;
  }

  /**
   * Similarity of a unit article vector to this centroid under the current IDF:
   * `dot / (‖C‖^(1-linkage) × (members × ρ)^linkage)`, ρ the members' root-mean-square norm under
   * the current IDF (1 when the IDF has not moved since they joined). Linkage 0 is the cosine with
   * the centroid; 1 is the mean cosine with the members (average linkage), which a loose story of
   * many members scores lower than a tight one. Without ρ, a story formed at the start of a stream
   * (few documents, every IDF small) would score above 1 once the IDF grows.
   */
  similarity(v: ArticleVector, df: DocumentFrequencies, linkage: number): number {
    if (this.members <= 0 || this.sums.size === 0 || v.terms.length === 0) return 0;
    const w2 = v.w2 ?? dotWeights(v);
    const terms = v.terms;
    const sums = this.sums;
    let d = 0;
    for (let i = 0; i < terms.length; i++) {
      const s = sums.get(terms[i]!);
      if (s !== 0) d += w2[i]! * s;
    }
    if (d === 0) return 0;
    const n2 = this.norm2Now(df);
    if (n2 <= 0) return 0;
    if (linkage === 0) return d / Math.sqrt(n2);
    const rho = Math.sqrt(this.memberNorm2 / this.members);
    return d / (Math.pow(n2, (1 - linkage) / 2) * Math.pow(this.members * rho, linkage));
  }

  /** Cosine of a unit article vector with this centroid under the current IDF (linkage 0). */
  cosine(v: ArticleVector, df: DocumentFrequencies): number {
    return this.similarity(v, df, 0);
  }

  /** Adds a member article; the centroid is cut back to `maxTerms` terms when it reaches twice that. */
  add(v: ArticleVector, df: DocumentFrequencies, maxTerms: number): void {
    if (this.normAt < 0) this.norm2Now(df); // stale after a cut-back or a removal: recomputed before updating
    if (v.terms.length > 0) this.members++;
    // The squared norm is updated in place with the article's (current) IDF; it is recomputed in
    // full only when the document count has grown (see norm2Now).
    let n2 = this.norm2;
    for (let i = 0; i < v.terms.length; i++) {
      const t = v.terms[i]!;
      const q = v.tf[i]! * v.tf[i]!;
      const old = this.sums.add(t, v.tf[i]!, q);
      const now = old + v.tf[i]!;
      const idf2 = v.idf[i]! * v.idf[i]!;
      n2 += (now * now - old * old) * idf2;
      this.memberNorm2 += q * idf2;
    }
    this.norm2 = n2;
    if (this.sums.size > 2 * maxTerms) {
      const entries: [number, number, number, number][] = [];
      this.sums.forEach((t, s, q) => entries.push([t, s, q, s * df.idf(t)]));
      const kept = entries.sort((a, b) => b[3] - a[3] || a[0] - b[0]).slice(0, maxTerms);
      this.sums = TermTable.from(kept.map(([t, s, q]) => [t, s, q] as const));
      this.normAt = -1;
    }
  }

  /**
   * Takes a member back out (the inverse of `add`, norms updated the same way): its weights leave
   * the sums, except for terms a cut-back has dropped since.
   */
  remove(v: ArticleVector): void {
    if (v.terms.length === 0) return;
    this.members--;
    let n2 = this.norm2;
    for (let i = 0; i < v.terms.length; i++) {
      const t = v.terms[i]!;
      if (this.sums.get(t) === 0) continue;
      const q = v.tf[i]! * v.tf[i]!;
      const old = this.sums.add(t, -v.tf[i]!, -q);
      const now = old - v.tf[i]!;
      const idf2 = v.idf[i]! * v.idf[i]!;
      n2 += (now * now - old * old) * idf2;
      this.memberNorm2 -= q * idf2;
    }
    this.norm2 = Math.max(0, n2);
    if (this.memberNorm2 < 0) this.memberNorm2 = 0;
  }

  /** Squared norm under the current IDF, recomputed when members changed or N grew by 5 %. */
  private norm2Now(df: DocumentFrequencies): number {
    if (this.normAt >= 0 && df.docs <= this.normAt * 1.05 + 1) return this.norm2;
    let n2 = 0;
    let m2 = 0;
    this.sums.forEach((t, s, q) => {
      const idf = df.idf(t);
      n2 += s * s * idf * idf;
      m2 += q * idf * idf;
    });
    this.norm2 = n2;
    this.memberNorm2 = m2;
    this.normAt = df.docs;
    return n2;
  }

  toJSON(): CentroidJSON {
    return { members: this.members, norm2: this.norm2, normAt: this.normAt, memberNorm2: this.memberNorm2, sums: this.sums.toJSON(), sq: this.sums.toJSON(true) };
  }

  /** Writes the centroid exactly (as `toJSON`, in binary), for the state's rows. */
  write(w: ByteWriter): void {
    w.f64(this.members).f64(this.norm2).f64(this.normAt).f64(this.memberNorm2);
    this.sums.write(w);
  }

  static read(r: ByteReader): Centroid {
    const c = new Centroid();
    c.members = r.f64();
    c.norm2 = r.f64();
    c.normAt = r.f64();
    c.memberNorm2 = r.f64();
    c.sums = TermTable.read(r);
    return c;
  }

  static fromJSON(json: CentroidJSON): Centroid {
    const c = new Centroid();
    c.members = json.members;
    c.norm2 = json.norm2;
    c.normAt = json.normAt;
    if (json.sq && json.memberNorm2 !== undefined) {
      c.sums = TermTable.fromJSON(json.sums, json.sq);
      c.memberNorm2 = json.memberNorm2;
    } else {
      // a state saved before the squares were kept: members taken as equal shares of the sums
      const n = Math.max(1, c.members);
      const old = TermTable.fromJSON(json.sums);
      c.sums = TermTable.from(old.entries().map(([t, s]) => [t, s, (s * s) / n] as const));
      c.normAt = -1;
    }
    return c;
  }
}

export interface CentroidJSON {
  members: number;
  norm2: number;
  normAt: number;
  sums: TermTableJSON;
  /** The squares (second values of `sums`); missing in states saved before member norms were tracked. */
  sq?: TermTableJSON;
  memberNorm2?: number;
}
