import { createWriteStream } from 'node:fs';
import { CSV_COLUMNS, csvRecord, csvRow, exportRecords } from '../../app/export.js';
import { fullExport } from '../../app/move.js';
import { withStore } from '../../app/open.js';
import type { Command } from '../command.js';
import { flag, oneOf, str } from '../command.js';
import { dbTarget } from '../context.js';
import { AppError, EXIT } from '../errors.js';

export const exportCommand: Command = {
  name: 'export',
  usage: 'toancanh export [--format jsonl|csv] [--full] [--out FILE] [--db FILE]',
  help: `JSONL lines are {"id","title","body","url","publishedAt","source","author","credit","lang","copyOf","text"}:
the bulk-import format plus what toancanh found; \`toancanh ingest\` reads them back.
CSV has the columns ${CSV_COLUMNS.join(', ')} (RFC 4180 quoting, UTF-8).

With --full (JSONL), each article line also holds, under "store", everything the database keeps of
it (the analysed document, the raw input, hashes, earlier revisions, times, dated events, its place in a story),
and lines {"story"} and {"clusterer"} follow: \`toancanh import\` writes it all into another
database (SQLite or PostgreSQL) as it was.

Options:
  --format jsonl|csv   default jsonl
  --full               everything kept, for \`toancanh import\` (JSONL only)
  --out FILE           write to FILE instead of standard output
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, full: { type: 'boolean' } },
  allowPositionals: false,
  async run(args, ctx) {
    const format = oneOf(args, 'format', ['jsonl', 'csv'], 'jsonl');
    const outPath = str(args, 'out');
    const full = flag(args, 'full');
    if (full && format === 'csv') throw new AppError('E_USAGE', '--full writes JSONL only');
    return withStore(dbTarget(ctx, str(args, 'db')), 'read', async (store) => {
      const out: NodeJS.WritableStream = outPath ? createWriteStream(outPath) : ctx.stdout;
      const failed = new Promise<never>((_, reject) => out.on('error', (e: Error) => reject(new AppError('E_WRITE', `cannot write ${outPath ?? 'output'}: ${e.message}`))));
      const put = async (s: string): Promise<void> => {
        if (!out.write(s)) await Promise.race([new Promise<void>((r) => out.once('drain', () => r())), failed]);
      };
      if (format === 'csv') await put(csvRow(CSV_COLUMNS));
      if (full) for await (const line of fullExport(store)) await put(`${JSON.stringify(line)}\n`);
      else for await (const r of exportRecords(store)) await put(format === 'csv' ? csvRecord(r) : `${JSON.stringify(r)}\n`);
      if (outPath) await Promise.race([new Promise<void>((r) => out.end(() => r())), failed]);
      return EXIT.ok;
    });
  },
};
