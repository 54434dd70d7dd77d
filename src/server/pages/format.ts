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
