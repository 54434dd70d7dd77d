/**
 * Incremental document frequencies for IDF, in bounded memory: a count-min sketch (two rows of
 * counters indexed by hashed terms; a term's frequency is the smaller of its two counters), so a
 * stream of millions of articles and distinct terms never grows the table. Deterministic.
 *
 * A collision can only raise a count, which lowers a rare term's IDF a little; with 2 × 2^20
 * counters and the vocabulary of a year of news the error is negligible.
 */
import { mix32 } from './hash.js';

/** ln(df + 1) for small df: IDF is computed for every term of every article. */
const LOG_TABLE = Float64Array.from({ length: 4096 }, (_, d) => Math.log(d + 1));

export class DocumentFrequencies {
  private readonly rows: [Uint32Array, Uint32Array];
  private readonly mask: number;
  /** Number of documents counted. */
  docs = 0;

  constructor(readonly log2Size = 20) {
    const n = 1 << log2Size;
    this.rows = [new Uint32Array(n), new Uint32Array(n)];
    this.mask = n - 1;
  }

  /** Counts one document holding each of `terms` (each term once, whatever its count), given in one or more sets. */
  addDocument(...sets: Iterable<number>[]): void {
    const [a, b] = this.rows;
    for (const terms of sets) {
      for (const t of terms) {
        a[t & this.mask]!++;
        b[mix32(t ^ 0x5bd1e995) & this.mask]!++;
      }
    }
    this.docs++;
  }

  /** Estimated number of documents holding `term`. */
  df(term: number): number {
    const x = this.rows[0][term & this.mask]!;
    const y = this.rows[1][mix32(term ^ 0x5bd1e995) & this.mask]!;
    return x < y ? x : y;
  }

  /** Smoothed IDF, `ln((N + 1) / (df + 1)) + 1` (scikit-learn's smooth IDF); ≥ 1. */
  idf(term: number): number {
    if (this.logAt !== this.docs) {
      this.logN = Math.log(this.docs + 1);
      this.logAt = this.docs;
    }
    const d = this.df(term);
    return this.logN - (d < LOG_TABLE.length ? LOG_TABLE[d]! : Math.log(d + 1)) + 1;
  }
  private logN = 0;
  private logAt = -1;

  /** Sparse snapshot (non-zero counters) for persistence. */
  toJSON(): { log2Size: number; docs: number; rows: [number, number][][] } {
    const rows = this.rows.map((r) => {
      const out: [number, number][] = [];
      for (let i = 0; i < r.length; i++) if (r[i] !== 0) out.push([i, r[i]!]);
      return out;
    });
    return { log2Size: this.log2Size, docs: this.docs, rows };
  }

  static fromJSON(json: { log2Size: number; docs: number; rows: [number, number][][] }): DocumentFrequencies {
    const d = new DocumentFrequencies(json.log2Size);
    d.docs = json.docs;
    json.rows.forEach((entries, r) => {
      for (const [i, v] of entries) d.rows[r as 0 | 1][i] = v;
    });
    return d;
  }
}
