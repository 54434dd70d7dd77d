/**
 * Article extraction from one HTML page: metadata from JSON-LD and meta tags, body through Mozilla
 * Readability over a linkedom DOM, cleaned before (lead, captions, page chrome, boilerplate
 * blocks) and after (link lists, furniture lines, bylines).
 */
import { Readability } from '@mozilla/readability';
import { paragraphsOf, type Paragraph } from './blocks.js';
import { cleanPage } from './clean.js';
import { parseDocument, squash, type DomDocument, type DomElement } from './dom.js';
import { BOILERPLATE_LINES, BYLINE_LINE, DATE_ONLY } from './patterns.js';
import type { ExtractedArticle, ExtractOptions } from './types.js';

export type { ExtractedArticle, ExtractOptions } from './types.js';

type ReadabilityDoc = ConstructorParameters<typeof Readability>[0];

/** Runs Readability on a parsed document; returns the article element, or null when it found none. */
export function runReadability(doc: DomDocument): { content: DomElement; title?: string } | null {
  const reader = new Readability<DomElement>(doc as unknown as ReadabilityDoc, {
    serializer: (node) => node as unknown as DomElement,
    charThreshold: 300,
  });
  const result = reader.parse();
  if (!result || !result.content) return null;
  return { content: result.content, ...(result.title ? { title: result.title } : {}) };
}

export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractedArticle {
  const warnings: string[] = [];
  const doc = parseDocument(html);
  if (opts.readabilityOnly) return readabilityAlone(doc);
  const cleaned = doc.body ? cleanPage(doc.body) : { captions: [], removed: {} };
  const found = runReadability(doc);
  if (!found) {
    warnings.push('no article found');
    return { paragraphs: [], captions: cleaned.captions, warnings, bestEffort: true };
  }
  const title = found.title ? squash(found.title) : undefined;
  const paragraphs = keepBody(paragraphsOf(found.content), title);
  const out: ExtractedArticle = { paragraphs, captions: cleaned.captions, warnings, bestEffort: false };
  if (title) out.title = title;
  if (cleaned.lead) out.lead = cleaned.lead;
  if (opts.url) out.url = opts.url;
  return out;
}

/** Drops the paragraphs of Readability's article that are not body text. */
export function keepBody(paras: Paragraph[], title?: string): string[] {
  const out: string[] = [];
  const titleKey = title ? key(title) : '';
  for (const p of paras) {
    const t = p.text;
    const words = t.split(' ').length;
    // a link list (related, tags, navigation); a linked sentence of prose stays
    if (p.linkDensity > 0.5 && words < 40 && !(words >= 12 && /[.!?…"”]$/.test(t))) continue;
    if (words <= 25 && BOILERPLATE_LINES.some((re) => re.test(t))) continue;
    if (words <= 12 && (DATE_ONLY.test(t) || BYLINE_LINE.test(t))) continue;
    if (titleKey && key(t) === titleKey) continue;
    if (/^[\d\s|/·•-]*$/.test(t)) continue; // gallery counters, separators
    out.push(t);
  }
  return out;
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The baseline: Readability's own article text, cut into lines, nothing else. */
function readabilityAlone(doc: DomDocument): ExtractedArticle {
  const result = new Readability(doc as unknown as ReadabilityDoc).parse();
  const text = result?.textContent ?? '';
  const paragraphs = text.split(/\n+/).map(squash).filter(Boolean);
  const out: ExtractedArticle = { paragraphs, captions: [], warnings: [], bestEffort: !result };
  if (result?.title) out.title = result.title;
  return out;
}
