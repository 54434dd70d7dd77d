/**
 * RSS 2.0 (and 0.9x/RDF 1.0) and Atom feeds to a list of items.
 *
 * The XML is read by htmlparser2 in XML mode, the parser linkedom is built on: it is forgiving
 * (real feeds carry stray `&`, unclosed tags, HTML entities), it never reads a DTD, never expands
 * a declared entity and never fetches anything. A document that declares entities or points at an
 * external DTD is refused before parsing all the same, so that the refusal is explicit
 * (billion laughs, XXE) rather than a silently unexpanded `&lol;`.
 */
import { parseDocument as parseXml } from 'htmlparser2';
import { parseDocument as parseHtml, squash } from '../html/dom.js';
import { parsePublicationDate } from '../../text/dates/index.js';

export interface FeedItem {
  title?: string;
  /** The article's URL (RSS `link`, Atom `link rel="alternate"`). */
  link?: string;
  /** RSS `guid` or Atom `id`. */
  id?: string;
  /** ISO 8601 with offset (RFC 822 `pubDate`, ISO `published`, parsed by src/text/dates); no zone → +07:00. */
  publishedAt?: string;
  updatedAt?: string;
  author?: string;
  /** The summary as plain text (RSS `description`, Atom `summary`). */
  summary?: string;
  /** The full article as HTML (`content:encoded`, Atom `content`), when the feed carries it. */
  contentHtml?: string;
  /** True when `contentHtml` holds the article, not a teaser: such an item need not be fetched. */
  hasFullContent: boolean;
  categories: string[];
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  title?: string;
  /** The site the feed belongs to. */
  link?: string;
  description?: string;
  language?: string;
  items: FeedItem[];
  /** Items or fields skipped, and why. */
  warnings: string[];
}

export type FeedErrorCode = 'empty' | 'too-large' | 'entity-declarations' | 'external-dtd' | 'html-page' | 'not-a-feed';

/** A document refused as a feed; `code` says why, the message says what to do. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    /** For `html-page`: feed URLs the page announces in `<link rel="alternate">`. */
    readonly feedLinks: string[] = [],
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Feeds larger than this are refused (a news feed is well under 1 MB). */
export const MAX_FEED_CHARS = 20_000_000;
/** Content shorter than this (in characters of text) is a teaser, not the full article. */
export const FULL_CONTENT_MIN_CHARS = 300;

interface XNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: XNode[];
}

/** Parses an RSS or Atom feed. Throws `FeedError` for what is not a feed or is not safe to read. */
export function parseFeed(xml: string): Feed {
  if (typeof xml !== 'string' || xml.trim() === '') throw new FeedError('empty', 'the feed is empty');
  if (xml.length > MAX_FEED_CHARS) throw new FeedError('too-large', `the feed is ${(xml.length / 1e6).toFixed(1)} M characters; feeds over ${MAX_FEED_CHARS / 1e6} M are refused`);
  const head = xml.replace(/^\uFEFF/, '').trimStart();
  refuseUnsafeDoctype(head);
  refuseHtml(head);
  const doc = parseXml(head, { xmlMode: true, decodeEntities: true, recognizeCDATA: true }) as unknown as XNode;
  const root = (doc.children ?? []).find((n) => n.type === 'tag');
  if (!root) throw new FeedError('not-a-feed', 'no XML element found: this is not a feed');
  const name = local(root);
  if (name === 'html') throw htmlError(head);
  if (name === 'rss') return readRss(child(root, 'channel') ?? root, 'rss');
  if (name === 'rdf') return readRss(child(root, 'channel') ?? root, 'rdf', root);
  if (name === 'feed') return readAtom(root);
  throw new FeedError('not-a-feed', `the document's root element is <${root.name}>, not <rss>, <rdf:RDF> or <feed>: this is not an RSS or Atom feed`);
}

function refuseUnsafeDoctype(head: string): void {
  const at = head.search(/<!DOCTYPE/i);
  if (at === -1 || at > 2000) return;
  const rest = head.slice(at, at + 100_000);
  if (/<!ENTITY/i.test(rest.slice(0, (rest.indexOf(']>') + 1 || 2000) + 1))) {
    throw new FeedError('entity-declarations', 'the feed declares XML entities in its DOCTYPE; refused (entity expansion can exhaust memory: "billion laughs")');
  }
  const decl = /^<!DOCTYPE[^>[]*/i.exec(rest)?.[0] ?? '';
  if (/\bSYSTEM\b/i.test(decl)) {
    throw new FeedError('external-dtd', 'the feed points at an external DTD (DOCTYPE SYSTEM); refused (external entities can read local files or the network)');
  }
  if (rest.slice(decl.length).startsWith('[')) {
    throw new FeedError('entity-declarations', 'the feed carries an internal DTD subset; refused (feeds need none)');
  }
}

function refuseHtml(head: string): void {
  const start = head.slice(0, 1000).replace(/<\?xml[^>]*>\s*/i, '').replace(/^(<!--[\s\S]*?-->\s*)+/, '');
  if (/^<!DOCTYPE\s+html/i.test(start) || /^<html[\s>]/i.test(start)) throw htmlError(head);
}

function htmlError(html: string): FeedError {
  const links: string[] = [];
  const re = /<link\b[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html.slice(0, 200_000))) !== null) {
    const tag = m[0];
    if (/rel=["']?alternate/i.test(tag) && /type=["']?application\/(rss|atom)\+xml/i.test(tag)) {
      const href = /href=["']([^"']+)["']/i.exec(tag)?.[1];
      if (href) links.push(href);
    }
  }
  const hint = links.length > 0 ? `; the page announces feed(s): ${links.join(', ')}` : '; give its URL to the HTML reader, or find the site\'s RSS link';
  return new FeedError('html-page', `this is an HTML page, not a feed${hint}`, links);
}

// ---- RSS and RDF

function readRss(channel: XNode, format: 'rss' | 'rdf', rdfRoot?: XNode): Feed {
  const feed: Feed = { format, items: [], warnings: [] };
  setIf(feed, 'title', plain(text(child(channel, 'title'))));
  setIf(feed, 'link', squash(text(child(channel, 'link'))) || undefined);
  setIf(feed, 'description', htmlText(text(child(channel, 'description'))));
  setIf(feed, 'language', squash(text(child(channel, 'language'))) || undefined);
  // RSS items sit in the channel; RDF items beside it.
  const items = [...children(channel, 'item'), ...(rdfRoot ? children(rdfRoot, 'item') : [])];
  for (const [i, el] of items.entries()) {
    const item: FeedItem = { hasFullContent: false, categories: [] };
    setIf(item, 'title', plain(text(child(el, 'title'))));
    const guid = child(el, 'guid');
    const link = squash(text(child(el, 'link'))) || (guid && guid.attribs?.['isPermaLink'] !== 'false' && /^https?:/i.test(text(guid).trim()) ? squash(text(guid)) : '');
    setIf(item, 'link', link || undefined);
    setIf(item, 'id', squash(text(guid)) || el.attribs?.['rdf:about'] || undefined);
    const date = text(child(el, 'pubDate')) || text(child(el, 'date')) || text(child(el, 'published'));
    if (date.trim()) {
      const iso = parsePublicationDate(date);
      if (iso) item.publishedAt = iso;
      else feed.warnings.push(`item ${i + 1}: date "${squash(date)}" not understood`);
    }
    setIf(item, 'author', plain(text(child(el, 'creator')) || text(child(el, 'author'))));
    setIf(item, 'summary', htmlText(text(child(el, 'description'))));
    const content = text(child(el, 'encoded'));
    finishItem(item, content);
    item.categories = children(el, 'category').map((c) => squash(text(c))).filter(Boolean);
    if (!item.link && !item.contentHtml) feed.warnings.push(`item ${i + 1} has neither a link nor content`);
    feed.items.push(item);
  }
  return feed;
}

// ---- Atom

function readAtom(root: XNode): Feed {
  const feed: Feed = { format: 'atom', items: [], warnings: [] };
  setIf(feed, 'title', atomText(child(root, 'title')));
  setIf(feed, 'link', atomLink(root));
  setIf(feed, 'description', atomText(child(root, 'subtitle')));
  setIf(feed, 'language', root.attribs?.['xml:lang']);
  for (const [i, el] of children(root, 'entry').entries()) {
    const item: FeedItem = { hasFullContent: false, categories: [] };
    setIf(item, 'title', atomText(child(el, 'title')));
    setIf(item, 'link', atomLink(el));
    setIf(item, 'id', squash(text(child(el, 'id'))) || undefined);
    const published = text(child(el, 'published')) || text(child(el, 'issued'));
    const updated = text(child(el, 'updated')) || text(child(el, 'modified'));
    const pIso = published.trim() ? parsePublicationDate(published) : undefined;
    const uIso = updated.trim() ? parsePublicationDate(updated) : undefined;
    if (published.trim() && !pIso) feed.warnings.push(`entry ${i + 1}: date "${squash(published)}" not understood`);
    setIf(item, 'publishedAt', pIso ?? uIso);
    setIf(item, 'updatedAt', uIso);
    const author = child(el, 'author') ?? child(root, 'author');
    setIf(item, 'author', author ? plain(text(child(author, 'name')) || text(author)) : undefined);
    setIf(item, 'summary', atomText(child(el, 'summary')));
    const content = child(el, 'content');
    const contentHtml = content && !content.attribs?.['src'] ? atomHtml(content) : '';
    finishItem(item, contentHtml);
    item.categories = children(el, 'category').map((c) => c.attribs?.['term'] ?? c.attribs?.['label'] ?? '').filter(Boolean);
    feed.items.push(item);
  }
  return feed;
}

function atomLink(el: XNode): string | undefined {
  const links = children(el, 'link');
  const pick = links.find((l) => (l.attribs?.['rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return pick?.attribs?.['href'] || undefined;
}

/** Atom text constructs: `type="text"` (default), `html` (escaped HTML), `xhtml` (inline markup). */
function atomText(el: XNode | undefined): string | undefined {
  if (!el) return undefined;
  const type = el.attribs?.['type'] ?? 'text';
  if (type === 'html' || type === 'xhtml' || type === 'text/html') return htmlText(atomHtml(el));
  return plain(text(el));
}

function atomHtml(el: XNode): string {
  const type = el.attribs?.['type'] ?? 'text';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return serialize(el);
  if (type === 'text') return escapeHtml(text(el));
  return text(el);
}

function finishItem(item: FeedItem, contentHtml: string): void {
  if (!contentHtml.trim()) return;
  item.contentHtml = contentHtml;
  const contentText = htmlText(contentHtml) ?? '';
  const summaryLength = item.summary?.length ?? 0;
  item.hasFullContent = contentText.length >= FULL_CONTENT_MIN_CHARS && contentText.length > summaryLength * 1.5;
  // short content is still more than a shorter summary: the teaser keeps the longer of the two
  if (!item.hasFullContent && contentText.length > summaryLength) item.summary = contentText;
  if (!item.summary && contentText) item.summary = contentText.length > 400 ? `${contentText.slice(0, 400).replace(/\s+\S*$/, '')} …` : contentText;
}

// ---- small XML helpers (iterative: a deep document cannot overflow the stack)

function local(n: XNode): string {
  const name = (n.name ?? '').toLowerCase();
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function children(n: XNode, name: string): XNode[] {
  const want = name.toLowerCase();
  return (n.children ?? []).filter((c) => c.type === 'tag' && local(c) === want);
}

function child(n: XNode, name: string): XNode | undefined {
  const want = name.toLowerCase();
  return (n.children ?? []).find((c) => c.type === 'tag' && local(c) === want);
}

/** The text of a node: its text and CDATA descendants, in order. */
function text(n: XNode | undefined): string {
  if (!n) return '';
  let out = '';
  const stack: XNode[] = [n];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (c.type === 'text') out += c.data ?? '';
    else if (c.children) for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
  return out;
}

/** Inline XHTML content back to markup. */
function serialize(n: XNode): string {
  let out = '';
  const stack: (XNode | string)[] = [...(n.children ?? [])].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (typeof c === 'string') out += c;
    else if (c.type === 'text') out += escapeHtml(c.data ?? '');
    else if (c.type === 'tag') {
      const name = (c.name ?? '').replace(/^[^:]+:/, '');
      const attrs = Object.entries(c.attribs ?? {}).filter(([k]) => !k.startsWith('xmlns')).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
      out += `<${name}${attrs}>`;
      stack.push(`</${name}>`);
      for (let i = (c.children ?? []).length - 1; i >= 0; i--) stack.push(c.children![i]!);
    } else if (c.children) for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// `<br>` and the ends of block elements separate paragraphs (`chiều nay.<br/>Đây là` is two)
const BREAKS = /<br\s*\/?>|<\/(?:p|div|li|h[1-6]|blockquote|tr|section|article|figure|figcaption|pre|dd|dt)\s*>/gi;

/** HTML (a description or content) to plain text, one paragraph a line. */
function htmlText(html: string): string | undefined {
  if (!html.trim()) return undefined;
  if (!/[<&]/.test(html)) return squash(html) || undefined;
  const doc = parseHtml(`<!DOCTYPE html><html><body>${html.replace(BREAKS, (m) => `\n${m}`)}</body></html>`);
  return (doc.body?.textContent ?? '').split('\n').map(squash).filter(Boolean).join('\n') || undefined;
}

/** Plain text that may still hold HTML entities (`&nbsp;`, `&hellip;`). */
function plain(s: string): string | undefined {
  if (!s.trim()) return undefined;
  if (!/&[a-zA-Z]+;/.test(s)) return squash(s) || undefined;
  const doc = parseHtml(`<!DOCTYPE html><html><body><pre>${s.replace(/</g, '&lt;')}</pre></body></html>`);
  return squash(doc.body?.textContent ?? s) || undefined;
}

function setIf<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined): void {
  if (v !== undefined && v !== '') o[k] = v;
}
