/**
 * Article ids: the JSONL `id` as given (any string; `Cluster_002/11` keeps its slash); otherwise
 * from the URL; otherwise, for a file, its path relative to the folder ingested without the
 * extension (so that an edited file updates its article); otherwise from the content.
 */
import { createHash } from 'node:crypto';

/** `https://www.Example.vn/a/b.html?utm_source=x#top` → `example.vn/a/b.html`. */
export function idFromUrl(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid|gclid|zarsrc|ref$|source$)/i.test(key)) u.searchParams.delete(key);
    }
    const query = u.searchParams.toString();
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${path}${query ? `?${query}` : ''}`;
  } catch {
    return undefined;
  }
}

/** A short stable hash of a string, for content-derived ids and change detection. */
export function contentHash(text: string | Uint8Array, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export function idFromContent(text: string): string {
  return `sha256:${contentHash(text)}`;
}

/** The identity of a raw input as received: its bytes and its sidecar. Same hash, same input. */
export function rawInputHash(input: { bytes: Uint8Array; sidecar?: string }): string {
  return createHash('sha256').update(input.bytes).update(`\u0000${input.sidecar ?? ''}`).digest('hex').slice(0, 16);
}

/** An article's id: the id given, else from the URL, else the file's name, else from the content. */
export function articleId(given: { id?: string; url?: string }, name: string | undefined, source: string): string {
  return given.id ?? (given.url ? idFromUrl(given.url) : undefined) ?? name ?? idFromContent(source);
}
