import { getArticle } from '../../app/articles.js';
import { withStore } from '../../app/open.js';
import type { Command } from '../command.js';
import { flag, oneOf, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { AppError, EXIT } from '../errors.js';

export const showCommand: Command = {
  name: 'show',
  usage: 'toancanh show ID [--format text|json] [--revisions] [--raw]',
  help: `ID as shown by search or export (ids may contain "/": quote them in the shell if needed).

Options:
  --format text|json   text (default), or JSON with "text", "body", "blocks", "sentences",
                       "times" (time expressions resolved against the publication date:
                       {start, end, text, value, granularity}, or value null and a reason)
                       (offsets are UTF-16 code units into "text", end exclusive)
  --revisions          also list earlier revisions of the article
  --raw                write the raw input as it was received (the file's bytes, or the JSONL line)
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, format: { type: 'string' }, revisions: { type: 'boolean' }, raw: { type: 'boolean' } },
  allowPositionals: true,
  async run(args, ctx) {
    const id = args.positionals.join(' ');
    if (!id) throw new AppError('E_USAGE', 'no ID given');
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const view = await withStore(dbTarget(ctx, str(args, 'db')), 'read', (store) => getArticle(store, id, { revisions: flag(args, 'revisions') }));
    const a = view.article;
    const d = a.doc;
    if (flag(args, 'raw')) {
      ctx.stdout.write(Buffer.from(d.input.bytes));
      return EXIT.ok;
    }
    if (format === 'json') {
      write(ctx.stdout, JSON.stringify({
        id: a.id, ...a.meta, lang: a.lang, revision: a.revision, copyOf: a.copyOf, copies: view.copies, story: view.story, pipeline: a.pipeline,
        ingestedAt: a.ingestedAt, updatedAt: a.updatedAt,
        text: a.text, body: view.body, blocks: d.blocks, sentences: d.sentences, ...(view.words ? { words: view.words } : {}), ...(view.times ? { times: view.times } : {}), ...(d.entities ? { entities: d.entities } : {}), language: d.language,
        removed: d.removed, warnings: d.warnings, origin: d.input.origin,
        ...(view.revisions ? { revisions: view.revisions } : {}),
      }, null, 2));
      return EXIT.ok;
    }
    const m = a.meta;
    const rows: [string, string | undefined][] = [
      ['id', a.id], ['title', m.title], ['outlet', m.source], ['published', m.publishedAt], ['author', m.author],
      ['credit', m.credit], ['url', m.url], ['language', `${a.lang}${d.language ? ` (${d.language.confidence})` : ''}`],
      ['copy of', a.copyOf], ['copies', view.copies.join(', ') || undefined], ['story', view.story], ['revision', String(a.revision)], ['pipeline', a.pipeline],
      ['from', d.input.origin ? `${d.input.origin.path}${d.input.origin.line ? `:${d.input.origin.line}` : ''}` : undefined],
    ];
    const out = rows.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(10)} ${v}`);
    out.push('');
    for (const b of d.blocks ?? []) {
      const t = a.text.slice(b.start, b.end);
      out.push(b.kind === 'body' ? t : `[${b.kind}] ${t}`, '');
    }
    const dated = (view.times ?? []).filter((t) => t.value);
    if (dated.length > 0) out.push(`dates: ${dated.map((t) => `${t.text} → ${t.value}`).join('; ')}`, '');
    if ((d.removed ?? []).length > 0) out.push(`(${d.removed!.length} lines removed: ${[...new Set(d.removed!.map((r) => r.reason))].join(', ')})`);
    for (const r of view.revisions ?? []) out.push(`revision ${r.revision}: ingested ${r.ingestedAt}, replaced ${r.replacedAt}`);
    write(ctx.stdout, out.join('\n'));
    return EXIT.ok;
  },
};
