/**
 * Article metadata from a page, most reliable source first: JSON-LD `NewsArticle`, then `og:` /
 * `article:` / `name=` meta tags, then visible bylines; the publication date from pubdate.ts.
 */
import { squash, type DomDocument, type DomElement } from './dom.js';
import { isAggregatorHost, outletByHost } from '../outlet.js';
import { findPublishedAt } from './pubdate.js';

export interface PageMeta {
  title?: string;
  lead?: string;
  author?: string;
  credit?: string;
  publishedAt?: string;
  source?: string;
  url?: string;
  /** The page republishes another outlet's article (Báo Mới): the aggregator's own URL. */
  aggregatorUrl?: string;
  /** The page's structured data declares an article (JSON-LD NewsArticle, Article, BlogPosting…; not a mere WebPage). */
  declaresArticle?: boolean;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|WebPage|OpinionNewsArticle)$/;

/** Objects of JSON-LD scripts, flattened through arrays and `@graph`. */
export function jsonLdObjects(doc: DomDocument): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    if (!/ld\+json/i.test(scripts[i]!.getAttribute('type') ?? '')) continue;
    const raw = scripts[i]!.textContent ?? '';
    let parsed: Json;
    try {
      parsed = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
    } catch {
      continue; // broken JSON-LD is common; the meta tags remain
    }
    const queue: Json[] = [parsed];
    while (queue.length > 0 && out.length < 50) {
      const item = queue.shift()!;
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        out.push(item);
        const graph = item['@graph'];
        if (Array.isArray(graph)) queue.push(...graph);
      }
    }
  }
  return out;
}

function types(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

/** Names from a JSON-LD person/organisation value: string, object with `name`, or a list of them. */
function names(v: Json | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [squash(v)].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'object') {
    const n = v['name'];
    return typeof n === 'string' ? [squash(n)].filter(Boolean) : [];
  }
  return [];
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') {
    const s = squash(v);
    return s || undefined;
  }
  return undefined;
}

/** The page's `<meta>` tags by property, name and itemprop (first of each wins), read in one pass. */
type MetaTags = Map<string, string>;

function metaTags(doc: DomDocument): MetaTags {
  const tags: MetaTags = new Map();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const content = squash(el.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function metaContent(tags: MetaTags, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const c = tags.get(k.toLowerCase());
    if (c) return c;
  }
  return undefined;
}

function firstTag(doc: DomDocument, tag: string, where: (el: DomElement) => boolean = () => true): DomElement | undefined {
  const els = doc.getElementsByTagName(tag);
  for (let i = 0; i < els.length; i++) if (where(els[i]!)) return els[i]!;
  return undefined;
}

/**
 * Reads the page's metadata. Call before the page is cleaned (cleaning removes `<script>`). `html`, the
 * page as served, is read only for the time zone its scripts may declare (src/ingest/html/pubdate-zone.ts).
 */
export function readMetadata(doc: DomDocument, pageUrl?: string, html?: string): PageMeta {
  const meta: PageMeta = {};
  const tags = metaTags(doc);
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? ld.find((o) => types(o).includes('WebPage') && o['headline']);
  if (article && types(article).some((t) => t !== 'WebPage')) meta.declaresArticle = true;
  if (article) {
    meta.title = str(article['headline']) ?? str(article['name']);
    meta.lead = str(article['description']);
    const authors = names(article['author']);
    if (authors.length > 0) meta.author = authors.join(', ');
    const pub = names(article['publisher']);
    if (pub[0]) meta.source = pub[0];
    const url = str(article['url']) ?? (typeof article['mainEntityOfPage'] === 'object' && article['mainEntityOfPage'] && !Array.isArray(article['mainEntityOfPage']) ? str(article['mainEntityOfPage']['@id']) : str(article['mainEntityOfPage']));
    if (url && /^https?:/i.test(url)) meta.url = url;
  }
  meta.title ??= metaContent(tags, 'og:title', 'twitter:title', 'title') ?? textOf(firstTag(doc, 'h1')) ?? (squash(doc.title) || undefined);
  meta.lead ??= metaContent(tags, 'og:description', 'description', 'twitter:description');
  const metaAuthor = metaContent(tags, 'article:author', 'author', 'dable:author', 'byl');
  meta.source ??= metaContent(tags, 'og:site_name', 'application-name');
  const canonical = firstTag(doc, 'link', (el) => (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical')?.getAttribute('href') ?? metaContent(tags, 'og:url');
  if (!meta.url && canonical) meta.url = resolveUrl(canonical, pageUrl);
  if (!meta.url && pageUrl) meta.url = pageUrl;
  const host = hostOf(meta.url ?? pageUrl);
  const outlet = host ? outletByHost(host) : undefined;
  if (outlet) meta.source = outlet.name;
  const published = findPublishedAt(doc, { jsonLd: ld, articles: article ? [article] : [], ...(meta.url ?? pageUrl ? { url: meta.url ?? pageUrl } : {}), ...(outlet?.selectors?.date ? { outletSelector: outlet.selectors.date } : {}), ...(html ? { html } : {}), declaresArticle: meta.declaresArticle === true || metaContent(tags, 'og:type')?.trim().toLowerCase() === 'article' });
  if (published) meta.publishedAt = published;
  readVisible(doc, meta, outlet?.selectors, metaAuthor);
  if (host && isAggregatorHost(host)) readAggregated(doc, meta);
  for (const k of Object.keys(meta) as (keyof PageMeta)[]) if (meta[k] === undefined) delete meta[k];
  return meta;
}

/** Visible bylines, where the meta tags said nothing (dates: pubdate.ts). */
function readVisible(doc: DomDocument, meta: PageMeta, sel: { author?: string } | undefined, metaAuthor: string | undefined): void {
  // the outlet's own byline markup, then the author meta tag unless it names the outlet or a
  // profile URL ("Tuổi Trẻ Online", "https://facebook.com/..."), then common byline markup
  const usable = (a: string | undefined) => a && a.length <= 80 && !/^https?:/i.test(a) && !(meta.source && sameName(a, meta.source)) ? a : undefined;
  const visible = (selector: string | undefined) => {
    const t = selector ? textOf(doc.querySelector(selector)) : undefined;
    return usable(t?.replace(/^(by|tác giả:?)\s+/i, '').replace(/\s*\/\s*[\p{Lu}][\p{L}.]{1,15}$/u, ''));
  };
  meta.author ??= visible(sel?.author) ?? usable(metaAuthor) ??
    visible('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .author-name, .author, .byline, .article-author');
}

/** Báo Mới and other aggregators: the original outlet and article URL. */
function readAggregated(doc: DomDocument, meta: PageMeta): void {
  const link = doc.querySelector('a.bm-source, a.bm_source, a[data-source-url], a.source-link, a[rel="nofollow noopener"][href^="http"]');
  if (!link) return;
  const href = link.getAttribute('data-source-url') ?? link.getAttribute('href');
  const name = squash(link.getAttribute('data-source-name') ?? link.textContent ?? '').replace(/^(nguồn|theo|đọc bài gốc|xem nguồn)\s*:?\s*/i, '');
  if (href && /^https?:/i.test(href)) {
    if (meta.url) meta.aggregatorUrl = meta.url;
    meta.url = href;
  }
  const host = hostOf(href ?? undefined);
  const outlet = host ? outletByHost(host) : undefined;
  if (outlet) meta.source = outlet.name;
  else if (name) meta.source = name;
}

/** Two names of the same thing: "Tuổi Trẻ Online" and "Tuổi Trẻ", "Báo VnExpress" and "VnExpress". */
function sameName(a: string, b: string): boolean {
  const k = (s: string) => s.toLowerCase().replace(/^báo\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const x = k(a);
  const y = k(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function textOf(el: DomElement | null | undefined): string | undefined {
  const t = el ? squash(el.textContent ?? '') : '';
  return t || undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function resolveUrl(href: string, base?: string): string | undefined {
  try {
    return new URL(href, base).toString();
  } catch {
    return /^https?:/i.test(href) ? href : undefined;
  }
}
