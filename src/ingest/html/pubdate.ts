/**
 * When a web page was published, found as htmldate finds it: every place a page states a date is a
 * candidate, ranked by how surely it means publication (structured data and publication meta tags,
 * then marked-up `<time>`, the URL, date lines in the visible text); a modified date only when
 * nothing else is given. Each value is parsed by src/text/dates; a written zone is kept, and a
 * value without one borrows the zone of another that states the same wall time.
 */
import { findDates, formatIso, parseDate, sameWallTime, type DateOptions, type DateValue } from '../../text/dates/index.js';
import { PUBLISHED_META, MODIFIED_META, DATE_CLASS, NOT_DATE_CLASS, URL_DATE_PATTERNS } from './pubdate-patterns.js';
import { ELEMENT_NODE, squash, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** How surely a candidate means "published": lower is surer. */
export const RANK = {
  /** JSON-LD `datePublished`/`dateCreated` of the article, publication meta tags, `itemprop=datePublished`. */
  structured: 1,
  /** `<time pubdate>`, a `<time>` or hAtom `published` marked as the publication. */
  markedTime: 2,
  /** A full date in the page's URL (`/2019/11/18/`). */
  url: 3,
  /** JSON-LD `datePublished` of another object than the article (`WebPage`). */
  otherStructured: 3,
  /** The outlet's own date markup (src/ingest/lexicon/outlets.ts). */
  outlet: 4,
  /** A date line in an element named for dates (`.date`, `.post-meta`, `.byline`). */
  dateElement: 5,
  /** The first date in the text after the headline. */
  afterTitle: 6,
  /** A modified date, when nothing says when the page was published. */
  modified: 9,
} as const;

export interface DateCandidate {
  value: DateValue;
  rank: number;
  /** Where it was found, for debugging and tests: `json-ld datePublished`, `meta article:published_time`. */
  source: string;
}

export interface PubDateOptions {
  /** JSON-LD objects of the page (src/ingest/html/metadata.ts reads them once for all fields). */
  jsonLd: Record<string, Json>[];
  /** The article objects among them, first the article itself. */
  articles: Record<string, Json>[];
  url?: string;
  /** The outlet's date selector, when the page is from a known outlet. */
  outletSelector?: string;
}

/** Years a publication date of a web page can have: the web's, and not after 2100 (there is no clock to ask). */
const PLAUSIBLE: DateOptions = { minYear: 1995, maxYear: 2100 };

/** The page's publication time as ISO 8601 with offset, or undefined. Call before the page is cleaned. */
export function findPublishedAt(doc: DomDocument, opts: PubDateOptions): string | undefined {
  const best = choosePublished(dateCandidates(doc, opts));
  return best ? formatIso(best) : undefined;
}

/** Every date the page states, with its rank. */
export function dateCandidates(doc: DomDocument, opts: PubDateOptions): DateCandidate[] {
  const order = dayOrder(doc);
  const parse = (raw: string | null | undefined): DateValue | undefined => (raw ? parseDate(raw, { ...PLAUSIBLE, order }) : undefined);
  const out: DateCandidate[] = [];
  const add = (raw: string | null | undefined, rank: number, source: string) => {
    const value = parse(raw);
    if (value) out.push({ value, rank, source });
  };
  // structured data: the article's own dates first
  for (const o of opts.articles) {
    add(str(o['datePublished']), RANK.structured, 'json-ld datePublished');
    add(str(o['dateCreated']), RANK.structured + 0.5, 'json-ld dateCreated');
    add(str(o['dateModified']), RANK.modified, 'json-ld dateModified');
  }
  for (const o of opts.jsonLd) {
    if (opts.articles.includes(o)) continue;
    add(str(o['datePublished']), RANK.otherStructured, 'json-ld datePublished (other)');
    add(str(o['dateModified']), RANK.modified + 0.5, 'json-ld dateModified (other)');
  }
  for (const raw of brokenJsonLdDates(doc)) add(raw, RANK.otherStructured, 'json-ld datePublished (unparsed script)');
  metaCandidates(doc, add);
  markupCandidates(doc, add);
  const fromUrl = urlDate(opts.url);
  if (fromUrl) out.push({ value: fromUrl, rank: RANK.url, source: 'url' });
  if (opts.outletSelector) {
    const el = doc.querySelector(opts.outletSelector);
    add(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? textOf(el), RANK.outlet, 'outlet markup');
  }
  visibleCandidates(doc, order, out);
  return out;
}

/**
 * The surest candidate; among equally sure ones the earliest (a page states its publication before
 * its updates). A value without a zone takes the zone of another stating the same wall time, and a
 * bare day takes the time of another stating the same day.
 */
export function choosePublished(candidates: DateCandidate[]): DateValue | undefined {
  if (candidates.length === 0) return undefined;
  const rank = Math.min(...candidates.map((c) => c.rank));
  const same = candidates.filter((c) => c.rank === rank);
  same.sort((a, b) => dayKey(a.value) - dayKey(b.value));
  let best = { ...same[0]!.value };
  if (best.hour === undefined) {
    const timed = candidates.find((c) => c.value.hour !== undefined && dayKey(c.value) === dayKey(best));
    if (timed) best = { ...timed.value };
  }
  if (best.offset === undefined) {
    const zoned = candidates.find((c) => c.value.offset !== undefined && sameWallTime(c.value, best));
    if (zoned) best.offset = zoned.value.offset!;
  }
  return best;
}

const dayKey = (v: DateValue) => v.year * 10_000 + v.month * 100 + v.day;

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return undefined;
}

function textOf(el: DomElement | null | undefined): string | undefined {
  const t = el ? squash(el.textContent ?? '') : '';
  return t || undefined;
}

/** US pages write `11/05/2019` month first; the rest of the world, and Vietnam, day first. */
function dayOrder(doc: DomDocument): 'dmy' | 'mdy' {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  return lang === 'en' || lang === 'en-us' ? 'mdy' : 'dmy';
}

/**
 * `datePublished` values of JSON-LD scripts that are not valid JSON (a trailing comma, a raw line
 * break in a string: common), read from their text.
 */
function brokenJsonLdDates(doc: DomDocument): string[] {
  const out: string[] = [];
  for (const el of list(doc.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(el.getAttribute('type') ?? '')) continue;
    const raw = el.textContent ?? '';
    if (!raw.includes('datePublished')) continue;
    try {
      JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
      continue;
    } catch {
      for (const m of raw.matchAll(/"datePublished"\s*:\s*"([^"]{6,40})"/g)) out.push(m[1]!);
    }
  }
  return out.slice(0, 3);
}

/** Publication and modification meta tags, by `property`, `name`, `itemprop` or `http-equiv`. */
function metaCandidates(doc: DomDocument, add: (raw: string | null, rank: number, source: string) => void): void {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').toLowerCase().trim();
    if (!key) continue;
    if (PUBLISHED_META.has(key)) add(el.getAttribute('content'), RANK.structured, `meta ${key}`);
    else if (MODIFIED_META.has(key)) add(el.getAttribute('content'), RANK.modified, `meta ${key}`);
  }
}

/** `<time pubdate>`, `itemprop="datePublished"` on any element, hAtom `abbr.published`, `<time>` marked as published. */
function markupCandidates(doc: DomDocument, add: (raw: string | null | undefined, rank: number, source: string) => void): void {
  for (const el of list(doc.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"]'))) {
    if (el.localName === 'meta') continue;
    add(el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el), RANK.structured, 'itemprop datePublished');
  }
  const bodyLength = (doc.body?.textContent ?? '').length;
  for (const el of list(doc.getElementsByTagName('time'))) {
    const around = `${el.className} ${el.parentElement?.className ?? ''} ${el.parentElement?.parentElement?.className ?? ''}`;
    const marked = el.hasAttribute('pubdate') || /publish|posted|entry-date|post-date|article-date|date-pub/i.test(around);
    if (marked && !insideRejected(el, bodyLength)) add(el.getAttribute('datetime') ?? textOf(el), RANK.markedTime, 'time (published)');
  }
  for (const el of list(doc.querySelectorAll('abbr.published, .published[title]'))) add(el.getAttribute('title'), RANK.markedTime, 'hAtom published');
}

/** A full date in the URL's path: `/2019/11/18/`, `/2019-11-18-`, `/20200316/`. */
export function urlDate(url: string | undefined): DateValue | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const re of URL_DATE_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const v = parseDate(`${m[1]}-${m[2]}-${m[3]}`, PLAUSIBLE);
    if (v) return v;
  }
  return undefined;
}

/** Date lines: in elements named for dates, then the first date after the headline. */
function visibleCandidates(doc: DomDocument, order: 'dmy' | 'mdy', out: DateCandidate[]): void {
  const body = doc.body;
  if (!body) return;
  const opts: DateOptions = { ...PLAUSIBLE, order };
  const bodyLength = (body.textContent ?? '').length;
  let found = 0;
  for (const el of list(body.querySelectorAll('*'))) {
    const name = `${el.className} ${el.id}`;
    if (!DATE_CLASS.test(name) || rejectedName(el)) continue;
    // a machine-readable value on the element or a `<time>` in it says more than its text (`prije 28 minuta`)
    const machine = el.getAttribute('datetime') ?? el.querySelector('time[datetime]')?.getAttribute('datetime');
    const stated = machine ? parseDate(machine, { ...PLAUSIBLE, order }) : undefined;
    const text = squash((el.textContent ?? '').slice(0, 1000));
    if ((!stated && !/\d/.test(text)) || el.querySelector('p + p, li + li') || insideRejected(el, bodyLength)) continue;
    // both, when they differ, at the same rank: the earlier wins (`datetime` may be the last update)
    const written = findDates(text.slice(0, 300), opts)[0]?.value;
    const rank = RANK.dateElement + found * 0.01;
    const where = `element .${name.trim().split(/\s+/)[0]}`;
    if (stated) out.push({ value: stated, rank, source: `${where} datetime` });
    if (written) out.push({ value: written, rank, source: where });
    if (!stated && !written) continue;
    if (++found >= 5) break;
  }
  const h1 = headline(doc);
  if (h1 && !insideRejected(h1, bodyLength)) {
    const after = textAfter(h1, 1000);
    const d = findDates(after, opts).find((x) => !/©|copyright/i.test(after.slice(Math.max(0, x.start - 30), x.start)));
    if (d) out.push({ value: d.value, rank: RANK.afterTitle, source: 'after the headline' });
  }
}

/**
 * Page headers (today's date), footers, comments, sidebars and related-article lists give dates of
 * other things. A `<footer>` inside the `<article>` is the article's own (WordPress puts the date there); a layout
 * wrapper named `sidebar` that holds most of the page is not a sidebar.
 */
function insideRejected(el: DomElement, bodyLength: number): boolean {
  for (let e: DomElement | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    const tag = e.localName;
    const rejected = ((tag === 'footer' || tag === 'header') && !e.closest('article')) || tag === 'aside' || tag === 'nav' || rejectedName(e);
    if (rejected && (e.textContent ?? '').length < bodyLength / 2) return true;
  }
  return false;
}

function rejectedName(e: DomElement): boolean {
  return `${e.className} ${e.id}`.split(/\s+/).some((token) => NOT_DATE_CLASS.test(token));
}

/** The article's headline: the `<h1>` in the `<article>` or `<main>`, else one the page's `<title>` holds, else the first. */
function headline(doc: DomDocument): DomElement | undefined {
  const inArticle = doc.querySelector('article h1, main h1, [role="main"] h1');
  if (inArticle) return inArticle;
  const all = list(doc.getElementsByTagName('h1'));
  const title = squash(doc.title).toLowerCase();
  return all.find((h) => {
    const t = squash(h.textContent ?? '').toLowerCase();
    return t.length > 10 && title.includes(t.slice(0, 40));
  }) ?? all[0];
}

/** Up to `max` characters of text that follow `el` in document order, without scripts and photo captions. */
function textAfter(el: DomElement, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const take = (n: DomNode): void => {
    if (length >= max) return;
    if (n.nodeType === TEXT_NODE) {
      parts.push(n.textContent ?? '');
      length += (n.textContent ?? '').length;
      return;
    }
    if (n.nodeType !== ELEMENT_NODE || SKIPPED_AFTER_TITLE.test(n.nodeName)) return;
    const e = n as DomElement;
    if (/caption|credit/i.test(`${e.className}`)) return;
    for (let c = e.firstChild; c && length < max; c = c.nextSibling) take(c);
  };
  for (let e: DomElement | null = el; e && length < max; e = e.parentElement) {
    for (let s = e.nextSibling; s && length < max; s = s.nextSibling) take(s);
  }
  return squash(parts.join(' ')).slice(0, max);
}

const SKIPPED_AFTER_TITLE = /^(script|style|noscript|template|figcaption|figure|aside|nav|footer)$/i;

function list<T>(a: ArrayLike<T>): T[] {
  return Array.from(a);
}
