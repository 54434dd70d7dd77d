/**
 * Cleaning before Readability: the lead (sapo) and the photo captions are taken out and kept,
 * page chrome and boilerplate blocks (share bars, related-article boxes, comments, ads) are
 * removed, unless a block holds most of the page's paragraph text (a page wrapped in one
 * `<form>` or `<div class="content-ad">` keeps its text).
 */
import { isElement, squash, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { BLOCK, blockText } from './blocks.js';
import { DEFAULT_PARAMS, type ExtractParams } from './params.js';
import { BOILERPLATE_SEGMENTS, CAPTION_SEGMENTS, CHROME_TAGS, DROP_TAGS, LEAD_OUTLET_TAG, LEAD_SEGMENTS, WEAK_LEAD_SEGMENTS, WEAK_LEAD_TAGS } from './patterns.js';

const BOILERPLATE = new Set(BOILERPLATE_SEGMENTS);
const CAPTION = new Set(CAPTION_SEGMENTS);
const LEAD = new Set(LEAD_SEGMENTS);
const WEAK_LEAD = new Set(WEAK_LEAD_SEGMENTS);
const NEVER_REMOVED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The lower-cased segments of an element's class and id names. */
export function nameSegments(el: DomElement): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (raw.trim() === '') return [];
  const out: string[] = [];
  for (const name of raw.split(/\s+/)) {
    const segs = name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s\-_:]+/)
      .map((s) => s.replace(/v?\d+$/, ''))
      .filter(Boolean);
    out.push(...segs);
    for (let i = 0; i + 1 < segs.length; i++) out.push(segs[i]! + segs[i + 1]!);
    for (let i = 0; i + 2 < segs.length; i++) out.push(segs[i]! + segs[i + 1]! + segs[i + 2]!);
  }
  return out;
}

export interface Cleaned {
  lead?: string;
  /** The outlet tag cut from the start of the lead (`(Dân trí) -`). */
  leadTag?: string;
  captions: string[];
  /** How many blocks were removed, by reason. */
  removed: Record<string, number>;
}

interface Sizes {
  /** Characters of text in the subtree (whitespace collapsed roughly). */
  text: Map<DomElement, number>;
  /** Characters of text inside `<p>`-like text blocks, or in long text runs, in the subtree. */
  para: Map<DomElement, number>;
  /** Characters of text inside links. */
  link: Map<DomElement, number>;
}

/** Elements of a subtree in document order, without recursion. */
export function elementsOf(root: DomElement): DomElement[] {
  const out: DomElement[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    out.push(n);
    const ch = n.childNodes;
    for (let i = ch.length - 1; i >= 0; i--) {
      const c = ch[i]!;
      if (c.nodeType === 1) stack.push(c);
    }
  }
  return out;
}

function textLength(s: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (isSpace) {
      if (!space) n++;
    } else n++;
    space = isSpace;
  }
  return n;
}

/** Text, paragraph-text and link-text sizes of every element, computed bottom-up in one pass. */
function measure(order: DomElement[]): Sizes {
  const sizes: Sizes = { text: new Map(), para: new Map(), link: new Map() };
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const tag = el.tagName;
    let text = 0;
    let para = 0;
    let link = 0;
    if (!DROP_TAGS.has(tag)) {
      const ch = el.childNodes;
      for (let k = 0; k < ch.length; k++) {
        const c = ch[k]!;
        if (c.nodeType === TEXT_NODE) {
          const n = textLength(c.textContent ?? '');
          text += n;
          if (n >= 80) para += n; // prose written straight into a <div> (blogs, old CMSs) counts as paragraph text
        }
        else if (c.nodeType === 1) {
          const ce = c as DomElement;
          text += sizes.text.get(ce) ?? 0;
          para += sizes.para.get(ce) ?? 0;
          link += sizes.link.get(ce) ?? 0;
        }
      }
      if (TEXT_BLOCKS.has(tag)) para = text;
      if (tag === 'A') link = text;
    }
    sizes.text.set(el, text);
    sizes.para.set(el, para);
    sizes.link.set(el, link);
  }
  return sizes;
}

/**
 * Cleans the document body in place and returns what it took out. `keep` elements (and their
 * ancestors) are never removed.
 */
export function cleanPage(body: DomElement, params: ExtractParams = DEFAULT_PARAMS): Cleaned {
  const order = elementsOf(body);
  const sizes = measure(order);
  const totalPara = Math.max(1, sizes.para.get(body) ?? 0);
  const removed: Record<string, number> = {};
  const captions: string[] = [];
  let lead: string | undefined;
  let leadTag: string | undefined;
  const dead = new Set<DomElement>();
  const count = (why: string) => (removed[why] = (removed[why] ?? 0) + 1);
  const isLeadLike = (el: DomElement, segs: string[]) => segs.some((s) => LEAD.has(s)) || (WEAK_LEAD_TAGS.has(el.tagName) && segs.some((s) => WEAK_LEAD.has(s)));
  // A lead stands before the article's first paragraph of prose (one that survives cleaning): a
  // "summary" in a sidebar or a next-article teaser further down is not one.
  let proseSeen = false;

  for (const el of order) {
    if (el.parentElement && dead.has(el.parentElement)) {
      dead.add(el);
      continue;
    }
    const tag = el.tagName;
    if (NEVER_REMOVED.has(tag)) continue;
    if (DROP_TAGS.has(tag)) {
      drop(el, 'script');
      continue;
    }
    const style = el.getAttribute('style');
    if (el.hasAttribute('hidden') || (style !== null && HIDDEN_STYLE.test(style)) || el.getAttribute('aria-hidden') === 'true') {
      if ((sizes.para.get(el) ?? 0) < totalPara * params.holdsArticleShare) drop(el, 'hidden');
      continue;
    }
    const text = sizes.text.get(el) ?? 0;
    const para = sizes.para.get(el) ?? 0;
    const holdsArticle = para >= totalPara * params.holdsArticleShare && para > 200;
    if (holdsArticle) continue;
    const segs = nameSegments(el);

    if (tag === 'FIGCAPTION' || (segs.some((s) => CAPTION.has(s)) && text > 0 && text < 600 && !hasManyBlocks(el) && !hasHeading(el))) {
      const t = squash(el.textContent ?? '');
      if (t) captions.push(t);
      drop(el, 'caption');
      continue;
    }
    if (tag === 'FIGURE') {
      // a figure's caption was taken above, in document order; what remains is image furniture
      const t = squash(el.textContent ?? '');
      if (t && text < 600) captions.push(t);
      if (text < 600) {
        drop(el, 'figure');
        continue;
      }
    }
    const leadLike = !proseSeen && isLeadLike(el, segs) && !inBoilerplate(el);
    if (lead === undefined && leadLike && text > 20 && text < 1200 && !hasManyBlocks(el)) {
      const full = blockText(el);
      const tag = LEAD_OUTLET_TAG.exec(full)?.[0];
      lead = tag ? full.slice(tag.length) : full;
      if (tag) leadTag = tag.trim();
      drop(el, 'lead');
      continue;
    }
    // A cluster of links inside a paragraph (a hover card listing a person's articles): not prose.
    if ((tag === 'SPAN' || tag === 'DIV') && text > 60 && (sizes.link.get(el) ?? 0) >= text * 0.8 && insideParagraph(el) && el.getElementsByTagName('a').length >= 3) {
      drop(el, 'link-cluster');
      continue;
    }
    if (CHROME_TAGS.has(tag) && !(tag === 'HEADER' && inArticleBody(el))) {
      // (a `<header>` inside the element the page marks as the article's body opens the article:
      // its summary, medicalnewstoday's `itemprop="articleBody"`)
      drop(el, `chrome:${tag.toLowerCase()}`);
      continue;
    }
    const furnitureName = tag !== 'BLOCKQUOTE' && segs.some((s) => BOILERPLATE.has(s));
    if (furnitureName && inLineOfText(el)) {
      // words inside a paragraph or a code block are text, whatever their class or tag: a gloss link
      // `a.popup` in a sentence, `span.keyword` in code, MathJax's `mjx-container.CtxtMenu` in a
      // formula; their names go, so that Readability does not take them for furniture either
      el.removeAttribute('class');
      el.removeAttribute('id');
    } else if (furnitureName && el.getElementsByTagName('blockquote').length === 0 && el.getElementsByTagName('h1').length === 0) {
      // (an embedded post, a tweet quoted in a `social-embed` box, is part of the article; a block
      // holding the headline holds the story, whatever its name: Yahoo's `render-target-modal`)
      // short furniture of any kind, or a container of links (related boxes, tag lists)
      const linky = (sizes.link.get(el) ?? 0) > text * 0.3;
      if (text < params.furnitureChars || linky || !TEXT_BLOCKS.has(tag)) {
        drop(el, 'boilerplate');
        continue;
      }
    }
    if (tag === 'P' && text >= 80) proseSeen = true;
  }
  for (const el of dead) if (el.parentElement && !dead.has(el.parentElement)) el.remove();
  return { ...(lead ? { lead } : {}), ...(leadTag ? { leadTag } : {}), captions, removed };

  function drop(el: DomElement, why: string) {
    dead.add(el);
    count(why);
  }
}

/**
 * True when the element stands in an `<aside>`, `<nav>` or `<footer>`. (Not class names: VnExpress
 * calls its main column `sidebar-1`.)
 */
function inBoilerplate(el: DomElement): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (a.tagName === 'ASIDE' || a.tagName === 'NAV' || a.tagName === 'FOOTER') return true;
  return false;
}

/**
 * True when an element stands inside a line of text: not a block, and inside a paragraph, list item
 * or code block, or beside text of its own parent (MathJax's formulas between the words of a body).
 */
function inLineOfText(el: DomElement): boolean {
  if (BLOCK.has(el.tagName)) return false;
  if (insideParagraph(el)) return true;
  // text beside the element, or beside the inline elements around it (`<i>(<span class="date">…</span>)</i>`)
  for (let a: DomElement | null = el, k = 0; a && k < 4; a = a.parentElement, k++) {
    const parent = a.parentElement;
    if (!parent) return false;
    const ch = parent.childNodes;
    for (let i = 0; i < ch.length; i++) if (ch[i]!.nodeType === TEXT_NODE && /[\p{L}\p{N}]/u.test(ch[i]!.textContent ?? '')) return true;
    if (BLOCK.has(parent.tagName)) return false;
  }
  return false;
}

/** True when an ancestor is marked up as the article's body (schema.org `itemprop="articleBody"`). */
function inArticleBody(el: DomElement): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (a.getAttribute('itemprop') === 'articleBody') return true;
  return false;
}

/** True when a paragraph, list item or code block stands within four levels above the element. */
function insideParagraph(el: DomElement): boolean {
  let a = el.parentElement;
  for (let k = 0; a && k < 4; k++, a = a.parentElement) if (a.tagName === 'P' || a.tagName === 'LI' || a.tagName === 'PRE') return true;
  return false;
}

/** True when an element holds a heading: a card with its title (`div.caption > h4 + p`), not a caption. */
function hasHeading(el: DomElement): boolean {
  for (const h of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) if (el.getElementsByTagName(h).length > 0) return true;
  return false;
}

/** True when an element holds two or more paragraphs: a container, not a caption or a lead. */
function hasManyBlocks(el: DomElement): boolean {
  return el.getElementsByTagName('p').length >= 2;
}
