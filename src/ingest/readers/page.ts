/**
 * The web-page reader: the page decoded by the charset it declares, its article extracted
 * (Readability and our cleaning, src/ingest/html/) as a source of one block a line with the kind
 * of each line; the page's metadata beneath the sidecar's (a sidecar overrides the page).
 */
import type { BlockKind, RawInput } from '../../doc/news-doc.js';
import { Rejection, type RejectedPage } from '../../doc/stage.js';
import { normalizeText } from '../../text/normalize.js';
import { extractArticle, type ExtractedArticle, type ExtractOptions } from '../html/index.js';
import { readRecord, sidecarSchema } from '../record.js';
import { givenMeta, type Given } from './given.js';
import { decodeBytes, readSidecar } from './text.js';
import type { SourceRead } from './types.js';

export function readPage(input: RawInput): SourceRead {
  return readPageWith(input, {});
}

/**
 * The page reader with extraction options (the evaluations' cross-validation passes other
 * parameters; ingest passes none). A section or listing page is rejected as `not an article`.
 */
export function readPageWith(input: RawInput, options: ExtractOptions): SourceRead {
  const d = decodeBytes(input.bytes, 'html', input.encoding);
  const warnings = [...d.warnings];
  const side = readSidecar(input, warnings);
  const article = extractArticle(d.text, side.url ? { ...options, url: side.url } : options);
  if (article.notArticle) throw new Rejection('not-article', `not an article: ${article.notArticle}`, pageFacts(article));
  let page: ReturnType<typeof pageSource>;
  try {
    page = pageSource(article, warnings);
  } catch (e) {
    // a page with no article text at all (a login form, a bare navigation page) is no article either
    if (e instanceof Rejection && e.code === 'empty') throw new Rejection('not-article', 'not an article: the page holds no article text', pageFacts(article));
    throw e;
  }
  return { source: page.source, encoding: d.encoding, lineKinds: page.lineKinds, given: { ...page.given, ...side }, warnings };
}

/**
 * The title and date of a page that is not an article (a listing page is dated too), and the text
 * read from it, lead and body lines normalised as an article's are, so a reader of `extract` sees
 * what was judged.
 */
function pageFacts(article: ExtractedArticle): RejectedPage {
  const body = normalizeText([article.lead, ...article.paragraphs].filter((x): x is string => !!x).join('\n'));
  return { ...(article.title ? { title: article.title } : {}), ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}), ...(body ? { body } : {}) };
}

/** An extracted page as a source text of one block a line, with the kind of each line, and its metadata. */
export function pageSource(page: ExtractedArticle, warnings: string[]): { source: string; lineKinds: BlockKind[]; given: Given } {
  const lines: string[] = [];
  const lineKinds: BlockKind[] = [];
  const add = (text: string | undefined, kind: BlockKind): void => {
    const t = text?.replace(/\s*\n\s*/g, ' ').trim();
    if (t) {
      lines.push(t);
      lineKinds.push(kind);
    }
  };
  add(page.lead, 'lead');
  for (const p of page.paragraphs) add(p, 'body');
  for (const c of page.captions) add(c, 'caption');
  warnings.push(...page.warnings);
  if (page.bestEffort) warnings.push('best effort: the article could not be told apart from the rest of the page');
  if (lines.length === 0) throw new Rejection('empty', page.warnings[0] ?? 'no article text found in the page');
  const meta: Record<string, unknown> = {
    title: page.title, url: page.url, publishedAt: page.publishedAt, source: page.source, author: page.author, credit: page.credit,
  };
  for (const k of Object.keys(meta)) if (meta[k] === undefined) delete meta[k];
  return { source: lines.join('\n'), lineKinds, given: givenMeta(readRecord(meta, sidecarSchema, 'page', warnings), warnings, 'page') };
}
