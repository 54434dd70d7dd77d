/** How pages write dates, spans, counts and links (Vietnamese conventions: 24/3/2021). */

/** `2021-03-24T08:00:00+07:00` → `24/3/2021` (the day as written, in the article's own offset). */
export function day(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : '';
}

/** A time span: one day, or first – last. */
export function span(first: string | undefined, last: string | undefined): string {
  const a = day(first);
  const b = day(last);
  if (!a) return b;
  return !b || a === b ? a : `${a} – ${b}`;
}

export function count(n: number, noun: string): string {
  return `${n.toLocaleString('vi-VN')} ${noun}`;
}

export const articleHref = (id: string): string => `/articles/${encodeURIComponent(id)}`;
export const storyHref = (id: string): string => `/stories/${encodeURIComponent(id)}`;
export const entityHref = (id: string): string => `/entities/${encodeURIComponent(id)}`;

/** A URL with these query parameters (empty ones left out). */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Only http(s) links to originals are shown as links (a `javascript:` URL in metadata is text). */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** `?trang=N` (1-based), clamped. */
export function pageNumber(raw: string | undefined): number {
  const n = Number(raw ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** `2021-03-23` → `23/3/2021`; `2018-06` → `tháng 6/2018`; `2020` → `năm 2020`; `2021-W11` → `tuần 15/3–21/3/2021`; an instant with its clock time; an interval `a – b`. */
export function when(value: string): string {
  const slash = value.indexOf('/');
  if (slash > 0) return `${when(value.slice(0, slash))} – ${when(value.slice(slash + 1))}`;
  let m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (m) return `${m[4]}:${m[5]} ngày ${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `tháng ${Number(m[2])}/${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week: the Monday of week 1 is the Monday on or before 4 January
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return `tuần ${monday.getUTCDate()}/${monday.getUTCMonth() + 1}–${sunday.getUTCDate()}/${sunday.getUTCMonth() + 1}/${sunday.getUTCFullYear()}`;
  }
  if (/^\d{4}$/.test(value)) return `năm ${value}`;
  return value;
}

/** Values a `<time datetime>` may hold (an interval `a/b` may not: it is marked otherwise). */
export const DATETIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?|-W\d{2})?$/;

/** Why a time expression was left unresolved, in Vietnamese (the stage's reasons are English codes of a sort). */
const REASONS: Record<string, string> = {
  'no reference time': 'bài không có ngày đăng để tính',
  'no day': 'giờ không kèm ngày',
  'no such day': 'không có ngày này',
  'no such lunar date': 'không có ngày âm lịch này',
};
export const reasonText = (reason: string | undefined): string => (reason ? REASONS[reason] ?? reason : 'không rõ');

/** The anchor of a time expression in its article page (`/articles/ID#tg-72`), which the story timeline links to. */
export const timeAnchor = (start: number): string => `tg-${start}`;
