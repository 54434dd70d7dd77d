/**
 * The article's own day when it has no publication date: the first day and month written in its
 * title, else in the lead of its body (`Sáng 23/10`, `hôm 30-10`, `ngày 15 tháng 3`), found by the
 * `times` stage's grammar. Kept as a day of the year without the year (a dateline rarely has one),
 * compared around the year's end (`circularDays`).
 */
import { findTimes } from '../nlp/times/index.js';

/** Characters of the body read after the title. */
export const OWN_DAY_LEAD_CHARS = Number(process.env.LEAD ?? 300);

// Any year: only the month and day of what it resolves are kept.
const REFERENCE = '2001-07-01T12:00:00+07:00';
// A day and a month written in figures (`23/10`, `30-10`, `11.10`, `15 tháng 3`), not `hôm nay` or `thứ Ba`.
const DAY_MONTH = /\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s+tháng\s+\d{1,2}/iu;
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function firstDay(text: string): number | undefined {
  if (!/\d/.test(text)) return undefined;
  for (const t of findTimes(text, { reference: REFERENCE })) {
    if (t.granularity !== 'day' || t.value === null || !DAY_MONTH.test(t.text)) continue;
    const month = Number(t.value.slice(5, 7));
    const day = Number(t.value.slice(8, 10));
    return MONTH_START[month - 1]! + Math.min(day, 28 + (month === 2 ? 0 : 3)) - 1;
  }
  return undefined;
}

/** Day of the year (0–364, 29 February as the 28th) of the first day-month in the title, else the body's lead. */
export function ownDay(title: string, body: string): number | undefined {
  return firstDay(title) ?? firstDay(body.slice(0, OWN_DAY_LEAD_CHARS));
}

/** Days between two days of the year, the short way round the year's end. */
export function circularDays(a: number, b: number): number {
  const d = Math.abs(a - b) % 365;
  return Math.min(d, 365 - d);
}
