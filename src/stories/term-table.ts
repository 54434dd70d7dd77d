/**
 * A map from 32-bit term hashes to numbers, open addressing in typed arrays: the centroid lookups
 * are the inner loop of clustering, and this is several times faster than a `Map` there.
 * An absent term reads as 0.
 */
export class TermTable {
  private keys: Uint32Array;
  private values: Float64Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(capacity = 16) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.keys = new Uint32Array(n);
    this.values = new Float64Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
  }

  get(key: number): number {
    const keys = this.keys;
    const used = this.used;
    let i = (key ^ (key >>> 16)) & this.mask;
    while (used[i] === 1) {
      if (keys[i] === key >>> 0) return this.values[i]!;
      i = (i + 1) & this.mask;
    }
    return 0;
  }

  /** Adds `delta` to the value of `key` and returns the previous value. */
  add(key: number, delta: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const k = key >>> 0;
    let i = (k ^ (k >>> 16)) & this.mask;
    while (this.used[i] === 1) {
      if (this.keys[i] === k) {
        const old = this.values[i]!;
        this.values[i] = old + delta;
        return old;
      }
      i = (i + 1) & this.mask;
    }
    this.used[i] = 1;
    this.keys[i] = k;
    this.values[i] = delta;
    this.size++;
    return 0;
  }

  /** Entries, in table order (callers sort when order matters). */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.used[i] === 1) out.push([this.keys[i]!, this.values[i]!]);
    return out;
  }

  /** Visits every entry. */
  forEach(fn: (key: number, value: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.used[i] === 1) fn(this.keys[i]!, this.values[i]!);
  }

  /** Exact snapshot: capacity and `[slot, key, value]` of each used slot (restores the same layout). */
  toJSON(): { capacity: number; slots: [number, number, number][] } {
    const slots: [number, number, number][] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.used[i] === 1) slots.push([i, this.keys[i]!, this.values[i]!]);
    return { capacity: this.keys.length, slots };
  }

  static fromJSON(json: { capacity: number; slots: [number, number, number][] }): TermTable {
    const t = new TermTable(1);
    t.keys = new Uint32Array(json.capacity);
    t.values = new Float64Array(json.capacity);
    t.used = new Uint8Array(json.capacity);
    t.mask = json.capacity - 1;
    for (const [i, k, v] of json.slots) {
      t.used[i] = 1;
      t.keys[i] = k;
      t.values[i] = v;
    }
    t.size = json.slots.length;
    return t;
  }

  static from(entries: readonly (readonly [number, number])[]): TermTable {
    const t = new TermTable(entries.length);
    for (const [k, v] of entries) t.add(k, v);
    return t;
  }

  private grow(): void {
    const old = this.entries();
    const n = this.keys.length * 2;
    this.keys = new Uint32Array(n);
    this.values = new Float64Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
    this.size = 0;
    for (const [k, v] of old) this.add(k, v);
  }
}
