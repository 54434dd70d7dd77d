/**
 * Article extraction from one HTML page: metadata from JSON-LD and meta tags, body through Mozilla
 * Readability over a linkedom DOM, cleaned before and after.
 */
import { Readability } from '@mozilla/readability';
import { paragraphsOf } from './blocks.js';
import { parseDocument, squash, type DomDocument, type DomElement } from './dom.js';
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
  const found = runReadability(doc);
  if (!found) {
    warnings.push('no article found');
    return { paragraphs: [], captions: [], warnings, bestEffort: true };
  }
  const paragraphs = paragraphsOf(found.content).map((p) => p.text);
  const out: ExtractedArticle = { paragraphs, captions: [], warnings, bestEffort: false };
  if (found.title) out.title = squash(found.title);
  if (opts.url) out.url = opts.url;
  return out;
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
