/**
 * Article or not: a section or listing page (a column of teasers, each a linked headline and a
 * line of summary) is told from an article by two features anyone can check on the page: how
 * many teasers it holds, and how much of the article container's text lies in teaser blocks. The
 * thresholds are in params.ts, chosen by cross-validation over sites.
 */
import { elementsOf } from './clean.js';
import { squash, type DomElement } from './dom.js';
import type { ExtractParams } from './params.js';

/** Marks the small block around a teaser (headline and summary), for `teaserShare` after Readability. */
export const TEASER_ATTR = 'data-tcn-teaser';

export interface PageLinks {
  /**
   * Teasers: distinct link targets whose text reads as a headline (five words or more), with a
   * line of summary beside it, in a small block of its own.
   */
  teasers: number;
}

/** Link features of the whole page, read before cleaning. */
export function listingFeatures(body: DomElement): PageLinks {
  const teasers = new Set<string>();
  const lengths = new Map<DomElement, number>();
  const length = (el: DomElement): number => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = squash(el.textContent ?? '').length));
    return n;
  };
  for (const a of elementsOf(body)) {
    if (a.tagName !== 'A') continue;
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || /^(javascript|mailto):/i.test(href)) continue;
    const text = squash(a.textContent ?? '');
    const words = text.split(' ').filter((w) => /\p{L}/u.test(w)).length;
    if (words < 5) continue;
    // up to four levels up, the first block with 60 characters more than the headline: a teaser when it stays small
    let el: DomElement | null = a.parentElement;
    for (let k = 0; el && k < 4; k++, el = el.parentElement) {
      const n = length(el);
      if (n >= text.length + 60) {
        if (n <= text.length + 400) {
          teasers.add(href);
          el.setAttribute(TEASER_ATTR, '');
        }
        break;
      }
    }
  }
  return { teasers: teasers.size };
}

/**
 * Why the page is not an article, or undefined when it is one (or may be one: then it is kept).
 * Not an article: many teasers, and teaser blocks make most of the article container's text
 * (a column of teasers), or nothing but a few words besides them.
 */
export function listingReason(links: PageLinks, share: number, bodyChars: number, minBodyChars: number, params: ExtractParams): string | undefined {
  if (links.teasers < params.listingMinTeasers) return undefined;
  if (share >= params.listingTeaserShare) {
    return `a section or listing page: ${links.teasers} teasers (linked headline and summary), ${Math.round(share * 100)} % of the main text`;
  }
  if (bodyChars < minBodyChars) return `a section or listing page: ${links.teasers} teasers (linked headline and summary) and ${bodyChars} characters of text besides`;
  return undefined;
}

/** The share of the article container's text that lies in teaser blocks marked before cleaning. */
export function teaserShare(content: DomElement): number {
  const total = squash(content.textContent ?? '').length;
  if (total === 0) return 0;
  let inTeasers = 0;
  for (const el of elementsOf(content)) {
    if (!el.hasAttribute(TEASER_ATTR)) continue;
    let nested = false;
    for (let a = el.parentElement; a && a !== content; a = a.parentElement) if (a.hasAttribute(TEASER_ATTR)) nested = true;
    if (!nested) inTeasers += squash(el.textContent ?? '').length;
  }
  return Math.min(1, inTeasers / total);
}
