/**
 * Dates as written, to values: the one parser of publication dates (metadata, sidecars, feeds, web
 * pages) and the date finder the `times` stage builds on. Pure; nothing reads the clock.
 */
export { DEFAULT_OFFSET, daysInMonth, formatDay, formatIso, formatOffset, isValidDay, sameWallTime, toEpochMs, type DateValue } from './calendar.js';
export { findDates, type DateForm, type DateOptions, type FoundDate } from './find.js';
export { parseDate, parsePublicationDate } from './parse.js';
