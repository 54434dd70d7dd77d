/**
 * Offset maps: how a derived string (normalised, cleaned) points back to the string it came from.
 *
 * All offsets are UTF-16 code units (JavaScript string indices), `start` inclusive, `end` exclusive.
 * A map is a list of segments. An `identity` segment copies its source one unit for one unit (so any
 * offset inside maps exactly); a `replace` segment stands for a source range as a whole (a dropped
 * zero-width character, a re-composed letter, an inserted block separator), so an offset inside it
 * maps to the start of its source range, or to its end when the offset is used as a span end.
 */

export interface OffsetMapJSON {
  /** Flat segment table: [outStart, srcStart, outLen, srcLen, kind(0 identity, 1 replace)] repeated. */
  segments: number[];
  outLength: number;
  srcLength: number;
}

export class OffsetMap {
  private constructor(
    private readonly seg: Int32Array,
    readonly outLength: number,
    readonly srcLength: number,
  ) {}

  static identity(length: number): OffsetMap {
    return new OffsetMap(Int32Array.from([0, 0, length, length, 0]), length, length);
  }

  static fromJSON(json: OffsetMapJSON): OffsetMap {
    return new OffsetMap(Int32Array.from(json.segments), json.outLength, json.srcLength);
  }

  toJSON(): OffsetMapJSON {
    return { segments: Array.from(this.seg), outLength: this.outLength, srcLength: this.srcLength };
  }

  /** Number of segments; a map with one identity segment is a plain copy. */
  get size(): number {
    return this.seg.length / 5;
  }

  /** Maps an offset in the derived string to the source string. */
  toSource(offset: number, side: 'start' | 'end' = 'start'): number {
    if (offset < 0 || offset > this.outLength) throw new RangeError(`offset ${offset} outside 0..${this.outLength}`);
    const n = this.size;
    if (n === 0) return 0;
    // Last segment whose outStart <= offset (for an end offset, the segment that the offset closes).
    let lo = 0;
    let hi = n - 1;
    const probe = side === 'end' && offset > 0 ? offset - 1 : offset;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.seg[mid * 5]! <= probe) lo = mid;
      else hi = mid - 1;
    }
    const i = lo * 5;
    const outStart = this.seg[i]!;
    const srcStart = this.seg[i + 1]!;
    const outLen = this.seg[i + 2]!;
    const srcLen = this.seg[i + 3]!;
    if (offset >= outStart + outLen && side === 'start') return srcStart + srcLen;
    if (this.seg[i + 4] === 0) return srcStart + Math.min(offset - outStart, srcLen);
    if (side === 'end') return offset > outStart ? srcStart + srcLen : srcStart;
    return offset === outStart + outLen ? srcStart + srcLen : srcStart;
  }

  /** This map followed by `inner` (which maps this map's source to an earlier source). */
  compose(inner: OffsetMap): OffsetMap {
    const b = new MapBuilder();
    for (let i = 0; i < this.seg.length; i += 5) {
      const [outStart, srcStart, outLen, srcLen, kind] = [
        this.seg[i]!, this.seg[i + 1]!, this.seg[i + 2]!, this.seg[i + 3]!, this.seg[i + 4]!,
      ];
      if (kind === 1) {
        const s = inner.toSource(srcStart, 'start');
        const e = srcLen === 0 ? s : inner.toSource(srcStart + srcLen, 'end');
        b.replace(outLen, s, e);
        continue;
      }
      // An identity run: split it where the inner map changes segment.
      let pos = 0;
      while (pos < outLen) {
        const piece = inner.segmentAt(srcStart + pos);
        const pieceEnd = Math.min(outLen, piece.outStart + piece.outLen - srcStart);
        const len = Math.max(1, pieceEnd - pos);
        if (piece.kind === 0) b.identity(len, piece.srcStart + (srcStart + pos - piece.outStart));
        else b.replace(len, inner.toSource(srcStart + pos, 'start'), inner.toSource(srcStart + pos + len, 'end'));
        pos += len;
      }
    }
    return b.build(inner.srcLength);
  }

  private segmentAt(offset: number): { outStart: number; srcStart: number; outLen: number; kind: number } {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.seg[mid * 5]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const i = lo * 5;
    return { outStart: this.seg[i]!, srcStart: this.seg[i + 1]!, outLen: this.seg[i + 2]!, kind: this.seg[i + 4]! };
  }
}

/** Builds an OffsetMap while a derived string is written piece by piece. */
export class MapBuilder {
  private seg: number[] = [];
  private out = 0;

  /** `len` units copied one for one from the source, starting at `srcStart`. */
  identity(len: number, srcStart: number): void {
    if (len <= 0) return;
    const n = this.seg.length;
    // Extend the previous identity segment when this one continues it.
    if (n > 0 && this.seg[n - 1] === 0 && this.seg[n - 4]! + this.seg[n - 2]! === srcStart) {
      this.seg[n - 3]! += len;
      this.seg[n - 2]! += len;
    } else {
      this.seg.push(this.out, srcStart, len, len, 0);
    }
    this.out += len;
  }

  /** `len` output units standing for the source range [srcStart, srcEnd) as a whole. */
  replace(len: number, srcStart: number, srcEnd: number): void {
    if (len === 0 && srcEnd === srcStart) return;
    this.seg.push(this.out, srcStart, len, srcEnd - srcStart, 1);
    this.out += len;
  }

  get length(): number {
    return this.out;
  }

  build(srcLength: number): OffsetMap {
    return OffsetMap.fromJSON({ segments: this.seg, outLength: this.out, srcLength });
  }
}
