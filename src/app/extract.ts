/**
 * Extraction without storing: what ingest would store for one input file (one article per feed
 * item, JSONL line), and the one view of it that `extract --format json` prints and the extraction
 * evaluations score (eval/html-suites.ts), so the figures are those of the command.
 */
import { existsSync } from 'node:fs';
import { bodyText, type NewsDoc } from '../doc/news-doc.js';
import { Rejection, type RejectCode, type RejectedPage } from '../doc/stage.js';
import { listInputs, readFileInputs } from '../ingest/read.js';
import { defaultPipeline } from '../pipeline/index.js';
import { AppError } from './errors.js';
import { encodingName } from './ingest.js';
import { whereOf } from './ingest-loop.js';

export { bodyText } from '../doc/news-doc.js';

export type Extracted =
  | { ok: true; doc: NewsDoc }
  | { ok: false; where: string; code: RejectCode; reason: string; page?: RejectedPage };

export interface ExtractOptions {
  encoding?: string;
  /** Word segmentation (default on, as ingest); the view below does not depend on it. */
  words?: boolean;
}

export async function* extractFile(path: string, options: ExtractOptions = {}): AsyncGenerator<Extracted> {
  const encoding = options.encoding !== undefined ? encodingName(options.encoding) : undefined;
  if (!existsSync(path)) throw new AppError('E_PATH_NOT_FOUND', `${path}: no such file or folder`);
  const { files, rejected } = await listInputs([path]);
  const first = rejected[0];
  if (first && first.kind === 'rejected') throw new AppError('E_UNREADABLE', `${first.where}: ${first.reason}`);
  const pipeline = defaultPipeline(options.words === false ? { words: false } : {});
  for (const file of files) {
    for await (const item of readFileInputs(file, encoding ? { encoding } : {})) {
      if (item.kind === 'rejected') {
        yield { ok: false, where: item.where, code: item.code, reason: item.reason };
        continue;
      }
      try {
        yield { ok: true, doc: await pipeline.run(item.input) };
      } catch (e) {
        if (!(e instanceof Rejection)) throw e;
        yield { ok: false, where: whereOf(item.input), code: e.code, reason: e.message, ...(e.page ? { page: e.page } : {}) };
      }
    }
  }
}

/** One article as `extract --format json` prints it. */
export interface ExtractView {
  id?: string;
  /** False for a page that is not an article (a section or listing page): then `reason`, the page's `title` and `publishedAt` where found, and in `body` the text read from it. */
  article: boolean;
  reason?: string;
  title?: string;
  author?: string;
  credit?: string;
  publishedAt?: string;
  source?: string;
  url?: string;
  summaryOnly?: true;
  lang?: string;
  encoding?: string;
  /** The whole article text: title, lead, body, captions. */
  text?: string;
  /** The lead and body paragraphs, one a line: what the evaluations score. */
  body: string;
  blocks?: NewsDoc['blocks'];
  warnings: string[];
}

/** The view of an extracted article, or of a page rejected as not an article; undefined for other rejections. */
export function extractView(r: Extracted): ExtractView | undefined {
  if (!r.ok) return r.code === 'not-article' ? { article: false, reason: r.reason, ...r.page, body: r.page?.body ?? '', warnings: [] } : undefined;
  const doc = r.doc;
  const m = doc.meta;
  return {
    id: doc.id, article: true, title: m.title, author: m.author, credit: m.credit, publishedAt: m.publishedAt, source: m.source,
    url: m.url, ...(m.summaryOnly ? { summaryOnly: true as const } : {}), lang: doc.language?.lang, encoding: doc.encoding,
    text: doc.text, body: bodyText(doc), blocks: doc.blocks, warnings: doc.warnings,
  };
}
