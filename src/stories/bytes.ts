import { endianness } from 'node:os';

/** Typed arrays are copied as bytes on little-endian machines (all Node runs on, in practice). */
const LE = endianness() === 'LE';

/**
 * A compact binary layout for the rows of the clusterer's state (`rows.ts`): unsigned varints,
 * float64 and int32 arrays (exact), UTF-8 strings; little-endian on every machine.
 */

export class ByteWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  private at = 0;

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.at + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  /** An unsigned integer below 2^53, 7 bits a byte. */
  uint(x: number): this {
    this.room(8);
    while (x >= 0x80) {
      this.buf[this.at++] = (x % 0x80) | 0x80;
      x = Math.floor(x / 0x80);
    }
    this.buf[this.at++] = x;
    return this;
  }

  f64(x: number): this {
    this.room(8);
    this.view.setFloat64(this.at, x, true);
    this.at += 8;
    return this;
  }

  i32(x: number): this {
    this.room(4);
    this.view.setInt32(this.at, x | 0, true);
    this.at += 4;
    return this;
  }

  /** A number or nothing (a flag byte first). */
  maybe(x: number | undefined): this {
    this.uint(x === undefined ? 0 : 1);
    return x === undefined ? this : this.f64(x);
  }

  str(s: string): this {
    const bytes = Buffer.from(s, 'utf8');
    this.uint(bytes.length);
    this.room(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
    return this;
  }

  f64s(a: ArrayLike<number>): this {
    this.uint(a.length);
    this.room(8 * a.length);
    if (LE) this.copy(a instanceof Float64Array ? a : Float64Array.from(a));
    else for (let i = 0; i < a.length; i++) this.view.setFloat64(this.at + 8 * i, a[i]!, true);
    this.at += 8 * a.length;
    return this;
  }

  /** 32-bit integers (signed or unsigned: the bits are kept; read back as int32 or uint32). */
  i32s(a: ArrayLike<number>): this {
    this.uint(a.length);
    this.room(4 * a.length);
    if (LE) this.copy(a instanceof Int32Array || a instanceof Uint32Array ? a : Int32Array.from(a, (x) => x | 0));
    else for (let i = 0; i < a.length; i++) this.view.setInt32(this.at + 4 * i, a[i]! | 0, true);
    this.at += 4 * a.length;
    return this;
  }

  private copy(a: Float64Array | Int32Array | Uint32Array): void {
    this.buf.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), this.at);
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.at);
  }
}

export class ByteReader {
  private readonly view: DataView;
  private at = 0;

  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  /** Bytes read so far. */
  get offset(): number {
    return this.at;
  }

  uint(): number {
    let x = 0;
    let scale = 1;
    for (;;) {
      const b = this.buf[this.at++]!;
      x += (b & 0x7f) * scale;
      if (b < 0x80) return x;
      scale *= 0x80;
    }
  }

  f64(): number {
    const x = this.view.getFloat64(this.at, true);
    this.at += 8;
    return x;
  }

  i32(): number {
    const x = this.view.getInt32(this.at, true);
    this.at += 4;
    return x;
  }

  maybe(): number | undefined {
    return this.uint() === 0 ? undefined : this.f64();
  }

  str(): string {
    const n = this.uint();
    const s = Buffer.from(this.buf.buffer, this.buf.byteOffset + this.at, n).toString('utf8');
    this.at += n;
    return s;
  }

  f64s(): Float64Array {
    const n = this.uint();
    let out: Float64Array;
    if (LE) out = new Float64Array(this.copied(8 * n));
    else {
      out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = this.view.getFloat64(this.at + 8 * i, true);
    }
    this.at += 8 * n;
    return out;
  }

  i32s(): Int32Array {
    const n = this.uint();
    let out: Int32Array;
    if (LE) out = new Int32Array(this.copied(4 * n));
    else {
      out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = this.view.getInt32(this.at + 4 * i, true);
    }
    this.at += 4 * n;
    return out;
  }

  /** The next `n` bytes in a buffer of their own (aligned; a Buffer's `slice` would share its pool). */
  private copied(n: number): ArrayBuffer {
    return new Uint8Array(this.buf.subarray(this.at, this.at + n)).buffer;
  }

  u32s(): Uint32Array {
    return new Uint32Array(this.i32s().buffer);
  }
}
