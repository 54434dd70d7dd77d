/**
 * The ingest stages: `read` (the reader of the input's format: source text, encoding, metadata
 * given, and the article's id), `clean` (normalised article text in blocks, boilerplate out, what
 * the text says of its title, byline and dateline found) and `meta` (the article's metadata: what
 * was given, completed by what was found).
 */
import type { ArticleMeta, InputFormat, NewsDoc } from '../doc/news-doc.js';
import { Rejection, type Stage } from '../doc/stage.js';
import { normalize } from '../text/normalize.js';
import { cleanText } from './clean.js';
import { articleId } from './identity.js';
import { outletFromUrl } from './outlet.js';
import { READERS, type Reader, type SourceRead } from './readers/index.js';

/** The read stage over the given readers (the evaluations pass a page reader with other extraction parameters). */
export function readStageWith(readers: Record<InputFormat, Reader>): Stage {
  return {
    name: 'read',
    version: '1',
    requires: [],
    assigns: ['id', 'source', 'encoding', 'lineKinds', 'given'],
    run(doc) {
      const read = readers[doc.input.format](doc.input);
      return read instanceof Promise ? read.then((r) => readDoc(doc, r)) : readDoc(doc, read);
    },
  };
}

/** The document with what its reader read: source, encoding, line kinds, metadata given, and its id. */
function readDoc(doc: NewsDoc, r: SourceRead): NewsDoc {
  const { input } = doc;
  if (r.source.trim() === '') throw new Rejection('empty', input.format === 'jsonl' ? 'the body is empty' : 'the file holds only whitespace');
  const { id: givenId, ...given } = r.given;
  return {
    ...doc,
    id: articleId({ ...given, ...(givenId !== undefined ? { id: givenId } : {}) }, input.name, r.source),
    source: r.source,
    encoding: r.encoding,
    ...(r.lineKinds ? { lineKinds: r.lineKinds } : {}),
    given,
    warnings: [...doc.warnings, ...r.warnings],
  };
}

export const readStage: Stage = readStageWith(READERS);

export const cleanStage: Stage = {
  name: 'clean',
  version: '3',
  requires: ['source', 'given'],
  assigns: ['text', 'blocks', 'sourceMap', 'removed', 'found'],
  run(doc) {
    const norm = normalize(doc.source!);
    const cleaned = cleanText({
      text: norm.text,
      meta: doc.given!,
      firstLineMayBeTitle: doc.input.format === 'text',
      ...(doc.lineKinds ? { lineKinds: doc.lineKinds } : {}),
    });
    if (cleaned.blocks.every((b) => b.kind === 'title')) {
      throw new Rejection('empty', 'no article text left after removing boilerplate');
    }
    const removed = cleaned.removed.map((r) => ({
      ...r,
      start: norm.map.toSource(r.start, 'start'),
      end: norm.map.toSource(r.end, 'end'),
    }));
    return {
      ...doc,
      text: cleaned.text,
      blocks: cleaned.blocks,
      sourceMap: cleaned.map.compose(norm.map).toJSON(),
      removed,
      found: cleaned.found,
    };
  },
};

export const metaStage: Stage = {
  name: 'meta',
  version: '1',
  requires: ['given', 'found'],
  assigns: ['meta'],
  run(doc) {
    const found = doc.found!;
    const meta: ArticleMeta = { ...doc.given };
    meta.title ??= found.title;
    meta.author ??= found.author;
    meta.credit ??= found.credit;
    meta.source ??= found.source ?? (meta.url ? outletFromUrl(meta.url)?.outlet : undefined);
    for (const k of Object.keys(meta) as (keyof ArticleMeta)[]) if (meta[k] === undefined) delete meta[k];
    return { ...doc, meta };
  },
};
