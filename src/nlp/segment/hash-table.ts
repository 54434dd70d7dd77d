/**
 * A fixed-size open-addressing table from a 32-bit feature fingerprint to a number: the segmenter's
 * weights and its dictionary. No strings are built on the hot path. With some 10^5 stored keys, a
 * fingerprint that was never stored matches a stored one with probability ~10^-5 per lookup.
 */

/** One murmur3 mixing round: folds `k` into the running hash `h`. */
export function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser; never 0, which marks an empty slot. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

export const SEED = 0x9747b28c | 0;

/** The occupied entries only (the table is rebuilt on load), as base64 little-endian arrays. */
export interface TableJSON {
  count: number;
  /** Int32Array of keys and Float32Array of values. */
  keys: string;
  values: string;
}

/**
 * Keys and values interleaved in one buffer (slot i: key at 2i, value's bits at 2i + 1), so that a
 * probe reads one cache line, not one in each of two arrays: the tagger looks up some 30 feature
 * fingerprints per syllable, and these reads are most of its time.
 */
export class HashTable {
  readonly mask: number;
  /** Keys at even indices; `floats` views the same buffer, values at odd indices. */
  private readonly slots: Int32Array;
  private readonly floats: Float32Array;

  constructor(size: number) {
    this.slots = new Int32Array(size * 2);
    this.floats = new Float32Array(this.slots.buffer);
    this.mask = size - 1;
  }

  /** A table able to hold `count` entries at a load factor of at most 1/4. */
  static withCapacity(count: number): HashTable {
    let size = 16;
    while (size < count * 4) size *= 2;
    return new HashTable(size);
  }

  /** Value stored under `key`, or 0. */
  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const k = slots[slot << 1]!;
      if (k === key) return this.floats[(slot << 1) | 1]!;
      if (k === 0) return 0;
      slot = (slot + 1) & mask;
    }
  }

  /** Sets the value (the table must have room: see `withCapacity`). */
  set(key: number, value: number): void {
    const slots = this.slots;
    let slot = key & this.mask;
    for (;;) {
      const k = slots[slot << 1]!;
      if (k === 0 || k === key) {
        slots[slot << 1] = key;
        this.floats[(slot << 1) | 1] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Number of occupied slots. */
  count(): number {
    let n = 0;
    for (let i = 0; i < this.slots.length; i += 2) if (this.slots[i] !== 0) n++;
    return n;
  }

  toJSON(): TableJSON {
    const n = this.count();
    const keys = new Int32Array(n);
    const values = new Float32Array(n);
    let j = 0;
    for (let i = 0; i < this.slots.length; i += 2) {
      if (this.slots[i] === 0) continue;
      keys[j] = this.slots[i]!;
      values[j++] = this.floats[i + 1]!;
    }
    return { count: n, keys: toBase64(keys), values: toBase64(values) };
  }

  static fromJSON(json: TableJSON): HashTable {
    const keys = new Int32Array(fromBase64(json.keys, json.count * 4));
    const values = new Float32Array(fromBase64(json.values, json.count * 4));
    const table = HashTable.withCapacity(json.count);
    for (let i = 0; i < json.count; i++) table.set(keys[i]!, values[i]!);
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
