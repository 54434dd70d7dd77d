import { getArticle } from '../../app/articles.js';
import { deleteArticles } from '../../app/delete.js';
import { withStore } from '../../app/open.js';
import type { Command } from '../command.js';
import { flag, oneOf, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { AppError, EXIT } from '../errors.js';

export const deleteCommand: Command = {
  name: 'delete',
  usage: 'toancanh delete ID... [--yes] [--format text|json] [--db FILE]',
  help: `Deletes the articles with these ids, everything kept of them included (raw input, earlier
revisions, search entries, placement in a story). An exact copy of a deleted article becomes the
original in its place; a story left empty goes too. Without --yes, lists what would be deleted and
deletes nothing (exit code 2).

Options:
  --yes                delete (without it: a dry run)
  --format text|json   the report as text (default) or JSON
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, yes: { type: 'boolean', short: 'y' }, format: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    const ids = args.positionals;
    if (ids.length === 0) throw new AppError('E_USAGE', 'no ID given');
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const target = dbTarget(ctx, str(args, 'db'));
    if (!flag(args, 'yes')) {
      const found = await withStore(target, 'read', async (store) => {
        const lines: string[] = [];
        for (const id of ids) {
          try {
            const v = await getArticle(store, id);
            lines.push(`  ${id}  ${v.article.meta.title ?? '(untitled)'}${v.copies.length ? `  (its copy ${v.copies[0]} takes its place)` : ''}`);
          } catch (e) {
            if (!(e instanceof AppError) || e.code !== 'E_NOT_FOUND') throw e;
            lines.push(`  ${id}  (no such article)`);
          }
        }
        return lines;
      });
      write(ctx.stderr, `Would delete:\n${found.join('\n')}`);
      throw new AppError('E_CONFIRM', `${ids.length} id${ids.length === 1 ? '' : 's'} given without --yes`);
    }
    const r = await withStore(target, 'write', (store) => deleteArticles(store, ids));
    if (format === 'json') write(ctx.stdout, JSON.stringify(r, null, 2));
    else {
      write(ctx.stdout, `Deleted ${r.deleted.length} article${r.deleted.length === 1 ? '' : 's'}` +
        (r.promoted.length ? `; ${r.promoted.join(', ')} became the original of ${r.promoted.length === 1 ? 'its' : 'their'} copies` : '') +
        (r.stories.length ? `; ${r.stories.length} ${r.stories.length === 1 ? 'story' : 'stories'} updated` : '') + '.' +
        (r.missing.length ? `\nNo article with id: ${r.missing.join(', ')}` : ''));
    }
    return r.missing.length > 0 ? EXIT.notFound : EXIT.ok;
  },
};
