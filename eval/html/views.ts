/**
 * What the extraction evaluations score: the view `extract --format json` prints (src/app/extract.ts),
 * from the page file alone, no URL given; and, for comparison in the same run, plain Mozilla
 * Readability over linkedom on the same page. Cross-validation runs the same pipeline with other
 * extraction parameters (`viewsWith`); `viewsWith` at the defaults must agree with the command.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractFile, extractView, type ExtractView } from '../../src/app/extract.js';
import type { RawInput } from '../../src/doc/news-doc.js';
import { Rejection } from '../../src/doc/stage.js';
import { paragraphsOf } from '../../src/ingest/html/blocks.js';
import { parseDocument, squash, type DomElement } from '../../src/ingest/html/dom.js';
import type { ExtractParams } from '../../src/ingest/html/params.js';
import { READERS } from '../../src/ingest/readers/index.js';
import { readPageWith } from '../../src/ingest/readers/page.js';
import { cleanStage, metaStage, readStageWith } from '../../src/ingest/stages.js';
import { Pipeline } from '../../src/pipeline/index.js';
import type { SuitePage } from './pages.js';

const REJECTED: ExtractView = { article: true, body: '', warnings: [] };

/** Each page through `extract FILE --format json`, as the command does it. */
export async function cliViews(pages: SuitePage[]): Promise<ExtractView[]> {
  const out: ExtractView[] = [];
  for (const p of pages) {
    let view: ExtractView | undefined;
    for await (const r of extractFile(p.path, { words: false })) {
      view = extractView(r) ?? { ...REJECTED, reason: r.ok ? undefined : r.reason };
      break;
    }
    out.push(view ?? REJECTED);
  }
  return out;
}

/** Each page through the same stages, with other extraction parameters (for cross-validation). */
export async function viewsWith(pages: SuitePage[], params: Partial<ExtractParams>): Promise<ExtractView[]> {
  const pipeline = new Pipeline([readStageWith({ ...READERS, html: (i) => readPageWith(i, { params }) }), cleanStage, metaStage]);
  const out: ExtractView[] = [];
  for (const p of pages) {
    const raw = readFileSync(p.path);
    const bytes = p.path.endsWith('.gz') ? gunzipSync(raw) : raw;
    const input: RawInput = { format: 'html', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), name: basename(p.path) };
    try {
      out.push(extractView({ ok: true, doc: await pipeline.run(input) })!);
    } catch (e) {
      if (!(e instanceof Rejection)) throw e;
      out.push(extractView({ ok: false, where: p.path, code: e.code, reason: e.message, ...(e.page ? { page: e.page } : {}) }) ?? { ...REJECTED, reason: e.message });
    }
  }
  return out;
}

export interface PlainView {
  title?: string;
  byline?: string;
  body: string;
}

type ReadabilityDoc = ConstructorParameters<typeof Readability>[0];

/** Mozilla Readability alone, default options, over linkedom: its article's blocks, one a line. */
export function plainReadability(html: string): PlainView {
  try {
    const doc = parseDocument(html);
    const r = new Readability<DomElement>(doc as unknown as ReadabilityDoc, { serializer: (n) => n as unknown as DomElement }).parse();
    if (!r) return { body: '' };
    return {
      body: r.content ? paragraphsOf(r.content).map((p) => p.text).join('\n') : '',
      ...(r.title ? { title: squash(r.title) } : {}),
      ...(r.byline ? { byline: squash(r.byline) } : {}),
    };
  } catch {
    return { body: '' };
  }
}
