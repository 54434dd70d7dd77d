/**
 * The grammar of Vietnamese time expressions that are not written dates: relative days (`hôm qua`,
 * `sáng nay`), weekdays (`hôm thứ Ba`), weeks (`tuần trước`), months (`cuối tháng 4`, `tháng 6/2018`),
 * years (`năm ngoái`, `năm 2015`, `SN 1990`, `2016-2021`), spans ago (`cách đây 3 ngày`), decades,
 * seasons, lunar days (`rằm tháng Giêng`, `mùng 1 Tết`) and clock times. Each rule is one sticky
 * pattern built from the word lists of words.ts and a `read` that resolves what it matched against
 * the reference day; written dates (`23/3`, `26/9/2014`) are src/text/dates' (find.ts joins both).
 * Rules are tried at the positions where a trigger word or a digit starts; the longest match wins.
 */
import { VI_MONTH_WORDS } from '../../text/dates/words.js';
import {
  addDays, addMonths, dayNumber, formatDay, formatInstant, formatMonth, formatWeek, formatYear, lunarMonthLength, lunarToSolar,
  monthPart, nearestLunar, solarToLunar, weekday, type Day,
} from './calendar.js';
import {
  APPROXIMATELY, BACKWARD, BRANCHES, DECADE_WORDS, FORWARD, FULL_MOON, NUMBER_WORDS, PART_OF_DAY_SHIFT, PARTS_OF_DAY, PARTS_OF_MONTH,
  PARTS_OF_YEAR, RELATIVE_DAYS, RELATIVE_SHIFTS, SEASONS, STEMS, SUNDAY, UNIT_SHIFT_WORDS, UNITS, VAGUE_BEFORE, WEEKDAY_PREFIXES, WEEKDAYS,
  YEAR_PREFIXES,
} from './words.js';
import { agoCount, clockNext, digitAfterWords, fourDigits, letterWordNext } from './guards.js';

export type Granularity = 'instant' | 'day' | 'week' | 'month' | 'year' | 'interval';

/** What a rule found: a span and its value, or the reason it has none. */
export interface Candidate {
  start: number;
  end: number;
  value?: string;
  granularity?: Granularity;
  reason?: string;
  /** The day, for a day-valued candidate (a clock next to it makes an instant). */
  day?: Day;
  /** A clock time without its day. */
  clock?: { hour: number; minute: number; offset?: number };
  /** Where the expression's head starts, when words before it were taken in (`hôm` of `hôm thứ Ba`): the span may shrink to it. */
  head?: number;
}

export interface Context {
  text: string;
  /** The reference day (the article's, in Vietnam), or undefined: relative expressions stay unresolved. */
  ref?: Day;
  /** The first offset of the sentence holding a position (for a month's year named earlier in it). */
  unitStart(pos: number): number;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of words, longest first, a space matching any run of spaces. */
export const alt = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, '\\s+')).join('|');
const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const NB = '(?![\\p{L}\\d])'; // no letter or digit follows
const sticky = (src: string) => new RegExp(src, 'iuy');
const maxWords = (words: readonly string[]) => Math.max(...words.map((w) => w.split(' ').length));
/** Words before a year's digits: `hồi`, a part of the year, `năm`. */
const YEAR_WORDS = 1 + maxWords(Object.keys(PARTS_OF_YEAR)) + 1;
const DECADE_LENGTH = maxWords(DECADE_WORDS);
const firstWords = (words: readonly string[]) => [...new Set(words.map((w) => w.split(' ')[0]!))];

const MONTH_WORD = new Map<string, number>();
VI_MONTH_WORDS.forEach((forms, i) => forms.forEach((f) => MONTH_WORD.set(f, i + 1)));
const PART = alt(PARTS_OF_DAY);
const MONTH = `(\\d{1,2}|${alt(MONTH_WORD.keys())})`;
const STEM_BRANCH = `(${alt(STEMS)})\\s+(${alt(BRANCHES.flat())})`;
const NUMBER = `(\\d{1,3}|${alt(Object.keys(NUMBER_WORDS))})`;

const YEAR_PREFIX_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alt(YEAR_PREFIXES)})\\s+$`, 'iu');
const WEEKDAY_PREFIX_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${alt(WEEKDAY_PREFIXES)})\\s+)$`, 'iu');
const unresolvedRef = (start: number, end: number): Candidate => ({ start, end, reason: 'no reference time' });

function monthOf(word: string, raw: string): number | undefined {
  if (/^\d/.test(word)) {
    const n = Number(word);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  // `tháng năm` is May only when written `tháng Năm`: in lower case it is mostly `months and years`
  if (key(word) === 'năm' && raw[0] !== 'N') return undefined;
  return MONTH_WORD.get(key(word));
}

/** The last word before `at` (lower case), and the one before it. */
function wordsBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 16), at).toLowerCase();
}
const VAGUE_OR_COUNT = new RegExp(`(?:^|[^\\p{L}\\d.,/-])(?:${alt(VAGUE_BEFORE)}|\\d+|${alt(Object.keys(NUMBER_WORDS))})\\s+$`, 'iu');
/** `những tuần trước`, `2 tuần trước` (a count, read by `ago`); not when `hồi` opens the expression (`2-1 hồi tuần trước`). */
const vagueOrCount = (text: string, at: number, matched: string) => !/^hồi\s/iu.test(matched) && VAGUE_OR_COUNT.test(wordsBefore(text, at));
const COUNT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])(?:\\d+(?:[.,]\\d+)?|${alt(Object.keys(NUMBER_WORDS))})\\s+$`, 'iu');

/** The year last written in the sentence before `pos` (`Australian Open 2010 … tháng 3` is March 2010). */
function yearBefore(ctx: Context, pos: number): number | undefined {
  const seg = ctx.text.slice(Math.max(ctx.unitStart(pos), pos - 400), pos); // bounded: a sentence, and no further than 400 characters
  let year: number | undefined;
  for (const m of seg.matchAll(/(?<![\d.,])(1[89]\d\d|20\d\d|21\d\d)(?![\d]|[.,]\d)/g)) year = Number(m[1]);
  return year;
}

/** A year written after a list of months: `tháng 1, tháng 2 và tháng 3/2016`. */
const LIST_YEAR = /^(?:(?:\s*,\s*|\s+và\s+|\s+hoặc\s+|\s*[-–]\s*|\s+đến\s+)(?:tháng\s+)?\d{1,2})+\s?[/.-]\s?(\d{4})(?!\d)/iu;

/** A month with no year written: the sentence's year, else the reference's, else the year before (news looks back). */
function yearOfMonth(ctx: Context, start: number, end: number, month: number, shift: 'forward' | 'backward' | undefined): number | undefined {
  const listed = LIST_YEAR.exec(ctx.text.slice(end, end + 60));
  if (listed) return Number(listed[1]);
  const before = yearBefore(ctx, start);
  if (before !== undefined) return before;
  if (!ctx.ref) return undefined;
  const ahead = month - ctx.ref.month;
  if (shift === 'forward') return ahead < 0 ? ctx.ref.year + 1 : ctx.ref.year;
  if (shift === 'backward') return ahead > 0 ? ctx.ref.year - 1 : ctx.ref.year;
  return ahead > 2 ? ctx.ref.year - 1 : ctx.ref.year;
}

function shiftOf(word: string | undefined): 'forward' | 'backward' | undefined {
  if (!word) return undefined;
  const w = key(word);
  return FORWARD.includes(w) ? 'forward' : BACKWARD.includes(w) ? 'backward' : undefined;
}

export interface Rule {
  name: string;
  /** The first words the rule can start with (lower case), `0` for a digit: where find.ts tries it. */
  starts: readonly string[];
  /**
   * A small sticky pattern that must match first, when `re` is large and mostly fails: V8 runs a
   * big case-insensitive Unicode alternation slowly even where it fails at once (`ngày 19/5` tried as
   * a lunar day took 7 µs), and this keeps the stage near 20,000 articles/s.
   */
  guard?: RegExp;
  /** A cheaper check still, of character codes (guards.ts), before `guard` and `re`: false only where `re` cannot match. */
  pre?: (text: string, pos: number) => boolean;
  re: RegExp;
  read(m: RegExpExecArray, ctx: Context, at: number): Candidate | undefined;
}

const day = (start: number, end: number, d: Day): Candidate => ({ start, end, value: formatDay(d), granularity: 'day', day: d });

export const RULES: Rule[] = [
  {
    // hôm qua, ngày mai, tối hôm qua, sáng nay, chiều qua, đêm mai
    name: 'relative-day',
    guard: /[\p{L}]+(?:\s+[\p{L}]+){0,2}?\s*(?:nay|qua|mai|kia|mốt)(?![\p{L}])/iuy,
    starts: firstWords([...PARTS_OF_DAY, ...Object.keys(RELATIVE_DAYS)]),
    re: sticky(`(?:(${PART})\\s+)?(${alt(Object.keys(RELATIVE_DAYS))})${NB}|(${PART})\\s+(${alt(Object.keys(PART_OF_DAY_SHIFT))})${NB}`),
    read(m, ctx, at) {
      const shift = m[2] !== undefined ? RELATIVE_DAYS[key(m[2])] : PART_OF_DAY_SHIFT[key(m[4]!)];
      const end = at + m[0].length;
      if (shift === undefined) return undefined;
      return ctx.ref ? day(at, end, addDays(ctx.ref, shift)) : unresolvedRef(at, end);
    },
  },
  {
    // hôm thứ Ba, thứ Sáu tuần trước, ngày Chủ nhật, thứ 6 tới (not `ứng viên thứ ba`, `đứng thứ 3`: ordinals)
    name: 'weekday',
    guard: /(?:thứ\s+[\p{L}\d]|chủ\s+nhật)/iuy,
    starts: ['thứ', SUNDAY.split(' ')[0]!], // its prefix (`hôm`, `vào`) is looked for behind it: those words are frequent
    re: sticky(
      `()(?:thứ\\s+(${alt(Object.keys(WEEKDAYS))})|(${alt([SUNDAY])}))${NB}` +
        `(?:\\s+(tuần\\s+(?:${alt(UNIT_SHIFT_WORDS.week)})|${alt(['này', 'tới', 'vừa qua', 'trước', 'rồi'])})${NB})?`,
    ),
    read(m, ctx, at) {
      const name = m[2] ?? '';
      const capital = m[3] !== undefined || /^\p{Lu}/u.test(name);
      const prefix = WEEKDAY_PREFIX_BEFORE.exec(ctx.text.slice(Math.max(0, at - 16), at));
      if (!prefix && !m[4] && (!capital || /\d/.test(name))) return undefined;
      const head = at;
      if (prefix) at -= prefix[1]!.length;
      const end = head + m[0].length;
      if (!ctx.ref) return unresolvedRef(at, end);
      const target = m[3] !== undefined ? 6 : WEEKDAYS[key(name)]!;
      const ref = ctx.ref;
      const shift = m[4] ? key(m[4]) : '';
      let d: Day;
      if (shift.startsWith('tuần')) {
        const weeks = RELATIVE_SHIFTS[shift.slice(5)] ?? 0;
        d = addDays(ref, 7 * weeks + target - weekday(ref));
      } else if (shift === 'này') d = addDays(ref, target - weekday(ref));
      else if (shift === 'tới') d = addDays(ref, ((target - weekday(ref) + 6) % 7) + 1);
      else if (shift) d = addDays(ref, -(((weekday(ref) - target + 6) % 7) + 1));
      else d = addDays(ref, -((weekday(ref) - target + 7) % 7)); // the last one, today included
      return { ...day(at, end, d), head };
    },
  },
  {
    // tuần trước, hồi tuần trước, tuần tới (not `những tuần trước`, `2 tuần trước`: a count, read by `ago`)
    name: 'week',
    guard: /(?:hồi\s+)?tuần\s/iuy,
    starts: ['hồi', 'tuần'],
    re: sticky(`(?:hồi\\s+)?tuần\\s+(${alt(UNIT_SHIFT_WORDS.week)})${NB}(?!\\s+(?:khi|đó))`),
    read(m, ctx, at) {
      if (vagueOrCount(ctx.text, at, m[0])) return undefined;
      const end = at + m[0].length;
      if (!ctx.ref) return unresolvedRef(at, end);
      const d = addDays(ctx.ref, 7 * (RELATIVE_SHIFTS[key(m[1]!)] ?? 0));
      return { start: at, end, value: formatWeek(d), granularity: 'week' };
    },
  },
  {
    // tháng 6/2018, tháng 3-2011, cuối tháng 4, giữa tháng 1 năm nay, tháng 10 năm ngoái, tháng Một vừa qua,
    // tháng 8 cùng năm, đầu tháng 7 âm lịch
    name: 'month',
    starts: ['hồi', 'tháng', ...Object.keys(PARTS_OF_MONTH)],
    re: sticky(
      `(?:hồi\\s+)?(?:(${alt(Object.keys(PARTS_OF_MONTH))})\\s+)?tháng\\s+${MONTH}${NB}` +
        `(?:\\s?[/.-]\\s?(\\d{4})(?!\\d)|\\s+năm\\s+(\\d{4})(?!\\d)|\\s+năm\\s+(${alt(UNIT_SHIFT_WORDS.year)})${NB}|\\s+(cùng\\s+năm))?` +
        `(\\s+âm\\s+lịch)?(?:\\s+(${alt(['vừa qua', 'vừa rồi', 'này', 'tới', 'trước', 'qua'])})${NB})?`,
    ),
    read(m, ctx, at) {
      const month = monthOf(m[2]!, m[2]!);
      if (month === undefined) return undefined;
      if (!m[1] && vagueOrCount(ctx.text, at, m[0])) return undefined;
      const end = at + m[0].length;
      let year: number | undefined;
      if (m[3] || m[4]) year = Number(m[3] ?? m[4]);
      else if (m[5]) year = ctx.ref ? ctx.ref.year + (RELATIVE_SHIFTS[key(m[5])] ?? 0) : undefined;
      else if (m[6]) year = yearBefore(ctx, at);
      else year = yearOfMonth(ctx, at, end, month, shiftOf(m[8]));
      if (year === undefined) return { start: at, end, reason: ctx.ref ? 'no year' : 'no reference time' };
      const part = m[1] ? PARTS_OF_MONTH[key(m[1])] : undefined;
      if (m[7]) {
        // a lunar month: its days, or the part of them, as an interval of solar days
        const lunarYear = m[3] || m[4] || m[5] ? year : ctx.ref ? nearestLunarYear(month, ctx.ref) : year;
        const last = lunarMonthLength(month, lunarYear);
        const from = lunarToSolar(part ? part[0] : 1, month, lunarYear);
        const to = lunarToSolar(part ? Math.min(part[1], last) : last, month, lunarYear);
        if (!from || !to) return { start: at, end, reason: 'no such lunar date' };
        return { start: at, end, value: `${formatDay(from)}/${formatDay(to)}`, granularity: 'interval' };
      }
      if (part) return { start: at, end, value: monthPart(year, month, part[0], part[1]), granularity: 'interval' };
      return { start: at, end, value: formatMonth(year, month), granularity: 'month' };
    },
  },
  {
    // tháng trước, tháng tới, cuối tháng này (not `những tháng trước`, `hai tháng sau đó`)
    name: 'relative-month',
    pre: letterWordNext, // every word of it is letters: not `tháng 3`
    starts: ['hồi', 'tháng', ...Object.keys(PARTS_OF_MONTH)],
    re: sticky(`(?:hồi\\s+)?(?:(${alt(Object.keys(PARTS_OF_MONTH))})\\s+)?tháng\\s+(${alt(UNIT_SHIFT_WORDS.month)})${NB}(?!\\s+(?:khi|đó))`),
    read(m, ctx, at) {
      if (vagueOrCount(ctx.text, at, m[0])) return undefined;
      const end = at + m[0].length;
      if (!ctx.ref) return unresolvedRef(at, end);
      const { year, month } = addMonths(ctx.ref.year, ctx.ref.month, RELATIVE_SHIFTS[key(m[2]!)] ?? 0);
      const part = m[1] ? PARTS_OF_MONTH[key(m[1])] : undefined;
      if (part) return { start: at, end, value: monthPart(year, month, part[0], part[1]), granularity: 'interval' };
      return { start: at, end, value: formatMonth(year, month), granularity: 'month' };
    },
  },
  {
    // năm 2015, hồi năm 2015, đầu năm 2016, cuối năm 2023, năm 2019 - 2023
    name: 'year',
    pre: (text, pos) => digitAfterWords(text, pos, YEAR_WORDS), // (hồi) (đầu) năm, then the digits
    starts: ['hồi', 'năm', ...Object.keys(PARTS_OF_YEAR)],
    re: sticky(`(?:hồi\\s+)?(?:(${alt(Object.keys(PARTS_OF_YEAR))})\\s+)?năm\\s+(\\d{4})(?![\\d]|[.,]\\d)(?:\\s?[-–]\\s?(\\d{4})(?![\\d]|[.,]\\d))?`),
    read(m, ctx, at) {
      const year = Number(m[2]);
      const end = at + m[0].length;
      if (year < 1000 || year > 2199) return undefined;
      if (m[3]) {
        const to = Number(m[3]);
        if (to > year && to - year <= 100) return { start: at, end, value: `${formatYear(year)}/${formatYear(to)}`, granularity: 'interval' };
        return undefined;
      }
      if (m[1]) {
        const [a, b] = PARTS_OF_YEAR[key(m[1])]!;
        return { start: at, end, value: `${formatMonth(year, a)}/${formatMonth(year, b)}`, granularity: 'interval' };
      }
      return { start: at, end, value: formatYear(year), granularity: 'year' };
    },
  },
  {
    // năm nay, năm ngoái, đầu năm nay, năm vừa qua (not `8 năm nay`: eight years long; not `những năm trước`)
    name: 'relative-year',
    pre: letterWordNext, // every word of it is letters: not `năm 2015`
    starts: ['hồi', 'năm', ...Object.keys(PARTS_OF_YEAR)],
    re: sticky(`(?:hồi\\s+)?(?:(${alt(Object.keys(PARTS_OF_YEAR))})\\s+)?năm\\s+(${alt(UNIT_SHIFT_WORDS.year)})${NB}(?!\\s+(?:khi|đó|nữa))`),
    read(m, ctx, at) {
      if (vagueOrCount(ctx.text, at, m[0])) return undefined;
      const end = at + m[0].length;
      if (!ctx.ref) return unresolvedRef(at, end);
      const year = ctx.ref.year + (RELATIVE_SHIFTS[key(m[2]!)] ?? 0);
      if (m[1]) {
        const [a, b] = PARTS_OF_YEAR[key(m[1])]!;
        return { start: at, end, value: `${formatMonth(year, a)}/${formatMonth(year, b)}`, granularity: 'interval' };
      }
      return { start: at, end, value: formatYear(year), granularity: 'year' };
    },
  },
  {
    // cách đây 3 ngày, cách đây gần hai năm, 15 năm trước, ba năm trước, nửa năm trước (not `hai ngày trước khi`)
    name: 'ago',
    guard: /(?:cách\s+đây|[\p{L}\d]{1,5}\s+(?:ngày|hôm|tuần|tháng|năm)\s+(?:về\s+)?trước)/iuy,
    pre: agoCount,
    starts: ['cách', '0'], // `ba năm trước` is tried from its unit word (find.ts), not from every `ba`
    re: sticky(
      `(?:cách\\s+đây\\s+(?:(?:${alt(APPROXIMATELY)})\\s+)?${NUMBER}\\s+(${alt(Object.keys(UNITS))})${NB}(?:\\s+(?:về\\s+)?trước${NB})?` +
        `|${NUMBER}\\s+(${alt(Object.keys(UNITS))})\\s+(?:về\\s+)?trước${NB}(?!\\s+(?:khi|đó|nữa)))`,
    ),
    read(m, ctx, at) {
      const n = m[1] ?? m[3]!;
      const count = /^\d/.test(n) ? Number(n) : NUMBER_WORDS[key(n)];
      const unit = UNITS[key(m[2] ?? m[4]!)];
      const end = at + m[0].length;
      if (count === undefined || !unit) return undefined;
      if (!ctx.ref) return unresolvedRef(at, end);
      const ref = ctx.ref;
      if (unit === 'day' && Number.isInteger(count)) return day(at, end, addDays(ref, -count));
      if (unit === 'week' && Number.isInteger(count)) return { start: at, end, value: formatWeek(addDays(ref, -7 * count)), granularity: 'week' };
      const months = unit === 'year' ? count * 12 : count;
      if (!Number.isInteger(months)) return undefined;
      const t = addMonths(ref.year, ref.month, -months);
      if (unit === 'year' && Number.isInteger(count)) return { start: at, end, value: formatYear(t.year), granularity: 'year' };
      return { start: at, end, value: formatMonth(t.year, t.month), granularity: 'month' };
    },
  },
  {
    // thập niên 1960, những năm 1990, thập kỷ 80
    name: 'decade',
    pre: (text, pos) => digitAfterWords(text, pos, DECADE_LENGTH),
    guard: /(?:thập|những|các)\s+(?:niên|kỷ|kỉ|năm)\s+\d/iuy,
    starts: firstWords(DECADE_WORDS),
    re: sticky(`(${alt(DECADE_WORDS)})\\s+(\\d{4}|\\d0)(?![\\d]|[.,]\\d)`),
    read(m, ctx, at) {
      const y = m[2]!.length === 2 ? 1900 + Number(m[2]) : Number(m[2]);
      if (y % 10 !== 0 || y < 1000 || y > 2190) return undefined;
      return { start: at, end: at + m[0].length, value: `${formatYear(y)}/${formatYear(y + 9)}`, granularity: 'interval' };
    },
  },
  {
    // mùa hè năm nay, mùa Hè 2016 (a season without its year is not placed)
    name: 'season',
    guard: /mùa\s+(?:xuân|hè|hạ|thu|đông)/iuy,
    starts: ['mùa'],
    re: sticky(`mùa\\s+(${alt(Object.keys(SEASONS))})${NB}\\s+(?:(\\d{4})(?!\\d)|năm\\s+(${alt(UNIT_SHIFT_WORDS.year)})${NB}|(này|tới|trước|vừa\\s+qua)${NB})`),
    read(m, ctx, at) {
      const end = at + m[0].length;
      let year: number | undefined;
      if (m[2]) year = Number(m[2]);
      else if (!ctx.ref) return unresolvedRef(at, end);
      else year = ctx.ref.year + (RELATIVE_SHIFTS[key(m[3] ?? m[4]!)] ?? 0);
      const [a, b] = SEASONS[key(m[1]!)]!;
      const to = addMonths(year, a, b - a);
      return { start: at, end, value: `${formatMonth(year, a)}/${formatMonth(to.year, to.month)}`, granularity: 'interval' };
    },
  },
  {
    // rằm tháng Giêng, ngày Rằm tháng Tư âm lịch, mùng 1 Tết, mồng 3 tháng Chạp năm Canh Tý
    name: 'lunar-day',
    guard: /(?:ngày\s+)?(?:rằm|mùng|mồng)\s/iuy,
    starts: ['ngày', FULL_MOON, 'mùng', 'mồng'],
    re: sticky(
      `(?:ngày\\s+)?(?:(${FULL_MOON})|(?:mùng|mồng)\\s+${NUMBER})\\s+(?:tháng\\s+${MONTH}|(tết))${NB}` +
        `(?:\\s+(?:năm\\s+)?${STEM_BRANCH}${NB})?(?:\\s+âm\\s+lịch)?`,
    ),
    read(m, ctx, at) {
      const dayOfMonth = m[1] ? 15 : /^\d/.test(m[2]!) ? Number(m[2]) : NUMBER_WORDS[key(m[2]!)];
      const month = m[4] ? 1 : monthOf(m[3]!, m[3]!.replace(/^n/, 'N'));
      const end = at + m[0].length;
      if (!dayOfMonth || !Number.isInteger(dayOfMonth) || !month) return undefined;
      if (!ctx.ref) return unresolvedRef(at, end);
      const d = m[5] ? lunarToSolar(dayOfMonth, month, yearOfStemBranch(m[5], m[6]!, ctx.ref)) : nearestLunar(dayOfMonth, month, ctx.ref);
      return d ? day(at, end, d) : { start: at, end, reason: 'no such lunar date' };
    },
  },
  {
    // SN 1990, (1986, EURO 2016, Olympic 2008, 2016-2021, 2013/14 (a season of sport)
    name: 'bare-year',
    pre: fourDigits,
    starts: ['0', 'sn'],
    re: sticky(`(?:sn\\s?)?(\\d{4})(?:\\s?[-–]\\s?(\\d{4})|\\/(\\d{2}))?(?![\\d]|[.,/]\\d)`),
    read(m, ctx, at) {
      const year = Number(m[1]);
      if (year < 1900 || year > 2099) return undefined;
      const end = at + m[0].length;
      const prev = ctx.text[at - 1] ?? ' ';
      if (/[\d.,/:-]/.test(prev)) return undefined;
      const next = ctx.text.slice(end, end + 2);
      const sn = /^sn/i.test(m[0]);
      const before = wordsBefore(ctx.text, at);
      const named = sn || /\(\s*$/.test(before) || YEAR_PREFIX_BEFORE.test(before) || /\p{Lu}[\p{L}\d.]*\s+$/u.test(ctx.text.slice(Math.max(0, at - 16), at));
      if (!named && !/^(?:\s*[,;:)]|\s*\.(?!\d)|$)/u.test(next)) return undefined;
      if (COUNT_BEFORE.test(before)) return undefined;
      if (m[2]) {
        const to = Number(m[2]);
        return to > year && to - year <= 100 ? { start: at, end, value: `${formatYear(year)}/${formatYear(to)}`, granularity: 'interval' } : undefined;
      }
      if (m[3]) {
        const to = Number(m[3]);
        return to === (year + 1) % 100 ? { start: at, end, value: `${formatYear(year)}/${formatYear(year + 1)}`, granularity: 'interval' } : undefined;
      }
      return { start: sn ? at + m[0].length - 4 : at, end, value: formatYear(year), granularity: 'year' };
    },
  },
  {
    // a clock time: 15h30, 10h, 14g28, 22 giờ, 12 giờ 58 phút, 10:00 GMT, 3 giờ sáng (its day comes from a
    // neighbour, in find.ts; alone it is kept unresolved)
    name: 'clock',
    pre: clockNext,
    starts: ['0'],
    re: sticky(`(\\d{1,2})(?:\\s?giờ(?:\\s(\\d{1,2})\\sphút)?|[hg](?:(\\d{2})['’]?)?|:(\\d{2}))(?![\\d\\p{L}])(?:\\s?(gmt|utc)(?:\\s?([+-]\\d{1,2}))?${NB})?(?:\\s+(${PART})${NB})?`),
    read(m, ctx, at) {
      let hour = Number(m[1]);
      const minute = Number(m[2] ?? m[3] ?? m[4] ?? 0);
      if (hour > 24 || minute > 59) return undefined;
      const end = at + m[0].length;
      const part = m[7] ? key(m[7]) : undefined;
      const introduced = /(?:lúc|vào|khoảng|từ|đến|tới|chừng)\s+$/iu.test(wordsBefore(ctx.text, at));
      if (m[2] === undefined && m[3] === undefined && m[4] === undefined && !part && !introduced && !m[5]) return undefined;
      if (part && /chiều|tối|đêm|khuya/.test(part) && hour < 12 && !(part.includes('đêm') && hour < 5)) hour += 12;
      if (hour === 24) hour = 0;
      const offset = m[5] ? (m[6] ? Number(m[6]) * 60 : 0) : undefined;
      return { start: at, end, reason: 'no day', clock: { hour, minute, ...(offset !== undefined ? { offset } : {}) } };
    },
  },
];

/** The lunar year named by its stem and branch nearest the reference: `Bính Thân` in 2016 is 2016. */
export function yearOfStemBranch(stem: string, branch: string, ref: Day): number {
  const s = STEMS.indexOf(key(stem));
  const b = BRANCHES.findIndex((forms) => forms.includes(key(branch)));
  let best = ref.year;
  let bestGap = Infinity;
  for (let y = ref.year - 60; y <= ref.year + 60; y++) {
    if ((((y - 4) % 10) + 10) % 10 === s && (((y - 4) % 12) + 12) % 12 === b && Math.abs(y - ref.year) < bestGap) {
      best = y;
      bestGap = Math.abs(y - ref.year);
    }
  }
  return best;
}

/** The lunar year whose given month is nearest the reference. */
export function nearestLunarYear(month: number, ref: Day): number {
  const y = solarToLunar(ref).year;
  let best = y;
  let gap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const s = lunarToSolar(15, month, year);
    if (s && Math.abs(dayNumber(s) - dayNumber(ref)) < gap) {
      gap = Math.abs(dayNumber(s) - dayNumber(ref));
      best = year;
    }
  }
  return best;
}

export { formatInstant };
