/**
 * Finds Vietnamese time expressions in text and resolves them against a reference time (the
 * article's publication): `hôm 23/3`, `hôm thứ Ba`, `tuần trước`, `cuối tháng 4`, `2h45 sáng`,
 * `rằm tháng Giêng`. Written dates are read by the one date parser (src/text/dates `findDates`, in
 * its prose mode); the words around them decide whether a day-month without a year is a date
 * (`hôm 23/3`) or not (`tỉ số 2-1`, `1/5 doanh thu`); the rest is the grammar of grammar.ts.
 * Nothing reads the clock: without a reference, relative expressions are kept unresolved.
 */
import { findDates, parseDate, type FoundDate } from '../../text/dates/index.js';
import type { Span } from '../../text/syllables.js';
import { addDays, dayNumber, formatDay, formatInstant, isValidDay, lunarToSolar, nearestLunar, type Day } from './calendar.js';
import { alt, RULES, yearOfStemBranch, type Candidate, type Context, type Granularity, type Rule } from './grammar.js';
import { BACKWARD, BRANCHES, DAY_PREFIXES, FORWARD, LOCAL_TIME, LUNAR_MARKS, NUMBER_WORDS, PARTS_OF_DAY, STEMS, UNITS } from './words.js';

/** One time expression: its span, and its value in ISO 8601, or why it has none. */
export interface TimeExpression {
  /** Offsets into the text (UTF-16 code units). */
  start: number;
  end: number;
  text: string;
  /** `2021-03-23`, `2021-W11`, `2018-06`, `2020`, `2021-03-23T02:45+07:00`, or an interval `start/end`; null when unresolved. */
  value: string | null;
  granularity: Granularity | null;
  /** Why there is no value (`no day`, `no reference time`, `no such lunar date`). */
  reason?: string;
}

export interface TimeOptions {
  /** The time the text was written (ISO 8601, an article's `publishedAt`); without it relative expressions stay unresolved. */
  reference?: string;
  /**
   * The sentences of the text: a month without a year takes a year written before it in its
   * sentence. Default: the whole text is one sentence.
   */
  sentences?: readonly Span[];
}

/** The rules that may start with each word (`0`: a digit); a span ago is also tried from its unit word (`ba năm trước`). */
const RULES_BY_WORD = new Map<string, Rule[]>();
for (const rule of RULES) for (const w of rule.starts) RULES_BY_WORD.set(w, [...(RULES_BY_WORD.get(w) ?? []), rule]);
const UNIT_WORDS = new Set(Object.keys(UNITS));
for (const u of UNIT_WORDS) if (!RULES_BY_WORD.has(u)) RULES_BY_WORD.set(u, []);
/** Lower case of each code below U+2000 (Vietnamese letters included), for hashing words without making strings. */
const LOWER = new Uint16Array(0x2000).map((_, c) => String.fromCharCode(c).toLowerCase().charCodeAt(0));
const hashStep = (h: number, c: number) => (Math.imul(h, 33) + LOWER[c]!) | 0;
/** The trigger words by the hash of their letters (a hit is checked against the word itself). */
const RULES_BY_HASH = new Map<number, string>();
/** A filter of those hashes (their low 12 bits): most words are passed over without a map lookup. */
const HASH_FILTER = new Uint8Array(4096);
for (const w of RULES_BY_WORD.keys()) {
  let h = 5381;
  for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
  RULES_BY_HASH.set(h, w);
  HASH_FILTER[h & 4095] = 1;
}
const DIGIT_RULES = RULES_BY_WORD.get('0')!;
const MAX_TRIGGER_LENGTH = Math.max(...[...RULES_BY_WORD.keys()].map((w) => w.length));
const AGO_RULES = RULES.filter((r) => r.name === 'ago');

/** A letter for word boundaries (Latin, Vietnamese and other letters below U+2000, combining marks included). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
/** 1 for a letter, 2 for a digit, 0 otherwise, for codes below U+2000 (above: 0). */
const CLASS = new Uint8Array(0x2000).map((_, c) => (isDigit(c) ? 2 : isLetter(c) ? 1 : 0));
const classOf = (c: number) => (c < 0x2000 ? CLASS[c]! : 0);
const NUMBER_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])((?:cách\\s+đây\\s+)?(?:\\d{1,3}|${alt(Object.keys(NUMBER_WORDS))})\\s+)$`, 'iu');

const PREFIX_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:(?:${alt(PARTS_OF_DAY)})\\s+)?(?:${alt(DAY_PREFIXES)})\\s+(?:ngày\\s+)?)$`, 'iu');
const RANGE_BEFORE = /(?<![\d.,/])(\d{1,2})\s*[-–]\s*$/u;
const NIGHT_BEFORE = /(?:^|[^\p{L}])(?:khuya|đêm|tối)\s+(\d{1,2})\s+$/iu;
const AFTER_DATE = new RegExp(
  `^(?:\\s+năm\\s+(${alt(STEMS)})\\s+(${alt(BRANCHES.flat())})(?![\\p{L}]))?(?:\\s*\\(?\\s*(${alt(LUNAR_MARKS)})(?![\\p{L}])\\)?)?(?:\\s+(${alt([...FORWARD, ...BACKWARD])})(?![\\p{L}]))?`,
  'iu',
);
const LOCAL_AFTER = new RegExp(`^\\s*\\(?\\s*(?:${alt(LOCAL_TIME)})`, 'iu');
const DEFAULT_OFFSET = 420;

/** Every time expression in `text`, in order. */
export function findTimes(text: string, options: TimeOptions = {}): TimeExpression[] {
  const refValue = options.reference ? parseDate(options.reference) : undefined;
  const ref: Day | undefined = refValue ? referenceDay(refValue) : undefined;
  const units = options.sentences ?? [];
  const ctx: Context = { text, ref, unitStart: (pos) => unitStart(units, pos) };

  const grammar = grammarCandidates(ctx);
  const written = writtenDates(text, ctx, grammar);
  const all = [...grammar, ...written].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  for (const c of all) {
    const last = chosen.at(-1);
    if (last && c.start < last.end) continue;
    chosen.push(c);
  }
  return joinClocks(chosen, text).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: c.value ?? null,
    granularity: c.value ? c.granularity ?? null : null,
    ...(c.value ? {} : { reason: c.reason ?? 'unresolved' }),
  }));
}

/** The reference's day in Vietnam: an instant written in another zone is moved to +07:00 first. */
function referenceDay(v: NonNullable<ReturnType<typeof parseDate>>): Day {
  if (v.offset === undefined || v.hour === undefined) return { year: v.year, month: v.month, day: v.day };
  const minutes = (v.hour * 60 + (v.minute ?? 0)) - v.offset + DEFAULT_OFFSET;
  return addDays({ year: v.year, month: v.month, day: v.day }, Math.floor(minutes / 1440));
}

function unitStart(units: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = units.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.start <= pos) {
      found = units[mid]!.start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The grammar's candidates: at the start of each word that may open an expression (and of each
 * number), the rules that may start there; the longest match wins. A scan of character codes, not a
 * regular expression over the whole text: this is the stage's hot loop.
 */
function grammarCandidates(ctx: Context): Candidate[] {
  const { text } = ctx;
  const n = text.length;
  const out: Candidate[] = [];
  let covered = 0;
  let prevClass = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    const atWordStart = prevClass === 0;
    prevClass = cls;
    if (!atWordStart || cls === 0) continue;
    let best: Candidate | undefined;
    let end = i + 1;
    if (cls === 2) {
      best = bestAt(ctx, i, DIGIT_RULES, undefined);
      // the rest of the number: `1.500.000` is tried once
      for (let d = text.charCodeAt(end); end < n && (isDigit(d) || d === 46 || d === 44 || d === 47 || d === 58 || d === 45); d = text.charCodeAt(++end));
    } else {
      while (end < n && classOf(text.charCodeAt(end)) === 1) end++;
      let candidate: string | undefined;
      if (end - i <= MAX_TRIGGER_LENGTH) {
        let h = 5381;
        for (let k = i; k < end; k++) h = hashStep(h, text.charCodeAt(k));
        candidate = HASH_FILTER[h & 4095] ? RULES_BY_HASH.get(h) : undefined;
      }
      const word = candidate !== undefined && end - i === candidate.length ? text.slice(i, end).toLowerCase() : undefined;
      const rules = word !== undefined && word === candidate ? RULES_BY_WORD.get(word) : undefined;
      if (rules) {
        best = bestAt(ctx, i, rules, undefined);
        if (UNIT_WORDS.has(word!)) {
          // `ba năm trước`, `cách đây 3 ngày`: a span ago starts at its number, found from its unit
          const b = NUMBER_BEFORE.exec(text.slice(Math.max(covered, i - 24), i));
          if (b) best = bestAt(ctx, i - b[1]!.length, AGO_RULES, best);
        }
      }
    }
    if (best && best.start < covered && best.head !== undefined && best.head >= covered) best = { ...best, start: best.head };
    if (best && best.start >= covered) {
      out.push(best);
      covered = best.end;
      end = Math.max(end, best.end);
    }
    i = end - 1;
    prevClass = classOf(text.charCodeAt(i));
  }
  return out;
}

/** The longest candidate of `rules` at `pos` (earliest start first), or `best` when none is better. */
function bestAt(ctx: Context, pos: number, rules: readonly Rule[], best: Candidate | undefined): Candidate | undefined {
  for (const rule of rules) {
    if (rule.pre && !rule.pre(ctx.text, pos)) continue;
    if (rule.guard) {
      rule.guard.lastIndex = pos;
      if (!rule.guard.test(ctx.text)) continue;
    }
    rule.re.lastIndex = pos;
    const r = rule.re.exec(ctx.text);
    if (!r) continue;
    const c = rule.read(r, ctx, pos);
    if (c && (!best || c.start < best.start || (c.start === best.start && c.end > best.end))) best = c;
  }
  return best;
}

/** Written dates (`hôm 23/3`, `ngày 26/9/2014`, `15h30, ngày 28/5`), a day-month without a year only where the words say it is a date. */
function writtenDates(text: string, ctx: Context, grammar: Candidate[]): Candidate[] {
  const ref = ctx.ref ?? { year: 2000, month: 1, day: 1 };
  const found = findDatesNear(text, { reference: ref, prose: true, minYear: 1000, maxYear: 2199 });
  const out: Candidate[] = [];
  const ends = new Set(grammar.map((g) => g.end));
  for (const f of found) {
    if (f.form !== 'yearless') {
      const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, f.start - 40), f.start));
      // `10 tháng năm 2013` in prose is ten months of 2013, not 10 May: a month by name needs `ngày` before it
      if (f.form === 'vi-month' && !prefix && /tháng\s+\p{L}/iu.test(f.text)) continue;
      out.push(resolvedDate(f, f.start - (prefix?.[1]!.length ?? 0), f.end, { year: f.value.year, month: f.value.month, day: f.value.day }, text));
      continue;
    }
    const c = yearlessDate(f, text, ctx, ends);
    if (c) {
      out.push(c);
      ends.add(c.end);
    }
  }
  return out;
}

/** Where a written date may be: `23/3`, `19-5`, `17.5`, `2019-11-18`, `23 tháng 3` (not `1.500`, `45.490.000`). */
const DATE_SEED = /(?<![\d.,])\d{1,2}\s?[/.-]\s?\d{1,2}(?!\d)|\d{4}[/.-]\d{1,2}[/.-]\d|\d\s+tháng\s/giu;
const WINDOW = 80;

/**
 * findDates over the windows of text around what may be a date, not over the whole text: an
 * article is mostly words, and the parser's patterns would each scan all of it. A window reaches
 * far enough for a date's time and zone on either side (findDates looks 30 characters away).
 */
function findDatesNear(text: string, options: Parameters<typeof findDates>[1]): FoundDate[] {
  const out: FoundDate[] = [];
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from < 0) return;
    for (const f of findDates(text.slice(from, to), options)) {
      // a date cut by the window's edge is found whole in the window that holds it
      if ((f.start === 0 && from > 0) || (f.end === to - from && to < text.length)) continue;
      if (out.length > 0 && from + f.start < out.at(-1)!.end) continue;
      out.push({ ...f, start: from + f.start, end: from + f.end });
    }
  };
  DATE_SEED.lastIndex = 0;
  for (let m = DATE_SEED.exec(text); m; m = DATE_SEED.exec(text)) {
    const a = Math.max(0, m.index - WINDOW);
    const b = Math.min(text.length, m.index + WINDOW);
    if (a <= to) to = b;
    else {
      flush();
      from = a;
      to = b;
    }
  }
  flush();
  return out;
}

function resolvedDate(f: FoundDate, start: number, end: number, d: Day, text: string): Candidate {
  if (f.value.hour === undefined) return { start, end, value: formatDay(d), granularity: 'day', day: d };
  const local = LOCAL_AFTER.test(text.slice(end, end + 20));
  const offset = local ? undefined : f.value.offset ?? DEFAULT_OFFSET;
  return { start, end, value: formatInstant(d, f.value.hour, f.value.minute ?? 0, offset), granularity: 'instant' };
}

/** What may stand between an expression and a day-month that it makes a date: `hôm qua 19/5`, `ngày mai (21/5)`, `19/3 âm lịch (25/4)`. */
const GAP_TAIL = /\s*[(,]?\s*(?:(?:tức|nhằm)\s+)?(?:ngày\s+)?$/iu;

function yearlessDate(f: FoundDate, text: string, ctx: Context, ends: Set<number>): Candidate | undefined {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  const prefix = PREFIX_BEFORE.exec(before);
  const after = AFTER_DATE.exec(text.slice(f.end, f.end + 40))!;
  let nextTo = false;
  for (let p = f.start - GAP_TAIL.exec(before)![0].length; p <= f.start && !nextTo; p++) nextTo = ends.has(p);
  const hasClock = f.value.hour !== undefined;
  const range = RANGE_BEFORE.exec(before);
  if (!prefix && !nextTo && !hasClock && !after[3] && !after[4] && !after[1] && !range) return undefined;
  let start = prefix ? f.start - prefix[1]!.length : f.start;
  let end = f.end + after[0].length;
  if (!ctx.ref) return { start, end, reason: 'no reference time' };
  const month = f.value.month;
  const dayOfMonth = f.value.day;
  if (after[1] || after[3]) {
    // a lunar date: `19/3 âm lịch`, `15/4 năm Bính Thân`
    const d = after[1] ? lunarToSolar(dayOfMonth, month, yearOfStemBranch(after[1], after[2]!, ctx.ref)) : nearestLunar(dayOfMonth, month, ctx.ref);
    return d ? { start, end, value: formatDay(d), granularity: 'day', day: d } : { start, end, reason: 'no such lunar date' };
  }
  const shift = after[4] ? after[4].toLowerCase().replace(/\s+/g, ' ') : undefined;
  const d = yearlessDay(dayOfMonth, month, ctx.ref, shift && FORWARD.includes(shift) ? 'forward' : shift ? 'backward' : undefined);
  if (!d) return { start, end, reason: 'no such day' };
  if (range) {
    // `23 - 25.5`: the days from the first number to the date
    const from = Number(range[1]);
    if (from < dayOfMonth) {
      start = f.start - before.length + range.index;
      return { start, end, value: `${formatDay({ ...d, day: from })}/${formatDay(d)}`, granularity: 'interval' };
    }
  }
  if (prefix) {
    // `khuya 18 rạng sáng 19/5`: the night between two days
    const night = NIGHT_BEFORE.exec(before.slice(0, before.length - prefix[1]!.length));
    if (night && Number(night[1]) === dayOfMonth - 1) {
      start = f.start - prefix[1]!.length - night[0].trimStart().length;
      return { start, end, value: `${formatDay(addDays(d, -1))}/${formatDay(d)}`, granularity: 'interval' };
    }
  }
  return resolvedDate(f, start, end, d, text);
}

/** A day-month's year: the reference's, the one before when it would fall over a month after it (news looks back), or as `tới`/`qua` say. */
function yearlessDay(dayOfMonth: number, month: number, ref: Day, shift: 'forward' | 'backward' | undefined): Day | undefined {
  const at = (year: number) => ({ year, month, day: dayOfMonth });
  let d = at(ref.year);
  const gap = dayNumber(d) - dayNumber(ref);
  if (shift === 'forward' && gap < 0) d = at(ref.year + 1);
  else if (shift === 'backward' && gap > 0) d = at(ref.year - 1);
  else if (!shift && gap > 31) d = at(ref.year - 1);
  return isValidDay(d.year, d.month, d.day) ? d : undefined;
}

const GAP_AFTER_CLOCK = /^\s*(?:\)\s*)?[,]?\s*(?:\([^()]{0,24}\)\s*)?(?:ngày\s+)?$/iu;
const GAP_BEFORE_CLOCK = /^\s*,?\s*(?:lúc|vào lúc|vào|khoảng)?\s*$/iu;

/** A clock time next to a day becomes an instant: `10h sáng nay`, `10:00 GMT) hôm thứ Bảy`, `hôm nay lúc 9h`. */
function joinClocks(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const next = cands[i + 1];
    if (c.clock && next?.day && GAP_AFTER_CLOCK.test(text.slice(c.end, next.start))) {
      out.push({ start: c.start, end: next.end, value: formatInstant(next.day, c.clock.hour, c.clock.minute, c.clock.offset ?? DEFAULT_OFFSET), granularity: 'instant' });
      i++;
      continue;
    }
    const prev = out.at(-1);
    if (c.clock && prev?.day && prev.granularity === 'day' && GAP_BEFORE_CLOCK.test(text.slice(prev.end, c.start))) {
      out[out.length - 1] = { start: prev.start, end: c.end, value: formatInstant(prev.day, c.clock.hour, c.clock.minute, c.clock.offset ?? DEFAULT_OFFSET), granularity: 'instant' };
      continue;
    }
    out.push(c);
  }
  return out;
}
