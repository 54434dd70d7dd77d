import { withStore } from '../../app/open.js';
import { optimizeSearch } from '../../app/optimize.js';
import type { Command } from '../command.js';
import { flag, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { EXIT } from '../errors.js';
import { formatCount, Progress } from '../progress.js';

export const optimizeCommand: Command = {
  name: 'optimize',
  usage: 'toancanh optimize [--full] [--quiet] [--db FILE|URL]',
  help: `Makes search faster on what is stored; no result changes. SQLite: merges the full-text index
into one segment and refreshes the planner's statistics. PostgreSQL: packs the posting lists of the
terms held by 1,000 articles or more into blocks, which search reads instead of one index entry per
article (at 100,000 articles a common word's search takes a few milliseconds instead of tens); the
first run builds them (about two minutes at 100,000 articles); after that, ingest and the queue's
place jobs extend them as articles come in, and later runs add what was written since or rebuild
them when due. Run it after a bulk load, and nightly; writers wait while it runs, readers do not.

Options:
  --full               PostgreSQL: make every block anew (also done by itself when needed)
  --quiet              no progress on standard error
  --db FILE|URL        database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, full: { type: 'boolean' }, quiet: { type: 'boolean' } },
  allowPositionals: false,
  async run(args, ctx) {
    const progress = flag(args, 'quiet') ? undefined : new Progress(ctx.stderr, 'optimize');
    const t0 = Date.now();
    try {
      const r = await withStore(dbTarget(ctx, str(args, 'db')), 'write', (store) => optimizeSearch(store, {
        full: flag(args, 'full'),
        ...(progress ? { progress: (done: number, of: number) => progress.update({ done, total: of, detail: `${formatCount(done)}/${formatCount(of)} terms` }) } : {}),
      }));
      progress?.done();
      write(ctx.stdout, `${r.summary} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } finally {
      progress?.done();
    }
    return EXIT.ok;
  },
};
