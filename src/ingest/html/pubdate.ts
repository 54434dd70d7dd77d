/**
 * When a web page was published, found as htmldate finds it: every place a page states a date is a
 * candidate, ranked by how surely it means publication (structured data and publication meta tags,
 * then marked-up `<time>`, the URL, date lines in the visible text); a modified date only when
 * nothing else is given. Each value is parsed by src/text/dates; a written zone is kept, and a
 * value without one borrows the zone of another that states the same wall time.
 */
import { findDates, formatIso, parseDate, sameWallTime, type DateOptions, type DateValue } from '../../text/dates/index.js';
import { declaredZone, onPageDay } from './pubdate-zone.js';
import { AMBIGUOUS_NUMERIC, dayOrder } from './pubdate-order.js';
import { PUBLISHED_META, MODIFIED_META, DATE_CLASS, PUBLISHED_LABEL, UPDATED_BEFORE, URL_DATE_PATTERNS, URL_MONTH } from './pubdate-patterns.js';
import { aboutOtherThing, inStory, insideRejected, pageContext, rejectedName, rejectedTokens, type PageContext } from './pubdate-page.js';
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
  /** JSON-LD `datePublished` of the page itself (`WebPage`) when no article object gives one. */
  otherStructured: 3,
  /** JSON-LD `datePublished` of another thing on the page (a video, an image, a related article, an event). */
  otherObject: 4.5,
  /** The outlet's own date markup (src/ingest/lexicon/outlets.ts). */
  outlet: 4,
  /** A date line in an element named for dates (`.date`, `.post-meta`, `.byline`). */
  dateElement: 5,
  /** The first date in the text after the headline. */
  afterTitle: 6,
  /** A date after `Published`, `Veröffentlicht am`, `Publié le`, `Ngày đăng` in the page's text. */
  labelled: 5.5,
  /** The first `<time datetime>` marked as neither publication nor update, outside the parts about other things. */
  bareTime: 6.5,
  /** A line that is only a date, anywhere in the page's content (`<h5>23.01.2019</h5>`). */
  loneDate: 7,
  /** A full date in the path of the page's share image (`/files/2016/05/04/ar-2015-og.png`): where the page filed its media. */
  imageUrl: 8,
  /** A publication date in a page's script state (`"publishedAt":"2020-09-15T05:43:42Z"` in a non-JSON-LD script), when nothing visible gives one. */
  scriptState: 8.5,
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
  /** The page as served, scripts included: read only for a time zone it declares when its date is given in UTC, and for its scripts' data when nothing else dates it. */
  html?: string;
  /** Whether the page declares itself one article (its structured data's type): then the dates of teasers of other pages are not its own. */
  declaresArticle?: boolean;
}

/** Years a publication date of a web page can have: the web's, and not after 2100 (there is no clock to ask). */
const PLAUSIBLE: DateOptions = { minYear: 1995, maxYear: 2100 };

/** The page's publication time as ISO 8601 with offset, or undefined. Call before the page is cleaned. */
export function findPublishedAt(doc: DomDocument, opts: PubDateOptions): string | undefined {
  const candidates = dateCandidates(doc, opts);
  // a UTC instant: the page's own zone, if it declares one (read only then: it means reading the scripts)
  const best = choosePublished(candidates, candidates.length > 0 && surestInUtc(candidates) ? declaredZone(doc, opts.html) : undefined);
  return best ? formatIso(best) : undefined;
}

/**
 * The dates the page states, with their rank: the body's markup only when structured data leaves the
 * time or zone open, the visible text only when the marked-up sources give no time.
 */
export function dateCandidates(doc: DomDocument, opts: PubDateOptions): DateCandidate[] {
  // the order is asked of the page (a scan of its text) only for a value it could change (`11/05/2019`)
  let order: 'dmy' | 'mdy' | undefined;
  const orderOf = () => (order ??= dayOrder(doc));
  const parse = (raw: string | null | undefined): DateValue | undefined =>
    raw ? parseDate(raw, { ...PLAUSIBLE, order: AMBIGUOUS_NUMERIC.test(raw) ? orderOf() : 'dmy' }) : undefined;
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
    const page = typeNames(o).some((t) => PAGE_TYPES.test(t));
    add(str(o['datePublished']), page ? RANK.otherStructured : RANK.otherObject, page ? 'json-ld datePublished (page)' : 'json-ld datePublished (other)');
    add(str(o['dateModified']), RANK.modified + 0.5, 'json-ld dateModified (other)');
  }
  metaCandidates(doc, add);
  if (!out.some((c) => c.rank <= RANK.structured + 0.5)) {
    for (const raw of brokenJsonLdDates(doc)) add(raw, RANK.otherStructured, 'json-ld datePublished (unparsed script)');
  }
  // structured data with a time and a zone other than UTC settles it: the body need not be read
  // (a UTC value still looks for the page's own zone below)
  if (out.some((c) => c.rank <= RANK.structured + 0.5 && c.value.hour !== undefined && c.value.offset !== undefined && c.value.offset !== 0)) return out;
  const page = pageContext(doc, opts.url, opts.declaresArticle ?? false);
  markupCandidates(page, add);
  const fromUrl = urlDate(opts.url);
  if (fromUrl) out.push({ value: fromUrl, rank: RANK.url, source: 'url' });
  if (opts.outletSelector) {
    const el = doc.querySelector(opts.outletSelector);
    add(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? textOf(el), RANK.outlet, 'outlet markup');
  }
  // the visible text is read only when the marked-up sources leave the time open (it is the costly part),
  // or give it only in UTC: the page's own day may be written there (src/ingest/html/pubdate-zone.ts)
  const utc = surestInUtc(out);
  if (out.some((c) => c.rank < RANK.dateElement && c.value.hour !== undefined) && !utc) return out;
  visibleCandidates(doc, orderOf(), out, page, utc);
  const image = doc.querySelector('meta[property="og:image"], meta[name="twitter:image"]')?.getAttribute('content');
  const fromImage = image ? urlDate(image) : undefined;
  if (fromImage) out.push({ value: fromImage, rank: RANK.imageUrl, source: 'share image url' });
  const state = opts.html && !out.some((c) => c.rank < RANK.scriptState) ? scriptStateDate(opts.html, parse) : undefined;
  if (state) out.push({ value: state, rank: RANK.scriptState, source: 'script state' });
  return withinBounds(out, opts.url);
}

/**
 * Dates read from the visible page (date elements, date lines, the share image) that the page's
 * surer statements rule out: outside the month its URL files it under (`/2019/11/slug`), or after
 * the page was last modified by its structured data (a day of slack for zones). Those are dates of
 * other things (an event announced, a teaser); marked-up dates are not second-guessed.
 */
function withinBounds(candidates: DateCandidate[], url: string | undefined): DateCandidate[] {
  const month = urlMonth(url);
  const modified = candidates.filter((c) => c.rank >= RANK.modified);
  const latest = modified.length > 0 ? Math.max(...modified.map((c) => dayKey(c.value))) : undefined;
  return candidates.filter((c) => {
    if (c.rank < RANK.dateElement || c.rank >= RANK.modified) return true;
    if (month && (c.value.year !== month.year || c.value.month !== month.month)) return false;
    return latest === undefined || dayMs(c.value) <= dayMs(fromKey(latest)) + 86_400_000;
  });
}

const dayMs = (v: { year: number; month: number; day: number }) => Date.UTC(v.year, v.month - 1, v.day);
const fromKey = (k: number) => ({ year: Math.floor(k / 10_000), month: Math.floor(k / 100) % 100, day: k % 100 });

/** A URL's path, or undefined for no URL or one that does not parse. */
function urlPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** The year and month a URL files its page under, without a day (`/2019/11/slug`). */
function urlMonth(url: string | undefined): { year: number; month: number } | undefined {
  const path = urlPath(url);
  if (path === undefined) return undefined;
  const m = URL_MONTH.exec(path);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

/**
 * The surest candidate; among equally sure ones the earliest (a page states its publication before
 * its updates), or the first in the page when they give three days or more (a list of posts). A value without a zone takes the zone of another stating the same wall time, and a
 * bare day takes the time of another stating the same day. A UTC instant is put in the page's own
 * zone, or on the day the page writes (`onPageDay`); `zone` is a time zone the page declares.
 */
export function choosePublished(candidates: DateCandidate[], zone?: string): DateValue | undefined {
  if (candidates.length === 0) return undefined;
  const rank = Math.min(...candidates.map((c) => c.rank));
  const same = candidates.filter((c) => c.rank === rank);
  // a publication and its update: the earlier; three days or more at one rank are a list of posts, whose first is the page's
  if (new Set(same.map((c) => dayKey(c.value))).size < 3) same.sort((a, b) => dayKey(a.value) - dayKey(b.value));
  let best = { ...same[0]!.value };
  if (best.hour === undefined) {
    const timed = candidates.find((c) => c.value.hour !== undefined && dayKey(c.value) === dayKey(best));
    if (timed) best = { ...timed.value };
  }
  if (best.offset === undefined) {
    const zoned = candidates.find((c) => c.value.offset !== undefined && sameWallTime(c.value, best));
    if (zoned) best.offset = zoned.value.offset!;
  }
  if (best.offset === 0 && best.hour !== undefined) {
    // what else the page writes about its publication (its modification times give their zone too)
    const written = candidates.filter((c) => c.rank < RANK.modified || (c.value.offset !== undefined && c.value.offset !== 0));
    best = onPageDay(best, written, RANK.labelled, zone);
  }
  return best;
}

/** Whether the surest candidate is an instant written in UTC. */
function surestInUtc(candidates: DateCandidate[]): boolean {
  const rank = Math.min(...candidates.map((c) => c.rank));
  return candidates.some((c) => c.rank === rank && c.value.offset === 0 && c.value.hour !== undefined);
}

/** JSON-LD types that describe the page itself, whose `datePublished` is the page's. */
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|CollectionPage|ProfilePage|QAPage|FAQPage|MedicalWebPage|WebSite|WebContent)$/;

function typeNames(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
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

/**
 * A publication date in the data a page's scripts carry for their own rendering (`__NEXT_DATA__`, `window.__STATE__`),
 * read from the page as served (scripts are stripped before parsing), as htmldate reads them. That data holds other
 * things' dates too (an author's profile, related stories): taken only when all its publication dates fall on one day.
 */
const SCRIPT_DATE = /"(?:datePublished|publishedAt|published_at|publishDate|publish_date|publicationDate|publication_date|date_published|firstPublished(?:At|Date)?)"\s*:\s*"([^"]{8,40})"/g;

function scriptStateDate(html: string, parse: (raw: string) => DateValue | undefined): DateValue | undefined {
  let found: DateValue | undefined;
  let n = 0;
  for (const m of html.matchAll(SCRIPT_DATE)) {
    const v = parse(m[1]!);
    if (!v) continue;
    if (found && dayKey(found) !== dayKey(v)) return undefined;
    found ??= v;
    if (++n >= 50) break;
  }
  return found;
}

/** Publication and modification meta tags, by `property`, `name`, `itemprop` or `http-equiv`. */
function metaCandidates(doc: DomDocument, add: (raw: string | null, rank: number, source: string) => void): void {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').toLowerCase().trim();
    if (!key && el.hasAttribute('pubdate')) add(el.getAttribute('content'), RANK.structured, 'meta pubdate'); // <meta pubdate="pubdate" content="...">
    if (!key) continue;
    if (PUBLISHED_META.has(key)) add(el.getAttribute('content'), RANK.structured, `meta ${key}`);
    else if (MODIFIED_META.has(key)) add(el.getAttribute('content'), RANK.modified, `meta ${key}`);
  }
}

/**
 * `<time pubdate>`, `itemprop="datePublished"` on any element, hAtom `abbr.published`, `<time>` marked as published;
 * an `<abbr data-utime>` (a post's Unix time); the first `<time datetime>` marked as nothing, low: in the
 * story's block under its headline (a byline's bare `<time>`), outside the parts about other things.
 */
function markupCandidates(page: PageContext, add: (raw: string | null | undefined, rank: number, source: string) => void): void {
  let bareTime = false;
  for (const [i, el] of page.elements.entries()) {
    const tag = el.localName;
    const itemprop = el.getAttribute('itemprop');
    if ((itemprop === 'datePublished' || itemprop === 'dateCreated') && tag !== 'meta') {
      // as in JSON-LD, a creation date stands behind the publication date (a story first written, then published)
      const created = itemprop === 'dateCreated';
      add(el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el), RANK.structured + (created ? 0.5 : 0), `itemprop ${itemprop}`);
    } else if (tag === 'time') {
      const around = `${el.className} ${el.parentElement?.className ?? ''} ${el.parentElement?.parentElement?.className ?? ''}`;
      const marked = el.hasAttribute('pubdate') || /publish|posted|entry-date|post-date|article-date|date-pub/i.test(around);
      if (marked && !insideRejected(el, page) && !aboutOtherThing(el, i, page)) add(el.getAttribute('datetime') ?? textOf(el), RANK.markedTime, 'time (published)');
      else if (!marked && !bareTime && el.hasAttribute('datetime') && !updateMark(el) && !rejectedName(el) && inStory(el, i, page) && !insideRejected(el, page) && !aboutOtherThing(el, i, page)) {
        bareTime = true;
        add(el.getAttribute('datetime'), RANK.bareTime, 'time (bare)');
      }
    } else if (tag === 'abbr' && /^\d{9,10}$/.test(el.getAttribute('data-utime') ?? '') && !insideRejected(el, page)) {
      add(new Date(Number(el.getAttribute('data-utime')) * 1000).toISOString(), RANK.markedTime, 'abbr data-utime');
    } else if (el.hasAttribute('title') && /(^|\s)(?:date-)?published(\s|$)/.test(el.getAttribute('class') ?? '')) {
      add(el.getAttribute('title'), RANK.markedTime, 'hAtom published'); // microformats: <abbr class="published" title="...">
    }
  }
}

/** A full date in the URL's path: `/2019/11/18/`, `/2019-11-18-`, `/20200316/`. */
export function urlDate(url: string | undefined): DateValue | undefined {
  const path = urlPath(url);
  if (path === undefined) return undefined;
  for (const re of URL_DATE_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const v = parseDate(`${m[1]}-${m[2]}-${m[3]}`, PLAUSIBLE);
    if (v) return v;
  }
  return undefined;
}

/** Date lines: in elements named for dates, then the first date after the headline (`dateLinesOnly`: the first alone). */
function visibleCandidates(doc: DomDocument, order: 'dmy' | 'mdy', out: DateCandidate[], page: PageContext, dateLinesOnly = false): void {
  const body = doc.body;
  if (!body) return;
  const opts: DateOptions = { ...PLAUSIBLE, order };
  const elements: { key: string; values: DateValue[]; source: string }[] = [];
  for (const [i, el] of page.elements.entries()) {
    const name = page.names[i]!;
    if (!DATE_CLASS.test(name) || rejectedTokens(name)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 1000) continue; // a container of the article, not a date line
    // a machine-readable value on the element or a `<time>` in it says more than its text (`prije 28 minuta`);
    // not one marked as the update (`<time class="updated" itemprop="dateModified">` in a `.posted-on`), nor its text
    const marked = el.querySelector('time, [itemprop]');
    const machine = el.getAttribute('datetime') ?? (marked ? Array.from(el.querySelectorAll('time[datetime]')).find((t) => !updateMark(t))?.getAttribute('datetime') : undefined);
    const stated = machine ? parseDate(machine, opts) : undefined;
    const text = marked ? new TextCollector(1000, updateMark).take(el).text() : squash(raw);
    if ((!stated && !/\d/.test(text)) || el.querySelector('p + p, li + li') || insideRejected(el, page) || aboutOtherThing(el, i, page)) continue;
    // both, when they differ, at the same rank: the earlier wins (`datetime` may be the last update)
    const found = findDates(text.slice(0, 300), opts);
    const written = found.find((d) => !updatedBefore(text, d.start))?.value;
    // a date written as the last update is not the publication's, but its zone is the page's (pubdate-zone.ts)
    const updated = found.find((d) => updatedBefore(text, d.start))?.value;
    if (updated) out.push({ value: updated, rank: RANK.modified, source: 'updated date line' });
    const values = [stated, written].filter((v): v is DateValue => v !== undefined);
    if (values.length === 0) continue;
    const key = `${el.localName}.${squash(el.className)}`;
    elements.push({ key, values, source: `element ${key}` });
    if (elements.length >= 12) break;
  }
  // in page order: on a blog's front page the first post's date is the page's (teaser lists are mostly
  // in asides and related boxes, rejected above)
  elements.slice(0, 5).forEach((e, i) => {
    for (const value of e.values) out.push({ value, rank: RANK.dateElement + i * 0.01, source: e.source });
  });
  // beside a UTC instant only the date lines are wanted, for the page's own day (pubdate-zone.ts): the rest is not read
  if (dateLinesOnly) return;
  const labelled = labelledDate(body, opts);
  if (labelled) out.push({ value: labelled, rank: RANK.labelled, source: 'labelled date' });
  const lone = loneDateLine(body, opts, page);
  const h1 = page.headline;
  const after = h1 && !insideRejected(h1, page) ? textAfter(h1, 1000) : undefined;
  if (lone?.updated) out.push({ value: lone.value, rank: RANK.modified, source: 'updated date line' });
  else if (lone) {
    // a date line of its own just after the headline is the article's dateline: surer than a date in a
    // sentence there (`... near Orleans, France, January 16, 2020. Julien De Rosa/Pool via REUTERS`)
    const dateline = after !== undefined && after.includes(lone.text);
    out.push({ value: lone.value, rank: dateline ? RANK.afterTitle - 0.1 : RANK.loneDate, source: dateline ? 'date line after the headline' : 'lone date line' });
  }
  if (after !== undefined) {
    // only where a byline or date line stands, just under the headline: a date further on is in the
    // story's sentences (`... founded February 28, 1998`, a caption's `January 16, 2020`), an event's
    const d = publicationDates(after.slice(0, AFTER_TITLE_REACH + 60), opts).find((x) => x.start <= AFTER_TITLE_REACH && !/©|copyright/i.test(after.slice(Math.max(0, x.start - 30), x.start)));
    if (d) out.push({ value: d.value, rank: RANK.afterTitle, source: 'after the headline' });
  }
}

/**
 * A `<time>` or microdata marked as a modification (`class="updated"`, `itemprop="dateModified"`): its date is not the
 * publication's. Not one also marked as the publication (WordPress writes `class="entry-date published updated"`
 * on a post never modified).
 */
function updateMark(e: DomElement): boolean {
  const itemprop = e.getAttribute('itemprop') ?? '';
  if (e.localName !== 'time' && !itemprop) return false; // a `<div class="updated-date">` may hold the publication's date
  const marks = `${e.getAttribute('class') ?? ''} ${itemprop}`;
  return /modif|updat/i.test(marks) && !/publish|created/i.test(marks);
}

/** The dates in a text but those written as its last update (`Last updated September 14, 2016`). */
function publicationDates(text: string, opts: DateOptions): ReturnType<typeof findDates> {
  return findDates(text, opts).filter((d) => !updatedBefore(text, d.start));
}

/** Whether the date at `start` in `text` follows an update's label. */
const updatedBefore = (text: string, start: number) => UPDATED_BEFORE.test(text.slice(Math.max(0, start - 30), start).trimEnd());

/** How far after the headline (characters of text) its date line may start: a byline's length. */
const AFTER_TITLE_REACH = 100;

/**
 * The first short text whose whole content is a date (a few words around it at most), in an element
 * holding little else, outside headers, footers and lists of other things.
 */
function loneDateLine(body: DomElement, opts: DateOptions, page: PageContext): { value: DateValue; text: string; updated?: boolean } | undefined {
  let updated: DateValue | undefined;
  const stack: DomNode[] = [body];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) {
      const text = squash(n.textContent ?? '');
      if (text.length < 6 || text.length > 40 || !/\d/.test(text)) continue;
      const d = publicationDates(text, opts)[0];
      const parent = n.parentNode as DomElement | null;
      if (!d || d.text.length < text.length * 0.6 || !parent) continue;
      const line = squash(parent.textContent ?? '');
      if (line.length > 60 || insideRejected(parent, page)) continue;
      if (aboutOtherThing(parent, page.elements.indexOf(parent), page)) continue;
      // `<em>Last updated:</em> January 7, 2025`: the update, kept in case nothing else dates the page
      if (updatedBefore(line, line.indexOf(d.text))) updated ??= d.value;
      else return { value: d.value, text };
    }
    if (n.nodeType !== ELEMENT_NODE || SKIPPED_AFTER_TITLE.test(n.nodeName)) continue;
    const children: DomNode[] = [];
    for (let k = n.firstChild; k; k = k.nextSibling) children.push(k);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return updated ? { value: updated, text: '', updated: true } : undefined;
}

/** The first date written just after a publication label in the page's text (comments, footers and related boxes left out). */
function labelledDate(body: DomElement, opts: DateOptions): DateValue | undefined {
  const text = new TextCollector(60_000, (e) => rejectedName(e)).take(body).text();
  PUBLISHED_LABEL.lastIndex = 0;
  for (let m = PUBLISHED_LABEL.exec(text); m; m = PUBLISHED_LABEL.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const d = findDates(after, opts)[0];
    if (d && d.start <= 3) return d.value;
  }
  return undefined;
}

/** Visible text in document order, up to a length, without scripts, captions and the parts `skip` names. */
class TextCollector {
  private readonly parts: string[] = [];
  private length = 0;
  constructor(private readonly max: number, private readonly skip: (e: DomElement) => boolean = () => false) {}

  take(n: DomNode): this {
    // iterative: a deep page cannot overflow the stack
    const stack: DomNode[] = [n];
    while (stack.length > 0 && this.length < this.max) {
      const c = stack.pop()!;
      if (c.nodeType === TEXT_NODE) {
        this.parts.push(c.textContent ?? '');
        this.length += (c.textContent ?? '').length;
        continue;
      }
      if (c.nodeType !== ELEMENT_NODE || SKIPPED_AFTER_TITLE.test(c.nodeName)) continue;
      const e = c as DomElement;
      if (/caption|credit/i.test(e.className ?? '') || this.skip(e)) continue;
      const children: DomNode[] = [];
      for (let k = e.firstChild; k; k = k.nextSibling) children.push(k);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    return this;
  }

  text(): string {
    return squash(this.parts.join(' ')).slice(0, this.max);
  }

  full(): boolean {
    return this.length >= this.max;
  }
}

/** Up to `max` characters of text that follow `el` in document order, without scripts, photo captions and the parts about other things (`.today`, `.related`). */
function textAfter(el: DomElement, max: number): string {
  const out = new TextCollector(max, rejectedName);
  for (let e: DomElement | null = el; e && !out.full(); e = e.parentElement) {
    for (let s = e.nextSibling; s && !out.full(); s = s.nextSibling) out.take(s);
  }
  return out.text();
}

const SKIPPED_AFTER_TITLE = /^(script|style|noscript|template|figcaption|figure|aside|nav|footer)$/i;

function list<T>(a: ArrayLike<T>): T[] {
  return Array.from(a);
}
