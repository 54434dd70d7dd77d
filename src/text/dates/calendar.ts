/**
 * A date as written, made a value: calendar checks (no 30 February), years of two digits, the
 * half-day, and the ISO 8601 form with offset. Pure: nothing here reads the clock.
 */

/** A day, and the time and zone when the text gave them. */
export interface DateValue {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31, valid for the month */
  day: number;
  /** Undefined when the text gave no time of day. */
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, as written (`+07:00` → 420, `Z` → 0); undefined when the text gave no zone. */
  offset?: number;
}

/** Minutes east of UTC assumed for a value written without a zone: Vietnam time (+07:00). */
export const DEFAULT_OFFSET = 420;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `19` → 2019, `98` → 1998 (two-digit years up to 69 are this century's). */
export function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length > 2 ? n : n <= 69 ? 2000 + n : 1900 + n;
}

/** A 12-hour time to 24 hours: `12:05 AM` → 0:05, `6:26 PM` → 18:26; `13:59 PM` stays 13:59. */
export function applyMeridiem(hour: number, meridiem: 'am' | 'pm' | undefined): number {
  if (meridiem === 'pm' && hour < 12) return hour + 12;
  if (meridiem === 'am' && hour === 12) return 0;
  return hour;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `+07:00` from 420, `-05:00` from -300. */
export function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * The value as `YYYY-MM-DDTHH:mm:ss±hh:mm`: its own zone when it has one (the instant is kept), else
 * `defaultOffset`; midnight when it has no time.
 */
export function formatIso(v: DateValue, defaultOffset = DEFAULT_OFFSET): string {
  return `${pad(v.year, 4)}-${pad(v.month)}-${pad(v.day)}T${pad(v.hour ?? 0)}:${pad(v.minute ?? 0)}:${pad(v.second ?? 0)}${formatOffset(v.offset ?? defaultOffset)}`;
}

/** The day as `YYYY-MM-DD`, as written (in the value's own zone). */
export function formatDay(v: DateValue): string {
  return `${pad(v.year, 4)}-${pad(v.month)}-${pad(v.day)}`;
}

/** Milliseconds since the epoch, the offset assumed where none was written. */
export function toEpochMs(v: DateValue, defaultOffset = DEFAULT_OFFSET): number {
  return Date.UTC(v.year, v.month - 1, v.day, v.hour ?? 0, v.minute ?? 0, v.second ?? 0) - (v.offset ?? defaultOffset) * 60_000;
}

/** Whether two values name the same wall-clock time (zones aside): `17:01:27` and `17:01:27Z`. */
export function sameWallTime(a: DateValue, b: DateValue): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && (a.hour ?? 0) === (b.hour ?? 0) && (a.minute ?? 0) === (b.minute ?? 0) && (a.second ?? 0) === (b.second ?? 0);
}
