/** Export: every stored article as a bulk-import record (plus what toancanh found), or a CSV row. */
import { bodyText } from '../doc/news-doc.js';
import type { Store, StoredArticle } from '../store/store.js';

export interface ExportRecord {
  id: string;
  title?: string;
  body: string;
  url?: string;
  publishedAt?: string;
  source?: string;
  author?: string;
  credit?: string;
  lang: string;
  copyOf?: string;
  text: string;
}

export const CSV_COLUMNS = ['id', 'title', 'source', 'publishedAt', 'author', 'credit', 'url', 'lang', 'copyOf', 'body'] as const;

export function exportRecord(a: StoredArticle): ExportRecord {
  const m = a.meta;
  return {
    id: a.id, title: m.title, body: bodyText(a.doc), url: m.url, publishedAt: m.publishedAt, source: m.source,
    author: m.author, credit: m.credit, lang: a.lang, copyOf: a.copyOf, text: a.text,
  };
}

/** Every article, in ingest order. */
export async function* exportRecords(store: Store): AsyncGenerator<ExportRecord> {
  for await (const batch of store.articles()) for (const a of batch) yield exportRecord(a);
}

/** One CSV line (RFC 4180 quoting), CRLF-terminated. */
export function csvRow(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export function csvRecord(r: ExportRecord): string {
  return csvRow(CSV_COLUMNS.map((c) => r[c]));
}

function csvField(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
