/**
 * Calendar arithmetic for time expressions: days, ISO weeks, months, the ISO 8601 forms of values,
 * and the Vietnamese lunar calendar. Pure: nothing reads the clock.
 *
 * Lunar dates come from `@dqcai/vn-lunar` (MIT, no dependencies): Hồ Ngọc Đức's tables of the
 * Vietnamese calendar (computed for UTC+7, so 1985's Tết is 21 January and 2007's 17 February,
 * where the Chinese calendar has 20 February and 18 February), checked in test/nlp/times.
 */
import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';
import { daysInMonth, isValidDay } from '../../text/dates/index.js';

export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Days since 1970-01-01 (UTC midnight), for arithmetic. */
export function dayNumber(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): Day {
  const t = new Date(n * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromDayNumber(dayNumber(d) + n);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(d: Day): number {
  return (dayNumber(d) + 3) % 7; // 1970-01-01 was a Thursday
}

/** The ISO week of a day: `2021-W11` for 2021-03-15..21. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 3 - weekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1 };
}

/** `months` months after year/month (negative: before). */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + months;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

export const formatDay = (d: Day) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;
export const formatYear = (year: number) => pad(year, 4);
export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** `2021-03-23T02:45+07:00`; without `offset` (a local time of unknown zone) `2021-03-23T02:45`. */
export function formatInstant(d: Day, hour: number, minute: number, offset?: number): string {
  const base = `${formatDay(d)}T${pad(hour)}:${pad(minute)}`;
  if (offset === undefined) return base;
  const sign = offset < 0 ? '-' : '+';
  return `${base}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** A month's days as an interval, clipped to the month: `cuối tháng 4` → 21..30 April. */
export function monthPart(year: number, month: number, from: number, to: number): string {
  return `${formatDay({ year, month, day: from })}/${formatDay({ year, month, day: Math.min(to, daysInMonth(year, month)) })}`;
}

export { daysInMonth, isValidDay };

/** The solar day of a lunar date, or undefined when the lunar month has no such day (a 30th in a 29-day month). */
export function lunarToSolar(day: number, month: number, year: number, leap = false): Day | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 30 && year >= 1200 && year <= 2199)) return undefined;
  const s = getSolarDate(day, month, year, leap);
  if (!s || !isValidDay(s.year, s.month, s.day)) return undefined;
  const back = getLunarDate(s.day, s.month, s.year);
  return back.day === day && back.month === month && back.year === year && back.leap === leap ? { year: s.year, month: s.month, day: s.day } : undefined;
}

/** The lunar date of a solar day. */
export function solarToLunar(d: Day): { day: number; month: number; year: number; leap: boolean } {
  const l = getLunarDate(d.day, d.month, d.year);
  return { day: l.day, month: l.month, year: l.year, leap: l.leap };
}

/**
 * The lunar date in the lunar year nearest the reference (the reference's lunar year, the one before
 * or the one after): `rằm tháng Giêng` written in December is the coming one.
 */
export function nearestLunar(day: number, month: number, ref: Day): Day | undefined {
  const y = solarToLunar(ref).year;
  let best: Day | undefined;
  for (const year of [y - 1, y, y + 1]) {
    const s = lunarToSolar(day, month, year);
    if (s && (!best || Math.abs(dayNumber(s) - dayNumber(ref)) < Math.abs(dayNumber(best) - dayNumber(ref)))) best = s;
  }
  return best;
}

/** The last day of a lunar month (29 or 30). */
export function lunarMonthLength(month: number, year: number): number {
  return lunarToSolar(30, month, year) ? 30 : 29;
}

/**
 * The first day a value covers, `YYYY-MM-DD`, for calendar order: a day or an instant its (local)
 * day, a week its Monday, a month its first day, a year 1 January, an interval its start's.
 */
export function firstDay(value: string): string | undefined {
  const v = value.split('/')[0]!;
  let m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    const jan4 = { year: Number(m[1]), month: 1, day: 4 };
    return formatDay(addDays(jan4, (Number(m[2]) - 1) * 7 - weekday(jan4)));
  }
  m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(v);
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : undefined;
}
