/**
 * A fixed-size open-addressing table from a 64-bit feature fingerprint (two 32-bit halves) to a
 * number: the segmenter's weights and its dictionary. No strings are built on the hot path.
 */

const SEED_A = 0x9747b28c | 0;
const SEED_B = 0x5bd1e995 | 0;

/** One murmur3 mixing round: folds `k` into the running hash `h`. */
export function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Start values of the two independent hash halves. */
export const SEED_1 = SEED_A;
export const SEED_2 = SEED_B;

/** Second half is never 0, so (k1, k2) = (0, 0) marks an empty slot. */
export function half2(h: number): number {
  return finish(h) | 1;
}

/** The occupied entries only (the table is rebuilt on load), as base64 little-endian arrays. */
export interface TableJSON {
  count: number;
  /** Int32Array of first halves, Int32Array of second halves, Float32Array of values. */
  k1: string;
  k2: string;
  v: string;
}

export class HashTable {
  readonly mask: number;
  constructor(
    readonly k1: Int32Array,
    readonly k2: Int32Array,
    readonly v: Float32Array,
  ) {
    this.mask = k1.length - 1;
  }

  /** A table able to hold `count` entries at a load factor of at most 1/2. */
  static withCapacity(count: number): HashTable {
    let size = 16;
    while (size < count * 2) size *= 2;
    return new HashTable(new Int32Array(size), new Int32Array(size), new Float32Array(size));
  }

  /** Value stored for the fingerprint, or `missing`. */
  get(h1: number, h2: number, missing = 0): number {
    const { k1, k2, mask } = this;
    let slot = h1 & mask;
    for (;;) {
      const b = k2[slot]!;
      if (b === 0) return missing;
      if (b === h2 && k1[slot] === h1) return this.v[slot]!;
      slot = (slot + 1) & mask;
    }
  }

  /** Sets the value (the table must have room: see `withCapacity`). */
  set(h1: number, h2: number, value: number): void {
    const { k1, k2, mask } = this;
    let slot = h1 & mask;
    for (;;) {
      const b = k2[slot]!;
      if (b === 0 || (b === h2 && k1[slot] === h1)) {
        k1[slot] = h1;
        k2[slot] = h2;
        this.v[slot] = value;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Number of occupied slots. */
  count(): number {
    let n = 0;
    for (let i = 0; i < this.k2.length; i++) if (this.k2[i] !== 0) n++;
    return n;
  }

  toJSON(): TableJSON {
    const n = this.count();
    const k1 = new Int32Array(n);
    const k2 = new Int32Array(n);
    const v = new Float32Array(n);
    let j = 0;
    for (let i = 0; i < this.k2.length; i++) {
      if (this.k2[i] === 0) continue;
      k1[j] = this.k1[i]!;
      k2[j] = this.k2[i]!;
      v[j++] = this.v[i]!;
    }
    return { count: n, k1: toBase64(k1), k2: toBase64(k2), v: toBase64(v) };
  }

  static fromJSON(json: TableJSON): HashTable {
    const k1 = new Int32Array(fromBase64(json.k1, json.count * 4));
    const k2 = new Int32Array(fromBase64(json.k2, json.count * 4));
    const v = new Float32Array(fromBase64(json.v, json.count * 4));
    const table = HashTable.withCapacity(json.count);
    for (let i = 0; i < json.count; i++) table.set(k1[i]!, k2[i]!, v[i]!);
    return table;
  }
}

function toBase64(a: Int32Array | Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function fromBase64(s: string, bytes: number): ArrayBuffer {
  const buf = Buffer.from(s, 'base64');
  if (buf.length !== bytes) throw new Error(`segment model: table of ${buf.length} bytes, expected ${bytes}`);
  const out = new ArrayBuffer(bytes);
  new Uint8Array(out).set(buf);
  return out;
}
