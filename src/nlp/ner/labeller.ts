/**
 * The rule labeller: entity tags from the knowledge base and the cue words alone. It labels the
 * training text of the statistical tagger (no open NER training set may be shipped), and is a
 * recipe, each step with the phrase it handles:
 */
import { countryAt, GAZ, gazClass, personAt } from './gazetteer.js';
import { abbreviatedBodies, addressPlaces, affiliations, bareCity, bylines, listedPlaces, nationalBodies } from './later-passes.js';
import { begin, inside, O, TYPE_INDEX } from './tags.js';
import { CAPITALISED_INSTITUTIONS, COMPANY_HEADS, DESCRIBING_HEADS, JOINING_WORDS, LINK_PLACE_HEADS, LOC_SUFFIXES, ORG_SUFFIXES, TITLE_WORDS, WEAK_ORG_HEADS } from './lexicon/cues.js';
import { ORG_NAME_VERBS, ORG_NAME_WORDS, TRADE_VERBS } from './lexicon/org-words.js';
import { acronymRun, CUE, isCap, SHAPE, type NerTokens } from './tokens.js';

/** The institutions' words: lower case, and whether written capitalised (`Quốc hội`: `Quốc` is, `hội` is not). */
const INSTITUTIONS = CAPITALISED_INSTITUTIONS.map((x) => x.split(' ').map((w) => ({ low: w.toLowerCase(), title: w !== w.toLowerCase() })));
const TITLE_WORD_SET = new Set(TITLE_WORDS);
const LINK_HEADS = new Set(LINK_PLACE_HEADS);
const DASHES = new Set(['-', '–', '—']);
const WEAK_HEADS = new Set(WEAK_ORG_HEADS);
const COMPANIES = new Set(COMPANY_HEADS);
const DESCRIBING = new Set(DESCRIBING_HEADS);
const PRESS = new Set(['báo', 'tạp chí']);
const FUNCTION_WORDS = new Set(JOINING_WORDS);
const TRADE = new Set(TRADE_VERBS);
const ORG_ENDS = new Set(ORG_SUFFIXES);
const LOC_ENDS = new Set(LOC_SUFFIXES);
/** Words before a plural noun (`các huyện`, `những khách sạn`). */
const PLURALS = new Set(['các', 'những', 'nhiều', 'mọi']);

/** The type a run's last word gives it (`Gwang Ju FC` ORG, `PHUMY Complex` LOC), or -1. */
function suffixType(t: NerTokens, last: number): number {
  if (!isCap(t.info[last]!.shape)) return -1;
  const low = t.info[last]!.low;
  return ORG_ENDS.has(low) ? TYPE_INDEX.ORG : LOC_ENDS.has(low) ? TYPE_INDEX.LOC : -1;
}
/** An initial joined to a name (`i.keles`, lower case). */
const INITIAL_NAME = /^\p{L}\.\p{L}{2,}$/u;

const { PER, LOC, ORG, MISC } = TYPE_INDEX;

/** The lower-case words of official names by first syllable: [syllables, a verb (not a name's last word)]. */
const ORG_WORDS = new Map<string, [string[], boolean][]>();
for (const [list, verb] of [[ORG_NAME_WORDS, false], [ORG_NAME_VERBS, true]] as const) {
  for (const w of list) {
    const parts = w.split(' ');
    const at = ORG_WORDS.get(parts[0]!) ?? [];
    at.push([parts, verb]);
    at.sort((a, b) => b[0].length - a[0].length);
    ORG_WORDS.set(parts[0]!, at);
  }
}

/** The official-name word in lower case at token k, ending at a word boundary: its length, negative for a verb; 0 for none. */
function orgWordAt(t: NerTokens, k: number): number {
  const at = ORG_WORDS.get(t.info[k]!.low);
  if (!at || t.wordStart[k] !== 1) return 0;
  for (const [parts, verb] of at) {
    const e = k + parts.length;
    if (e > t.n || (e < t.n && t.wordStart[e] !== 1)) continue;
    let ok = true;
    for (let m = 0; m < parts.length && ok; m++) ok = t.info[k + m]!.shape === SHAPE.lower && t.info[k + m]!.low === parts[m];
    if (ok) return verb ? -parts.length : parts.length;
  }
  return 0;
}

/**
 * `Cục Cảnh sát hình sự`, `Sở Giao thông vận tải Hà Nội`, `Cơ quan Cảnh sát điều tra Bộ Công an`:
 * after a capitalised head and its capitalised words ending at `last`, an official name goes on
 * with the lower-case words of bodies' names (lexicon/org-words.ts), `và` and more of them or a
 * capitalised word, and a capitalised place or organisation after them; it does not end on a verb
 * (`Bộ Công an điều tra vụ việc` is `Bộ Công an`) nor take a person's full name after it.
 */
/** Marks that join two parts of an official name as `và` does. */
const JOINING_MARKS = new Set(['&', '-', '–']);

function extendOrgName(t: NerTokens, last: number, gaz: Uint8Array, company: boolean): number {
  let end = last;
  let k = last + 1;
  let afterVerb = false;
  let trade = false;
  while (k < t.n) {
    const w = orgWordAt(t, k);
    if (w !== 0) {
      trade = w < 0 && company && TRADE.has(headText(t, k, -w));
      k += Math.abs(w);
      afterVerb = w < 0;
      if (!afterVerb) end = k - 1;
      continue;
    }
    const info = t.info[k]!;
    // (`và` and a word of names or a capitalised word, not another body: `Sở Giáo dục và Đào tạo`,
    // `Trung tâm Quản lý và điều hành vận tải`; not `Tổ chức Ân xá quốc tế và tổ chức ...`)
    // (and `&` or a dash, spaced, between two parts of a ministry's or department's name: `Bộ NN &
    // PTNT`, `Sở Tài nguyên - Môi trường`, `Bộ Văn hóa - Thể thao và Du lịch`; not `Marketing- Đại diện`)
    if ((info.low === 'và' || (JOINING_MARKS.has(info.low) && (info.low === '&' || (t.start[k]! > t.end[k - 1]! && t.start[k + 1]! > t.end[k]!)))) && k + 1 < t.n && !t.cueAt[k + 1] && (orgWordAt(t, k + 1) !== 0 || (isCap(t.info[k + 1]!.shape) && gaz[k + 1] === 0 && !t.info[k + 1]!.notName &&
      // (not after a place or an acronym, which end a name: `Đảng Nhân dân Cách mạng Lào và Nhà nước`, `Bộ LĐTBXH và Trung ương`)
      !(gaz[k - 1]! > 0 && (gazClass(gaz[k - 1]!) === GAZ.LOC || gazClass(gaz[k - 1]!) === GAZ.COUNTRY)) && (JOINING_MARKS.has(info.low) || (t.info[k - 1]!.shape !== SHAPE.upper && t.info[k - 1]!.shape !== SHAPE.capMixed))))) {
      k++;
      afterVerb = true;
      continue;
    }
    // a capitalised place or body after the lower-case words (after a verb only a headed one: `điều tra Bộ Công an`)
    if (k === last + 1 || !isCap(info.shape) || info.notName || t.cueAt[k]! & CUE.person || personAt(gaz, k) || (afterVerb && !trade && t.info[k - 1]!.low !== 'và' && !JOINING_MARKS.has(t.info[k - 1]!.low) && !(t.cueAt[k]! & (CUE.org | CUE.loc) && !WEAK_HEADS.has(headText(t, k, t.cueLen[k]!))))) break;
    const c = capsRun(t, k, gaz);
    if (c < k || (info.surname && c > k && allCapitalised(t, k, c))) break;
    end = c;
    k = c + 1;
    afterVerb = false;
  }
  return end;
}

/**
 * Where the capitalised run starting at token i ends (its last token), or i - 1 when none starts
 * there; a known person's name or a title (`PGS.TS`) past its first token ends it.
 */
function capsRun(t: NerTokens, i: number, gaz?: Uint8Array): number {
  let j = i;
  // capitalised words, with the lower-case syllables of a word that opens capitalised (`Thương_mại`)
  // (a person cue that is also a country goes on: `Bộ Ngoại giao Đức`, `Đại sứ quán Anh`)
  // (a capitals line gives none: the loop does not run, and `i - 1` comes from the return all take,
  // not from a return of its own that a headline first takes after optimisation, a deoptimisation;
  // a word capitalised only at its start after a final dot opens the next sentence: `châu Á. Hiện nay`)
  // (and the lower-case words and dash inside a name the gazetteer found whole: `Bà Rịa - Vũng
  // Tàu`, `Bộ Kế hoạch và Đầu tư`, after which only a place goes on: not `... Đầu tư Nguyễn Chí Dũng`)
  let inGaz = false;
  while (!t.capsLine && j < t.n) {
    const gazInside = gaz !== undefined && j > i && gaz[j]! > 0 && (gaz[j]! & 1) === 0 && gaz[j - 1]! > 0;
    if (gazInside) inGaz ||= !isCap(t.info[j]!.shape);
    else if (inGaz && !(gaz![j]! > 0 && (gazClass(gaz![j]!) === GAZ.LOC || gazClass(gaz![j]!) === GAZ.COUNTRY))) break;
    else if (!isCap(t.info[j]!.shape) || t.info[j]!.notName || (j > i && ((gaz && personAt(gaz, j)) || (t.cueAt[j]! & CUE.person && !(gaz && countryAt(gaz, j))) || (t.info[j - 1]!.low.endsWith('.') && commonWord(t, j))))) break;
    j++;
    while (j < t.n && t.wordStart[j] !== 1 && t.info[j]!.shape === SHAPE.lower) j++;
  }
  return j - 1;
}

/** The end of a name after a head: capitalised words, a place head and its name (`UBND tỉnh Quảng Ninh`). */
function nameAfterHead(t: NerTokens, i: number, gaz: Uint8Array, capitalHead: boolean, company: boolean, direct: boolean): number {
  let last = capsRun(t, i, gaz);
  if (capitalHead && last >= i) last = extendOrgName(t, last, gaz, company);
  // `Chi cục thủy sản`, `Công ty TNHH thương mại dịch vụ Hoàng Long`: the words of names right after
  // the head (not a head that names only capitalised, nor at a sentence start: `Trung tâm thương mại`)
  else if (direct && orgWordAt(t, i) !== 0) last = extendOrgName(t, i - 1, gaz, company);
  // `Chi cục thuế quận Phú Nhuận`: a few lower-case words, then a place head and its name
  if (last < i && capitalHead) {
    for (let k = i; k < Math.min(t.n, i + 3) && t.info[k]!.shape === SHAPE.lower; k++) {
      if (t.cueAt[k + 1]! & CUE.loc && capsRun(t, k + 1 + t.cueLen[k + 1]!) >= k + 1 + t.cueLen[k + 1]!) {
        last = k;
        break;
      }
    }
  }
  for (;;) {
    const k = last + 1;
    if (k >= t.n || !(t.cueAt[k]! & CUE.loc)) return last;
    let after = capsRun(t, k + t.cueLen[k]!, gaz);
    // `Công an phường 5`: a place head and its number
    if (after < k + t.cueLen[k]! && k + t.cueLen[k]! < t.n && t.info[k + t.cueLen[k]!]!.shape === SHAPE.number) after = k + t.cueLen[k]!;
    if (after < k + t.cueLen[k]!) return last;
    last = after;
  }
}

/**
 * Where a name starts after one lower-case word of description at token k (`cà phê` in `Tập đoàn
 * cà phê Trung Nguyên`), not a word of official names, a cue or a starter, or -1.
 */
function describedName(t: NerTokens, k: number, gaz: Uint8Array): number {
  let m = k;
  while (m < t.n && m - k < 2 && t.info[m]!.shape === SHAPE.lower && (m === k ? t.wordStart[m] === 1 : t.wordStart[m] !== 1)) m++;
  if (m === k || m >= t.n || t.wordStart[m] !== 1 || orgWordAt(t, k) !== 0 || t.cueAt[k] || t.info[k]!.starter || FUNCTION_WORDS.has(t.info[k]!.low)) return -1;
  // (not a country: `tập đoàn vào Việt Nam`)
  if (t.cueAt[m] || !isCap(t.info[m]!.shape) || t.info[m]!.notName || commonWord(t, m) || countryAt(gaz, m) || capsRun(t, m, gaz) < m) return -1;
  return m;
}

/** The lower-case words of the cue at token i (`len` tokens). */
function headText(t: NerTokens, i: number, len: number): string {
  let s = t.info[i]!.low;
  for (let k = i + 1; k < i + len; k++) s += ` ${t.info[k]!.low}`;
  return s;
}

/**
 * The length of the first institution written at token i as listed (each word in its case: a
 * capitalised word a title-case token, a lower-case one a token not in title case) and ending a
 * word, not followed by a capital; 0 for none. Compared by the tokens' lower case and shape, with
 * no string built nor callback made per token (this runs at every capitalised token mid-sentence).
 */
function institutionAt(t: NerTokens, i: number): number {
  for (const w of INSTITUTIONS) {
    let k = 0;
    while (k < w.length && i + k < t.n && t.info[i + k]!.low === w[k]!.low && (t.info[i + k]!.shape === SHAPE.title) === w[k]!.title) k++;
    if (k < w.length) continue;
    const e = i + w.length;
    if (e >= t.n || (!isCap(t.info[e]!.shape) && t.wordStart[e] === 1)) return w.length;
  }
  return 0;
}

/**
 * Whether an unknown capitalised run at token i may be guessed a name: not a single letter (`hạng
 * A`), not after a direction word (`phía Tây`), not a common word capitalised for emphasis (a
 * word whose first syllable only is capitalised: `Dự_án`, `Bể_bơi`, `Ngày_sinh`).
 */
function guessable(t: NerTokens, i: number): boolean {
  if (t.end[i]! - t.start[i]! === 1) return false;
  if (t.cueBefore[i]! & CUE.direction) return false;
  return !commonWord(t, i);
}

/** Whether token i opens a word whose first syllable only is capitalised (`Dự_án`, `Hợp_tác`): a common word, not a name. */
function commonWord(t: NerTokens, i: number): boolean {
  return t.wordStart[i] === 1 && i + 1 < t.n && t.wordStart[i + 1] !== 1 && t.info[i + 1]!.shape === SHAPE.lower;
}

/** Whether capitalised tokens [i, last] are the title of a work: three or more, one an English title word (`The`, `And`). */
function workTitle(t: NerTokens, i: number, last: number): boolean {
  if (last - i < 2) return false;
  for (let k = i; k <= last; k++) if (TITLE_WORD_SET.has(t.info[k]!.low)) return true;
  return false;
}

/**
 * Where a Vietnamese full name ends the capitalised run [from, last] (a family name and two or
 * three more capitalised Vietnamese syllables, whatever the segmenter joined), or -1.
 */
function holderAt(t: NerTokens, from: number, last: number): number {
  for (let k = Math.max(from, last - 3); k <= last - 2; k++) {
    if (!t.info[k]!.surname) continue;
    let ok = true;
    for (let m = k; m <= last && ok; m++) ok = t.info[m]!.shape === SHAPE.title && t.info[m]!.viet;
    if (ok) return k;
  }
  return -1;
}

/** Whether tokens [i, last] are all capitalised (`Nguyễn Thanh Sơn`, `NGUYỄN VĂN A`; not `Tăng cường`). */
function allCapitalised(t: NerTokens, i: number, last: number): boolean {
  for (let k = i; k <= last; k++) if (!isCap(t.info[k]!.shape)) return false;
  return true;
}

/** The first tokens of the names guessed in the sentence being labelled: step 6's (i), step 5's full names (-1 - i). */
const guessed: number[] = [];

/** Labels tokens into `out` (BIO tags) with `gaz` the gazetteer codes of the same tokens. */
export function labelTokens(t: NerTokens, gaz: Uint8Array, out: Uint8Array, opts: { guess?: boolean } = {}): void {
  const guess = opts.guess ?? true;
  out.fill(O, 0, t.n);
  guessed.length = 0;
  const span = (first: number, last: number, type: number): void => {
    out[first] = begin(type);
    for (let k = first + 1; k <= last; k++) out[k] = inside(type);
  };
  const gazEnd = (i: number): number => {
    let j = i + 1;
    while (j < t.n && gaz[j]! > 0 && (gaz[j]! & 1) === 0) j++; // inside codes are even
    return j - 1;
  };
  let personCue = false;
  for (let i = 0; i < t.n; i++) {
    const cue = t.cueAt[i]!;
    const len = t.cueLen[i]!;
    if (t.cueBefore[i]! & CUE.person) personCue = true;
    // 1. `Bộ Ngoại giao Trung Quốc`, `công an huyện Phú Giáo`, `báo Tuổi Trẻ`: an organisation head
    //    and the name or place after it are one ORG; `tỉnh Quảng Ninh`, `sông Hồng` one LOC.
    // (not after `ông`, `bà`: `ông Ban Ki-moon` is a person, not a board)
    if ((cue & (CUE.org | CUE.loc)) && i + len < t.n && !(t.cueBefore[i]! & CUE.honorific)) {
      const nameStart = i + len;
      // (the end of a gazetteer match there, read by two checks below: one call, made every time, so
      // that neither makes a call first after optimisation, which deoptimised this function)
      const nameGazEnd = gazEnd(nameStart);
      const capitalHead = isCap(t.info[i]!.shape);
      const head = headText(t, i, len);
      // (a newspaper's name goes on in lower case after `báo` too: `báo Công an nhân dân`)
      let last = cue & CUE.org ? nameAfterHead(t, nameStart, gaz, capitalHead || PRESS.has(head), COMPANIES.has(head), capitalHead && !WEAK_HEADS.has(head) && !t.sentStart[i]) : capsRun(t, nameStart, gaz);
      // `sân bay quốc tế Phú Quốc`, `cửa khẩu quốc tế Mộc Bài`: a place head, `quốc tế`, the name
      if (last < nameStart && !(cue & CUE.org) && nameStart + 2 < t.n && t.info[nameStart]!.low === 'quốc' && t.info[nameStart + 1]!.low === 'tế' && t.info[nameStart]!.shape === SHAPE.lower) {
        const after = capsRun(t, nameStart + 2, gaz);
        if (after >= nameStart + 2) last = after;
      }
      // `Tập đoàn cà phê Trung Nguyên`: a company's head, one lower-case word of description, then its
      // own name: the name alone is the ORG (GUIDELINE.md: a head, a description, the name); so too
      // after a place head in lower case (`thành phố duyên hải Jableh` → LOC `Jableh`)
      if (last < nameStart && (COMPANIES.has(head) || (!capitalHead && !(cue & CUE.org))) && !t.sentStart[i]) {
        const m = describedName(t, nameStart, gaz);
        if (m > 0) {
          const end = capsRun(t, m, gaz);
          span(m, end, cue & CUE.org ? ORG : LOC);
          i = end;
          personCue = false;
          continue;
        }
      }
      // `bệnh viện Pakistan`, `cảnh sát Pháp`: a lower-case head before a place only describes
      const g = gaz[nameStart]!;
      const placeCovers = nameGazEnd >= last; // (compared every time, as above)
      if (!capitalHead && cue & CUE.org && g > 0 && (gazClass(g) === GAZ.COUNTRY || gazClass(g) === GAZ.LOC) && placeCovers) last = -1;
      // `trung tâm xã Đất Mũi`, `văn phòng quận 1`: a lower-case word that heads only a capitalised
      // organisation's name, before a place head, only says where (the place is the name)
      if (!capitalHead && cue & CUE.org && t.cueAt[nameStart]! & CUE.loc && !(cue & CUE.loc) && WEAK_HEADS.has(headText(t, i, len))) last = -1;
      // `cao tốc Long Thành – Dầu Giây`, `kênh Nhiêu Lộc - Thị Nghè`: a way named by its two ends
      if (last >= nameStart && cue & CUE.loc && !(cue & CUE.org) && LINK_HEADS.has(headText(t, i, len))) {
        while (last + 2 < t.n && DASHES.has(t.info[last + 1]!.low) && capsRun(t, last + 2, gaz) >= last + 2) last = capsRun(t, last + 2, gaz);
      }
      // `quận 7`, `Quốc lộ 1A`: a place head and a number
      if (last < nameStart && cue & CUE.loc && t.info[nameStart]!.shape === SHAPE.number && !(cue & CUE.org)) last = nameStart;
      // (not a person's call name alone after it, nor after an organisation head a full name the KB
      // knows, starting there: `đảng Keir Starmer`; a street keeps its person, `đường Võ Nguyên Giáp`;
      // a longer name opening with one is a name: `Tập đoàn Hoa Sen`)
      const g0 = gaz[nameStart]!;
      if (last >= nameStart && !(g0 > 0 && nameGazEnd >= last && (gazClass(g0) === GAZ.SHORT || (gazClass(g0) === GAZ.PER && (g0 & 1) === 1 && !(cue & CUE.loc))))) {
        // `Phó Cục trưởng Cục Quản lý Dược Đỗ Văn Đông`: after a title, the holder's full name ends the run
        const holder: number = personCue ? holderAt(t, nameStart + 1, last) : -1;
        // (subtracted whatever the holder: a subtraction first made after optimisation, at the
        // first holder, deoptimised this function and had it compiled again)
        const beforeHolder = holder - 1;
        if (holder > 0) last = beforeHolder;
        // `các huyện Núi Thành, Tiên Phước, Bắc Trà My`, `các khách sạn Phú Quốc`: a place head in
        // lower case after a plural is a common noun; the names after it are places, a list of them
        if (!capitalHead && !(cue & CUE.org) && i > 0 && PLURALS.has(t.info[i - 1]!.low)) {
          span(nameStart, last, LOC);
          while (last + 2 < t.n && (t.info[last + 1]!.low === ',' || t.info[last + 1]!.low === 'và') && !(t.cueAt[last + 2]! & CUE.loc) && capsRun(t, last + 2, gaz) >= last + 2) {
            const next = capsRun(t, last + 2, gaz);
            span(last + 2, next, LOC);
            last = next;
          }
          i = last;
          continue;
        }
        // `tổ chức Minh bạch Quốc tế`: a lower-case head that only describes stays outside
        span(!capitalHead && DESCRIBING.has(head) ? nameStart : i, last, cue & CUE.org ? ORG : LOC);
        i = Math.max(i, last);
        personCue = holder > 0;
        continue;
      }
    }
    // 2. `người Việt`, `tiếng Anh`: a people or a language, the head inside (a country after `người`).
    //    `Cúp Quốc gia Đức`, `Chiến tranh Lạnh`, `giải Ngoại hạng Anh`: an event or an award, the whole run.
    const afterMisc = i + len;
    const people = t.info[i]!.low === 'người' || t.info[i]!.low === 'tiếng';
    const eventEnd = (cue & CUE.misc) && !people && afterMisc < t.n ? capsRun(t, afterMisc, gaz) : -1;
    // (a lower-case head before a place alone describes: `chiến tranh Iraq` → `Iraq`)
    const placeOnly = !isCap(t.info[i]!.shape) && gaz[afterMisc]! > 0 && (gazClass(gaz[afterMisc]!) === GAZ.COUNTRY || gazClass(gaz[afterMisc]!) === GAZ.LOC) && gazEnd(afterMisc) >= eventEnd;
    if (eventEnd >= afterMisc && eventEnd - afterMisc < 5 && !placeOnly) {
      span(i, eventEnd, MISC);
      i = eventEnd;
      continue;
    }
    if ((cue & CUE.misc) && people && afterMisc < t.n && ((gaz[afterMisc]! > 0 && gazClass(gaz[afterMisc]!) === GAZ.COUNTRY) || (gaz[afterMisc] === 0 && capsRun(t, afterMisc, gaz) >= afterMisc && capsRun(t, afterMisc, gaz) <= afterMisc + 1))) {
      const last = gaz[afterMisc]! > 0 ? gazEnd(afterMisc) : capsRun(t, afterMisc, gaz);
      span(i, last, MISC);
      i = Math.max(i, last);
      continue;
    }
    // 3. A name the knowledge base knows: `Tập Cận Bình`, `Triều Tiên`, `KCNA`; a short name
    //    (`Putin`, `Kim`) only after a title or an honorific, or inside a sentence.
    const g = gaz[i]!;
    if (g > 0 && (g & 1) === 1) {
      const cls = gazClass(g);
      const last = gazEnd(i);
      // `Anh Cường kể`: a sentence-initial address word is not the country `Anh`
      // (nor the `Anh` of `bảng Anh`, the pound sterling, a currency)
      const address = (t.sentStart[i] && last === i && (t.cueAt[i]! & CUE.person) !== 0) || (cls === GAZ.COUNTRY && i > 0 && t.info[i - 1]!.low === 'bảng');
      // a call name alone (`Putin`, `Tập`) is a whole word standing alone, not a syllable of
      // `Tập_đoàn` or a part of an unknown longer name (`Quang Hà`)
      const alone = cls !== GAZ.SHORT || (t.wordStart[i] === 1 && (last + 1 >= t.n || t.wordStart[last + 1] === 1) &&
        (last + 1 >= t.n || !isCap(t.info[last + 1]!.shape)) && (i === 0 || t.sentStart[i] === 1 || !isCap(t.info[i - 1]!.shape)));
      // a name does not end inside a word that goes on in lower case (`Đảng_bộ`, the party's committee)
      const cut = last + 1 < t.n && t.wordStart[last + 1] !== 1 && !isCap(t.info[last + 1]!.shape) && t.info[last + 1]!.shape !== SHAPE.number;
      if (!address && alone && !cut && (cls !== GAZ.SHORT || personCue || !t.sentStart[i])) {
        // `NTK Anh Thư`, `ca sĩ Mỹ Tâm`: after a person cue, a one-syllable country and one more
        // Vietnamese syllable, unknown, ending the run, are a person's name
        if (personCue && cls === GAZ.COUNTRY && last === i && i + 1 < t.n && gaz[i + 1] === 0 && t.info[i + 1]!.shape === SHAPE.title &&
          t.info[i + 1]!.viet && !t.info[i + 1]!.notName && (i + 2 >= t.n || !isCap(t.info[i + 2]!.shape))) {
          span(i, i + 1, PER);
          personCue = false;
          i++;
          continue;
        }
        // `chị Nga`, `ông Mỹ`: right after an honorific, a one-syllable country alone is a person's given name
        if (cls === GAZ.COUNTRY && last === i && i > 0 && t.cueAt[i - 1]! & CUE.honorific && t.cueLen[i - 1] === 1 && (i + 1 >= t.n || !isCap(t.info[i + 1]!.shape))) {
          span(i, i, PER);
          personCue = false;
          continue;
        }
        // `Incheon United`, `Sydney FC`: a place and more capitalised words ending in a club's or company's word
        if ((cls === GAZ.LOC || cls === GAZ.COUNTRY) && last + 1 < t.n && t.wordStart[last + 1] === 1) {
          const more = capsRun(t, last + 1, gaz);
          if (more > last && suffixType(t, more) >= 0) {
            span(i, more, suffixType(t, more));
            personCue = false;
            i = more;
            continue;
          }
        }
        const type = cls === GAZ.COUNTRY ? LOC : cls === GAZ.SHORT ? PER : cls;
        // `Chủ tịch Hồ Chí Minh` written as one alias: the title stays outside the person
        const from = type === PER && t.cueAt[i]! & CUE.person && i + t.cueLen[i]! <= last ? i + t.cueLen[i]! : i;
        span(from, last, type);
        // `Chủ tịch Trung Quốc Tập Cận Bình`: a title's person may follow its country
        personCue = personCue && type === LOC;
        i = Math.max(i, last);
        continue;
      }
    }
    const shape = t.info[i]!.shape;
    // `Đảng`, `Quốc hội`, `Chính phủ` as written, capitalised, mid-sentence: Vietnam's institutions.
    if (shape === SHAPE.title && !t.sentStart[i]) {
      // a whole word (`Đảng_bộ tỉnh` is not the Party)
      const inst = institutionAt(t, i);
      if (inst > 0) {
        span(i, i + inst - 1, ORG);
        i += inst - 1;
        continue;
      }
    }
    // 4. `ông Kim`, `Tổng thống Vladimir Putin`, `HLV Park Hang-seo`: a capitalised run after a person cue.
    // (not a common word capitalised after a title: `Cục trưởng Hợp_tác quốc tế`)
    if (personCue && isCap(shape) && !t.capsLine && !t.info[i]!.notName && !(t.cueAt[i]! & (CUE.person | (t.cueBefore[i]! & CUE.honorific ? 0 : CUE.org | CUE.loc))) && !commonWord(t, i)) {
      const last = capsRun(t, i, gaz);
      // `cầu thủ HAGL`: an acronym after a person cue is the person's club or company
      span(i, last, acronymRun(t, i, last) ? ORG : PER);
      personCue = false;
      i = Math.max(i, last);
      continue;
    }
    // 5. `Nguyễn Thanh Sơn`: a capitalised run of two to five syllables opening with a family name.
    if (t.info[i]!.surname && shape === SHAPE.title && !t.capsLine) {
      const last = capsRun(t, i);
      // every syllable capitalised: `Tăng_cường`, `Vũ_khí` open with a family name but are words
      if (last - i >= 1 && last - i <= 4 && allCapitalised(t, i, last)) {
        span(i, last, PER);
        guessed.push(-1 - i); // a full name: a place only after a house number
        i = Math.max(i, last);
        personCue = false;
        continue;
      }
    }
    // 6. Any other capitalised run inside a sentence: an acronym or a mixed-case name (`HAGL`,
    //    `VTVcab`) is most often an organisation, a run of capitalised syllables (`Hải`, `Taylor Swift`) a person.
    const opening = t.sentStart[i] === 1 && (t.info[i]!.starter || i + 1 >= t.n || !isCap(t.info[i + 1]!.shape));
    if (guess && isCap(shape) && !opening && !t.capsLine && !t.info[i]!.notName && !(t.cueAt[i]! & (CUE.org | CUE.loc | CUE.person | CUE.misc)) && guessable(t, i)) {
      const last = capsRun(t, i, gaz);
      const acronym = acronymRun(t, i, last);
      // `I.Keles`, `O.Omelchuk`: an initial and a family name alone, a person (not `Q.Thủ Đức`, a district)
      if ((i + 1 >= t.n || !isCap(t.info[i + 1]!.shape)) && INITIAL_NAME.test(t.info[i]!.low) && t.info[i]!.shape === SHAPE.capMixed && !(t.cueBefore[i]! & (CUE.orgBefore | CUE.locBefore))) {
        span(i, last, PER);
        i = Math.max(i, last);
        personCue = false;
        continue;
      }
      // one foreign word with nothing to say it names someone (`Pantene`, `Armata`, `Marble`): too
      // often a brand, a product or a thing to be guessed a person
      if (last === i && !acronym && !t.info[i]!.viet && !(t.cueBefore[i]! & (CUE.orgBefore | CUE.locBefore))) continue;
      // `súng K59`, `xăng A92`: a code alone is a model or a grade
      if (last === i && t.info[i]!.code) continue;
      // `tờ Korean Times`, `thương hiệu Hoa Sen`: after an organisation cue, an organisation;
      // `tại Incheon`, `quê Phú Xuyên`: after a place cue, a place; `The Angry Birds Movie`: a work
      const suffix = last > i ? suffixType(t, last) : -1;
      span(i, last, suffix >= 0 ? suffix : acronym || t.cueBefore[i]! & CUE.orgBefore ? ORG : t.cueBefore[i]! & CUE.locBefore ? LOC : workTitle(t, i, last) ? MISC : PER);
      guessed.push(i);
      i = Math.max(i, last);
      personCue = false;
      continue;
    }
    if (!(t.cueAt[i]! & CUE.person) || t.cueLen[i] === 0) personCue = false;
    if (t.cueAt[i]! & CUE.person) i += Math.max(0, t.cueLen[i]! - 1);
  }
  if (guess) {
    listedPlaces(t, out);
    addressPlaces(t, gaz, out, guessed);
    bylines(t, gaz, out);
    bareCity(t, out);
    affiliations(t, out);
  }
  abbreviatedBodies(t, out);
  nationalBodies(t, gaz, out);
}
