import { withStore } from '../../app/open.js';
import { reprocess } from '../../app/reprocess.js';
import type { Command } from '../command.js';
import { flag, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { EXIT } from '../errors.js';
import { formatCount, Progress } from '../progress.js';
import { wordsFlag } from './ingest.js';
import { renderStoriesReport } from './stories.js';

export const reprocessCommand: Command = {
  name: 'reprocess',
  usage: 'toancanh reprocess [--stage NAME] [--all] [--db FILE]',
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
  --db FILE      database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, stage: { type: 'string' }, all: { type: 'boolean' }, words: { type: 'boolean' }, 'no-words': { type: 'boolean' }, 'no-entities': { type: 'boolean' }, 'no-times': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } },
  allowPositionals: false,
  async run(args, ctx) {
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
