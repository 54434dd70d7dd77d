import { displayTitle } from '../../doc/news-doc.js';
import { parseQuery } from '../../search/query.js';
import { makeSnippet, renderSnippet } from '../../search/snippet.js';
import type { Command } from '../command.js';
import { flag, int, oneOf, str } from '../command.js';
import { dbPath, openStore, write } from '../context.js';
import { CliError, EXIT } from '../errors.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search, with or without diacritics',
  usage: 'toancanh search QUERY... [--from DATE] [--to DATE] [--source NAME] [--format text|json]',
  help: `QUERY: words (all must match) and "quoted phrases". Diacritics are optional:
\`tap can binh\` finds \`Tập Cận Bình\`; a query typed with diacritics ranks exact matches first.

Options:
  --from DATE, --to DATE   publication date bounds, inclusive (YYYY-MM-DD or ISO 8601)
  --source NAME            only this outlet (case and diacritics ignored), e.g. "Tuổi Trẻ"
  --limit N                results to show (default 10)
  --offset N               skip the first N results
  --all                    include exact copies of other articles
  --format text|json       human-readable (default) or JSON for scripts
  --db FILE                database (default: $TOANCANH_DB or ./toancanh.db)

Examples:
  toancanh search Tập Cận Bình
  toancanh search '"Kim Jong Un"' --from 2021-01-01
  toancanh search doan ket --format json`,
  options: {
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    all: { type: 'boolean' },
    format: { type: 'string' },
  },
  allowPositionals: true,
  async run(args, ctx) {
    const text = args.positionals.join(' ').trim();
    if (!text) throw new CliError('E_BAD_QUERY', 'no QUERY given');
    const parsed = parseQuery(text);
    if (parsed.phrases.length === 0) throw new CliError('E_BAD_QUERY', `"${text}" has no words to search for`);
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const store = await openStore(dbPath(ctx, str(args, 'db')), 'read');
    try {
      let page;
      try {
        page = await store.search({
          text,
          ...(str(args, 'from') ? { from: str(args, 'from') } : {}),
          ...(str(args, 'to') ? { to: str(args, 'to') } : {}),
          ...(str(args, 'source') ? { source: str(args, 'source') } : {}),
          limit: int(args, 'limit', 10, 1),
          offset: int(args, 'offset', 0, 0),
          includeCopies: flag(args, 'all'),
        });
      } catch (e) {
        if (e instanceof RangeError) throw new CliError('E_BAD_QUERY', e.message);
        throw e;
      }
      if (format === 'json') {
        const hits = page.hits.map((h) => {
          const s = makeSnippet(h.text, parsed);
          const { text: _text, ...rest } = h;
          return { ...rest, snippet: s.text, highlights: s.highlights };
        });
        write(ctx.stdout, JSON.stringify({ query: text, matched: page.phrases, total: page.total, hits }, null, 2));
        return EXIT.ok;
      }
      if (page.total === 0) {
        write(ctx.stdout, `No articles match ${JSON.stringify(text)}.`);
        return EXIT.ok;
      }
      const tty = Boolean(ctx.stdout.isTTY);
      const [open, close] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
      const lines: string[] = [`${page.total} ${page.total === 1 ? 'article matches' : 'articles match'} ${JSON.stringify(text)}:`, ''];
      page.hits.forEach((h, i) => {
        const n = (int(args, 'offset', 0, 0) + i + 1).toString();
        const title = displayTitle({ meta: h.title ? { title: h.title } : {}, text: h.text });
        lines.push(`${n}. ${tty ? `\x1b[1m${title}\x1b[0m` : title}`);
        const where = [h.source ?? 'unknown outlet', h.publishedAt?.slice(0, 10) ?? 'undated', h.id].join(' · ');
        lines.push(`   ${where}${h.copyOf ? ` · copy of ${h.copyOf}` : ''} · score ${h.score}`);
        lines.push(`   ${renderSnippet(makeSnippet(h.text, parsed), open, close)}`, '');
      });
      const shown = int(args, 'offset', 0, 0) + page.hits.length;
      if (shown < page.total) lines.push(`Showing ${shown} of ${page.total}; more with --offset ${shown}.`);
      write(ctx.stdout, lines.join('\n'));
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
