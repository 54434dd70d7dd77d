/**
 * Bytes to text: UTF-8 (with or without a byte-order mark) and UTF-16 (LE or BE, with a BOM, or
 * without one when the zero bytes give it away). Binary data and invalid UTF-8 are refused with a
 * reason, never decoded into replacement characters silently.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean; warning?: string }
  | { ok: false; reason: string; code: 'empty' | 'binary' | 'invalid-utf8' };

const BINARY_SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or DOCX/XLSX)'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
];

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty', reason: 'the file is empty (0 bytes)' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes, true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', true);
  for (const [sig, what] of BINARY_SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return { ok: false, code: 'binary', reason: `binary data: looks like ${what}` };
  }
  // UTF-16 without a BOM: text in Latin scripts has a zero in every other byte.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  const half = sample.length / 2;
  if (sample.length >= 4 && oddZeros > half * 0.3 && evenZeros === 0) return decodeUtf16(bytes, 'utf-16le', false);
  if (sample.length >= 4 && evenZeros > half * 0.3 && oddZeros === 0) return decodeUtf16(bytes, 'utf-16be', false);
  if (evenZeros + oddZeros > 0 || controls > sample.length * 0.05) {
    return { ok: false, code: 'binary', reason: 'binary data: control characters or zero bytes where text was expected' };
  }
  return decodeUtf8(bytes, false);
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): Decoded {
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8', bom };
  } catch {
    const at = firstInvalidUtf8(bytes);
    if (cutInsideCharacter(bytes, at)) {
      // a file cut short (a download or a copy interrupted): the text is good up to the cut
      const n = bytes.length - at;
      return {
        ok: true,
        text: `${utf8.decode(bytes.subarray(0, at))}\uFFFD`,
        encoding: 'utf-8',
        bom,
        warning: `the file ends inside a UTF-8 character (cut short?): its last ${n} byte${n === 1 ? '' : 's'} became U+FFFD`,
      };
    }
    return {
      ok: false,
      code: 'invalid-utf8',
      reason: `not valid UTF-8 (first bad byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at})`,
    };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): Decoded {
  let body = bom ? bytes.subarray(2) : bytes;
  if (body.length % 2 === 1) body = body.subarray(0, body.length - 1);
  let text: string;
  if (encoding === 'utf-16le') text = new TextDecoder('utf-16le').decode(body);
  else {
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    text = new TextDecoder('utf-16le').decode(swapped);
  }
  if (text.length === 0) return { ok: false, code: 'empty', reason: 'the file holds only a byte-order mark' };
  return { ok: true, text, encoding, bom };
}

/** True when the only flaw is a multi-byte sequence begun at `at` and cut by the end of the bytes. */
function cutInsideCharacter(bytes: Uint8Array, at: number): boolean {
  const b = bytes[at]!;
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
  if (need === 0 || at + need < bytes.length) return false;
  for (let i = at + 1; i < bytes.length; i++) if ((bytes[i]! & 0xc0) !== 0x80) return false;
  return true;
}

/** Offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
