/** Stream time: parsing publication times, and writing them back as ISO strings. */

export const DAY_MS = 86_400_000;

/** Parses an ISO 8601 time; undefined when missing or invalid. */
export function parseTime(s: string | undefined): number | undefined {
  if (s === undefined || s === '') return undefined;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : undefined;
}

export function iso(t: number | undefined): string | undefined {
  return t === undefined ? undefined : new Date(t).toISOString();
}
