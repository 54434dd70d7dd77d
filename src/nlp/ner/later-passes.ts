/**
 * The rule labeller's passes over a sentence already labelled (labeller.ts calls them last): each
 * reads the tags around an untagged or tagged run and completes or retypes it, one phrase each.
 */
import { countryAt } from './gazetteer.js';
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
