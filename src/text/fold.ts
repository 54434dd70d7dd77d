/**
 * Folding for search: lower case, marks removed, `đ`→`d`. `Tập Cận Bình`, `TẬP CẬN BÌNH` and
 * `tap can binh` all fold to `tap can binh`.
 *
 * For NFC text in Latin scripts the fold keeps the length (one UTF-16 unit for one), so an offset in
 * the folded string is an offset in the original; characters whose fold would change the length
 * (a stray combining mark, `ß`, ligatures) are kept as lower case instead of being expanded.
 */

// The fold of each UTF-16 unit, filled on first use: 0 = not computed yet.
const TABLE = new Uint16Array(65536);

function foldUnit(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  if (lower === 'đ') return 0x64;
  const stripped = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (stripped.length === 1) return stripped.charCodeAt(0);
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

const CHUNK = 4096;
const buffer = new Uint16Array(CHUNK);

/** Folds a string; the result has the same length as the input. */
export function fold(text: string): string {
  const n = text.length;
  let out = '';
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let f: number;
      if (c < 0x80) f = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      else if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x300 && c <= 0x36f)) f = c; // surrogates, lone marks: kept
      else {
        f = TABLE[c]!;
        if (f === 0) TABLE[c] = f = foldUnit(c);
      }
      buffer[i - start] = f;
    }
    out += String.fromCharCode.apply(null, buffer.subarray(0, end - start) as unknown as number[]);
  }
  return out;
}

/** True when the string carries any diacritic or `đ` that folding would remove. */
export function hasMarks(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}
