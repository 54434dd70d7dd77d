/**
 * Legacy Vietnamese encodings: Windows-1258 and VISCII (through iconv-lite; Windows-1258's tone
 * marks are combining characters, composed to NFC here), TCVN3 (ABC) and VNI (tables in
 * legacy-tables.ts). Which one a file is in is found by decoding it each way and counting how many
 * of the words that come out are Vietnamese syllables; lines in UTF-8 among legacy lines are
 * decoded as UTF-8, and said so. Text that no Vietnamese encoding makes Vietnamese is read as
 * Windows-1252 (Western European, a superset of Latin-1) when it reads as such, else refused.
 */
import iconv from 'iconv-lite';
import { decode, firstInvalidUtf8 } from './decode.js';
import { TCVN3, VNI_LETTERS, VNI_MARKS } from './legacy-tables.js';
import { isVietnameseSyllable } from './syllable-check.js';

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni' | 'viscii';
export type AnyEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding | 'windows-1252';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni', 'viscii'];
/** Every encoding a user may name (`--encoding`). */
export const ENCODINGS: readonly AnyEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', ...LEGACY_ENCODINGS, 'windows-1252'];

/** Other names of the encodings (as pages declare them and users type them). */
const ALIASES: Record<string, AnyEncoding> = {
  utf8: 'utf-8', 'utf-16': 'utf-16le', utf16: 'utf-16le', utf16le: 'utf-16le', utf16be: 'utf-16be',
  cp1258: 'windows-1258', 'x-cp1258': 'windows-1258', windows1258: 'windows-1258',
  tcvn: 'tcvn3', 'tcvn-3': 'tcvn3', tcvn5712: 'tcvn3', 'tcvn5712-1': 'tcvn3', abc: 'tcvn3',
  'vni-windows': 'vni', 'x-viet-vni': 'vni', 'x-viscii': 'viscii', 'csviscii': 'viscii',
  cp1252: 'windows-1252', windows1252: 'windows-1252', 'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252',
  latin1: 'windows-1252', 'latin-1': 'windows-1252', l1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
};

/** The encoding a name stands for (any case; `UTF8`, `cp1258`, `latin1`…), or undefined. */
export function encodingByName(name: string): AnyEncoding | undefined {
  const n = name.trim().toLowerCase();
  return (ENCODINGS as readonly string[]).includes(n) ? (n as AnyEncoding) : ALIASES[n];
}

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
const DETECT_BYTES = 256 * 1024;
const CHECK_LINES = 20_000;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1Fallback = new TextDecoder('windows-1252');

/** Bytes to text in any encoding a Vietnamese file is likely to be in. */
export function decodeAny(bytes: Uint8Array, opts: DecodeAnyOptions = {}): DecodedAny {
  if (opts.encoding) return decodeAs(bytes, opts.encoding);
  const d = decode(bytes);
  if (d.ok) return { ok: true, text: d.text, encoding: d.encoding, confidence: 1, warnings: d.warning ? [d.warning] : [] };
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
  } else if (encoding === 'windows-1252') {
    return { ok: true, text: latin1Fallback.decode(bytes), encoding, confidence: 1, warnings };
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
    case 'viscii':
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'viscii');
  }
}

function detectLegacy(bytes: Uint8Array): DecodedAny {
  // Lines that are valid UTF-8 with non-ASCII characters are UTF-8 lines in a legacy file.
  const lines = splitLines(bytes);
  const kinds = lines.map((l) => lineKind(l));
  // the encodings are told apart on the first 256 kB of legacy lines; the whole file is decoded once
  const legacyBytes = concat(firstBytes(lines.filter((_, i) => kinds[i] === 'legacy'), DETECT_BYTES));
  const ranked = LEGACY_ENCODINGS.map((enc) => ({ enc, ...vietnameseScore(decodeLegacy(legacyBytes, enc)) })).sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  const second = ranked[1]!;
  const warnings: string[] = [];
  const utf8Lines = kinds.filter((k) => k === 'utf8').length;
  const legacyLines = kinds.filter((k) => k === 'legacy').length;
  // all one encoding (the usual case): decoded in one piece; else line by line
  const text = utf8Lines === 0 ? decodeLegacy(bytes, best.enc) : lines.map((l, i) => (kinds[i] === 'legacy' ? decodeLegacy(l, best.enc) : utf8.decode(l))).join('\n');
  const decodedLines = text.split('\n');
  if (utf8Lines > 0) warnings.push(`mixed encodings: ${utf8Lines} line(s) in UTF-8, ${legacyLines} in ${best.enc}; each line decoded from its own`);
  let ok = true;
  if ((best.words === 0 || best.score < MIN_CONFIDENCE) && utf8Lines === 0) {
    const western = latin1Fallback.decode(bytes);
    if (readsAsWestern(western)) {
      return { ok: true, text: western, encoding: 'windows-1252', confidence: 1, warnings: ['not Vietnamese in any Vietnamese encoding: read as windows-1252 (Western European)'] };
    }
  }
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
  // (a long file is checked on 20,000 lines spread over it)
  const stride = Math.max(1, Math.ceil(decodedLines.length / CHECK_LINES));
  let bad = 0;
  let checked = 0;
  for (let i = 0; i < decodedLines.length; i += stride) {
    if (kinds[i] !== 'legacy') continue;
    checked++;
    if (lineLooksWrong(decodedLines[i]!)) bad++;
  }
  if (ok && bad > 0) {
    const of = stride > 1 ? ` (of ${checked} lines checked)` : '';
    warnings.push(`${bad} line(s)${of} do not read as Vietnamese in ${best.enc}: maybe another encoding`);
  }
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
  return firstInvalidUtf8(line) === line.length ? 'utf8' : 'legacy'; // (no exception per line: 10× faster)
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

function firstBytes(parts: Uint8Array[], max: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let n = 0;
  for (const p of parts) {
    if (n >= max) break;
    out.push(p);
    n += p.length + 1;
  }
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

// Non-ASCII characters a Vietnamese text may hold: its letters (any case, any tone) and punctuation.
const FINE = new Set(
  'đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ“”‘’–—…•·«»°€£©®™§¶\u00A0',
);

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
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) < 0x80) continue;
    if (!FINE.has(sample[i]!)) debris++;
  }
  const n = words + debris;
  return { score: n === 0 ? 0 : valid / n, words };
}

// Letters of Western European languages beyond ASCII, as Windows-1252 gives them, and its punctuation.
const WESTERN_LETTER = /[À-ÖØ-öø-ÿŒœŠšŽžŸƒ]/u;
const WESTERN_PUNCT = new Set('“”‘’„‚–—…•·«»°€£¥©®™§¶¢¿¡ªº±×÷²³¹¼½¾´¨¸¯¬¦†‡‰‹›ˆ˜\u00A0\u00AD');

/**
 * Whether text decoded as Windows-1252 reads as a Western European language: its non-ASCII
 * characters are letters of those languages or their punctuation, and words are mostly ASCII
 * letters (accented letters are a few per cent of French or German text; in bytes of some other
 * encoding they are most of the letters).
 */
export function readsAsWestern(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let ascii = 0;
  let accented = 0;
  let other = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ascii++;
    } else if (WESTERN_LETTER.test(ch)) accented++;
    else if (!WESTERN_PUNCT.has(ch)) other++;
  }
  return accented + other > 0 && other <= (accented + other) * 0.02 && accented <= (ascii + accented) * 0.25;
}

// ---- TCVN3

// Every letter either encoding yields is one UTF-16 code unit, so decoding writes code units into
// a Uint16Array and makes one string of it (building the string a character at a time is 10× slower).
const utf16 = new TextDecoder('utf-16le');
const TCVN3_UNITS = new Uint16Array(256);
for (let b = 0; b < 256; b++) TCVN3_UNITS[b] = (TCVN3[b] ?? (b < 0x80 ? String.fromCharCode(b) : latin1Fallback.decode(new Uint8Array([b])))).charCodeAt(0);
const LATIN1_UNITS = new Uint16Array(256);
for (let b = 0; b < 256; b++) LATIN1_UNITS[b] = latin1Fallback.decode(new Uint8Array([b])).charCodeAt(0);

// Per byte: 0 not a letter, 1 lower-case letter, 2 upper-case letter; and its upper-case code unit.
const TCVN3_CLASS = new Uint8Array(256);
const TCVN3_UPPER = new Uint16Array(256);
for (let b = 0; b < 256; b++) {
  const ch = String.fromCharCode(TCVN3_UNITS[b]!);
  const isLetter = /\p{L}/u.test(ch);
  TCVN3_CLASS[b] = !isLetter ? 0 : ch !== ch.toLowerCase() ? 2 : 1;
  const up = ch.toUpperCase();
  TCVN3_UPPER[b] = up.length === 1 ? up.charCodeAt(0) : TCVN3_UNITS[b]!;
}

/** TCVN3 bytes to text; words typed in capitals with the ABC "H" fonts get their capitals back. */
export function decodeTcvn3(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = TCVN3_UNITS[bytes[i]!]!;
  // `TậP CậN BìNH` (capitals font, lower-case codes) → `TẬP CẬN BÌNH`. `Hồ` is title case (one
  // capital, first) and stays; `ủY`, `TậP` (no ASCII lower case, a capital after the first letter
  // or two capitals) are capitals. One pass over the bytes, word by word.
  let i = 0;
  while (i < bytes.length) {
    if (TCVN3_CLASS[bytes[i]!] === 0) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let asciiLower = 0;
    while (i < bytes.length && TCVN3_CLASS[bytes[i]!] !== 0) {
      const b = bytes[i]!;
      if (b >= 0x61 && b <= 0x7a) asciiLower++;
      else if (TCVN3_CLASS[b] === 2) upper++;
      i++;
    }
    const firstUpper = TCVN3_CLASS[bytes[start]!] === 2;
    const capitals = asciiLower === 0 && i - start >= 2 && (upper >= 2 || (upper === 1 && !firstUpper));
    if (capitals) for (let k = start; k < i; k++) units[k] = TCVN3_UPPER[bytes[k]!]!;
  }
  return utf16.decode(units);
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

const VNI_COMBINED = new Map<string, number>();

/** VNI bytes to text: a base letter and the mark byte after it become one letter. */
export function decodeVni(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length); // never more letters than bytes
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    let base: string | undefined;
    if (b < 0x80) base = String.fromCharCode(b);
    else base = vniLetter(b);
    if (base === undefined) {
      units[n++] = LATIN1_UNITS[b]!;
      continue;
    }
    const next = bytes[i + 1];
    const mark = next !== undefined && next >= 0x80 ? vniMark(next) : undefined;
    if (mark && fits(base, mark)) {
      const k = base + next!;
      let letter = VNI_COMBINED.get(k);
      if (letter === undefined) {
        letter = (base + (mark.shape ? SHAPE_MARK[mark.shape] : '') + (mark.tone ? TONE_MARK[mark.tone] : '')).normalize('NFC').charCodeAt(0);
        VNI_COMBINED.set(k, letter);
      }
      units[n++] = letter;
      i++;
    } else units[n++] = base.charCodeAt(0);
  }
  return utf16.decode(units.subarray(0, n));
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

/** Encodes Vietnamese text in VISCII (every letter one byte). */
export function encodeViscii(text: string): Uint8Array {
  return Uint8Array.from(iconv.encode(text.normalize('NFC'), 'viscii'));
}
