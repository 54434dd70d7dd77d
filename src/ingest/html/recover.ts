/**
 * Recovery of text blocks Readability drops inside the article: embedded posts, short headings
 * ("Claim", "Rating"), list items. Every leaf text block of the cleaned page is numbered
 * (`data-tcn`, in document order) before Readability runs; afterwards, a numbered block that
 * Readability left out, lying between the first and the last block it kept, and not a link list,
 * is put back in its place. (Blocks between two blocks in document order lie inside their
 * common ancestor, so the range alone keeps recovery inside the article's container.)
 */
import { elementsOf } from './clean.js';
import { squash, type DomElement } from './dom.js';

const LEAF_BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT']);
export const BLOCK_ATTR = 'data-tcn';

export interface BlockRecord {
  index: number;
  /** The block as it stood in the cleaned page (Readability may have detached or replaced it since). */
  el: DomElement;
  /** Its text then (Readability may clean inside a block before dropping it). */
  text: string;
}

export interface RecoveredBlock {
  index: number;
  text: string;
  linkDensity: number;
}

/** Numbers the leaf text blocks of the page and records them. */
export function markBlocks(body: DomElement): BlockRecord[] {
  const records: BlockRecord[] = [];
  const order = elementsOf(body);
  // a block with a block inside is not a leaf: its text is its children's
  const hasBlockInside = new Set<DomElement>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    if ((LEAF_BLOCKS.has(el.tagName) || hasBlockInside.has(el)) && el.parentElement) hasBlockInside.add(el.parentElement);
  }
  for (const el of order) {
    if (!LEAF_BLOCKS.has(el.tagName) || hasBlockInside.has(el)) continue;
    const index = records.length;
    el.setAttribute(BLOCK_ATTR, String(index));
    records.push({ index, el, text: el.textContent ?? '' });
  }
  return records;
}

/** The numbers of the blocks inside Readability's article. */
export function keptBlocks(content: DomElement): Set<number> {
  const kept = new Set<number>();
  for (const el of elementsOf(content)) {
    const v = el.getAttribute(BLOCK_ATTR);
    if (v !== null) kept.add(Number(v));
  }
  return kept;
}

/** Blocks to put back: between the first and last kept blocks, with text, not link lists. */
export function blocksToRecover(records: BlockRecord[], kept: Set<number>, ancestors: Map<DomElement, DomElement | null>): RecoveredBlock[] {
  if (kept.size < 2) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const k of kept) {
    if (k < first) first = k;
    if (k > last) last = k;
  }
  const out: RecoveredBlock[] = [];
  for (let i = first + 1; i < last; i++) {
    if (kept.has(i)) continue;
    const el = records[i]!.el;
    const text = squash(records[i]!.text);
    if (!text) continue;
    if (insideLink(el, ancestors)) continue; // `<a><p class="title">Related headline</p></a>`
    let links = 0;
    const anchors = el.getElementsByTagName('a');
    for (let k = 0; k < anchors.length; k++) links += squash(anchors[k]!.textContent ?? '').length;
    const linkDensity = Math.min(1, links / text.length);
    if (linkDensity > 0.5) continue;
    out.push({ index: i, text, linkDensity });
  }
  return out;
}

/** Parents as they were before Readability moved things (see `parentsOf`). */
function insideLink(el: DomElement, parents: Map<DomElement, DomElement | null>): boolean {
  for (let a = parents.get(el) ?? null; a; a = parents.get(a) ?? null) if (a.tagName === 'A') return true;
  return false;
}

/** Each element's parent in the cleaned page, kept before Readability rearranges the tree. */
export function parentsOf(body: DomElement): Map<DomElement, DomElement | null> {
  const m = new Map<DomElement, DomElement | null>();
  for (const el of elementsOf(body)) m.set(el, el.parentElement);
  return m;
}
