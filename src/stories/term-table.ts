/**
 * A map from 32-bit term hashes to two numbers, open addressing in one typed array: the centroid
 * lookups are the inner loop of clustering, and this is several times faster than a `Map` there.
 * Each slot holds `key + 1` (0: empty), the value and a second value side by side, so a probe reads
 * one cache line. An absent term reads as 0.
 */
import type { ByteReader, ByteWriter } from './bytes.js';

const STRIDE = 3;

export interface TermTableJSON {
  capacity: number;
  /** `[slot, key, value]` of each used slot. */
  slots: [number, number, number][];
}

export class TermTable {
  private cells: Float64Array;
  private mask: number;
  size = 0;

  constructor(capacity = 16) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.cells = new Float64Array(n * STRIDE);
    this.mask = n - 1;
  }

  /** Number of slots. */
  get capacity(): number {
    return this.mask + 1;
  }

  /** The value of `key` (0 when absent); second values are read with `forEach`. */
  get(key: number): number {
    const cells = this.cells;
    const k = (key >>> 0) + 1;
    let i = (key ^ (key >>> 16)) & this.mask;
    for (;;) {
      const at = cells[i * STRIDE]!;
      if (at === k) return cells[i * STRIDE + 1]!;
      if (at === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }

  /** Adds `delta` to the value of `key` (and `delta2` to its second value); returns the previous value. */
  add(key: number, delta: number, delta2 = 0): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const cells = this.cells;
    const k = (key >>> 0) + 1;
    let i = (key ^ (key >>> 16)) & this.mask;
    for (;;) {
      const j = i * STRIDE;
      const at = cells[j]!;
      if (at === k) {
        const old = cells[j + 1]!;
        cells[j + 1] = old + delta;
        cells[j + 2] = cells[j + 2]! + delta2;
        return old;
      }
      if (at === 0) {
        cells[j] = k;
        cells[j + 1] = delta;
        cells[j + 2] = delta2;
        this.size++;
        return 0;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** `[key, value]` of each entry, in table order (callers sort when order matters). */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    this.forEach((k, v) => out.push([k, v]));
    return out;
  }

  /** Visits every entry: key, value, second value. */
  forEach(fn: (key: number, value: number, value2: number) => void): void {
    const cells = this.cells;
    for (let j = 0; j < cells.length; j += STRIDE) if (cells[j] !== 0) fn(cells[j]! - 1, cells[j + 1]!, cells[j + 2]!);
  }

  /** Exact snapshot of the values (or, with `second`, of the second values): restores the same layout. */
  toJSON(second = false): TermTableJSON {
    const slots: [number, number, number][] = [];
    const cells = this.cells;
    for (let j = 0; j < cells.length; j += STRIDE) if (cells[j] !== 0) slots.push([j / STRIDE, cells[j]! - 1, cells[j + (second ? 2 : 1)]!]);
    return { capacity: this.mask + 1, slots };
  }

  /** Restores `toJSON()`; `second`, a `toJSON(true)` of the same table, restores the second values. */
  static fromJSON(json: TermTableJSON, second?: TermTableJSON): TermTable {
    const t = new TermTable(1);
    t.cells = new Float64Array(json.capacity * STRIDE);
    t.mask = json.capacity - 1;
    for (const [i, k, v] of json.slots) {
      t.cells[i * STRIDE] = (k >>> 0) + 1;
      t.cells[i * STRIDE + 1] = v;
    }
    if (second && second.capacity === json.capacity) {
      for (const [i, k, v] of second.slots) if (t.cells[i * STRIDE] === (k >>> 0) + 1) t.cells[i * STRIDE + 2] = v;
    }
    t.size = json.slots.length;
    return t;
  }

  /** Writes the table exactly (its layout, values and second values), for the state's rows. */
  write(w: ByteWriter): void {
    const cells = this.cells;
    const slots = new Int32Array(this.size);
    const keys = new Uint32Array(this.size);
    const values = new Float64Array(this.size);
    const second = new Float64Array(this.size);
    let k = 0;
    for (let j = 0; j < cells.length; j += STRIDE) {
      if (cells[j] === 0) continue;
      slots[k] = j / STRIDE;
      keys[k] = cells[j]! - 1;
      values[k] = cells[j + 1]!;
      second[k++] = cells[j + 2]!;
    }
    w.uint(this.mask + 1).i32s(slots).i32s(keys).f64s(values).f64s(second);
  }

  /** Reads a table written by `write`. */
  static read(r: ByteReader): TermTable {
    const t = new TermTable(1);
    const capacity = r.uint();
    t.cells = new Float64Array(capacity * STRIDE);
    t.mask = capacity - 1;
    const slots = r.i32s();
    const keys = r.u32s();
    const values = r.f64s();
    const second = r.f64s();
    for (let k = 0; k < slots.length; k++) {
      const j = slots[k]! * STRIDE;
      t.cells[j] = keys[k]! + 1;
      t.cells[j + 1] = values[k]!;
      t.cells[j + 2] = second[k]!;
    }
    t.size = slots.length;
    return t;
  }

  static from(entries: readonly (readonly [number, number, number?])[]): TermTable {
    const t = new TermTable(entries.length);
    for (const [k, v, v2] of entries) t.add(k, v, v2 ?? 0);
    return t;
  }

  private grow(): void {
    const old = this.cells;
    const n = (this.mask + 1) * 2;
    this.cells = new Float64Array(n * STRIDE);
    this.mask = n - 1;
    this.size = 0;
    for (let j = 0; j < old.length; j += STRIDE) if (old[j] !== 0) this.add(old[j]! - 1, old[j + 1]!, old[j + 2]!);
  }
}
