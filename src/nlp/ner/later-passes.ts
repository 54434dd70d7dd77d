/**
 * The rule labeller's passes over a sentence already labelled (labeller.ts calls them last): each
 * reads the tags around an untagged or tagged run and completes or retypes it, one phrase each.
 */
import { countryAt, GAZ, gazClass } from './gazetteer.js';
import { CUE } from './tokens.js';
import { begin, inside, O, TYPE_INDEX } from './tags.js';
import { acronymRun, isCap, SHAPE, type NerTokens } from './tokens.js';

const { PER, LOC, ORG } = TYPE_INDEX;

/** Capitalised bodies of a state that its country's name completes (`Chính phủ Venezuela`, `Hải quân Nga`). */
const NATIONAL_BODIES = new Set(['chính phủ', 'hải quân', 'không quân', 'lục quân', 'quân đội']);

/**
 * `Chính phủ Venezuela`, `Hải quân Nga`: a state's government or armed force, capitalised, and the
 * country right after it are one organisation (in lower case the country alone: `quân đội Triều Tiên`).
 */
export function nationalBodies(t: NerTokens, gaz: Uint8Array, out: Uint8Array): void {
  for (let i = 0; i + 2 < t.n; i++) {
    if (t.info[i]!.shape !== SHAPE.title || t.info[i + 1]!.shape !== SHAPE.lower || (out[i] !== O && out[i] !== begin(ORG)) || out[i + 1] !== (out[i] === O ? O : inside(ORG))) continue;
    const k = i + 2;
    if (out[k] !== begin(LOC) || !countryAt(gaz, k) || !NATIONAL_BODIES.has(`${t.info[i]!.low} ${t.info[i + 1]!.low}`)) continue;
    out[i] = begin(ORG);
    for (let m = i + 1; m < t.n && (m <= k || out[m] === inside(LOC)); m++) out[m] = inside(ORG);
  }
}

/**
 * `Cục Cảnh sát hình sự (C45)`, `Sáng kiến An ninh Hàng hải (MSI)`: an acronym alone in parentheses
 * right after an organisation is its abbreviation, an organisation too (a code included).
 */
export function abbreviatedBodies(t: NerTokens, out: Uint8Array): void {
  for (let e = 0; e + 3 < t.n; e++) {
    if ((out[e] !== begin(ORG) && out[e] !== inside(ORG)) || out[e + 1] !== O || t.info[e + 1]!.low !== '(' || t.info[e + 3]!.low !== ')') continue;
    const k = e + 2;
    if (out[k] !== O || !isCap(t.info[k]!.shape) || t.info[k]!.shape === SHAPE.title || t.start[k + 1]! !== t.end[k]! || !acronymRun(t, k, k)) continue;
    out[k] = begin(ORG);
  }
}

/**
 * `Mariano Andujar (Estudiantes)`, `Lamela (Tottenham)`: a capitalised foreign name alone in
 * parentheses right after a person, untagged, is their club or employer, an organisation;
 * and one foreign word before an organisation so given is a person.
 */
export function affiliations(t: NerTokens, out: Uint8Array): void {
  const isType = (k: number, type: number): boolean => out[k] === begin(type) || out[k] === inside(type);
  for (let i = 1; i + 2 < t.n; i++) {
    if (t.info[i]!.low !== '(' || (out[i + 1] !== O && out[i + 1] !== begin(ORG))) continue;
    // (an untagged name, foreign (not `(Phải)`, `(Dịch)`), not in capitals (a show's `(X-FACTOR)`),
    // or an organisation already; not a person: `giáo sư X (James McAvoy)`)
    const rest = out[i + 1] === O ? O : inside(ORG);
    let j = i + 1;
    while (j < t.n && out[j] === (j === i + 1 ? out[i + 1] : rest) && t.info[j]!.shape === SHAPE.title && !t.info[j]!.viet && !t.info[j]!.notName && !t.info[j]!.code && !t.info[j]!.low.includes('0')) j++;
    if (j === i + 1 || j >= t.n || t.info[j]!.low !== ')') continue;
    const p = i - 1;
    const lone = out[p] === O && t.info[p]!.shape === SHAPE.title && !t.info[p]!.viet && !t.info[p]!.notName && (p === 0 || !isCap(t.info[p - 1]!.shape));
    if (!isType(p, PER) && !(lone && out[i + 1] === begin(ORG))) continue;
    if (lone) out[p] = begin(PER);
    out[i + 1] = begin(ORG);
    for (let k = i + 2; k < j; k++) out[k] = inside(ORG);
    i = j;
  }
}

/**
 * `Thái Lan, Myanma, Campuchia`: an untagged capitalised run between two places of a list (a
 * comma before it, a comma or `và` after it) is a place too.
 */
export function listedPlaces(t: NerTokens, out: Uint8Array): void {
  const isLoc = (k: number): boolean => out[k] === begin(LOC) || out[k] === inside(LOC);
  for (let i = 2; i < t.n; i++) {
    if (out[i] !== O || !isCap(t.info[i]!.shape) || t.info[i]!.notName || t.info[i - 1]!.low !== ',' || !isLoc(i - 2)) continue;
    let j = i;
    while (j + 1 < t.n && out[j + 1] === O && isCap(t.info[j + 1]!.shape) && !t.info[j + 1]!.notName) j++;
    if (j + 2 >= t.n || (t.info[j + 1]!.low !== ',' && t.info[j + 1]!.low !== 'và') || out[j + 2] !== begin(LOC)) continue;
    out[i] = begin(LOC);
    for (let k = i + 1; k <= j; k++) out[k] = inside(LOC);
    i = j;
  }
}

/** A house number: `37`, `97/28`, `12A`, `45-47`. */
const HOUSE_NUMBER = /^\d+[a-z]?([/-]\d+[a-z]?)*$/;
/** Words before a number that make it a day, a month or a rank, not a house (`ngày 14/10`, `hạt giống số 8`). */
const DATE_WORDS = new Set(['ngày', 'tháng', 'năm', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'quý', 'khóa', 'hạng', 'top', 'giống']);
/** What ends an item of a list or an address. */
const ITEM_END = new Set([',', ')', ';', '.', 'và']);

/**
 * Places taken for persons in addresses and lists: a person the labeller only guessed is a place
 * - right after a house number and before a comma (`37 Nguyễn Thông, Q. 3`, `số 4 Phạm Ngọc Thạch,`;
 *   not after a day, `ngày 14/10`, nor a year, `quý 3/2013`);
 * - as an item of a list next to a place the knowledge base knows or one named after a head in lower
 *   case or abbreviated (or an item so found): after it and `(` or `,` (`xã Tri Hải (Ninh Hải,
 *   Ninh Thuận)`), or before `,` and it (`Tân Biên, Tân Hòa, Hố Nai, Trảng Dài`), the item ending
 *   there (`Tại Hà Nội, Nguyễn Văn A cho biết` keeps its person); not a full name opening with a
 *   family name (`thành phố Đà Nẵng, Thân Đức Nam, đề nghị`).
 */
export function addressPlaces(t: NerTokens, gaz: Uint8Array, out: Uint8Array, guessed: readonly number[]): void {
  if (guessed.length === 0) return; // most sentences: nothing guessed, nothing to allocate
  const converted = new Set<number>();
  // a place of the list to lean on: one the knowledge base knows, one named after its head (not a
  // capitalised head that is also a family name: `Hồ Quỳnh Hương` is a singer), or an item turned
  // into a place here; k is any token of it
  const anchor = (k: number): boolean => {
    if (k < 0 || k >= t.n || (out[k] !== begin(LOC) && out[k] !== inside(LOC))) return false;
    let s = k;
    while (s > 0 && out[s] === inside(LOC)) s--;
    if (converted.has(s)) return true;
    const g = gaz[s]!;
    if (g > 0 && (g & 1) === 1 && (gazClass(g) === GAZ.LOC || gazClass(g) === GAZ.COUNTRY)) return true;
    // a head in lower case or abbreviated (`xã`, `Q.`, `TX`): capitalised inside a sentence it may
    // open a name (`Phương Thanh`, `Hồ Quỳnh Hương` are singers)
    const sh = t.info[s]!.shape;
    return (t.cueAt[s]! & CUE.loc) !== 0 && (sh === SHAPE.lower || sh === SHAPE.upper || sh === SHAPE.capMixed || t.info[s]!.low.endsWith('.'));
  };
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const g of guessed) {
      const fullName = g < 0;
      const a = fullName ? -1 - g : g;
      if (out[a] !== begin(PER)) continue;
      let b = a;
      while (b + 1 < t.n && out[b + 1] === inside(PER)) b++;
      const before = a > 0 ? t.info[a - 1]!.low : '';
      const after = b + 1 < t.n ? t.info[b + 1]!.low : '.';
      const house = a > 1 && after === ',' && HOUSE_NUMBER.test(before) && !/\/(19|20)\d\d$/.test(before) && !DATE_WORDS.has(t.info[a - 2]!.low);
      const afterPlace = !fullName && (before === ',' || before === '(') && anchor(a - 2) && ITEM_END.has(after);
      const beforePlace = !fullName && (before === ',' || before === '(' || a === 0) && after === ',' && out[b + 2] === begin(LOC) && anchor(b + 2);
      if (!house && !afterPlace && !beforePlace) continue;
      out[a] = begin(LOC);
      for (let k = a + 1; k <= b; k++) out[k] = inside(LOC);
      converted.add(a);
      changed = true;
    }
    if (!changed) break;
  }
}

/** What separates the names of a byline (`QUỐC THANH - VÕ HỒNG QUỲNH`, `L.T. - L.N.`). */
const BYLINE_MARKS = new Set(['-', '–', ',', '.', '/', ';']);
/** Initials and a name (`Đ.HƯNG`, `K.CH`, `L.T`). */
const INITIALS = /^\p{Lu}(\.\p{Lu}+)+\.?$/u;

/**
 * A byline alone on its line: names in capitals or initials, separated by dashes or commas, nothing
 * else (`Đ.HƯNG`, `L.T. - L.N.`, `THẾ HƯNG - KIM LIÊN`), each a person. A line of one name in
 * capitals alone (`KIM SƠN`) is left: it cannot be told from a short headline (`TIN VẮN`).
 */
export function bylines(t: NerTokens, gaz: Uint8Array, out: Uint8Array): void {
  if (t.n === 0 || t.n > 16) return;
  const groups: [number, number][] = [];
  let start = -1;
  let initials = false;
  let allUpper = true;
  for (let i = 0; i <= t.n; i++) {
    const low = i < t.n ? t.info[i]!.low : '-';
    if (BYLINE_MARKS.has(low)) {
      if (start >= 0) groups.push([start, i - 1]);
      start = -1;
      continue;
    }
    const info = t.info[i]!;
    if (out[i] !== O || (gaz[i] !== 0 && gazClass(gaz[i]!) !== GAZ.SHORT && gazClass(gaz[i]!) !== GAZ.PER) || t.cueAt[i] !== 0 || !isCap(info.shape) || info.shape === SHAPE.number || info.notName) return;
    const text = info.low.toUpperCase();
    if (INITIALS.test(text) && /\./.test(t.info[i]!.low)) initials = true;
    if (info.shape !== SHAPE.upper && !(info.shape === SHAPE.capMixed && INITIALS.test(text))) allUpper = false;
    if (start < 0) start = i;
    if (i - start >= 4) return;
  }
  if (groups.length === 0 || !(initials || (groups.length >= 2 && allUpper))) return;
  for (const [a, b] of groups) {
    out[a] = begin(PER);
    for (let k = a + 1; k <= b; k++) out[k] = inside(PER);
  }
}

/**
 * `TP` alone, the city the article is about (`người dân TP`, `trên địa bàn TP`): a place
 * (GUIDELINE.md), when no name follows it and nothing took it.
 */
export function bareCity(t: NerTokens, out: Uint8Array): void {
  for (let i = 0; i < t.n; i++) {
    if (out[i] !== O || t.info[i]!.low !== 'tp' || t.info[i]!.shape !== SHAPE.upper || t.capsLine) continue;
    if (i + 1 < t.n && (isCap(t.info[i + 1]!.shape) || t.info[i + 1]!.shape === SHAPE.number)) continue;
    // (not the common noun of `các tỉnh, TP`, `tỉnh/TP`)
    if ((i >= 1 && t.info[i - 1]!.low === 'các') || (i >= 2 && t.info[i - 2]!.low === 'tỉnh' && (t.info[i - 1]!.low === ',' || t.info[i - 1]!.low === '/'))) continue;
    out[i] = begin(LOC);
  }
}
