import { bodyText } from '../../doc/news-doc.js';
import type { Command } from '../command.js';
import { oneOf, str } from '../command.js';
import { dbPath, openStore, write } from '../context.js';
import { CliError, EXIT } from '../errors.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'one article: clean text and metadata',
  usage: 'toancanh show ID [--format text|json] [--revisions]',
  help: `ID as shown by search or export (ids may contain "/": quote them in the shell if needed).

Options:
  --format text|json   text (default), or JSON with "text", "body", "blocks", "sentences"
                       (offsets are UTF-16 code units into "text", end exclusive)
  --revisions          also list earlier revisions of the article
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, format: { type: 'string' }, revisions: { type: 'boolean' } },
  allowPositionals: true,
  async run(args, ctx) {
    const id = args.positionals.join(' ');
    if (!id) throw new CliError('E_USAGE', 'no ID given');
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const store = await openStore(dbPath(ctx, str(args, 'db')), 'read');
    try {
      const a = await store.getArticle(id);
      if (!a) throw new CliError('E_NOT_FOUND', `no article with id ${JSON.stringify(id)}`);
      const revisions = args.values.revisions ? await store.revisions(id) : [];
      const d = a.doc;
      if (format === 'json') {
        write(ctx.stdout, JSON.stringify({
          id: a.id, ...a.meta, lang: a.lang, revision: a.revision, copyOf: a.copyOf, pipeline: a.pipeline,
          ingestedAt: a.ingestedAt, updatedAt: a.updatedAt,
          text: a.text, body: bodyText(d), blocks: d.blocks, sentences: d.sentences, ...(d.words ? { words: d.words } : {}), language: d.language,
          removed: d.removed, warnings: d.warnings, origin: d.input.origin,
          ...(args.values.revisions ? { revisions } : {}),
        }, null, 2));
        return EXIT.ok;
      }
      const m = a.meta;
      const rows: [string, string | undefined][] = [
        ['id', a.id], ['title', m.title], ['outlet', m.source], ['published', m.publishedAt], ['author', m.author],
        ['credit', m.credit], ['url', m.url], ['language', `${a.lang}${d.language ? ` (${d.language.confidence})` : ''}`],
        ['copy of', a.copyOf], ['revision', String(a.revision)], ['pipeline', a.pipeline],
        ['from', d.input.origin ? `${d.input.origin.path}${d.input.origin.line ? `:${d.input.origin.line}` : ''}` : undefined],
      ];
      const out = rows.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(10)} ${v}`);
      out.push('');
      for (const b of d.blocks ?? []) {
        const t = a.text.slice(b.start, b.end);
        out.push(b.kind === 'body' ? t : `[${b.kind}] ${t}`, '');
      }
      if ((d.removed ?? []).length > 0) out.push(`(${d.removed!.length} lines removed: ${[...new Set(d.removed!.map((r) => r.reason))].join(', ')})`);
      for (const r of revisions) out.push(`revision ${r.revision}: ingested ${r.ingestedAt}, replaced ${r.replacedAt}`);
      write(ctx.stdout, out.join('\n'));
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
