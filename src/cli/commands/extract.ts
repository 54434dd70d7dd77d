import { bodyText, extractFile, extractView } from '../../app/extract.js';
import type { Command } from '../command.js';
import { oneOf, str } from '../command.js';
import { write } from '../context.js';
import { AppError, EXIT } from '../errors.js';

export const extractCommand: Command = {
  name: 'extract',
  usage: 'toancanh extract FILE [--format text|json] [--encoding NAME]',
  help: `FILE: a plain-text article, a saved web page (.html), an RSS/Atom feed (one article per item),
or JSONL; gzipped (.gz) or not. The type is found from the content as well as the extension.

Prints the clean body and the metadata found: title, author, credit, publishedAt, source (the
outlet), url. With --format json, one JSON object per article (one line each) with those fields,
"article": true, "text" (the whole article text: title, lead, body, captions), "body" (lead and
body paragraphs only), "blocks" (offsets into "text") and "warnings". A web page that is a section
or listing page (a column of teasers) is not an article: ingest rejects it, and extract prints
{"where", "article": false, "reason"} (and the page's "title" and "publishedAt" where found, and in
"body" the text read from it, so the verdict can be checked; text format: the reason on stderr) and
exits with 1.

Options:
  --format text|json   default text
  --encoding NAME      decode as NAME instead of detecting (utf-8, windows-1258, tcvn3, vni, viscii, windows-1252)

Examples:
  toancanh extract page.html --format json
  toancanh extract feed.xml.gz
  toancanh extract old-article.txt --encoding tcvn3`,
  options: { format: { type: 'string' }, encoding: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    if (args.positionals.length !== 1) throw new AppError('E_USAGE', 'give exactly one FILE');
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const encoding = str(args, 'encoding');
    let failures = 0;
    let articles = 0;
    for await (const r of extractFile(args.positionals[0]!, encoding !== undefined ? { encoding } : {})) {
      if (!r.ok) {
        failures++;
        const view = extractView(r);
        if (format === 'json' && view) write(ctx.stdout, JSON.stringify({ where: r.where, article: view.article, reason: view.reason, title: view.title, publishedAt: view.publishedAt, body: view.body || undefined }));
        else ctx.stderr.write(`toancanh: ${r.where}: ${r.reason}\n`);
        continue;
      }
      const doc = r.doc;
      articles++;
      const m = doc.meta;
      if (format === 'json') {
        write(ctx.stdout, JSON.stringify(extractView(r)));
        continue;
      }
      const rows: [string, string | undefined][] = [
        ['title', m.title], ['author', m.author], ['credit', m.credit], ['published', m.publishedAt], ['outlet', m.source],
        ['url', m.url], ['encoding', doc.encoding], ['language', doc.language?.lang],
      ];
      const out = rows.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(10)} ${v}`);
      if (articles > 1) out.unshift('');
      out.push('', bodyText(doc));
      const captions = (doc.blocks ?? []).filter((b) => b.kind === 'caption').map((b) => doc.text!.slice(b.start, b.end));
      if (captions.length) out.push('', ...captions.map((c) => `[caption] ${c}`));
      for (const w of doc.warnings) out.push(`(warning: ${w})`);
      write(ctx.stdout, out.join('\n'));
    }
    if (articles === 0) return failures > 0 ? EXIT.failure : EXIT.ok;
    return failures > 0 ? EXIT.partial : EXIT.ok;
  },
};
