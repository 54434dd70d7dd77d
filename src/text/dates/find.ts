/**
 * Finds written dates in text, each with its span: a day (ISO, numeric, or with a month name in
 * Vietnamese, English, German, French and a few other languages), and the time of day and zone
 * written next to it. Pure and clock-free: a date without a year is read only against a reference
 * the caller gives. Text is expected in NFC (as the pipeline's `normalize` leaves it).
 */
import { applyMeridiem, fullYear, isValidDay, type DateValue } from './calendar.js';
import { DATE_TIME_JOINERS, MERIDIEM, MONTH_NAMES, VI_MONTH_WORDS, WEEKDAY_NAMES, ZONE_ABBREVIATIONS } from './words.js';

export interface FoundDate {
  /** Offsets into the text (UTF-16 code units), the time and zone included when they were found. */
  start: number;
  end: number;
  text: string;
  value: DateValue;
  /** Which written form the day had: `iso`, `numeric`, `month-name`, `vi-month`, `yearless`. */
  form: DateForm;
}

export type DateForm = 'iso' | 'numeric' | 'month-name' | 'vi-month' | 'yearless';

export interface DateOptions {
  /** How to read a numeric date whose first two numbers could each be the month (`05/06/2019`): default `dmy`. */
  order?: 'dmy' | 'mdy';
  /** Accept two-digit years (`19/05/16`): default false (in running text `3/4/21` is as often not a date). */
  twoDigitYears?: boolean;
  /** Years outside this range are not dates: default 1800..2199. */
  minYear?: number;
  maxYear?: number;
  /**
   * The day the text was written, for dates written without a year (`21/05 06:45`): the year is the
   * reference's, or the one before when that would put the date more than a month after the reference.
   * Without it, such dates are not read.
   */
  reference?: { year: number; month: number; day: number };
  /**
   * Running Vietnamese prose (the `times` stage), not a date field: with a `reference`, day-months
   * without a year are read without a time beside them (`23/3`, `19-5`, `17.5`: the caller judges
   * from the words around them whether they are dates, since `6-1` may be a score and `1/5` a
   * fraction), and hour-only times are read (`16h ngày 17/5`, `22 giờ ngày 21.5`,
   * `12 giờ 58 phút ngày 27.5`); month names of other languages (`March 23, 2021`) are not read.
   * Default false: publication dates are read as before.
   */
  prose?: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of words, longest first, spaces matching any run of spaces. */
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, '\\s+')).join('|');

const MONTH_BY_NAME = new Map<string, number>();
for (const names of Object.values(MONTH_NAMES)) names.forEach((forms, i) => forms.forEach((f) => MONTH_BY_NAME.set(f, i + 1)));
const VI_MONTH_BY_WORD = new Map<string, number>();
VI_MONTH_WORDS.forEach((forms, i) => forms.forEach((f) => VI_MONTH_BY_WORD.set(f, i + 1)));

const L = '\\p{L}';
const MONTH = `(?<![${L}])(${alternation(MONTH_BY_NAME.keys())})(?![${L}])\\.?`;
const ORDINAL = '(?:st|nd|rd|th|er|re|e|\\.|º|°)?';

/** The forms of the day, each a pattern with groups read by `read`. Order matters only for equal spans. */
const DAY_PATTERNS: { form: DateForm; re: RegExp; read: (m: RegExpExecArray, o: DateOptions) => DateValue | undefined }[] = [
  {
    // 2019-11-18, 2019-11-18T17:01:27.893Z, 2018-09-15T10:15:48+02:00, 2016-05-23 16:17:37, 2019/11/18
    form: 'iso',
    re: /(?<![\d.\/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+|T\s*)(\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d{1,9})?)?(?:\s*(Z(?![\p{L}])|[+-]\d{2}(?::?\d{2})?(?!\d)))?)?(?![\d])/gu,
    read: (m) => withTime(Number(m[1]), Number(m[3]), Number(m[4]), m[5], m[6], m[7], undefined, m[8]),
  },
  {
    // 23/03/2021, 23.3.2021, 20-05-2016, 19 / 5 / 2016, 21/05.2016, 5/20/2016 (month first when the day says so), 19/05/16,
    // 19/05/201600:00:00 (a year run into its time: the day is kept)
    form: 'numeric',
    re: /(?<![\d.,\/-])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4}(?=\d{1,2}:\d{2})|(?:\d{4}|\d{2})(?!\d|[.,]\d))/g,
    read: (m, o) => {
      if (m[3]!.length === 2 && !o.twoDigitYears) return undefined;
      const a = Number(m[1]);
      const b = Number(m[2]);
      const monthFirst = a <= 12 && (b > 12 || (o.order === 'mdy' && b <= 12));
      return { year: fullYear(m[3]!), month: monthFirst ? a : b, day: monthFirst ? b : a };
    },
  },
  {
    // 18 Nov 2019, 18. November 2019, 18 novembre 2019, 1er mars 2020, 18 de noviembre de 2019, 18-Nov-2019, Tue, 23 Mar 21
    form: 'month-name',
    re: new RegExp(`(?<![\\d.])(\\d{1,2})${ORDINAL}(?:\\s*[-/]\\s*|\\s+(?:de\\s+|of\\s+)?)${MONTH}(?:\\s*[-/,]\\s*|\\s+(?:de\\s+)?)(\\d{4}|\\d{2})(?![\\d])`, 'giu'),
    read: (m, o) => (m[3]!.length === 2 && !o.twoDigitYears ? undefined : { year: fullYear(m[3]!), month: MONTH_BY_NAME.get(m[2]!.toLowerCase())!, day: Number(m[1]) }),
  },
  {
    // November 18, 2019; Nov. 18th 2019; Monday, November 18, 2019
    form: 'month-name',
    re: new RegExp(`${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])\\s*,?\\s*(\\d{4})(?![\\d])`, 'giu'),
    read: (m) => ({ year: Number(m[3]), month: MONTH_BY_NAME.get(m[1]!.toLowerCase())!, day: Number(m[2]) }),
  },
  {
    // year first: 2020. június 4. (Hungarian: the day ends in a period, unlike `in 2019. May 5 people`), 2020年6月4日 (Chinese, Japanese), 2020년 6월 4일 (Korean)
    form: 'month-name',
    re: new RegExp(`(?<![\\d.])(\\d{4})(?:\\.\\s*${MONTH}\\s*(\\d{1,2})\\.(?!\\d)|\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일])`, 'giu'),
    read: (m) => ({ year: Number(m[1]), month: m[2] ? MONTH_BY_NAME.get(m[2].toLowerCase())! : Number(m[4]), day: Number(m[3] ?? m[5]) }),
  },
  {
    // ngày 23 tháng 3 năm 2021, 20 Tháng 5, 2016, 16 Tháng năm 2016 (May), NGÀY 20 THÁNG 05, 2016
    form: 'vi-month',
    re: new RegExp(`(?<![\\d${L}])(\\d{1,2})\\s+tháng\\s+(\\d{1,2}|${alternation(VI_MONTH_BY_WORD.keys())})(?![\\d${L}])(?:\\s*,\\s*|\\s+năm\\s+|\\s+)(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => {
      const w = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      return { year: Number(m[3]), month: /^\d/.test(w) ? Number(w) : VI_MONTH_BY_WORD.get(w)!, day: Number(m[1]) };
    },
  },
];

/** `21/05 06:45`: a day and month without a year, read only with a reference and only with a time beside it. */
const YEARLESS = /(?<![\d.,\/-])(\d{1,2})\/(\d{1,2})(?![\d]|[/.-]\d)/g;
/** In prose, `19-5` and `17.5` too (`1.500` is no day: no month 50; `19.125.036` is not read). */
const YEARLESS_PROSE = /(?<![\d.,\/-])(\d{1,2})([/.-])(\d{1,2})(?![\d]|[/.,-]\d)/g;

const MERIDIEM_WORDS = alternation(Object.keys(MERIDIEM));
// In prose: 16h, 15g, 22 giờ, 12 giờ 58 phút, 14h50’, 8h tối (the forms TIME misses or cuts short)
const PROSE_TIME = new RegExp(`(?<![\\d:.])(\\d{1,2})(?:\\s?giờ(?:\\s(\\d{1,2})\\sphút)?|[hg](?:(\\d{2})['’]?)?)(?![\\d${L}])(?:\\s(${MERIDIEM_WORDS})(?![${L}]))?`, 'iuy');
const TIME = new RegExp(
  `(?<![\\d:.])(\\d{1,2})\\s?(?::|h\\s?:?|giờ)\\s?(\\d{1,2})(?![\\d])'?(?:\\s?:\\s?(\\d{1,2})(?![\\d])(?:''|")?)?(?:[.,]\\d{1,9})?(?:\\s?(${MERIDIEM_WORDS})(?![${L}]))?(?:\\s?uhr(?![${L}]))?` +
    `|(?<![\\d:.])(\\d{1,2})\\.(\\d{2})\\s?uhr(?![${L}])`,
  'giuy',
);

// GMT+7, (GMT+7), [GMT+7], GMT +7, UTC+07:00, +0700, -05:00, Z, EST
const ZONE = new RegExp(
  `\\s?[([]?\\s?(?:gmt|utc)\\s?([+-])\\s?(\\d{1,2})(?::?(\\d{2}))?\\s?[)\\]]?` +
    `|\\s?([+-])(\\d{2}):?(\\d{2})(?!\\d)` +
    `|\\s?\\(?(${alternation(Object.keys(ZONE_ABBREVIATIONS))})\\)?(?![${L}])`,
  'giuy',
);

/** What may stand between a day and its time: spaces, punctuation, weekday names, `ngày`, `lúc`, `at`. */
const GAP = new RegExp(`^(?:[\\s,;|/·•@–—-]|(?<![${L}])(?:${alternation([...WEEKDAY_NAMES, ...DATE_TIME_JOINERS])})(?![${L}]))*$`, 'iu');
const MAX_GAP = 30;

/** Whether `s[i]` is an ASCII digit (false out of range); no string is made per character. */
function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

interface Clock {
  start: number;
  end: number;
  hour: number;
  minute: number;
  second?: number;
}

function withTime(year: number, month: number, day: number, h?: string, mi?: string, s?: string, meridiem?: string, zone?: string): DateValue | undefined {
  const v: DateValue = { year, month, day };
  if (h !== undefined) {
    v.hour = applyMeridiem(Number(h), meridiem ? MERIDIEM[meridiem.toLowerCase()] : undefined);
    v.minute = Number(mi);
    if (s !== undefined) v.second = Number(s);
  }
  if (zone) v.offset = zone.toUpperCase() === 'Z' ? 0 : offsetOf(zone[0]!, zone.slice(1, 3), zone.slice(3).replace(':', '') || '0');
  return v;
}

function offsetOf(sign: string, hours: string, minutes = '0'): number {
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

function timeAt(text: string, at: number, prose = false): Clock | undefined {
  if (prose) {
    PROSE_TIME.lastIndex = at;
    const p = PROSE_TIME.exec(text);
    if (p) {
      const half = p[4]?.toLowerCase();
      // `11 giờ trưa` is 11:00, `1 giờ trưa` 13:00; `8h tối` 20:00
      const hour = half === 'trưa' && Number(p[1]) >= 10 ? Number(p[1]) : applyMeridiem(Number(p[1]), half ? MERIDIEM[half] : undefined);
      const minute = Number(p[2] ?? p[3] ?? 0);
      return hour > 23 || minute > 59 ? undefined : { start: at, end: at + p[0].length, hour, minute };
    }
  }
  TIME.lastIndex = at;
  const m = TIME.exec(text);
  if (!m) return undefined;
  const hour = applyMeridiem(Number(m[1] ?? m[6]), m[4] ? MERIDIEM[m[4].toLowerCase()] : undefined);
  const minute = Number(m[2] ?? m[7]);
  const second = m[3] !== undefined ? Number(m[3]) : undefined;
  if (hour > 23 || minute > 59 || (second !== undefined && second > 59)) return undefined;
  return { start: at, end: at + m[0].length, hour, minute, ...(second !== undefined ? { second } : {}) };
}

function zoneAt(text: string, at: number): { end: number; offset: number } | undefined {
  ZONE.lastIndex = at;
  const m = ZONE.exec(text);
  if (!m) return undefined;
  let offset: number;
  if (m[1]) offset = offsetOf(m[1], m[2]!, m[3]);
  else if (m[4]) offset = offsetOf(m[4], m[5]!, m[6]);
  else offset = ZONE_ABBREVIATIONS[m[7]!.toLowerCase()]!;
  if (Math.abs(offset) > 14 * 60) return undefined;
  return { end: at + m[0].length, offset };
}

/** The time (and its zone) written just after `at`, past a gap of joining words. */
function timeAfter(text: string, at: number, prose = false): (Clock & { offset?: number }) | undefined {
  const window = text.slice(at, at + MAX_GAP + 40);
  for (let i = 0; i <= Math.min(MAX_GAP, window.length); i++) {
    if (!isDigitAt(window, i) || isDigitAt(window, i - 1)) continue;
    if (!GAP.test(window.slice(0, i))) break;
    const t = timeAt(text, at + i, prose);
    if (!t) continue;
    const z = zoneAt(text, t.end);
    return z ? { ...t, end: z.end, offset: z.offset } : t;
  }
  return undefined;
}

/** The time (and its zone) written just before `at`: `10:15 ngày 23/3/2021`, `20h:22 GMT+7 - Thứ bảy, 21/05/2016`. */
function timeBefore(text: string, at: number, prose = false): (Clock & { offset?: number }) | undefined {
  const from = Math.max(0, at - MAX_GAP - 30);
  for (let i = at - 3; i >= from; i--) {
    if (!isDigitAt(text, i) || isDigitAt(text, i - 1)) continue;
    const t = timeAt(text, i, prose);
    if (!t) continue;
    const z = zoneAt(text, t.end);
    const end = z?.end ?? t.end;
    if (end <= at && at - end <= MAX_GAP && GAP.test(text.slice(end, at))) return z ? { ...t, end, offset: z.offset } : t;
    if (t.end <= at && at - t.end <= MAX_GAP && GAP.test(text.slice(t.end, at))) return t;
  }
  return undefined;
}

/** Every written date in `text`, in order, overlapping forms resolved to the longest. */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
  const minYear = options.minYear ?? 1800;
  const maxYear = options.maxYear ?? 2199;
  const days: { start: number; end: number; form: DateForm; value: DateValue }[] = [];
  for (const p of DAY_PATTERNS) {
    if (options.prose && p.form === 'month-name') continue; // Vietnamese prose writes `23/3` and `23 tháng 3`, not `March 23`
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      p.re.lastIndex = m.index + 1; // matches may overlap: `52 - 20/05` is no date, `20/05/2016` after it is
      const v = p.read(m, options);
      if (!v || v.year < minYear || v.year > maxYear || !isValidDay(v.year, v.month, v.day)) continue;
      if (v.hour !== undefined && (v.hour > 23 || v.minute! > 59 || (v.second ?? 0) > 59)) continue;
      days.push({ start: m.index, end: m.index + m[0].length, form: p.form, value: v });
    }
  }
  if (options.reference) days.push(...yearless(text, options.reference, options.prose === true));
  days.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundDate[] = [];
  let covered = -1;
  for (const d of days) {
    if (d.start < covered) continue;
    const found = withClock(text, d, options.prose === true);
    if (!found) continue;
    if (out.length > 0 && found.start < out.at(-1)!.end) continue; // its time was taken by the date before
    out.push(found);
    covered = found.end;
  }
  return out;
}

function withClock(text: string, d: { start: number; end: number; form: DateForm; value: DateValue }, prose: boolean): FoundDate | undefined {
  let { start, end } = d;
  const value = { ...d.value };
  if (value.hour === undefined) {
    const t = timeAfter(text, end, prose) ?? timeBefore(text, start, prose);
    if (t) {
      value.hour = t.hour;
      value.minute = t.minute;
      if (t.second !== undefined) value.second = t.second;
      if (t.offset !== undefined) value.offset = t.offset;
      start = Math.min(start, t.start);
      end = Math.max(end, t.end);
    } else if (d.form === 'yearless' && !prose) return undefined;
  }
  if (value.offset === undefined && value.hour !== undefined) {
    // a zone after the day when the time came first: `14:27, Thứ Ba, 24/05/2016 (GMT+7)`
    const z = zoneAt(text, end);
    if (z && !/^\s?[+-]/.test(text.slice(end, z.end))) {
      value.offset = z.offset;
      end = z.end;
    }
  }
  return { start, end, text: text.slice(start, end), value, form: d.form };
}

function yearless(text: string, ref: { year: number; month: number; day: number }, prose: boolean): { start: number; end: number; form: DateForm; value: DateValue }[] {
  const out: { start: number; end: number; form: DateForm; value: DateValue }[] = [];
  const re = prose ? YEARLESS_PROSE : YEARLESS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const day = Number(m[1]);
    const month = Number(m[prose ? 3 : 2]);
    // more than a month after the reference: last year's (`31/12` in an article of 2 January)
    const year = (month - ref.month) * 31 + (day - ref.day) > 31 ? ref.year - 1 : ref.year;
    if (isValidDay(year, month, day)) out.push({ start: m.index, end: m.index + m[0].length, form: 'yearless', value: { year, month, day } });
  }
  return out;
}
