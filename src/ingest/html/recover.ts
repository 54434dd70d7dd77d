/**
 * Recovery of text blocks Readability drops inside the article: embedded posts, short headings
 * ("Claim", "Rating"), list items. Every leaf text block of the cleaned page is numbered
 * (`data-tcn`) before Readability runs; afterwards, a numbered block that Readability left out,
 * lying between the first and last blocks it kept and under their common ancestor, and not a
 * link list, is put back in its place.
 */
import { elementsOf } from './clean.js';
import { squash, type DomElement } from './dom.js';

const LEAF_BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT']);
export const BLOCK_ATTR = 'data-tcn';

export interface BlockRecord {
  index: number;
  text: string;
  linkDensity: number;
  /** The block and its ancestors up to the body, in the page as cleaned. */
  chain: DomElement[];
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
    const text = squash(el.textContent ?? '');
    if (!text) continue;
    let links = 0;
    const anchors = el.getElementsByTagName('a');
    for (let k = 0; k < anchors.length; k++) links += squash(anchors[k]!.textContent ?? '').length;
    const chain: DomElement[] = [];
    for (let a: DomElement | null = el; a && a !== body; a = a.parentElement) chain.push(a);
    const index = records.length;
    el.setAttribute(BLOCK_ATTR, String(index));
    const insideLink = chain.some((a) => a.tagName === 'A'); // `<a><p class="title">Related headline</p></a>`
    records.push({ index, text, linkDensity: insideLink ? 1 : Math.min(1, links / text.length), chain });
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

/** Blocks to put back: inside the kept range, under the kept blocks' common ancestor, not link lists. */
export function blocksToRecover(records: BlockRecord[], kept: Set<number>): BlockRecord[] {
  if (kept.size < 2) return [];
  const keptList = [...kept].sort((a, b) => a - b);
  const first = keptList[0]!;
  const last = keptList[keptList.length - 1]!;
  // the deepest element that contains every kept block
  let common = new Set(records[first]!.chain);
  for (const k of keptList) {
    const chain = records[k]?.chain;
    if (!chain) continue;
    const mine = new Set(chain);
    common = new Set([...common].filter((e) => mine.has(e)));
    if (common.size === 0) return [];
  }
  const lca = records[first]!.chain.find((e) => common.has(e));
  if (!lca) return [];
  const out: BlockRecord[] = [];
  for (let i = first + 1; i < last; i++) {
    if (kept.has(i)) continue;
    const r = records[i]!;
    if (r.linkDensity > 0.5 || !r.chain.includes(lca)) continue;
    out.push(r);
  }
  return out;
}
