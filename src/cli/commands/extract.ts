import { bodyText, type NewsDoc } from '../../doc/news-doc.js';
import { Rejection } from '../../doc/stage.js';
import { listInputs, readFileInputs } from '../../ingest/read.js';
import { defaultPipeline } from '../../pipeline.js';
import type { Command } from '../command.js';
import { oneOf, str } from '../command.js';
import { write } from '../context.js';
import { CliError, EXIT } from '../errors.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'what ingest would store for one input, without storing it',
  usage: 'toancanh extract FILE [--format text|json] [--encoding NAME]',
  help: `FILE: a plain-text article, a saved web page (.html), an RSS/Atom feed (one article per item),
or JSONL; gzipped (.gz) or not. The type is found from the content as well as the extension.

Prints the clean body and the metadata found: title, author, credit, publishedAt, source (the
outlet), url. With --format json, one JSON object per article (one line each) with those fields,
"text" (the whole article text: title, lead, body, captions), "body" (lead and body paragraphs
only), "blocks" (offsets into "text") and "warnings".

Options:
  --format text|json   default text
  --encoding NAME      decode as NAME instead of detecting (utf-8, windows-1258, tcvn3, vni)

Examples:
  toancanh extract page.html --format json
  toancanh extract feed.xml.gz
  toancanh extract old-article.txt --encoding tcvn3`,
  options: { format: { type: 'string' }, encoding: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    if (args.positionals.length !== 1) throw new CliError('E_USAGE', 'give exactly one FILE');
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const encoding = str(args, 'encoding');
    if (encoding && !['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'].includes(encoding)) {
      throw new CliError('E_USAGE', `--encoding must be one of utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni; got "${encoding}"`);
    }
    const { files, rejected } = await listInputs([args.positionals[0]!]);
    const first = rejected[0];
    if (first && first.kind === 'rejected') throw new CliError('E_NO_INPUT', `${first.where}: ${first.reason}`);
    const pipeline = defaultPipeline();
    let failures = 0;
    let articles = 0;
    for (const file of files) {
      for await (const item of readFileInputs(file, encoding ? { encoding } : {})) {
        if (item.kind === 'rejected') {
          failures++;
          ctx.stderr.write(`toancanh: ${item.where}: ${item.reason}\n`);
          continue;
        }
        let doc: NewsDoc;
        try {
          doc = pipeline.run(item.input);
        } catch (e) {
          if (!(e instanceof Rejection)) throw e;
          failures++;
          ctx.stderr.write(`toancanh: ${file.path}: ${e.message}\n`);
          continue;
        }
        articles++;
        const m = doc.meta;
        if (format === 'json') {
          write(ctx.stdout, JSON.stringify({
            id: doc.id, title: m.title, author: m.author, credit: m.credit, publishedAt: m.publishedAt, source: m.source,
            url: m.url, ...(m.summaryOnly ? { summaryOnly: true } : {}), lang: doc.language?.lang, encoding: doc.encoding,
            text: doc.text, body: bodyText(doc), blocks: doc.blocks, warnings: doc.warnings,
          }));
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
    }
    if (articles === 0) return failures > 0 ? EXIT.failure : EXIT.ok;
    return failures > 0 ? EXIT.partial : EXIT.ok;
  },
};
