/**
 * Incremental document frequencies for IDF, in bounded memory: a count-min sketch (two rows of
 * counters indexed by hashed terms; a term's frequency is the smaller of its two counters), so a
 * stream of millions of articles and distinct terms never grows the table. Deterministic.
 *
 * A collision can only raise a count, which lowers a rare term's IDF a little; with 2 × 2^20
 * counters the error is negligible on the dev corpora (1,607 articles, about 0.2 increments per
 * counter). It grows with the stream: at 5,000 articles a day, a month fills each counter about
 * 40 times over, and rare terms then look like terms of df ≈ 40.
 *
 * For a store the counters are cut in fixed chunks of 2^10 (`chunk`, `setChunk`), each a row of at
 * most a few KB; the chunks changed and the terms counted since the last save are recorded
 * (`takeDirty`, `takeTerms`, once `track` is called) for `idf-rows.ts` to write only those.
 */
import { ByteReader, ByteWriter } from './bytes.js';
import { mix32 } from './hash.js';

/** Counters per chunk (log2) in the store's rows. */
const CHUNK_BITS = 10;

/** ln(df + 1) for small df: IDF is computed for every term of every article. */
const LOG_TABLE = Float64Array.from({ length: 4096 }, (_, d) => Math.log(d + 1));

export class DocumentFrequencies {
  private readonly rows: [Uint32Array, Uint32Array];
  private readonly mask: number;
  /** Number of documents counted. */
  docs = 0;
  private readonly chunkBits: number;
  /** Chunks changed since the last `takeDirty` (row 0's, then row 1's). */
  private readonly dirty: Uint8Array;
  /** The terms counted since the last `takeTerms` (once `track` is called), up to `termsKept`. */
  private terms: number[] | undefined;
  private termsKept = Infinity;
  /** More terms were counted than kept: the caller writes the chunks instead. */
  private termsOverflow = false;

  constructor(readonly log2Size = 20) {
    const n = 1 << log2Size;
    this.rows = [new Uint32Array(n), new Uint32Array(n)];
    this.mask = n - 1;
    this.chunkBits = Math.min(CHUNK_BITS, log2Size);
    this.dirty = new Uint8Array(2 << (log2Size - this.chunkBits));
  }

  /** Counts one document holding each of `terms` (each term once, whatever its count), given in one or more sets. */
  addDocument(...sets: Iterable<number>[]): void {
    const [a, b] = this.rows;
    const dirty = this.dirty;
    const bits = this.chunkBits;
    const second = dirty.length >> 1;
    let journal = this.termsOverflow ? undefined : this.terms;
    if (journal && journal.length >= this.termsKept) {
      // past the log's size the terms are not needed (the chunks are written): no longer kept
      this.termsOverflow = true;
      this.terms = [];
      journal = undefined;
    }
    for (const terms of sets) {
      for (const t of terms) {
        journal?.push(t);
        const i = t & this.mask;
        const j = mix32(t ^ 0x5bd1e995) & this.mask;
        a[i]!++;
        b[j]!++;
        dirty[i >>> bits] = 1;
        dirty[second + (j >>> bits)] = 1;
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

  /** Number of chunks (both rows). */
  get chunkCount(): number {
    return this.dirty.length;
  }

  /** Starts recording the terms counted (for `takeTerms`), at most `kept` between two takes. */
  track(kept = Infinity): void {
    this.terms ??= [];
    this.termsKept = kept;
  }

  /** The terms counted since the last call (each once per document holding it), cleared; undefined when more were counted than kept. */
  takeTerms(): number[] | undefined {
    const out = this.termsOverflow ? undefined : this.terms ?? [];
    if (this.terms) this.terms = [];
    this.termsOverflow = false;
    return out;
  }

  /** Counts the terms again as `addDocument` did (the documents themselves are in `docs`). */
  replay(terms: ArrayLike<number>): void {
    const docs = this.docs;
    this.addDocument(Array.from(terms));
    this.docs = docs;
  }

  /** The chunks changed since the last call, cleared. */
  takeDirty(): number[] {
    const out: number[] = [];
    for (let c = 0; c < this.dirty.length; c++) if (this.dirty[c] !== 0) out.push(c);
    this.dirty.fill(0);
    return out;
  }

  /** A chunk's non-zero counters (gap from the previous one, count; varints); empty when all are zero. */
  chunk(c: number): Uint8Array {
    const size = 1 << this.chunkBits;
    const perRow = this.dirty.length >> 1;
    const row = this.rows[c < perRow ? 0 : 1];
    const from = (c % perRow) * size;
    const w = new ByteWriter();
    let last = -1;
    for (let i = from; i < from + size; i++) {
      if (row[i] === 0) continue;
      w.uint(i - from - last - 1).uint(row[i]!);
      last = i - from;
    }
    return w.bytes();
  }

  /** Sets a chunk's counters from `chunk`. */
  setChunk(c: number, data: Uint8Array): void {
    const size = 1 << this.chunkBits;
    const perRow = this.dirty.length >> 1;
    const row = this.rows[c < perRow ? 0 : 1];
    const from = (c % perRow) * size;
    row.fill(0, from, from + size);
    const r = new ByteReader(data);
    let at = -1;
    while (r.offset < data.length) {
      at += r.uint() + 1;
      row[from + at] = r.uint();
    }
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
