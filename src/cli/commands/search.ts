import { withStore } from '../../app/open.js';
import { renderSnippet, searchArticles } from '../../app/search.js';
import type { Command } from '../command.js';
import { flag, int, oneOf, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { AppError, EXIT } from '../errors.js';

export const searchCommand: Command = {
  name: 'search',
  usage: 'toancanh search [QUERY...] [--entity ID|NAME] [--from DATE] [--to DATE] [--source NAME] [--format text|json]',
  help: `QUERY: words (all must match) and "quoted phrases" (matched in a row). Case and diacritics
do not change what matches: \`tap can binh\`, \`Tập Cận Bình\` and \`TẬP CẬN BÌNH\` find the same
articles. The articles holding the words together (in a row, in order) come first, and the first
line says how many do ("no article has … together" when none does); then, for a query typed with
diacritics, those that carry them exactly. With --entity, only the articles naming that entity;
with --entity and no QUERY, all of them, newest first.

Options:
  --from DATE, --to DATE   publication date bounds, inclusive (YYYY-MM-DD or ISO 8601)
  --source NAME            only this outlet (case and diacritics ignored), e.g. "Tuổi Trẻ"
  --entity ID|NAME         only articles naming this entity: its id (per:xi-jinping, as
                           \`toancanh entities\` lists them) or a name it was written as
  --limit N                results to show (default 10)
  --offset N               skip the first N results
  --all                    show copies too (exact copies and near-duplicates of other articles,
                           otherwise folded under their original: "+5 copies")
  --format text|json       human-readable (default) or JSON for scripts
  --db FILE                database (default: $TOANCANH_DB or ./toancanh.db)

Examples:
  toancanh search Tập Cận Bình
  toancanh search '"Kim Jong Un"' --from 2021-01-01
  toancanh search doan ket --format json
  toancanh search hội đàm --entity per:xi-jinping
  toancanh search --entity "Tập Cận Bình"`,
  options: {
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    entity: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    all: { type: 'boolean' },
    format: { type: 'string' },
  },
  allowPositionals: true,
  async run(args, ctx) {
    const text = args.positionals.join(' ').trim();
    const entity = str(args, 'entity')?.trim();
    if (!text && !entity) throw new AppError('E_BAD_QUERY', 'no QUERY given (or --entity ID)');
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const request = {
      text,
      ...(str(args, 'from') ? { from: str(args, 'from') } : {}),
      ...(str(args, 'to') ? { to: str(args, 'to') } : {}),
      ...(str(args, 'source') ? { source: str(args, 'source') } : {}),
      ...(entity ? { entity } : {}),
      limit: int(args, 'limit', 10, 1),
      offset: int(args, 'offset', 0, 0),
      includeCopies: flag(args, 'all'),
    };
    const result = await withStore(dbTarget(ctx, str(args, 'db')), 'read', (store) => searchArticles(store, request));
    if (format === 'json') {
      const { offset: _offset, ...json } = result;
      write(ctx.stdout, JSON.stringify({ ...json, hits: json.hits.map(({ headline: _h, ...h }) => h) }, null, 2));
      return EXIT.ok;
    }
    const naming = result.entity ? ` naming ${result.entity}` : '';
    if (result.total === 0) {
      write(ctx.stdout, text ? `No articles${naming} match ${JSON.stringify(text)}.` : `No articles${naming}.`);
      return EXIT.ok;
    }
    const tty = Boolean(ctx.stdout.isTTY);
    const [open, close] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
    const lines: string[] = [
      !text
        ? `${result.total} ${result.total === 1 ? 'article' : 'articles'}${naming}, newest first:`
        : result.together === 0
        ? `No article has ${JSON.stringify(text)} together; ${result.total} ${result.total === 1 ? 'has' : 'have'} its words apart:`
        : result.together !== undefined && result.together < result.total
          ? `${result.together} ${result.together === 1 ? 'article has' : 'articles have'} ${JSON.stringify(text)} together (first); ${result.total - result.together} more ${result.total - result.together === 1 ? 'has' : 'have'} its words apart:`
          : `${result.total} ${result.total === 1 ? 'article' : 'articles'}${naming} ${result.total === 1 ? 'matches' : 'match'} ${JSON.stringify(text)}:`,
      '',
    ];
    result.hits.forEach((h, i) => {
      lines.push(`${result.offset + i + 1}. ${tty ? `\x1b[1m${h.headline}\x1b[0m` : h.headline}`);
      const where = [h.source ?? 'unknown outlet', h.publishedAt?.slice(0, 10) ?? 'undated', h.id].join(' · ');
      const copies = h.copies && !request.includeCopies ? ` · +${h.copies} ${h.copies === 1 ? 'copy' : 'copies'}` : '';
      lines.push(`   ${where}${h.copyOf ? ` · copy of ${h.copyOf}` : ''}${copies}${text ? ` · score ${h.score}` : ''}`);
      lines.push(`   ${renderSnippet({ text: h.snippet, highlights: h.highlights }, open, close)}`, '');
    });
    const shown = result.offset + result.hits.length;
    if (shown < result.total) lines.push(`Showing ${shown} of ${result.total}; more with --offset ${shown}.`);
    write(ctx.stdout, lines.join('\n'));
    return EXIT.ok;
  },
};
