import { withStore } from '../../app/open.js';
import { stats } from '../../app/stats.js';
import type { Command } from '../command.js';
import { oneOf, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { EXIT } from '../errors.js';
import { counted, formatCount } from '../progress.js';

export const statsCommand: Command = {
  name: 'stats',
  usage: 'toancanh stats [--format text|json] [--db FILE]',
  help: `Options:
  --format text|json   text (default) or JSON
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: false,
  async run(args, ctx) {
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const path = dbTarget(ctx, str(args, 'db'));
    const s = await withStore(path, 'read', stats);
    if (format === 'json') {
      write(ctx.stdout, JSON.stringify({ db: path, ...s }, null, 2));
      return EXIT.ok;
    }
    const out = [
      `${path}`,
      `  articles        ${formatCount(s.articles)}`,
      `  exact copies    ${formatCount(s.copies)}`,
      `  near-duplicates ${formatCount(s.nearCopies)}  (placed in a story as the copy of another article)`,
      `  revisions kept  ${formatCount(s.revisions)}`,
      `  languages       ${Object.entries(s.byLang).map(([k, v]) => `${k} ${formatCount(v)}`).join(', ')}`,
      `  published       ${s.firstPublished ?? '-'} … ${s.lastPublished ?? '-'}  (${formatCount(s.undated)} undated)`,
      `  pipeline        ${Object.entries(s.byPipeline).map(([k, v]) => `${formatCount(v)} × ${k}`).join('; ')}`,
      `  outlets         ${formatCount(s.outlets)}${s.outlets > s.bySource.length ? `, the ${s.bySource.length} largest:` : ':'}`,
      ...s.bySource.map((o) => `    ${formatCount(o.count).padStart(7)}  ${o.source}`),
      ...(s.outlets > s.bySource.length ? [`    … ${counted(s.outlets - s.bySource.length, 'more outlet')}`] : []),
    ];
    if (s.republished.length) {
      out.push('  republished (copies of another outlet\'s article)');
      for (const r of s.republished) out.push(`    ${formatCount(r.count).padStart(7)}  ${r.outlet} ← ${r.from}`);
    }
    write(ctx.stdout, out.join('\n'));
    return EXIT.ok;
  },
};
