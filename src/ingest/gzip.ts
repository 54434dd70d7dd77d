/**
 * `.gz` inputs: bytes that start with the gzip signature are inflated, up to a size cap, so that a
 * small "gzip bomb" (a few kB inflating to gigabytes) is refused instead of filling memory.
 */
import { gunzipSync } from 'node:zlib';

/** Inflated size above which a gzip input is refused (a news page or feed is far smaller). */
export const DEFAULT_MAX_GUNZIPPED = 64 * 1024 * 1024;

export type Gunzipped =
  | { ok: true; bytes: Uint8Array; gzipped: boolean }
  | { ok: false; code: 'too-large' | 'corrupt'; reason: string };

/** True when the bytes start with the gzip signature (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Inflates gzip data, or returns other bytes unchanged. Never inflates past `maxBytes`. */
export function maybeGunzip(bytes: Uint8Array, opts: { maxBytes?: number } = {}): Gunzipped {
  if (!isGzip(bytes)) return { ok: true, bytes, gzipped: false };
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_GUNZIPPED;
  try {
    const out = gunzipSync(bytes, { maxOutputLength: maxBytes });
    return { ok: true, bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), gzipped: true };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      return { ok: false, code: 'too-large', reason: `gzip data inflates past ${maxBytes} bytes: refused (gzip bomb?)` };
    }
    return { ok: false, code: 'corrupt', reason: `not readable gzip data (${e instanceof Error ? e.message : String(e)})` };
  }
}
