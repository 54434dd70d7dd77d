/**
 * The ingest stages: `decode` (the raw input as text, with the metadata given beside it, and the
 * article's id) and `clean` (normalised article text in blocks, boilerplate out, byline and dateline
 * into metadata).
 */
import type { ArticleMeta, NewsDoc } from '../doc/news-doc.js';
import { Rejection, type Stage } from '../doc/stage.js';
import { decode } from '../text/decode.js';
import { normalize, normalizeText } from '../text/normalize.js';
import { cleanText } from './clean.js';
import { idFromContent, idFromUrl } from './identity.js';
import { parseByline, parsePublishedAt } from './meta.js';
import { canonicalOutlet, outletFromUrl } from './outlet.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The metadata fields read from a JSONL record or a sidecar, all optional strings. */
const META_FIELDS = ['title', 'url', 'publishedAt', 'source', 'author', 'credit'] as const;

function readMeta(record: Record<string, unknown>, warnings: string[], where: string): ArticleMeta & { id?: string } {
  const meta: ArticleMeta & { id?: string } = {};
  for (const key of [...META_FIELDS, 'id'] as const) {
    const v = record[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'number' && key === 'id') meta.id = String(v);
    else if (typeof v === 'string') meta[key] = v;
    else warnings.push(`${where}: field "${key}" is not a string; ignored`);
  }
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
  version: '1',
  requires: [],
  assigns: ['source', 'meta'],
  run(doc) {
    const { input } = doc;
    const warnings: string[] = [];
    let source: string;
    let encoding: string;
    let given: ArticleMeta & { id?: string } = {};
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
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        throw new Rejection('bad-record', 'a JSONL line must be an object like {"id","title","body",...}');
      }
      const r = record as Record<string, unknown>;
      if (typeof r.body !== 'string') throw new Rejection('bad-record', 'missing "body" (a string)');
      source = r.body;
      encoding = 'utf-8';
      given = readMeta(r, warnings, 'record');
    } else {
      const d = decode(input.bytes);
      if (!d.ok) throw new Rejection(d.code, d.reason);
      source = d.text;
      encoding = d.bom ? `${d.encoding} (BOM)` : d.encoding;
      if (input.sidecar !== undefined) {
        try {
          const side = JSON.parse(input.sidecar) as unknown;
          if (typeof side === 'object' && side !== null && !Array.isArray(side)) {
            given = readMeta(side as Record<string, unknown>, warnings, 'sidecar');
          } else warnings.push('sidecar: not a JSON object; ignored');
        } catch (e) {
          warnings.push(`sidecar: invalid JSON (${(e as Error).message}); ignored`);
        }
      }
    }
    if (source.trim() === '') throw new Rejection('empty', input.format === 'jsonl' ? 'the body is empty' : 'the file holds only whitespace');
    const { id: givenId, ...meta } = given;
    const id =
      givenId ??
      (meta.url ? idFromUrl(meta.url) : undefined) ??
      input.name ??
      idFromContent(source);
    return { ...doc, id, source, encoding, meta, warnings: [...doc.warnings, ...warnings] };
  },
};

export const cleanStage: Stage = {
  name: 'clean',
  version: '1',
  requires: ['source', 'meta'],
  assigns: ['text', 'blocks', 'meta'],
  run(doc) {
    const source = doc.source!;
    const norm = normalize(source);
    const cleaned = cleanText({ text: norm.text, meta: doc.meta, firstLineMayBeTitle: doc.input.format === 'text' });
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
