import { isPostgresTarget, shownTarget, withStore } from '../../app/open.js';
import { reprocess } from '../../app/reprocess.js';
import type { Command, ParsedArgs } from '../command.js';
import { flag, int, str } from '../command.js';
import { dbTarget, write, type Context } from '../context.js';
import { AppError, EXIT } from '../errors.js';
import { counted, formatCount, Progress } from '../progress.js';
import { wordsFlag } from './ingest.js';
import { renderStoriesReport } from './stories.js';

export const reprocessCommand: Command = {
  name: 'reprocess',
  usage: 'toancanh reprocess [--stage NAME] [--all] [--db FILE|URL] [--queue]',
  help: `Re-annotates stored articles so that improvements to the pipeline reach articles ingested
earlier. By default only articles annotated by another pipeline version are re-run. Articles whose
text or publication date changed leave their story and are placed again.

Options:
  --stage NAME   re-run from this stage on (read, clean, meta, sentences, times, words, entities,
                 language); earlier stages' results are kept when they are current, else
                 the re-run starts at the first that is not
  --all          re-run every article, even those already at the current version
  --no-words     the pipeline without word segmentation nor entities (see ingest --no-words)
  --no-entities  the pipeline without named entities
  --no-times     the pipeline without time expressions
  --db FILE|URL  database (default: $TOANCANH_DB or ./toancanh.db), or postgres://USER@HOST:PORT/DB
  --queue        with a PostgreSQL --db: send the articles' ids as jobs to the queue in that
                 database (--per-job N ids a job, default 500), then a job that places those whose
                 text or date changed; \`toancanh worker\` processes run them`,
  options: { db: { type: 'string' }, stage: { type: 'string' }, all: { type: 'boolean' }, words: { type: 'boolean' }, 'no-words': { type: 'boolean' }, 'no-entities': { type: 'boolean' }, 'no-times': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' },
    queue: { type: 'boolean' }, 'per-job': { type: 'string' } },
  allowPositionals: false,
  async run(args, ctx) {
    if (flag(args, 'queue')) return enqueue(dbTarget(ctx, str(args, 'db')), args, ctx);
    const progress = flag(args, 'quiet') ? undefined : new Progress(ctx.stderr, 'reprocess');
    let r;
    try {
      r = await withStore(dbTarget(ctx, str(args, 'db')), 'write', (store) => reprocess(store, {
        ...(str(args, 'stage') !== undefined ? { stage: str(args, 'stage')! } : {}),
        all: flag(args, 'all'),
        words: wordsFlag(args),
        entities: !flag(args, 'no-entities'),
        times: !flag(args, 'no-times'),
        onProgress: (done, total) => progress?.update({ done, total, detail: `${formatCount(done)}/${formatCount(total)} articles` }),
      }));
    } finally {
      progress?.done();
    }
    const n = r.reprocessed;
    write(ctx.stdout, `Reprocessed ${formatCount(n)} article${n === 1 ? '' : 's'} from stage "${r.stage}" with pipeline ${r.pipeline}` +
      (r.changed ? `; ${formatCount(r.changed)} changed text or date and were placed in stories again.` : '.') +
      (r.failed.length ? `\n${r.failed.length} failed and were left as they were:\n  ${r.failed.slice(0, 20).join('\n  ')}` : '') +
      (r.stories.placed ? `\n${renderStoriesReport(r.stories)}` : ''));
    return r.failed.length ? EXIT.partial : EXIT.ok;
  },
};

/** `reprocess --queue`: the ids sent as `reprocess` jobs, then a `place` job; nothing analysed here. */
async function enqueue(target: string, args: ParsedArgs, ctx: Context): Promise<number> {
  if (!isPostgresTarget(target)) {
    throw new AppError('E_QUEUE_NEEDS_POSTGRES', `--queue needs a PostgreSQL database (--db postgres://…); ${target} is a SQLite file, which has no job queue`);
  }
  // loaded only here: pg-boss is no cost to a plain reprocess
  const { JobQueue, queueSettings } = await import('../../app/jobs/queue.js');
  const { enqueueReprocess } = await import('../../app/jobs/enqueue.js');
  const queue = await JobQueue.open(target, { settings: queueSettings(ctx.env) });
  let r;
  try {
    r = await withStore(target, 'read', (store) => enqueueReprocess(queue, store, {
      ...(str(args, 'stage') !== undefined ? { stage: str(args, 'stage')! } : {}),
      all: flag(args, 'all'),
      words: wordsFlag(args),
      entities: !flag(args, 'no-entities'),
      times: !flag(args, 'no-times'),
      perJob: int(args, 'per-job', 500, 1),
      now: Date.now(),
    }));
  } finally {
    await queue.close({ graceful: false });
  }
  write(ctx.stdout, [
    `Queued in ${shownTarget(target)}: ${formatCount(r.articles)} article${r.articles === 1 ? '' : 's'} to reprocess in ${counted(r.jobs, 'reprocess job')}, then a place job.`,
    'Run `toancanh worker --db URL` (any number, on any machine) to take them; `toancanh jobs --db URL` lists them.',
  ].join('\n'));
  return EXIT.ok;
}
