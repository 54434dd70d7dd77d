/**
 * Legacy Vietnamese encodings: Windows-1258 (through iconv-lite; its tone marks are combining
 * characters, composed to NFC here), TCVN3 (ABC) and VNI (tables in legacy-tables.ts). Which one a
 * file is in is found by decoding it each way and counting how many of the words that come out
 * are Vietnamese syllables; lines in UTF-8 among legacy lines are decoded as UTF-8, and said so.
 */
import iconv from 'iconv-lite';
import { decode } from './decode.js';
import { TCVN3, VNI_LETTERS, VNI_MARKS } from './legacy-tables.js';
import { isVietnameseSyllable } from './syllable-check.js';

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';
export type AnyEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

export interface DecodeAnyOptions {
  /** Decode as this encoding, without detection. */
  encoding?: AnyEncoding;
}

export interface DecodedAny {
  /** False when the bytes are not text, or no encoding gives Vietnamese-looking text (then `text` is the best guess). */
  ok: boolean;
  text: string;
  /** The encoding used; `mixed` when lines were decoded from different encodings (see `parts`). */
  encoding: AnyEncoding | 'mixed';
  /** 0..1: share of the decoded words with marks that are Vietnamese syllables (1 for UTF-8/16 and plain ASCII). */
  confidence: number;
  warnings: string[];
  /** Lines per encoding, for mixed input. */
  parts?: Partial<Record<AnyEncoding, number>>;
}

const MIN_CONFIDENCE = 0.5;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1Fallback = new TextDecoder('windows-1252');

/** Bytes to text in any encoding a Vietnamese file is likely to be in. */
export function decodeAny(bytes: Uint8Array, opts: DecodeAnyOptions = {}): DecodedAny {
  if (opts.encoding) return decodeAs(bytes, opts.encoding);
  const d = decode(bytes);
  if (d.ok) return { ok: true, text: d.text, encoding: d.encoding, confidence: 1, warnings: [] };
  if (d.code !== 'invalid-utf8') return { ok: false, text: '', encoding: 'utf-8', confidence: 0, warnings: [d.reason] };
  return detectLegacy(bytes);
}

/** Decodes with a named encoding; warns when the result does not look Vietnamese. */
function decodeAs(bytes: Uint8Array, encoding: AnyEncoding): DecodedAny {
  const warnings: string[] = [];
  let text: string;
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    text = new TextDecoder(encoding).decode(bytes);
    if (text.includes('\uFFFD')) warnings.push(`bytes that are not ${encoding} were replaced by U+FFFD`);
  } else text = decodeLegacy(bytes, encoding);
  const s = vietnameseScore(text);
  if (s.words > 0 && s.score < MIN_CONFIDENCE) {
    warnings.push(`decoded as ${encoding} as asked, but only ${Math.round(s.score * 100)}% of the words with marks are Vietnamese syllables`);
  }
  return { ok: true, text, encoding, confidence: s.words > 0 ? s.score : 1, warnings };
}

/** Decodes bytes known to be in a legacy encoding. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'windows-1258':
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258').normalize('NFC');
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes);
  }
}

function detectLegacy(bytes: Uint8Array): DecodedAny {
  // Lines that are valid UTF-8 with non-ASCII characters are UTF-8 lines in a legacy file.
  const lines = splitLines(bytes);
  const kinds = lines.map((l) => lineKind(l));
  const legacyBytes = concat(lines.filter((_, i) => kinds[i] === 'legacy'));
  const ranked = LEGACY_ENCODINGS.map((enc) => ({ enc, ...vietnameseScore(decodeLegacy(legacyBytes, enc)) })).sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  const second = ranked[1]!;
  const warnings: string[] = [];
  const utf8Lines = kinds.filter((k) => k === 'utf8').length;
  const legacyLines = kinds.filter((k) => k === 'legacy').length;
  const text = lines
    .map((l, i) => (kinds[i] === 'legacy' ? decodeLegacy(l, best.enc) : utf8.decode(l)))
    .join('\n');
  if (utf8Lines > 0) warnings.push(`mixed encodings: ${utf8Lines} line(s) in UTF-8, ${legacyLines} in ${best.enc}; each line decoded from its own`);
  let ok = true;
  if (best.words === 0) {
    ok = false;
    warnings.push('not UTF-8, and no legacy encoding gives Vietnamese words: encoding undecidable');
  } else if (best.score < MIN_CONFIDENCE) {
    ok = false;
    warnings.push(`not UTF-8; best guess ${best.enc} gives only ${Math.round(best.score * 100)}% Vietnamese syllables: encoding undecidable, pass an encoding to force one`);
  } else if (best.score - second.score < 0.1) {
    warnings.push(`hard to tell ${best.enc} (${best.score.toFixed(2)}) from ${second.enc} (${second.score.toFixed(2)})`);
  }
  // Lines that the chosen encoding leaves unreadable: say so rather than garble them silently.
  const bad = lines.filter((l, i) => kinds[i] === 'legacy' && lineLooksWrong(decodeLegacy(l, best.enc))).length;
  if (ok && bad > 0) warnings.push(`${bad} line(s) do not read as Vietnamese in ${best.enc}: maybe another encoding`);
  const result: DecodedAny = { ok, text, encoding: utf8Lines > 0 ? 'mixed' : best.enc, confidence: best.score, warnings };
  if (utf8Lines > 0) result.parts = { 'utf-8': utf8Lines, [best.enc]: legacyLines };
  return result;
}

type LineKind = 'ascii' | 'utf8' | 'legacy';

function lineKind(line: Uint8Array): LineKind {
  let high = false;
  for (let i = 0; i < line.length; i++) if (line[i]! >= 0x80) {
    high = true;
    break;
  }
  if (!high) return 'ascii';
  try {
    utf8.decode(line);
    return 'utf8';
  } catch {
    return 'legacy';
  }
}

function lineLooksWrong(text: string): boolean {
  const s = vietnameseScore(text);
  return s.words >= 3 && s.score < 0.34;
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  out.push(bytes.subarray(start));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const n = parts.reduce((s, p) => s + p.length + 1, 0);
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
    out[at++] = 0x0a;
  }
  return out;
}

// ---- scoring

// Letters of Vietnamese (any case, any tone), and punctuation a Vietnamese text may hold.
const VIET_LETTER = /[a-zA-ZđĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/;
const FINE_SYMBOL = /[\s\p{N}!-/:-@[-`{-~“”‘’–—…•·«»°€£©®™§¶]/u;

/** How Vietnamese a decoded text looks: the share of its words with marks that are syllables, debris characters counting against it. */
export function vietnameseScore(text: string): { score: number; words: number } {
  let words = 0;
  let valid = 0;
  let debris = 0;
  const re = /[\p{L}\p{M}]+/gu;
  let m: RegExpExecArray | null;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  while ((m = re.exec(sample)) !== null) {
    const w = m[0];
    if (/^[a-zA-Z]+$/.test(w)) continue; // plain ASCII: the same in every encoding
    words++;
    if (isVietnameseSyllable(w)) valid++;
  }
  for (const ch of sample) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (!VIET_LETTER.test(ch) && !FINE_SYMBOL.test(ch)) debris++;
  }
  const n = words + debris;
  return { score: n === 0 ? 0 : valid / n, words };
}

// ---- TCVN3

const TCVN3_DECODE: string[] = [];
for (let b = 0; b < 256; b++) TCVN3_DECODE[b] = TCVN3[b] ?? (b < 0x80 ? String.fromCharCode(b) : latin1Fallback.decode(new Uint8Array([b])));

/** TCVN3 bytes to text; words typed in capitals with the ABC "H" fonts get their capitals back. */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += TCVN3_DECODE[bytes[i]!]!;
  // `TậP CậN BìNH` (capitals font, lower-case codes) → `TẬP CẬN BÌNH`
  return out.replace(/[\p{L}]+/gu, (w) => {
    let upper = 0;
    let asciiLower = 0;
    for (const ch of w) {
      if (ch >= 'a' && ch <= 'z') asciiLower++;
      else if (ch !== ch.toLowerCase()) upper++;
    }
    const firstUpper = w[0] !== w[0]!.toLowerCase();
    // `Hồ` is title case (one capital, first); `ủY`, `TậP` are capitals
    const capitals = asciiLower === 0 && w.length >= 2 && (upper >= 2 || (upper === 1 && !firstUpper));
    return capitals && w !== w.toUpperCase() ? w.toUpperCase() : w;
  });
}

// ---- VNI

const SHAPE_MARK = { circumflex: '\u0302', breve: '\u0306' } as const;
const TONE_MARK = { grave: '\u0300', acute: '\u0301', hook: '\u0309', tilde: '\u0303', dot: '\u0323' } as const;

function vniMark(b: number): (typeof VNI_MARKS)[number] | undefined {
  return VNI_MARKS[b] ?? VNI_MARKS[b + 0x20];
}

function vniLetter(b: number): string | undefined {
  const lower = VNI_LETTERS[b];
  if (lower) return lower;
  const upper = VNI_LETTERS[b + 0x20];
  return upper ? upper.toUpperCase() : undefined;
}

/** VNI bytes to text: a base letter and the mark byte after it become one letter. */
export function decodeVni(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    let base: string | undefined;
    if (b < 0x80) base = String.fromCharCode(b);
    else base = vniLetter(b);
    if (base === undefined) {
      out += latin1Fallback.decode(bytes.subarray(i, i + 1));
      continue;
    }
    const next = bytes[i + 1];
    const mark = next !== undefined && next >= 0x80 ? vniMark(next) : undefined;
    if (mark && fits(base, mark)) {
      out += (base + (mark.shape ? SHAPE_MARK[mark.shape] : '') + (mark.tone ? TONE_MARK[mark.tone] : '')).normalize('NFC');
      i++;
    } else out += base;
  }
  return out;
}

/** Which base letters take which VNI marks: breve on a, circumflex on a e o, tones on any vowel. */
function fits(base: string, mark: (typeof VNI_MARKS)[number]): boolean {
  const l = base.toLowerCase();
  if (mark.shape === 'breve') return l === 'a';
  if (mark.shape === 'circumflex') return l === 'a' || l === 'e' || l === 'o';
  return 'aeiouyơư'.includes(l);
}

// ---- encoders, for tests and fixtures

/** Encodes Vietnamese text in TCVN3 (upper-case toned letters become their lower-case codes, as in the ABC fonts). */
export function encodeTcvn3(text: string): Uint8Array {
  const reverse = new Map<string, number>();
  for (const [b, ch] of Object.entries(TCVN3)) reverse.set(ch, Number(b));
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const b = reverse.get(ch) ?? reverse.get(ch.toLowerCase());
      if (b === undefined) throw new Error(`TCVN3 has no code for ${JSON.stringify(ch)}`);
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}

/** Encodes Vietnamese text in VNI-Windows. */
export function encodeVni(text: string): Uint8Array {
  const letters = new Map<string, number>();
  for (const [b, ch] of Object.entries(VNI_LETTERS)) {
    letters.set(ch, Number(b));
    letters.set(ch.toUpperCase(), Number(b) - 0x20);
  }
  const marks = new Map<string, number>();
  for (const [b, m] of Object.entries(VNI_MARKS)) marks.set(`${m.shape ?? ''}/${m.tone ?? ''}`, Number(b));
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const direct = letters.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    let base = parts[0]!;
    const upper = base !== base.toLowerCase();
    let shape = '';
    let tone = '';
    for (const mk of parts.slice(1)) {
      if (mk === '\u0302') shape = 'circumflex';
      else if (mk === '\u0306') shape = 'breve';
      else if (mk === '\u031B') base = base + mk; // horn: ơ ư are letters of their own
      else {
        const t = (Object.entries(TONE_MARK) as [string, string][]).find(([, v]) => v === mk);
        if (!t) throw new Error(`VNI has no code for ${JSON.stringify(ch)}`);
        tone = t[0];
      }
    }
    base = base.normalize('NFC');
    if (base.length > 1 || base.charCodeAt(0) >= 0x80) {
      const b = letters.get(base);
      if (b === undefined) throw new Error(`VNI has no code for ${JSON.stringify(ch)}`);
      out.push(b);
    } else out.push(base.charCodeAt(0));
    if (shape || tone) {
      // i and y with a tone have single bytes in VNI for some tones (í ì ỉ ĩ ị, ỵ)
      const single = letters.get(ch);
      if (single !== undefined) {
        out[out.length - 1] = single;
        continue;
      }
      const mb = marks.get(`${shape}/${tone}`);
      if (mb === undefined) throw new Error(`VNI has no code for ${JSON.stringify(ch)}`);
      out.push(upper ? mb - 0x20 : mb);
    }
  }
  return Uint8Array.from(out);
}

/** Encodes Vietnamese text in Windows-1258: shape letters precomposed, tones as combining marks. */
export function encodeWindows1258(text: string): Uint8Array {
  let s = '';
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((p) => /[\u0300\u0301\u0303\u0309\u0323]/.test(p));
    const rest = parts.filter((p) => !tones.includes(p)).join('').normalize('NFC');
    s += rest + tones.join('');
  }
  return Uint8Array.from(iconv.encode(s, 'windows1258'));
}
