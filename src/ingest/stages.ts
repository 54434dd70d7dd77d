/**
 * The ingest stages: `decode` (the raw input as text, with the metadata given beside it, and the
 * article's id) and `clean` (normalised article text in blocks, boilerplate out, byline and dateline
 * into metadata).
 */
import type { ArticleMeta, NewsDoc } from '../doc/news-doc.js';
import { Rejection, type Stage } from '../doc/stage.js';
import { decode } from '../text/decode.js';
import { decodeAny, type AnyEncoding } from '../text/legacy.js';
import type { BlockKind } from '../doc/news-doc.js';
import { decodeDeclared } from './charset.js';
import { extractArticle, type ExtractedArticle } from './html/index.js';
import type { FeedItem } from './feed/index.js';
import { normalize, normalizeText } from '../text/normalize.js';
import { cleanText } from './clean.js';
import { idFromContent, idFromUrl } from './identity.js';
import { parseByline, parsePublishedAt } from './meta.js';
import { canonicalOutlet, outletFromUrl } from './outlet.js';
import { articleRecordSchema, META_FIELDS, readRecord, sidecarSchema, type SidecarRecord } from './record.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Metadata as given (a record, a sidecar, a feed item, a page), cleaned: dates to ISO 8601, bylines split, names normalised. */
function readMeta(given: SidecarRecord, warnings: string[], where: string): ArticleMeta & { id?: string } {
  const meta: ArticleMeta & { id?: string } = {};
  for (const key of [...META_FIELDS, 'id'] as const) if (given[key] !== undefined) meta[key] = given[key];
  if (meta.publishedAt !== undefined) {
    const iso = parsePublishedAt(meta.publishedAt);
    if (iso) meta.publishedAt = iso;
    else {
      warnings.push(`${where}: publishedAt "${meta.publishedAt}" is not an ISO 8601 date; ignored`);
      delete meta.publishedAt;
    }
  }
  if (meta.author) {
    const byline = parseByline(meta.author);
    if (byline.author) meta.author = byline.author;
    else delete meta.author;
    if (byline.credit && !meta.credit) meta.credit = byline.credit;
  }
  if (meta.title) meta.title = normalizeText(meta.title).replace(/\s+/g, ' ').trim();
  if (meta.source) meta.source = canonicalOutlet(normalizeText(meta.source));
  return meta;
}

export const decodeStage: Stage = {
  name: 'decode',
  version: '2',
  requires: [],
  assigns: ['source', 'meta'],
  run(doc) {
    const { input } = doc;
    const warnings: string[] = [];
    let source: string;
    let encoding: string;
    let given: ArticleMeta & { id?: string } = {};
    let lineKinds: BlockKind[] | undefined;
    if (input.format === 'jsonl') {
      let record: unknown;
      let line: string;
      try {
        line = utf8.decode(input.bytes);
      } catch {
        throw new Rejection('invalid-utf8', 'the line is not valid UTF-8; save the file as UTF-8');
      }
      try {
        record = JSON.parse(line);
      } catch (e) {
        throw new Rejection('bad-json', `invalid JSON: ${(e as Error).message}`);
      }
      const r = readRecord(record, articleRecordSchema, 'record', warnings);
      source = r.body;
      encoding = 'utf-8';
      given = readMeta(r, warnings, 'record');
    } else if (input.format === 'feed-item') {
      const item = JSON.parse(utf8.decode(input.bytes)) as FeedItem & { feed?: { title?: string } };
      encoding = 'utf-8';
      given = readMeta(readRecord({ title: item.title, url: item.link, publishedAt: item.publishedAt, author: item.author }, sidecarSchema, 'feed item', warnings), warnings, 'feed item');
      if (item.hasFullContent && item.contentHtml) {
        const page = fromPage(extractArticle(item.contentHtml, item.link ? { url: item.link } : {}), warnings);
        source = page.source;
        lineKinds = page.lineKinds;
        given = { ...readMeta(readRecord(page.meta, sidecarSchema, 'page', warnings), warnings, 'page'), ...given };
      } else {
        // only a teaser: kept, with its link, for the article to be fetched later
        source = (item.summary ?? '').replace(/\s*\n\s*/g, ' ').trim();
        lineKinds = ['lead'];
        given.summaryOnly = true;
        warnings.push(`feed item carries only a summary; the article is at ${item.link ?? '(no link)'}`);
        if (!source) throw new Rejection('empty', 'the feed item has neither content nor summary');
      }
    } else {
      const d = decodeInput(input.bytes, input.format, input.encoding);
      source = d.text;
      encoding = d.encoding;
      warnings.push(...d.warnings);
      if (input.sidecar !== undefined) {
        let side: unknown;
        try {
          side = JSON.parse(input.sidecar) as unknown;
        } catch (e) {
          warnings.push(`sidecar: invalid JSON (${(e as Error).message}); ignored`);
        }
        if (side !== undefined) {
          if (typeof side === 'object' && side !== null && !Array.isArray(side)) given = readMeta(readRecord(side, sidecarSchema, 'sidecar', warnings), warnings, 'sidecar');
          else warnings.push('sidecar: not a JSON object; ignored');
        }
      }
      if (input.format === 'html') {
        const page = fromPage(extractArticle(source, given.url ? { url: given.url } : {}), warnings);
        source = page.source;
        lineKinds = page.lineKinds;
        given = { ...readMeta(readRecord(page.meta, sidecarSchema, 'page', warnings), warnings, 'page'), ...given }; // a sidecar overrides the page
      }
    }
    if (source.trim() === '') throw new Rejection('empty', input.format === 'jsonl' ? 'the body is empty' : 'the file holds only whitespace');
    const { id: givenId, ...meta } = given;
    const id =
      givenId ??
      (meta.url ? idFromUrl(meta.url) : undefined) ??
      input.name ??
      idFromContent(source);
    return { ...doc, id, source, encoding, meta, ...(lineKinds ? { lineKinds } : {}), warnings: [...doc.warnings, ...warnings] };
  },
};

export const cleanStage: Stage = {
  name: 'clean',
  version: '2',
  requires: ['source', 'meta'],
  assigns: ['text', 'blocks', 'meta'],
  run(doc) {
    const source = doc.source!;
    const norm = normalize(source);
    const cleaned = cleanText({
      text: norm.text,
      meta: doc.meta,
      firstLineMayBeTitle: doc.input.format === 'text',
      ...(doc.lineKinds ? { lineKinds: doc.lineKinds } : {}),
    });
    if (cleaned.blocks.every((b) => b.kind === 'title')) {
      throw new Rejection('empty', 'no article text left after removing boilerplate');
    }
    const found = cleaned.found;
    const meta: ArticleMeta = { ...doc.meta };
    meta.title ??= found.title;
    meta.author ??= found.author;
    meta.credit ??= found.credit;
    meta.source ??= found.source ?? (meta.url ? outletFromUrl(meta.url)?.outlet : undefined);
    for (const k of Object.keys(meta) as (keyof ArticleMeta)[]) if (meta[k] === undefined) delete meta[k];
    const removed = cleaned.removed.map((r) => ({
      ...r,
      start: norm.map.toSource(r.start, 'start'),
      end: norm.map.toSource(r.end, 'end'),
    }));
    return {
      ...doc,
      meta,
      text: cleaned.text,
      blocks: cleaned.blocks,
      sourceMap: cleaned.map.compose(norm.map).toJSON(),
      removed,
    };
  },
};

/**
 * Bytes of a file to text: UTF-8/16 as they are; other bytes through legacy-encoding detection
 * (Windows-1258, TCVN3, VNI); a page through the charset it declares, as far as the bytes agree.
 */
function decodeInput(bytes: Uint8Array, format: 'text' | 'html', encoding?: string): { text: string; encoding: string; warnings: string[] } {
  if (encoding) {
    const r = decodeAny(bytes, { encoding: encoding as AnyEncoding });
    return { text: r.text, encoding: r.encoding, warnings: r.warnings };
  }
  const d = decode(bytes);
  if (d.ok) {
    if (format === 'text') return { text: d.text, encoding: d.bom ? `${d.encoding} (BOM)` : d.encoding, warnings: [] };
  } else if (d.code !== 'invalid-utf8') throw new Rejection(d.code, d.reason);
  const r = format === 'html' ? decodeDeclared(bytes) : decodeAny(bytes);
  if (!r.ok) {
    throw new Rejection('undecidable-encoding', `${r.warnings.join('; ') || 'encoding undecidable'}; name it with --encoding (windows-1258, tcvn3, vni, utf-8)`);
  }
  const parts = r.parts ? ` (${Object.entries(r.parts).map(([k, v]) => `${v} lines ${k}`).join(', ')})` : '';
  return { text: r.text, encoding: `${r.encoding}${parts}`, warnings: r.warnings };
}

/** An extracted page as a source text of one block a line, with the kind of each line. */
function fromPage(page: ExtractedArticle, warnings: string[]): { source: string; lineKinds: BlockKind[]; meta: Record<string, unknown> } {
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
  return { source: lines.join('\n'), lineKinds, meta };
}
