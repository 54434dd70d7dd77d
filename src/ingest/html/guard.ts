/**
 * Guards against pages that would make the DOM or Readability slow or crash: the nesting depth
 * is measured on the HTML string, before any parsing (linkedom's parser and Readability both
 * grow faster than linearly with depth, and Readability overflows the stack near 10,000 levels),
 * and oversized pages are shrunk. Scripts (except JSON-LD), styles and comments are always dropped
 * first: they are often half a page's bytes, and the DOM parse costs in proportion.
 */

/** Beyond this nesting depth the page is flattened and read without article detection. */
export const MAX_DEPTH = 256;
/** Pages longer than this (in UTF-16 code units), once their scripts, styles and comments are gone, are cut to it. */
export const MAX_LENGTH = 2_000_000;

// A comment, a script/style element with its content, or one tag.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<\/?([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'frame', 'keygen']);
// Closed implicitly by the parser when a sibling opens: sloppy HTML leaves them open by thousands.
const SELF_CLOSING_IN_PRACTICE = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rt', 'rp', 'html', 'head', 'body', 'colgroup', 'caption']);
const BLOCK = /^(p|div|section|article|main|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|tr|td|th|header|footer|aside|nav|figure|figcaption|br|hr|center|form)$/i;

/** The deepest nesting of elements that the parser keeps open. Linear in the length of `html`. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html)) !== null) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, script or style
    if (VOID.has(name) || SELF_CLOSING_IN_PRACTICE.has(name)) continue;
    if (m[0].startsWith('</')) depth = Math.max(0, depth - 1);
    else if (!m[0].endsWith('/>')) {
      depth++;
      if (depth > max) max = depth;
    }
  }
  return max;
}

/** Drops scripts (except JSON-LD metadata), styles, inline SVG, `<noscript>`, `<template>` and comments. */
export function stripScripts(html: string): string {
  // a comment renders as nothing: `A<!-- -->22` is `A22` (React pages split words so), not `A 22`
  return html.replace(/<!--[\s\S]*?(?:-->|$)|<(script|style|svg|noscript|template)\b([^>]*)>[\s\S]*?(?:<\/\1\s*>|$)/gi, (whole, tag: string | undefined, attrs: string | undefined) =>
    !tag ? '' : tag.toLowerCase() === 'script' && /ld\+json/i.test(attrs ?? '') && whole.length < 100_000 ? whole : ' ',
  );
}

/**
 * A flat page with the same text: every tag removed except the metadata ones (`title`, `meta`,
 * `link`, JSON-LD scripts), block tags turned into paragraph breaks, each paragraph a `<p>`.
 */
export function flatten(html: string): string {
  const parts: string[] = [];
  let cur = '';
  let head = '';
  TOKEN.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  let inTitle = false;
  while ((m = TOKEN.exec(html)) !== null) {
    const between = html.slice(last, m.index);
    last = m.index + m[0].length;
    if (inTitle) head += between;
    else cur += between;
    const scriptTag = m[1]?.toLowerCase();
    const name = m[2]?.toLowerCase();
    if (scriptTag === 'script' && /^<script[^>]*ld\+json/i.test(m[0])) head += m[0];
    if (!name) continue;
    if (name === 'title') {
      inTitle = !m[0].startsWith('</');
      head += inTitle ? '<title>' : '</title>';
    } else if (name === 'meta' || name === 'link') head += m[0];
    else if (BLOCK.test(name)) {
      if (cur.trim()) parts.push(cur);
      cur = '';
    }
  }
  cur += html.slice(last);
  if (cur.trim()) parts.push(cur);
  return `<!DOCTYPE html><html><head>${head}</head><body>${parts.map((p) => `<p>${p.replace(/[<>]/g, ' ')}</p>`).join('\n')}</body></html>`;
}

export interface Guarded {
  html: string;
  /** The page was cut: what is read is a part of it. */
  truncated: boolean;
  /** The page was flattened: read its text without article detection. */
  flattened: boolean;
  warnings: string[];
}

/** Makes a page safe to parse: shrinks it if huge, flattens it if too deep. */
export function guardPage(input: string): Guarded {
  const warnings: string[] = [];
  let html = input;
  let truncated = false;
  // Scripts and styles are often half a page's bytes; the DOM parse is cheaper without them.
  html = stripScripts(html);
  if (html.length > MAX_LENGTH) {
    warnings.push(`page of ${(input.length / 1e6).toFixed(1)} M characters cut to the first ${MAX_LENGTH / 1e6} M`);
    html = html.slice(0, MAX_LENGTH);
    truncated = true;
  }
  const depth = nestingDepth(html);
  if (depth > MAX_DEPTH) {
    warnings.push(`page nested ${depth} elements deep (limit ${MAX_DEPTH}): flattened, text read without article detection`);
    return { html: flatten(html), flattened: true, truncated, warnings };
  }
  return { html, flattened: false, truncated, warnings };
}
