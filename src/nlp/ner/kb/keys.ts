/**
 * Alias keys and case checks. The index is keyed by the folded form (`Kim Jong-un`, `KIM JONG UN`
 * and `kim jong un` share `kim jong un`), and each match is then checked against the alias as written,
 * so that `Bình` the name is not `bình` the word and `AP` the agency is not `ap` the hamlet.
 */
import { fold, hasMarks } from '../../../text/fold.js';
import { normalizeText } from '../../../text/normalize.js';

// Characters that join or separate the parts of a name without changing it: hyphens and dashes,
// dots of abbreviations (`TP.HCM`), apostrophes, the segmenter's `_`.
const SEPARATORS = /[\s\-\u2010\u2011\u2012\u2013\u2014.'\u2019\u00B7_]+/g;

const tokenCache = new Map<string, readonly string[]>();
const TOKEN_CACHE_LIMIT = 50_000;

/**
 * The tokens of a name as written: normalised (NFC, one tone placement), split at separators.
 * Remembered: the same aliases and surfaces are matched again and again.
 */
export function nameTokens(text: string): readonly string[] {
  let t = tokenCache.get(text);
  if (!t) {
    t = normalizeText(text).replace(SEPARATORS, ' ').trim().split(' ').filter((x) => x !== '');
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(text, t);
  }
  return t;
}

/**
 * The index key of a name: its tokens folded (no case, no marks, `đ`→`d`), one space apart
 * (`fold(nameTokens(text).join(' '))`, without the list: folding keeps separators as they are).
 */
export function aliasKey(text: string): string {
  return aliasKeyOfNormal(normalizeText(text));
}

/** `aliasKey` of a text already normalised (`normalizeText`). */
export function aliasKeyOfNormal(normal: string): string {
  return fold(normal.replace(SEPARATORS, ' ').trim());
}

/** How a surface matched an alias: as written, in another case, or without its marks. */
export type MatchQuality = 'exact' | 'case' | 'folded';

export interface CaseOptions {
  /** Ignore case altogether (lower-cased text, a search box): `tap can binh` finds `Tập Cận Bình`. */
  anyCase?: boolean;
  /**
   * Let the tone marks and vowel marks differ in a name of two or more syllables written
   * capitalised (`Đác Lắc` for `Đắk Lắk`, `Daklak` aside): a place's spelling variants and typos.
   * Always so for an alias spelt phonetically (`Giôn Kê-ri` for `Giôn Ke-ri`).
   */
  looseMarks?: boolean;
}

/**
 * A Vietnamese phonetic spelling (`Giôn Ke-ri`, `Mát-xcơ-va`): syllables joined by hyphens in lower
 * case. Its marks vary from paper to paper (`Kê-ri`, `Ke-ri`), so they may differ, as `looseMarks`.
 */
export const isPhonetic = (alias: string): boolean => /\p{Ll}-\p{Ll}/u.test(alias);
const hasLower = (s: string): boolean => s !== s.toUpperCase();
const hasUpper = (s: string): boolean => s !== s.toLowerCase();
const isAllCaps = (s: string): boolean => hasUpper(s) && !hasLower(s);
const isCapitalised = (s: string): boolean => {
  const first = s.charAt(0);
  return first !== first.toLowerCase();
};

/**
 * Whether `surface` may be `alias` (their keys being equal), and how well. Rules, in order:
 * - a surface with marks must carry the alias's marks (`Bính` is not `Bình`); a surface with none
 *   at all matches folded (`Tap Can Binh`, unaccented text), if it is more than one word
 *   (`Y` is not `Ý`) or case is not checked;
 * - an all-caps surface (a headline) matches any case;
 * - an abbreviation in the alias (`LHQ`, `AP`) must be in capitals in the surface;
 * - a capitalised alias word must be capitalised in the surface, except the first word of a
 *   longer name (`đảng Cộng sản Trung Quốc` for `Đảng Cộng sản Trung Quốc`).
 * Returns undefined when the surface may not be the alias.
 */
export function matchAlias(surface: string, alias: string, opts: CaseOptions = {}): MatchQuality | undefined {
  const s = nameTokens(surface);
  const a = nameTokens(alias);
  if (s.length !== a.length) return undefined;
  const marked = hasMarks(surface);
  // one unaccented syllable is too little to tell a name from the letters of another (`Y` / `Ý`)
  if (!marked && s.length === 1 && !opts.anyCase && hasMarks(alias)) return undefined;
  let quality: MatchQuality = marked ? 'exact' : hasMarks(alias) ? 'folded' : 'exact';
  for (let i = 0; i < s.length; i++) {
    const st = s[i]!;
    const at = a[i]!;
    if (fold(st) !== fold(at)) return undefined;
    if (marked && st.toLowerCase() !== at.toLowerCase() && !((opts.looseMarks || isPhonetic(alias)) && s.length > 1 && isCapitalised(st))) return undefined;
    if (st === at) continue;
    if (quality === 'exact') quality = 'case';
    if (opts.anyCase) continue;
    if (isAllCaps(st) && (st.length > 1 || a.length > 1)) continue; // a headline: any case
    if (at.length > 1 && isAllCaps(at)) return undefined; // an abbreviation must stay one
    if (isCapitalised(at) && !isCapitalised(st) && !(i === 0 && a.length > 1)) return undefined;
  }
  return quality;
}
