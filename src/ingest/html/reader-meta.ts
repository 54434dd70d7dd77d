/**
 * The title and byline as Mozilla Readability finds them, read from the page before our cleaning
 * removes byline markup: its metadata (JSON-LD `name`/`headline` checked against the page title,
 * then `dc:`/`og:`/`twitter:`/`parsely` tags, then `<title>` cut at its separators), and the first
 * visible element marked as a byline (`rel=author`, `itemprop=author`, `byline`/`author` classes)
 * outside the blocks Readability skips. Readability's own rules, because they are what the reader
 * view of browsers shows and what its test suite checks; its metadata methods are not public API,
 * so a missing method gives nothing here rather than an error (a test pins them).
 */
import { Readability } from '@mozilla/readability';
import { squash, type DomDocument, type DomElement } from './dom.js';
import { elementsOf } from './clean.js';

export interface ReaderMeta {
  title?: string;
  /** From JSON-LD `author` or the author meta tags. */
  metaByline?: string;
  /** The first visible byline element of the page. */
  pageByline?: string;
  siteName?: string;
}

interface ReadabilityInternals {
  _getJSONLD?: (doc: unknown) => Record<string, string | undefined>;
  _getArticleMetadata?: (jsonld: Record<string, string | undefined>) => { title?: string; byline?: string; siteName?: string };
}

type ReadabilityDoc = ConstructorParameters<typeof Readability>[0];

const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** Readability's title and bylines of a page; call before the page is cleaned. */
export function readerMeta(doc: DomDocument): ReaderMeta {
  const out: ReaderMeta = {};
  try {
    const r = new Readability(doc as unknown as ReadabilityDoc) as unknown as ReadabilityInternals;
    if (r._getJSONLD && r._getArticleMetadata) {
      const md = r._getArticleMetadata(r._getJSONLD(doc));
      const title = squash(md.title ?? '');
      if (title) out.title = title;
      const byline = squash(md.byline ?? '');
      if (byline) out.metaByline = byline;
      const site = squash(md.siteName ?? '');
      if (site) out.siteName = site;
    }
  } catch {
    /* metadata then comes from metadata.ts alone */
  }
  const byline = doc.body ? pageByline(doc.body) : undefined;
  if (byline) out.pageByline = byline;
  return out;
}

function hidden(el: DomElement): boolean {
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) || el.hasAttribute('hidden') ||
    (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image'));
}

/** The first byline element in document order, skipping what Readability skips before reaching it. */
function pageByline(body: DomElement): string | undefined {
  const skipped = new Set<DomElement>();
  for (const el of elementsOf(body)) {
    const parent = el.parentElement;
    if (parent && skipped.has(parent)) {
      skipped.add(el);
      continue;
    }
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    const match = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (hidden(el) || (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog')) {
      skipped.add(el);
      continue;
    }
    const itemprop = el.getAttribute('itemprop');
    const text = (el.textContent ?? '').trim();
    if ((el.getAttribute('rel') === 'author' || (itemprop && itemprop.includes('author')) || BYLINE.test(match)) && text.length > 0 && text.length < 100) {
      const named = elementsOf(el).find((x) => x !== el && (x.getAttribute('itemprop') ?? '').includes('name'));
      return squash((named ?? el).textContent ?? '') || undefined;
    }
    if (UNLIKELY.test(match) && !MAYBE.test(match) && tag !== 'BODY' && tag !== 'A' && !el.closest('table') && !el.closest('code')) skipped.add(el);
    else if (UNLIKELY_ROLES.has(el.getAttribute('role') ?? '')) skipped.add(el);
  }
  return undefined;
}
