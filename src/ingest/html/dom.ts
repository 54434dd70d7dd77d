/**
 * The small DOM surface the extractor uses, typed here because the project compiles without the
 * browser `lib.dom` types; linkedom provides the implementation.
 */
import { DOMParser } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  remove(): void;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  id: string;
  className: string;
  children: ArrayLike<DomElement>;
  parentElement: DomElement | null;
  innerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  appendChild(node: DomNode): DomNode;
  insertBefore(node: DomNode, ref: DomNode | null): DomNode;
  replaceWith(...nodes: DomNode[]): void;
  closest(selector: string): DomElement | null;
  matches(selector: string): boolean;
}

export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  createElement(name: string): DomElement;
  createTextNode(text: string): DomNode;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses an HTML string into a linkedom document. */
export function parseDocument(html: string): DomDocument {
  const parser = new DOMParser();
  let doc = parser.parseFromString(html, 'text/html') as unknown as DomDocument;
  // linkedom takes the first element of a fragment for the root (`<h1>..`, `just text`): wrap it
  if (!doc.documentElement || doc.documentElement.tagName !== 'HTML' || !doc.body) {
    doc = parser.parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html') as unknown as DomDocument;
  }
  ensureBody(doc);
  return doc;
}

/**
 * Moves content that the parser left outside `<body>` (after a stray `</body>`, or beside it under
 * `<html>`) into the body: Readability walks up from its candidates until it meets BODY.
 */
function ensureBody(doc: DomDocument): void {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body) return;
  const strays: DomNode[] = [];
  for (let i = 0; i < root.childNodes.length; i++) {
    const n = root.childNodes[i]!;
    if (n !== (body as DomNode) && n.nodeName !== 'HEAD') strays.push(n);
  }
  for (const n of strays) body.appendChild(n);
}

export function isElement(n: DomNode): n is DomElement {
  return n.nodeType === ELEMENT_NODE;
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00A0\u200B]+/g, ' ').trim();
}
