/**
 * Vietnamese phonetic spellings of foreign names (`Pu-tin`, `Oa-sinh-tơn`, `Ăng-ghê-la Méc-ken`)
 * matched by rule to the KB's names in Latin script, not by listing each form. Both sides become a
 * rough phonetic skeleton (`Pu-tin` and `Putin` → `putin`; `Oa-sinh-tơn` → `uasingtn`, `Washington`
 * → `uasington`), compared word by word with an edit distance over their total length.
 */
import { callNames } from './variants.js';
import { isPhonetic } from './keys.js';
import type { Entry, KnowledgeBase } from './index.js';

/**
 * A word of syllables joined by hyphens, all but the first in lower case, in letters Vietnamese
 * writes (no f, j, w, z): `Pu-tin`, `Ô-ba-ma`, `V.Pu-tin`.
 */
const PHONETIC_WORD = /^(?:\p{Lu}\.)*(?:(?![fjwzFJWZ])\p{L})+(?:-(?:(?![fjwz])\p{Ll})+)+$/u;
/** A Vietnamese syllable's shape, marks stripped: consonants (clusters too: `Phrăng`, `xtốc`), one to three vowels (not `ee`), a final. */
const VIETNAMESE_SYLLABLE = /^[bcdghklmnpqrstvx]{0,3}(?!.*ee)[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;
/**
 * Whether a surface has a word spelt phonetically (`Pu-tin`, `Mai Pôm-pê-ô`): hyphened syllables
 * each a Vietnamese one (not `Kim Jong-un`, nor the Korean `Yun-hee`).
 */
export function hasPhoneticWord(surface: string): boolean {
  return surface.split(/\s+/).some((w) => PHONETIC_WORD.test(w) && w.replace(/^(?:\p{Lu}\.)+/u, '').split('-').every((syl) => VIETNAMESE_SYLLABLE.test(stripMarks(syl.toLowerCase()).replace(/đ/g, 'd'))));
}

/** Letters and marks (after NFD) only Vietnamese writes: đ, the horn (ơ, ư), the hook, the dot below. */
const VIETNAMESE_LETTERS = /[đĐ\u031B\u0309\u0323]/u;
const stripMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** Common to both sides: letters alone, z as s (Vietnamese writes both x), doubled letters once. */
function finish(s: string): string {
  return s.replace(/[^a-z]/g, '').replace(/z/g, 's').replace(/(.)\1+/g, '$1');
}

/** The skeleton of a word as Vietnamese spells it (`Oa-sinh-tơn` → `uasingtn`). */
export function vietnameseSkeleton(word: string): string {
  const syllables = word.toLowerCase().normalize('NFC').split('-');
  let out = '';
  for (let syl of syllables) {
    // a schwa syllable stands for a bare consonant: `tơ`, `xơ`, `cơ`, `vơ` (`Giơ` keeps its onset)
    syl = syl.replace(/^([bcdđghklmnprstvx]+)ơ$/u, '$1');
    syl = syl.replace(/^d/, 'z').replace(/đ/g, 'd'); // Vietnamese `d` reads z (`Tê-rê-da`), `đ` is d
    let s = stripMarks(syl);
    s = s
      .replace(/^ngh/, 'ng')
      .replace(/^gh/, 'g')
      .replace(/^gi/, 'j')
      .replace(/^ph/, 'f')
      .replace(/^th/, 't')
      .replace(/^kh/, 'k')
      .replace(/^qu/, 'ku')
      .replace(/nh$/, 'ng')
      .replace(/^o(?=[ae])/, 'u') // `Oa-sinh-tơn`: oa/oe are wa/we
      .replace(/y/g, 'i')
      .replace(/c(?!h)/g, 'k')
      .replace(/x/g, 's');
    out += s;
  }
  return finish(out);
}

const DEVOICED: Record<string, string> = { b: 'p', d: 't', g: 'k', v: 'p' };

/** The skeleton of a word in Latin script (`Washington` → `uasington`, `Merkel` → `meken`). */
export function latinSkeleton(word: string): string {
  let s = stripMarks(word.toLowerCase().replace(/ç/g, 's')).replace(/đ/g, 'd');
  s = s
    .replace(/[^a-z]/g, '')
    .replace(/([aeiouy])s(?=[aeiouy])/g, '$1z')
    .replace(/ph/g, 'f')
    .replace(/sch|sh/g, 's')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c(?!h)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'u')
    .replace(/y/g, 'i')
    .replace(/(?<=[^c])h/g, '') // `John`, `Thomas`: h only as an onset (and in ch)
    .replace(/r(?=[^aeiou]|$)/g, '') // `Merkel`, `Berlin`: Vietnamese drops r before a consonant
    .replace(/(.{3,})e$/, '$1') // a silent final e
    .replace(/l$/, 'n') // no Vietnamese syllable ends in l: `Bra-xin`, `Méc-ken`
    .replace(/(?<=[aeiou])[bdgv](?=[^aeiou]|$)/g, (c) => DEVOICED[c]!); // nor in b, d, g, v: `Mét-vê-đép`, `Ki-ép`
  return finish(s);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** What an edit of one letter costs: a vowel half (Vietnamese spells a foreign vowel many ways: `Giơ-ne-vơ` Geneva, `Xơ-un` Seoul), a consonant 1. */
const cost = (c: string): number => (VOWELS.has(c) ? 0.5 : 1);

/**
 * A Latin word's skeletons as Vietnamese may hear it: as written, and where it differs, with a
 * silent initial h (`Hollande` → `Ô-lăng`) and a soft g before e, i (`Geneva` → `Giơ-ne-vơ`).
 */
export function latinSkeletons(word: string): string[] {
  const out = new Set([latinSkeleton(word)]);
  if (/^h[aeiouy]/i.test(word)) out.add(latinSkeleton(word.slice(1)));
  if (/g[eiy]/i.test(word)) out.add(latinSkeleton(word.replace(/g(?=[eiy])/gi, 'j')));
  return [...out];
}

/** Every way of taking one variant per word (at most 8). */
function combinations(variants: readonly string[][]): string[][] {
  let out: string[][] = [[]];
  for (const v of variants) out = out.flatMap((prefix) => v.map((w) => [...prefix, w])).slice(0, 8);
  return out;
}

/** Edit distance: insertions, deletions and substitutions, a vowel for a vowel or a vowel alone half a consonant's. */
export function editDistance(a: string, b: string): number {
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev.push(prev[j - 1]! + cost(b[j - 1]!));
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1]!;
    const row = [prev[0]! + cost(ca)];
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1]!;
      const sub = ca === cb ? 0 : VOWELS.has(ca) && VOWELS.has(cb) ? 0.5 : 1;
      row.push(Math.min(prev[j]! + cost(ca), row[j - 1]! + cost(cb), prev[j - 1]! + sub));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Distance of two skeletons word by word over their total length (the same number of words). */
export function skeletonDistance(a: readonly string[], b: readonly string[]): number {
  let d = 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    d += editDistance(a[i]!, b[i]!);
    n += Math.max(a[i]!.length, b[i]!.length);
  }
  return n === 0 ? 1 : d / n;
}

/** The surface's words as skeletons: by the Vietnamese rules, but a word with f, j, w or z as Latin. */
export function surfaceSkeleton(surface: string): string[] {
  return surface
    .replace(/(?<!\p{L})\p{Lu}\.\s*/gu, '') // initials: `V.Pu-tin` is `Pu-tin`
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => (/[fjwz]/i.test(w) ? latinSkeleton(w) : vietnameseSkeleton(w)));
}

/** Below this distance (of the total length) a skeleton may be the name; chosen on the dev half of test/fixtures/ner/names. */
export const PHONETIC_THRESHOLD = 0.3;

interface Target {
  entity: Entry;
  words: string[];
}

/** The KB's Latin names as skeletons, by word count and first letter of the skeleton. */
type PhoneticIndex = Map<string, Target[]>;
const indexes = new WeakMap<KnowledgeBase, PhoneticIndex>();
const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;

function indexOf(kb: KnowledgeBase): PhoneticIndex {
  let index = indexes.get(kb);
  if (index) return index;
  index = new Map();
  for (const e of kb.entries()) {
    if (e.type !== 'PER' && e.type !== 'LOC') continue;
    const names = new Set([e.en, e.name, ...e.aliases, ...callNames(e)]);
    for (const n of names) {
      if (!n || !LATIN.test(n) || VIETNAMESE_LETTERS.test(n.normalize('NFD')) || isPhonetic(n)) continue;
      const variants = n.replace(/[-.,'’]/g, ' ').split(/\s+/).filter((w) => w !== '').map(latinSkeletons);
      if (variants.some((v) => v.some((w) => w === ''))) continue;
      for (const words of combinations(variants)) {
        const key = `${words.length}:${words[0]![0]}`;
        let list = index.get(key);
        if (!list) index.set(key, (list = []));
        list.push({ entity: e, words });
      }
    }
  }
  indexes.set(kb, index);
  return index;
}

/**
 * The entity of `type` (PER, or a place for LOC) whose Latin name is closest to a phonetic
 * spelling, when its distance is under the threshold and no other entity is as close.
 */
export function phoneticMatch(kb: KnowledgeBase, surface: string, type: string, threshold = PHONETIC_THRESHOLD): Entry | undefined {
  if ((type !== 'PER' && type !== 'LOC') || !hasPhoneticWord(surface)) return undefined;
  const words = surfaceSkeleton(surface);
  if (words.some((w) => w === '')) return undefined;
  const list = indexOf(kb).get(`${words.length}:${words[0]![0]}`) ?? [];
  let best: Entry | undefined;
  let bestD = Infinity;
  let tied = false;
  for (const t of list) {
    if ((t.entity.type === 'PER') !== (type === 'PER')) continue;
    const d = skeletonDistance(words, t.words);
    if (d < bestD) {
      tied = false;
      best = t.entity;
      bestD = d;
    } else if (d === bestD && best && t.entity.id !== best.id) tied = true;
  }
  return best && !tied && bestD <= threshold ? best : undefined;
}
