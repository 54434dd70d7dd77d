/**
 * Element tree to paragraphs: text is gathered in reading order and cut at block boundaries
 * (`<p>`, headings, list items, `<br><br>`, table cells ...). Iterative, so a deep tree cannot
 * overflow the stack.
 */
import { isElement, squash, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { DATELINE_CLASSES } from './patterns.js';

/** Block-level tags: each starts a paragraph of its own; any other element stands inside a line of text. */
export const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CENTER',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO']);

export interface Paragraph {
  text: string;
  /** Tag of the nearest block ancestor (`P`, `H2`, `LI` ...). */
  tag: string;
  /** Share of the text inside links, 0..1. */
  linkDensity: number;
}

/** Text of an element with block and place-stamp breaks as spaces: `Bình Nhưỡng - Chủ tịch ...`. */
export function blockText(root: DomNode): string {
  return paragraphsOf(root).map((p) => p.text).join(' ');
}

/** Paragraphs of an element's subtree in reading order. */
export function paragraphsOf(root: DomNode, skip: (el: DomElement) => boolean = () => false): Paragraph[] {
  const out: Paragraph[] = [];
  let buf: string[] = [];
  let linkChars = 0;
  let inLink = 0;
  const blockTags: string[] = ['DIV'];
  const flush = () => {
    if (buf.length === 0) return;
    const raw = buf.join('');
    const text = squash(raw);
    const total = raw.replace(/\s+/g, '').length;
    buf = [];
    const links = linkChars;
    linkChars = 0;
    if (text) {
      out.push({ text, tag: blockTags[blockTags.length - 1] ?? 'DIV', linkDensity: total > 0 ? Math.min(1, links / total) : 0 });
    }
  };
  // Stack of [node, entering]; an element is visited on entering and again on leaving.
  const stack: [DomNode, boolean][] = [];
  const kids = root.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, true]);
  while (stack.length > 0) {
    const [node, entering] = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      buf.push(t);
      if (inLink > 0) linkChars += t.replace(/\s+/g, '').length;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName.toUpperCase();
    if (entering) {
      if (SKIP.has(tag) || skip(node)) continue;
      if (tag === 'BR') {
        buf.push('\n');
        // two line breaks in a row separate paragraphs in text written with <br><br>
        const prev = buf.length >= 2 ? buf[buf.length - 2] : undefined;
        if (prev !== undefined && /\n\s*$/.test(prev)) flush();
        continue;
      }
      if (BLOCK.has(tag)) {
        flush();
        blockTags.push(tag);
      }
      if (tag === 'A') inLink++;
      stack.push([node, false]);
      const ch = node.childNodes;
      for (let i = ch.length - 1; i >= 0; i--) stack.push([ch[i]!, true]);
    } else {
      if (tag === 'A') inLink--;
      const cls = node.getAttribute('class');
      if (cls && DATELINE_CLASSES.some((c) => cls.split(/\s+/).includes(c))) buf.push(' - ');
      if (BLOCK.has(tag)) {
        flush();
        blockTags.pop();
      }
    }
  }
  flush();
  return out;
}
