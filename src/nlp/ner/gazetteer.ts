/**
 * The knowledge base as the tagger reads it: every alias keyed by its folded tokens, with the
 * prefixes of longer aliases, so that the longest alias starting at a capitalised token is found
 * with one map lookup per token; the match is then checked against the alias as written (case and
 * marks: `matchAlias`), so `Bình` the name is not `bình` the word.
 */
import { aliasKey, matchAlias, type KnowledgeBase } from './kb/index.js';
import { isHanName } from './kb/hanviet.js';
import { CUE, isCap, SHAPE, type NerTokens } from './tokens.js';

/** Gazetteer classes: PER, LOC, ORG, MISC, a country (LOC), a person's short name (`Putin`, `Kim`). */
export const GAZ = { PER: 0, LOC: 1, ORG: 2, MISC: 3, COUNTRY: 4, SHORT: 5 } as const;
export const GAZ_TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'LOC', 'PER'] as const;
/** Code of a token: 0 outside any alias, else 1 + 2·class (+1 inside, past its first token). */
export const gazCode = (cls: number, inside: boolean): number => 1 + 2 * cls + (inside ? 1 : 0);
export const gazClass = (code: number): number => (code - 1) >> 1;
/** Whether a full person name of the KB starts at token j (`… Trung Quốc | Triệu Lập Kiên`). */
export const personAt = (gaz: Uint8Array, j: number): boolean => gaz[j]! > 0 && (gaz[j]! & 1) === 1 && gazClass(gaz[j]!) === GAZ.PER;
/** Whether a country of the KB starts at token j (`Đức`, `Anh`: also person cues). */
export const countryAt = (gaz: Uint8Array, j: number): boolean => gaz[j]! > 0 && (gaz[j]! & 1) === 1 && gazClass(gaz[j]!) === GAZ.COUNTRY;

const PREFIX = 1;
const FULL = 2;
const MAX_TOKENS = 10;

interface GazAlias {
  text: string;
  cls: number;
}

const CHECKED_LIMIT = 50_000;

export class Gazetteer {
  private readonly keys = new Map<string, number>();
  private readonly aliases = new Map<string, GazAlias[]>();
  /** Surfaces checked against their aliases (news repeats its names), in lines not in capitals and in capitals. */
  private readonly checked = new Map<string, number>();
  private readonly checkedCaps = new Map<string, number>();

  constructor(private readonly kb: KnowledgeBase) {
    for (const e of kb.entries()) {
      for (const a of kb.aliases(e.id)) {
        if (a.kind === 'title') continue;
        let cls: number = GAZ[e.type];
        if (a.kind === 'short') {
          if (e.type !== 'PER') continue;
          cls = GAZ.SHORT;
        } else if (e.type === 'LOC' && e.subtype === 'country') cls = GAZ.COUNTRY;
        this.add(a.text, cls);
      }
    }
  }

  private add(text: string, cls: number): void {
    const parts = tokenKeys(text);
    if (parts.length === 0 || parts.length > MAX_TOKENS) return;
    let key = '';
    parts.forEach((p, k) => {
      key = k === 0 ? p : `${key} ${p}`;
      const isLast = k === parts.length - 1;
      this.keys.set(key, (this.keys.get(key) ?? 0) | (isLast ? FULL : PREFIX));
    });
    let list = this.aliases.get(key);
    if (!list) this.aliases.set(key, (list = []));
    // one alias per written form and class; a full name before a short one of the same key
    if (!list.some((a) => a.text === text && a.cls === cls)) list.push({ text, cls });
    list.sort((a, b) => Number(a.cls === GAZ.SHORT) - Number(b.cls === GAZ.SHORT));
  }

  /**
   * Marks the tokens of `t` with gazetteer codes (`out[i]`, see `gazCode`): at each capitalised
   * token not already inside a match, the longest alias that the text's case and marks allow.
   */
  mark(text: string, t: NerTokens, out: Uint8Array): void {
    out.fill(0, 0, t.n);
    for (let i = 0; i < t.n; i++) {
      // names start capitalised, or with a head (`hãng thông tấn trung ương Triều Tiên`, `đảng Cộng hòa`)
      if (!isCap(t.info[i]!.shape) && (t.cueAt[i]! & ~CUE.locBefore) === 0) continue;
      const found = this.longest(text, t, i);
      // a lower-case start is a head (`hãng`), never an honorific (`ông Tập` is the tagger's to split)
      if (!found || (!isCap(t.info[i]!.shape) && (found.cls === GAZ.SHORT || found.cls === GAZ.PER))) continue;
      if (this.placeOpeningName(text, t, i, found)) continue;
      for (let k = i; k <= found.last; k++) out[k] = gazCode(found.cls, k > i);
      i = found.last;
    }
  }

  /**
   * A place of one syllable that opens a two-syllable word the segmenter joined, its second syllable
   * a capitalised Vietnamese one that starts no alias: a given name (`Mỹ_Tâm`, `Đức_Huy`,
   * `Việt_Anh`), not the place and a name. `Mỹ_Trung` (the US and China) stays: `Trung` starts an
   * alias; so does a longer place (`Lào_Cai` is one match).
   */
  private placeOpeningName(text: string, t: NerTokens, i: number, found: { last: number; cls: number }): boolean {
    if (found.last !== i || (found.cls !== GAZ.LOC && found.cls !== GAZ.COUNTRY)) return false;
    const next = i + 1;
    // (token `next` is the word's second syllable: no need to read that it starts no word, a read
    // first made after optimisation, which deoptimised `mark`)
    if (next >= t.n || t.wordStart[i] !== 1 || t.wordLen[i] !== 2) return false;
    const info = t.info[next]!;
    if (info.shape !== SHAPE.title || !info.viet) return false;
    return this.longest(text, t, next) === undefined && !this.keys.has(info.fkey);
  }

  /** The longest checked alias starting at token i: its last token and class. */
  longest(text: string, t: NerTokens, i: number): { last: number; cls: number } | undefined {
    let key = '';
    const ends: number[] = [];
    let dash = -1;
    for (let j = i; j < t.n && j < i + MAX_TOKENS; j++) {
      const f = t.info[j]!.fkey;
      // a dash inside a name the KB writes with one (`Bà Rịa - Vũng Tàu`, `Thừa Thiên - Huế`): passed
      // over, for an alias written with a dash only (`Tú – Sơn` is two people, not the place Tú Sơn)
      if (f === '' && j > i && dash < 0 && (t.info[j]!.low === '-' || t.info[j]!.low === '–')) {
        dash = j;
        continue;
      }
      if (f === '') break;
      key = j === i ? f : `${key} ${f}`;
      const flags = this.keys.get(key);
      if (flags === undefined) {
        if (j === i && t.info[i]!.shape === SHAPE.title && !t.info[i]!.viet && isHanName(f)) return this.byReading(f, i);
        break;
      }
      if (flags & FULL && (dash < 0 || this.aliases.get(key)!.some((a) => a.text.includes('-') || a.text.includes('–')))) ends.push(j);
      if (!(flags & PREFIX)) break;
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      const j = ends[k]!;
      const cls = this.check(text.slice(t.start[i], t.end[j]), t, i, j);
      if (cls >= 0) return { last: j, cls };
    }
    return undefined;
  }

  /** A name in Chinese characters (`王毅`, `習近平`): the class of the entity its Sino-Vietnamese reading names. */
  private byReading(han: string, i: number): { last: number; cls: number } | undefined {
    const c = this.kb.candidates(han, { exclude: ['short', 'title'] })[0];
    if (!c) return undefined;
    return { last: i, cls: c.entity.type === 'LOC' && c.entity.subtype === 'country' ? GAZ.COUNTRY : GAZ[c.entity.type] };
  }

  /** The class of the first alias that `surface` (tokens i..j) may be, or -1; remembered by surface. */
  private check(surface: string, t: NerTokens, i: number, j: number): number {
    const memo = t.capsLine ? this.checkedCaps : this.checked;
    let cls = memo.get(surface);
    if (cls !== undefined) return cls;
    cls = -1;
    for (const a of this.aliases.get(tokenKeysOfRange(t, i, j)) ?? []) {
      if (matchAlias(surface, a.text, { anyCase: false }) || (t.capsLine && matchAlias(surface, a.text, { anyCase: true }))) {
        cls = a.cls;
        break;
      }
    }
    // a place of two syllables or more, its marks spelt otherwise (`Đác Lắc`, `Đăk Nông`)
    if (cls < 0 && !t.capsLine) {
      for (const a of this.aliases.get(tokenKeysOfRange(t, i, j)) ?? []) {
        if ((a.cls === GAZ.LOC || a.cls === GAZ.COUNTRY) && matchAlias(surface, a.text, { looseMarks: true })) {
          cls = a.cls;
          break;
        }
      }
    }
    if (memo.size >= CHECKED_LIMIT) memo.clear();
    memo.set(surface, cls);
    return cls;
  }
}

function tokenKeysOfRange(t: NerTokens, i: number, j: number): string {
  let key = t.info[i]!.fkey;
  for (let k = i + 1; k <= j; k++) if (t.info[k]!.fkey !== '') key += ` ${t.info[k]!.fkey}`;
  return key;
}

/** An alias's folded pieces (`TP.HCM` → tp, hcm): a token's key may hold several (`Jong-un` → jong un). */
function tokenKeys(text: string): string[] {
  const k = aliasKey(text);
  return k === '' ? [] : k.split(' ');
}
