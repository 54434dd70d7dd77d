/**
 * Which parts of a page speak of the page itself, for src/ingest/html/pubdate.ts: the headline and
 * the block that holds it, and the parts whose dates are of other things (headers and footers of the
 * site, comments, sidebars, related lists, photo captions, teasers of other pages).
 */
import { NOT_DATE_CLASS } from './pubdate-patterns.js';
import { squash, type DomDocument, type DomElement } from './dom.js';

/** What the rejection of page parts needs, read once per page. */
export interface PageContext {
  /** The body's elements in document order, listed once. */
  elements: DomElement[];
  /** Their class and id attributes, read once when first asked for. */
  readonly names: string[];
  readonly bodyLength: number;
  headline: DomElement | undefined;
  aroundHeadline: Set<DomElement>;
  /** The headline's place in `elements` (-1 without one). */
  readonly headlineIndex: number;
  /** The page's own path (`/2019/11/slug`), when its URL is known: a link there is not to another page. */
  path: string | undefined;
  /** Whether the page is one story: it declares itself an article (JSON-LD article type, `og:type` article), or its headline is its title's. */
  readonly declaresArticle: boolean;
  /** The element that holds the headline and the story under it (`<article>`, `<main>`, or the headline's first ancestor with a story's length of text). */
  readonly articleBlock: DomElement | undefined;
}

/** `declaresArticle`: the page's structured data or `og:type` says it is an article. */
export function pageContext(doc: DomDocument, url: string | undefined, declaresArticle: boolean): PageContext {
  const elements = doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
  const h = headline(doc, elements);
  const aroundHeadline = new Set<DomElement>();
  for (let e = h ?? null; e; e = e.parentElement) aroundHeadline.add(e);
  let bodyLength: number | undefined;
  let names: string[] | undefined;
  let block: DomElement | null | undefined;
  let headlineIndex: number | undefined;
  let story: boolean | undefined;
  return {
    elements,
    get names() {
      return (names ??= elements.map((e) => `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`));
    },
    get bodyLength() {
      return (bodyLength ??= (doc.body?.textContent ?? '').length);
    },
    headline: h,
    aroundHeadline,
    get headlineIndex() {
      return (headlineIndex ??= h ? elements.indexOf(h) : -1);
    },
    path: pathOf(url),
    get declaresArticle() {
      return (story ??= declaresArticle || (h !== undefined && storyHeadline(doc, h)));
    },
    get articleBlock() {
      if (block === undefined) block = h ? storyBlock(h) : null;
      return block ?? undefined;
    },
  };
}

/** Text a story's block holds at least, beside its headline. */
const STORY_LENGTH = 1000;

function storyBlock(h: DomElement): DomElement | null {
  const marked = h.closest('article, main, [role="main"]');
  if (marked) return marked;
  for (let e = h.parentElement; e && e.localName !== 'body'; e = e.parentElement) {
    if ((e.textContent ?? '').length >= STORY_LENGTH) return e;
  }
  return null;
}

function pathOf(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, base);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

/** The article's headline: the `<h1>` in the `<article>` or `<main>`, else one the page's `<title>` holds, else the first. */
function headline(doc: DomDocument, elements: DomElement[]): DomElement | undefined {
  const all = elements.filter((e) => e.localName === 'h1');
  const inArticle = all.find((h) => h.closest('article, main, [role="main"]'));
  if (inArticle) return inArticle;
  const title = squash(doc.title).toLowerCase();
  return all.find((h) => {
    const t = squash(h.textContent ?? '').toLowerCase();
    return t.length > 10 && title.includes(t.slice(0, 40));
  }) ?? all[0];
}

/** A headline of a story, not a section's name (`News`, `Indonesia`): four words or more, which the page's `<title>` holds. */
function storyHeadline(doc: DomDocument, h: DomElement): boolean {
  const t = squash(h.textContent ?? '').toLowerCase();
  return t.split(' ').length >= 4 && squash(doc.title).toLowerCase().includes(t.slice(0, 40));
}

/**
 * Page headers (today's date), footers, comments, sidebars and related-article lists give dates of
 * other things. A `<footer>` inside the `<article>` is the article's own (WordPress puts the date there); a layout
 * wrapper named `sidebar` that holds most of the page is not a sidebar.
 */
export function insideRejected(el: DomElement, page: PageContext): boolean {
  for (let e: DomElement | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    const tag = e.localName;
    if (page.aroundHeadline.has(e)) continue; // the header that holds the headline is the article's
    const rejected = ((tag === 'footer' || tag === 'header') && !e.closest('article')) || tag === 'aside' || tag === 'nav' || rejectedName(e);
    if (rejected && (e.textContent ?? '').length < page.bodyLength / 2) return true;
  }
  return false;
}

export function rejectedName(e: DomElement): boolean {
  return rejectedTokens(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`);
}

/**
 * A class or id naming another thing (`comments`, `related`, `updated`); `updated` beside an entry's date is
 * the publication's (hAtom on WordPress: `entry-date published updated` on a post never modified; not
 * Wikipedia's `bday dtstart published updated`, the date of the thing described).
 */
export function rejectedTokens(name: string): boolean {
  const tokens = name.split(/\s+/);
  const published = tokens.some((t) => /^entry-(?:date|published)$/i.test(t));
  return tokens.some((token) => NOT_DATE_CLASS.test(token) && !(published && /^updated$/i.test(token)));
}

/**
 * Whether a date line (the element at `index` in the page's elements) is about another thing than the
 * page, by where it stands: in a photo's caption (the photo's date); above the headline outside the
 * story's block (the site's header: today's date beside the logo); on a page that is one article, in
 * a link to another page or beside one (a teaser: `Related: <a>Headline of another story</a> 9 Aug 2020`).
 */
export function aboutOtherThing(el: DomElement, index: number, page: PageContext): boolean {
  if (inCaption(el)) return true;
  const block = page.articleBlock;
  if (block && index < page.headlineIndex && !within(el, block)) return true;
  return page.declaresArticle && besideLink(el, page);
}

/** In a photo's caption: a `<figure>` or `<figcaption>`, or a small element named for a caption, a few levels up. */
function inCaption(el: DomElement): boolean {
  for (let e: DomElement | null = el, k = 0; e && k < 4 && e.localName !== 'body'; e = e.parentElement, k++) {
    if (e.localName === 'figure' || e.localName === 'figcaption') return true;
    if (/(?:^|[-_\s])caption(?:$|[-_\s])|caption_/i.test(e.getAttribute('class') ?? '') && (e.textContent ?? '').length < 600) return true;
  }
  return false;
}

/** Whether the element stands in the story's block, below its headline, outside a list (a bare `<time>` there is the story's). */
export function inStory(el: DomElement, index: number, page: PageContext): boolean {
  const block = page.articleBlock;
  return block !== undefined && index > page.headlineIndex && within(el, block) && el.closest('li') === null;
}

function within(el: DomElement, container: DomElement): boolean {
  for (let e: DomElement | null = el; e; e = e.parentElement) if (e === container) return true;
  return false;
}

/** A teaser's headline link is at least this long (an author's or a section's name is shorter). */
const TEASER_LINK = 25;
/** A teaser's container holds at most this much text (headline, date, a line of summary). */
const TEASER_TEXT = 400;

/** Whether the element is inside a link to another page, or shares a small container with a headline-long one. */
function besideLink(el: DomElement, page: PageContext): boolean {
  for (let e: DomElement | null = el, k = 0; e && k < 4; e = e.parentElement, k++) {
    if (e.localName === 'a') return linksElsewhere(e, page) ?? false;
  }
  for (let c = el.parentElement, k = 0; c && k < 3 && c.localName !== 'body'; c = c.parentElement, k++) {
    if ((c.textContent ?? '').length > TEASER_TEXT) break;
    const links = c.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) {
      const a = links[i]!;
      if (teaserLink(a) && (linksElsewhere(a, page) ?? !sameHeadline(a, page))) return true;
    }
  }
  return false;
}

/** Whether a link's text is the page's own headline (a permalink), when the page's address cannot tell. */
function sameHeadline(a: DomElement, page: PageContext): boolean {
  const h = squash(page.headline?.textContent ?? '').toLowerCase();
  const t = squash(a.textContent ?? '').toLowerCase();
  return h !== '' && (h.includes(t) || t.includes(h));
}

/** A link that reads like another story's headline: four words or more, not to an author, a tag or a section. */
function teaserLink(a: DomElement): boolean {
  const text = squash(a.textContent ?? '');
  if (text.length < TEASER_LINK || text.split(' ').length < 4) return false;
  if (/\b(?:tag|author|category)\b/i.test(a.getAttribute('rel') ?? '')) return false;
  return !TAXONOMY.test(a.getAttribute('href') ?? '');
}

/** Paths of lists rather than stories: an author's, a tag's, a section's page. */
const TAXONOMY = /\/(?:tags?|category|categories|authors?|topics?|sections?|people|profiles?|themen|thema|rubriques?|kategorie)\//i;

/** Whether a link goes to another page; undefined when the page's own address is not known. */
function linksElsewhere(a: DomElement, page: PageContext): boolean | undefined {
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return false;
  if (!page.path) return undefined;
  const target = pathOf(href, `https://${page.path}`);
  return target !== undefined && target !== page.path;
}
