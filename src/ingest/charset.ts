/**
 * The character set a page or feed declares (`<meta charset>`, `<meta http-equiv content="…;
 * charset=…">`, `<?xml encoding="…"?>`), and decoding that trusts it only as far as the bytes agree:
 * a page that says UTF-8 but is not is detected instead, with a warning.
 */
import { decodeAny, type AnyEncoding, type DecodedAny } from '../text/legacy.js';

const NAMES: Record<string, AnyEncoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
  'windows-1258': 'windows-1258', cp1258: 'windows-1258', 'x-cp1258': 'windows-1258',
  tcvn: 'tcvn3', tcvn3: 'tcvn3', 'tcvn-3': 'tcvn3', 'tcvn5712': 'tcvn3', vni: 'vni', 'vni-windows': 'vni',
};

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
  const declared = name ? NAMES[name] : undefined;
  if (declared === 'utf-8' || !declared) {
    const r = decodeAny(bytes);
    if (name && !declared && r.encoding !== 'utf-8') r.warnings.push(`declared charset "${name}" is not one we read; detected ${r.encoding}`);
    if (declared === 'utf-8' && r.encoding !== 'utf-8' && r.encoding !== 'utf-16le' && r.encoding !== 'utf-16be') {
      r.warnings.push(`declared UTF-8, but the bytes are not: detected ${r.encoding}`);
    }
    return r;
  }
  return decodeAny(bytes, { encoding: declared });
}
