/**
 * The tagger's units: the syllables of the segmenter's words (`Trung_Quốc_Tập_Cận_Bình`, which the
 * segmenter may join, is five units, so that an entity may end inside a word), each with what the
 * features and the rules read: its lower-case key, its folded key (the KB's alias key), its shape,
 * its word, and the cue words around it (lexicon/cues.ts).
 */
import { normalizeText } from '../../text/normalize.js';
import { isVietnameseSyllable } from '../../text/syllable-check.js';
import { mix } from '../segment/hash-table.js';
import { SHAPE as SEGMENT_SHAPE, shapeOf as segmentShape } from '../segment/features.js';
import { aliasKeyOfNormal } from './kb/keys.js';
import { DIRECTION_CUES, HONORIFICS, LOC_CUES, LOC_HEADS, MISC_HEADS, NOT_NAMES, ORG_CUES, ORG_HEADS, PERSON_CUES, SENTENCE_STARTERS, SURNAMES } from './lexicon/cues.js';

/** The segmenter's shapes, and `capMixed`: mixed letters opening with a capital (`VTVcab`, `TP.HCM`), not `iPhone` or `2.000km`. */
export const SHAPE = { ...SEGMENT_SHAPE, capMixed: 11 } as const;
const UPPER_FIRST = /^\p{Lu}/u;
/**
 * A short word of a script without case (漢字, 한글, かな): a name written in its own script (`习近平`,
 * `박근혜`, `東京`) reads as a capitalised word, so that a cue or the KB's `zh` names it; a longer run is
 * a phrase quoted in that script, not a name.
 */
const CASELESS_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u30FB]{1,5}$/u;
function shapeOf(raw: string): number {
  const s = segmentShape(raw);
  if (s === SHAPE.mixed && UPPER_FIRST.test(raw)) return SHAPE.capMixed;
  return s !== SHAPE.lower && s !== SHAPE.title && s !== SHAPE.upper && s !== SHAPE.number && CASELESS_NAME.test(raw) ? SHAPE.title : s;
}

/** Cue classes (bits). */
export const CUE = { person: 1, org: 2, loc: 4, misc: 8, orgBefore: 16, direction: 32, honorific: 64, locBefore: 128 } as const;

/** What is known of one distinct token string (cached: news repeats its words). */
export interface TokenInfo {
  /** Normalised, lower case, digits as 0. */
  low: string;
  /** 32-bit hash of `low`. */
  hash: number;
  /** The KB's alias key (folded, separators as spaces). */
  fkey: string;
  shape: number;
  surname: boolean;
  starter: boolean;
  /** A unit, a currency, a Roman numeral or a code that names nothing (`USD`, `GPLX`, `XIV`, `B1-735.91`). */
  notName: boolean;
  /** A code of capitals and digits (`K59`, `U23`): alone a model or a grade, in a run a part of the name (`ĐT U22 Việt Nam`). */
  code: boolean;
  /** A sentence starts after this token (`.`, `:`, an opening quote…). */
  opener: boolean;
  /** The first syllable of some cue (only such a token can start one). */
  cueFirst: boolean;
  /** A Vietnamese syllable (`Khương`, `Hoa`), not a foreign word (`Pantene`, `Armata`). */
  viet: boolean;
}

export interface NerTokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  info: TokenInfo[];
  /** 1 where the token starts a segmenter word. */
  wordStart: Uint8Array;
  /** Hash of the token's whole word, lower case (`ngoại_giao`). */
  wordHash: Int32Array;
  /** Syllables in the token's word. */
  wordLen: Uint8Array;
  /** 1 where a sentence starts (after `.`, `!`, `?`, `:`, an opening quote, or at the line start). */
  sentStart: Uint8Array;
  /** Cue class of the longest cue whose words end just before this token (it starting a word). */
  cueBefore: Uint8Array;
  /** The longest cue starting here (class and length in tokens): a head inside the entity. */
  cueAt: Uint8Array;
  cueLen: Uint8Array;
  /** True when the line is written in capitals (a headline): capitals then say nothing. */
  capsLine: boolean;
}

export function allocTokens(size: number): NerTokens {
  return {
    n: 0,
    start: new Int32Array(size),
    end: new Int32Array(size),
    info: new Array<TokenInfo>(size),
    wordStart: new Uint8Array(size),
    wordHash: new Int32Array(size),
    wordLen: new Uint8Array(size),
    sentStart: new Uint8Array(size),
    cueBefore: new Uint8Array(size),
    cueAt: new Uint8Array(size),
    cueLen: new Uint8Array(size),
    capsLine: false,
  };
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string, h = 0x811c9dc5 | 0): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

const HAS_DIGIT = /\p{N}/u;
const ROMAN = /^[IVXLC]+$/;
const CODE = /\d.*\d.*\d/;
/** A capital and digits (`K59`, `A92`, `Z50`), or two and two or more digits (`MH370`); not `HT1`, a ticker, or `VTV1`. */
const LETTERS_DIGITS = /^(?:\p{Lu}\d+|\p{Lu}{2}\d{2,})$/u;
const surnames = new Set(SURNAMES);
const starters = new Set(SENTENCE_STARTERS);
const notNames = new Set(NOT_NAMES);
/** Cue phrases (lower case, syllables one space apart) → class bits. */
const CUES = new Map<string, number>();
for (const [list, bit] of [[PERSON_CUES, CUE.person], [ORG_HEADS, CUE.org], [LOC_HEADS, CUE.loc], [MISC_HEADS, CUE.misc], [ORG_CUES, CUE.orgBefore], [DIRECTION_CUES, CUE.direction], [HONORIFICS, CUE.honorific], [LOC_CUES, CUE.locBefore]] as const) {
  for (const c of list) CUES.set(c, (CUES.get(c) ?? 0) | bit);
}
/** The first syllables of the cues: a word starting with another cannot start one. */
const CUE_FIRSTS = new Set([...CUES.keys()].map((k) => k.split(' ')[0]!));

/**
 * The cues as a trie of their syllables: a phrase is looked up a token at a time, by the token's
 * `low` (whose hash V8 keeps), instead of joining the tokens' strings and hashing each join (what
 * the cue scan spent most of its time on, cold: a new string per token and length tried).
 */
interface CueNode {
  /** Class bits of the cue ending here (0: none). */
  bits: number;
  next: Map<string, CueNode> | undefined;
}
const CUE_TRIE: CueNode = { bits: 0, next: new Map() };
for (const [phrase, bits] of CUES) {
  let node = CUE_TRIE;
  for (const syllable of phrase.split(' ')) {
    node.next ??= new Map();
    let child = node.next.get(syllable);
    if (!child) node.next.set(syllable, (child = { bits: 0, next: undefined }));
    node = child;
  }
  node.bits |= bits;
}

/**
 * The node after `low` (a token's lower case, which a normalised space may split: then each part,
 * as the phrase joined with spaces would read), or undefined when no cue goes on with it.
 */
function cueStep(node: CueNode, low: string): CueNode | undefined {
  if (!low.includes(' ')) return node.next?.get(low);
  let at: CueNode | undefined = node;
  for (const part of low.split(' ')) if (!(at = at.next?.get(part))) return undefined;
  return at;
}

/**
 * Token infos by the token's characters, looked up in the text without slicing it: an open-addressing
 * table keyed by an FNV-1a hash of the characters, each slot checked against the token as written.
 * A token string cut from the text and looked up in a Map cost more than everything else the
 * tagger does with it (a new string hashed each time, a million times an ingest of the dev corpora).
 */
const SLOTS = 1 << 17;
const MASK = SLOTS - 1;
/** Half full at most: then emptied (news repeats its words; the table fills again at once). */
const MAX_ENTRIES = SLOTS >> 1;
let slotKeys: (string | undefined)[] = new Array<string | undefined>(SLOTS);
let slotInfos: (TokenInfo | undefined)[] = new Array<TokenInfo | undefined>(SLOTS);
const slotHashes = new Int32Array(SLOTS);
let entries = 0;

/** The info of `text[start, end)`. */
export function tokenInfoAt(text: string, start: number, end: number): TokenInfo {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const len = end - start;
  // the step to the next slot runs on every look-up, the first too: a step first taken on a
  // collision, once this is optimised, would send it back to the interpreter (no feedback for it)
  let slot = (h & MASK) - 1;
  for (;;) {
    slot = (slot + 1) & MASK;
    const key = slotKeys[slot];
    if (key === undefined) break;
    if (slotHashes[slot] === h && key.length === len && sameChars(key, text, start)) return slotInfos[slot]!;
  }
  if (entries >= MAX_ENTRIES) {
    slotKeys = new Array<string | undefined>(SLOTS);
    slotInfos = new Array<TokenInfo | undefined>(SLOTS);
    entries = 0;
    slot = h & MASK;
  }
  const raw = text.slice(start, end);
  const info = tokenInfo(raw);
  slotKeys[slot] = raw;
  slotInfos[slot] = info;
  slotHashes[slot] = h;
  entries++;
  return info;
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The info of a token string (not remembered: `tokenInfoAt` remembers what it computes). */
export function tokenInfo(raw: string): TokenInfo {
  const normal = normalizeText(raw);
  let low = normal.toLowerCase();
  if (HAS_DIGIT.test(low)) low = low.replace(/\d/g, '0');
  const shape = shapeOf(raw);
  // `khóa XIV`, `loại II`: a Roman numeral in capitals names nothing
  // and a code with digits (`B1-735.91`, a licence plate) neither
  // and a unit per a common noun (`USD/thùng`, `USD/phòng/đêm`) neither
  const slash = low.indexOf('/');
  const notName = notNames.has(low) || (shape === SHAPE.upper && ROMAN.test(raw)) || (shape === SHAPE.capMixed && CODE.test(raw)) || (slash > 0 && notNames.has(low.slice(0, slash)));
  return { low, hash: hashString(low), fkey: aliasKeyOfNormal(normal), shape, surname: surnames.has(low), starter: starters.has(low), notName, code: LETTERS_DIGITS.test(raw), opener: OPENERS.has(low), cueFirst: CUE_FIRSTS.has(low), viet: isVietnameseSyllable(low) };
}

/** Whether a token's shape is capitalised (a capital first letter). */
export function isCap(shape: number): boolean {
  return shape === SHAPE.title || shape === SHAPE.upper || shape === SHAPE.capMixed || shape === SHAPE.hyphenName;
}

const OPENERS = new Set(['.', '!', '?', ':', '“', '"', '‘', '(', '[', '…', '...', '-', '–', '—', ';', '*', '•']);

/**
 * Tokens of `text` inside word spans (`words`: start, end pairs, as the words stage packs them),
 * from word `from` to word `to` (exclusive); a word's syllables are its whitespace-separated parts.
 */
export function wordTokens(text: string, words: ArrayLike<number>, from: number, to: number, t: NerTokens): NerTokens {
  let n = 0;
  for (let w = from; w < to; w++) {
    const ws = words[2 * w]!;
    const we = words[2 * w + 1]!;
    let k = ws;
    let first = n;
    while (k < we) {
      while (k < we && isSpace(text.charCodeAt(k))) k++;
      if (k >= we) break;
      let e = k;
      while (e < we && !isSpace(text.charCodeAt(e))) e++;
      if (n >= t.start.length) t = grow(t, n * 2);
      t.start[n] = k;
      t.end[n] = e;
      t.wordStart[n] = n === first ? 1 : 0;
      n++;
      k = e;
    }
    // the word's hash from its tokens' (no string built per word)
    let h = 0x2545f491;
    for (let j = first; j < n; j++) {
      const info = tokenInfoAt(text, t.start[j]!, t.end[j]!);
      t.info[j] = info;
      h = mix(h, info.hash);
    }
    for (let j = first; j < n; j++) {
      t.wordHash[j] = h;
      t.wordLen[j] = Math.min(255, n - first);
    }
    first = n;
  }
  t.n = n;
  annotate(text, t);
  return t;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

function grow(t: NerTokens, size: number): NerTokens {
  const u = allocTokens(size);
  u.start.set(t.start);
  u.end.set(t.end);
  u.wordStart.set(t.wordStart);
  u.wordHash.set(t.wordHash);
  u.wordLen.set(t.wordLen);
  for (let i = 0; i < t.info.length; i++) u.info[i] = t.info[i]!;
  return u;
}

/** Token infos, sentence starts, the caps-line flag and the cues. */
function annotate(text: string, t: NerTokens): void {
  const n = t.n;
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    const info = t.info[i]!;
    if (info.shape === SHAPE.lower || info.shape === SHAPE.title || info.shape === SHAPE.upper || info.shape === SHAPE.mixed || info.shape === SHAPE.capMixed) {
      letters++;
      if (info.shape === SHAPE.upper) upper++;
    }
    t.sentStart[i] = i === 0 || t.info[i - 1]!.opener ? 1 : 0;
    t.cueBefore[i] = 0;
    t.cueAt[i] = 0;
    t.cueLen[i] = 0;
  }
  t.capsLine = upper >= 3 && upper * 10 >= letters * 6;
  // cues: phrases of tokens that start and end at word boundaries, the longest kept
  for (let i = 0; i < n; i++) {
    if (t.wordStart[i] !== 1 || !t.info[i]!.cueFirst) continue;
    let node: CueNode | undefined = CUE_TRIE;
    for (let j = i; j < n; j++) {
      node = cueStep(node, t.info[j]!.low);
      if (!node) break;
      // a cue ends at a word's end, or inside a word the segmenter joined to a name (`châu_Á`, `Hồ_Tây`)
      if (node.bits === 0 || (j + 1 < n && t.wordStart[j + 1] !== 1 && !isCap(t.info[j + 1]!.shape) && t.info[j + 1]!.shape !== SHAPE.number)) continue;
      t.cueAt[i] = node.bits;
      t.cueLen[i] = j - i + 1;
      if (j + 1 < n) t.cueBefore[j + 1] = node.bits;
    }
  }
}

/** Whether tokens [i, last] are all in capitals or mixed case (`HAGL`, `VTVcab`). */
export function acronymRun(t: NerTokens, i: number, last: number): boolean {
  for (let k = i; k <= last; k++) {
    const shape = t.info[k]!.shape;
    // initials (`B.`, `N.T.V`) are a person's
    if (shape === SHAPE.title || shape === SHAPE.lower || t.info[k]!.low.includes('.')) return false;
  }
  return true;
}
