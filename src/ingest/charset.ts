/**
 * The character set a page or feed declares (`<meta charset>`, `<meta http-equiv content="…;
 * charset=…">`, `<?xml encoding="…"?>`), and decoding that trusts it only as far as the bytes agree:
 * a page that says UTF-8 (or Latin-1, the default of old pages) but is not is detected instead, and
 * one whose declared Vietnamese encoding gives no Vietnamese is detected too, with a warning.
 */
import { decodeAny, encodingByName, type DecodedAny } from '../text/legacy.js';

/** The declared charset in the first 4 kB, as named, lower-cased; undefined when none. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 4096)));
  const m =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Decodes a page or feed: its declared charset when the bytes agree, else detection. */
export function decodeDeclared(bytes: Uint8Array): DecodedAny {
  const name = declaredCharset(bytes);
  const declared = name ? encodingByName(name) : undefined;
  // Latin-1 is what pages declare by default (and often wrongly): the bytes decide, Windows-1252 last
  if (declared === 'utf-8' || declared === 'windows-1252' || !declared) {
    const r = decodeAny(bytes);
    if (name && !declared && r.encoding !== 'utf-8') r.warnings.push(`declared charset "${name}" is not one we read; detected ${r.encoding}`);
    if (declared === 'utf-8' && r.encoding !== 'utf-8' && r.encoding !== 'utf-16le' && r.encoding !== 'utf-16be') {
      r.warnings.push(`declared UTF-8, but the bytes are not: detected ${r.encoding}`);
    }
    return r;
  }
  const r = decodeAny(bytes, { encoding: declared });
  if (r.confidence >= 0.5) return r;
  const detected = decodeAny(bytes);
  if (!detected.ok || detected.confidence <= r.confidence) return r;
  detected.warnings.push(`declared ${declared}, but the text reads as Vietnamese only in ${detected.encoding}: decoded as ${detected.encoding}`);
  return detected;
}
