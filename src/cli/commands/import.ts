import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { importFile } from '../../app/move.js';
import { withStore } from '../../app/open.js';
import type { Command } from '../command.js';
import { oneOf, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { AppError, EXIT } from '../errors.js';

export const importCommand: Command = {
  name: 'import',
  usage: 'toancanh import FILE [--format text|json] [--db FILE|URL]',
  help: `Writes a full export (\`toancanh export --full\`) into an empty database, as it was: the
articles with their analyses, raw inputs, revisions and copies, the stories and the clusterer's
state, so that search gives the same results and placement goes on where it stopped. Moves a
SQLite file to PostgreSQL and back:

  toancanh export --full --out all.jsonl --db toancanh.db
  toancanh import all.jsonl --db postgres://toancanh@localhost/news

Options:
  --format text|json   the report as text (default) or JSON
  --db FILE|URL        database (default: $TOANCANH_DB or ./toancanh.db); it must hold no articles`,
  options: { db: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    if (args.positionals.length !== 1) throw new AppError('E_USAGE', 'give one FILE written by `toancanh export --full`');
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const path = resolve(ctx.cwd, args.positionals[0]!);
    if (!existsSync(path)) throw new AppError('E_PATH_NOT_FOUND', `no file at ${path}`);
    const r = await withStore(dbTarget(ctx, str(args, 'db')), 'write', (store) => importFile(store, path));
    if (format === 'json') write(ctx.stdout, JSON.stringify(r, null, 2));
    else {
      write(ctx.stdout, `Imported ${r.articles} articles (${r.revisions} earlier revisions, ${r.placements} placed in stories), ${r.stories} stories` +
        (r.clusterer ? ", and the clusterer's state." : '.'));
    }
    return EXIT.ok;
  },
};
