/**
 * One date string to one value: what a metadata field, a sidecar, a feed or a page's meta tag gives
 * as a publication date (`2019-11-18T17:01:27.893Z`, `Tue, 23 Mar 2021 07:00:00 +0700`,
 * `Thứ ba, 23/3/2021, 10:15 (GMT+7)`, `November 18, 2019 12:01 PM`, `18. November 2019`).
 */
import { DEFAULT_OFFSET, formatIso, isValidDay, type DateValue } from './calendar.js';
import { findDates, type DateOptions } from './find.js';

/** Longest string read as a date field; longer values are not dates (and are not scanned). */
const MAX_FIELD = 300;

/**
 * The first date written in `raw` (labels such as `Cập nhật:`, `Published:` and weekday names
 * around it are allowed), or undefined. Two-digit years are accepted here, where the whole string
 * is meant as a date.
 */
export function parseDate(raw: string, options: DateOptions = {}): DateValue | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_FIELD) return undefined;
  const iso = isoFast(raw);
  if (iso) return iso.year >= (options.minYear ?? 1800) && iso.year <= (options.maxYear ?? 2199) ? iso : undefined;
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!/\d/.test(text)) return undefined;
  return findDates(text, { twoDigitYears: true, ...options })[0]?.value;
}

/** `2021-03-24T08:00:00+07:00` as the pipeline stores it, read without the general finder (the times stage reads one per article). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})$/;
function isoFast(raw: string): DateValue | undefined {
  const m = ISO.exec(raw);
  if (!m) return undefined;
  const v: DateValue = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6]) };
  if (!isValidDay(v.year, v.month, v.day) || v.hour! > 23 || v.minute! > 59 || v.second! > 59) return undefined;
  const z = m[7]!;
  v.offset = z === 'Z' ? 0 : (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(4, 6)));
  return v;
}

/**
 * A publication date as ISO 8601 with offset (`YYYY-MM-DDTHH:mm:ss±hh:mm`): a written zone is
 * kept (`…17:01:27.893Z` → `…17:01:27+00:00`); `defaultOffset` (+07:00) only where none is written.
 */
export function parsePublicationDate(raw: string, options: DateOptions & { defaultOffset?: number } = {}): string | undefined {
  const v = parseDate(raw, options);
  return v ? formatIso(v, options.defaultOffset ?? DEFAULT_OFFSET) : undefined;
}
