/**
 * Ingest of one body received over the API: bulk-import records (JSON), a web page (HTML) or a
 * text. The body is written to a private temporary folder and read by the same readers as a file
 * (so every rule of `ingest` holds: sniffing, encodings, article-or-not, limits), with a sidecar
 * giving the id and URL of a page or a text; the folder is removed afterwards.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idFromContent, idFromUrl } from '../ingest/identity.js';
import type { Store } from '../store/store.js';
import { AppError } from './errors.js';
import { ingestPaths, type IngestResult } from './ingest.js';

export type BodyKind = 'records' | 'html' | 'text';

export interface IngestBody {
  kind: BodyKind;
  /** `records`: bulk-import records; otherwise the page or the text. */
  records?: Record<string, unknown>[];
  content?: string;
  /** For a page or a text: its id (else from `url`, else from the content) and metadata. */
  meta?: { id?: string; url?: string; title?: string; source?: string; publishedAt?: string };
  now?: number;
}

export interface IngestBodyResult extends IngestResult {
  /** The ids of the articles given (those whose id is known before reading). */
  ids: string[];
}

export async function ingestBody(store: Store, body: IngestBody): Promise<IngestBodyResult> {
  const dir = await mkdtemp(join(tmpdir(), 'toancanh-post-'));
  try {
    let path: string;
    let ids: string[];
    if (body.kind === 'records') {
      const records = body.records ?? [];
      if (records.length === 0) throw new AppError('E_BAD_REQUEST', 'no article given');
      path = join(dir, 'articles.jsonl');
      await writeFile(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
      ids = records.flatMap((r) => {
        const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : typeof r.url === 'string' ? idFromUrl(r.url) : undefined;
        return id ? [id] : [];
      });
    } else {
      const content = body.content ?? '';
      if (!content.trim()) throw new AppError('E_BAD_REQUEST', `the ${body.kind === 'html' ? 'page' : 'text'} is empty`);
      const meta = body.meta ?? {};
      const id = meta.id ?? (meta.url ? idFromUrl(meta.url) : undefined) ?? idFromContent(content);
      path = join(dir, body.kind === 'html' ? 'article.html' : 'article.txt');
      await writeFile(path, content);
      await writeFile(join(dir, 'article.meta.json'), JSON.stringify({ ...meta, id }));
      ids = [id];
    }
    const result = await ingestPaths(store, { paths: [path], ...(body.now !== undefined ? { now: body.now } : {}) });
    const rejected = result.rejected.map((r) => ({ ...r, where: r.where.replace(dir + '/', '') }));
    if (body.kind !== 'records' && rejected.length > 0) {
      throw new AppError('E_REJECTED', rejected[0]!.reason);
    }
    const stored = new Set(ids);
    return { ...result, rejected, ids: [...stored] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
