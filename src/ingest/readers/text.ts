/**
 * The plain-text reader: bytes to text (UTF-8/16 as they are; other bytes through legacy-encoding
 * detection: Windows-1258, TCVN3, VNI; or the encoding the user named), with the metadata of the
 * sidecar `NAME.meta.json`.
 */
import type { RawInput } from '../../doc/news-doc.js';
import { Rejection } from '../../doc/stage.js';
import { decode } from '../../text/decode.js';
import { decodeAny, type AnyEncoding } from '../../text/legacy.js';
import { decodeDeclared } from '../charset.js';
import { readRecord, sidecarSchema } from '../record.js';
import { givenMeta, type Given } from './given.js';
import type { SourceRead } from './types.js';

export function readText(input: RawInput): SourceRead {
  const d = decodeBytes(input.bytes, 'text', input.encoding);
  const warnings = [...d.warnings];
  return { source: d.text, encoding: d.encoding, given: readSidecar(input, warnings), warnings };
}

/** The sidecar's metadata; an unreadable sidecar is ignored with a warning saying why. */
export function readSidecar(input: RawInput, warnings: string[]): Given {
  if (input.sidecar === undefined) return {};
  let side: unknown;
  try {
    side = JSON.parse(input.sidecar) as unknown;
  } catch (e) {
    warnings.push(`sidecar: invalid JSON (${(e as Error).message}); ignored`);
    return {};
  }
  if (typeof side !== 'object' || side === null || Array.isArray(side)) {
    warnings.push('sidecar: not a JSON object; ignored');
    return {};
  }
  return givenMeta(readRecord(side, sidecarSchema, 'sidecar', warnings), warnings, 'sidecar');
}

/**
 * Bytes of a file to text: UTF-8/16 as they are; other bytes through legacy-encoding detection; a
 * page through the charset it declares, as far as the bytes agree.
 */
export function decodeBytes(bytes: Uint8Array, format: 'text' | 'html', encoding?: string): { text: string; encoding: string; warnings: string[] } {
  if (encoding) {
    const r = decodeAny(bytes, { encoding: encoding as AnyEncoding });
    return { text: r.text, encoding: r.encoding, warnings: r.warnings };
  }
  const d = decode(bytes);
  if (d.ok) {
    if (format === 'text') return { text: d.text, encoding: d.bom ? `${d.encoding} (BOM)` : d.encoding, warnings: d.warning ? [d.warning] : [] };
  } else if (d.code !== 'invalid-utf8') throw new Rejection(d.code, d.reason);
  const r = format === 'html' ? decodeDeclared(bytes) : decodeAny(bytes);
  if (!r.ok) {
    throw new Rejection('undecidable-encoding', `${r.warnings.join('; ') || 'encoding undecidable'}; name it with --encoding (windows-1258, tcvn3, vni, viscii, windows-1252, utf-8)`);
  }
  const parts = r.parts ? ` (${Object.entries(r.parts).map(([k, v]) => `${v} lines ${k}`).join(', ')})` : '';
  return { text: r.text, encoding: `${r.encoding}${parts}`, warnings: r.warnings };
}
