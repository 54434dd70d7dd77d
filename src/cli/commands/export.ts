import { createWriteStream } from 'node:fs';
import { bodyText } from '../../doc/news-doc.js';
import type { StoredArticle } from '../../store/store.js';
import type { Command } from '../command.js';
import { oneOf, str } from '../command.js';
import { dbPath, openStore } from '../context.js';
import { CliError, EXIT } from '../errors.js';

const CSV_COLUMNS = ['id', 'title', 'source', 'publishedAt', 'author', 'credit', 'url', 'lang', 'copyOf', 'body'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write every article as JSONL (the bulk-import format) or CSV',
  usage: 'toancanh export [--format jsonl|csv] [--out FILE] [--db FILE]',
  help: `JSONL lines are {"id","title","body","url","publishedAt","source","author","credit","lang","copyOf","text"}:
the bulk-import format plus what toancanh found; \`toancanh ingest\` reads them back.
CSV has the columns ${CSV_COLUMNS.join(', ')} (RFC 4180 quoting, UTF-8).

Options:
  --format jsonl|csv   default jsonl
  --out FILE           write to FILE instead of standard output
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  allowPositionals: false,
  async run(args, ctx) {
    const format = oneOf(args, 'format', ['jsonl', 'csv'], 'jsonl');
    const store = await openStore(dbPath(ctx, str(args, 'db')), 'read');
    const outPath = str(args, 'out');
    const out: NodeJS.WritableStream = outPath ? createWriteStream(outPath) : ctx.stdout;
    const failed = new Promise<never>((_, reject) => out.on('error', (e: Error) => reject(new CliError('E_WRITE', `cannot write ${outPath ?? 'output'}: ${e.message}`))));
    const put = async (s: string): Promise<void> => {
      if (!out.write(s)) await Promise.race([new Promise<void>((r) => out.once('drain', () => r())), failed]);
    };
    try {
      if (format === 'csv') await put(`${CSV_COLUMNS.join(',')}\r\n`);
      for await (const batch of store.articles()) {
        for (const a of batch) await put(format === 'csv' ? csvRow(a) : `${JSON.stringify(jsonRecord(a))}\n`);
      }
      if (outPath) await Promise.race([new Promise<void>((r) => out.end(() => r())), failed]);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};

function jsonRecord(a: StoredArticle): Record<string, unknown> {
  const m = a.meta;
  return {
    id: a.id, title: m.title, body: bodyText(a.doc), url: m.url, publishedAt: m.publishedAt, source: m.source,
    author: m.author, credit: m.credit, lang: a.lang, copyOf: a.copyOf, text: a.text,
  };
}

function csvRow(a: StoredArticle): string {
  const r = jsonRecord(a);
  return CSV_COLUMNS.map((c) => csvField(r[c])).join(',') + '\r\n';
}

function csvField(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
