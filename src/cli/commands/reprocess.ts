import { Rejection } from '../../doc/stage.js';
import { defaultPipeline } from '../../pipeline.js';
import type { Command } from '../command.js';
import { flag, str } from '../command.js';
import { dbPath, openStore, write } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { formatCount, Progress } from '../progress.js';

export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: 're-run the pipeline on stored articles (from their kept raw input)',
  usage: 'toancanh reprocess [--stage NAME] [--all] [--db FILE]',
  help: `Re-annotates stored articles so that improvements to the pipeline reach articles ingested
earlier. By default only articles annotated by another pipeline version are re-run.

Options:
  --stage NAME   re-run from this stage on (earlier stages' results are kept when that is
                 sound; a stage that completes metadata restarts from the raw input)
  --all          re-run every article, even those already at the current version
  --words        the pipeline with word segmentation (see ingest --words)
  --db FILE      database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, stage: { type: 'string' }, all: { type: 'boolean' }, words: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } },
  allowPositionals: false,
  async run(args, ctx) {
    const pipeline = defaultPipeline({ words: flag(args, 'words') });
    const stage = str(args, 'stage') ?? pipeline.names[0]!;
    if (!pipeline.names.includes(stage)) {
      throw new CliError('E_BAD_STAGE', `no stage named "${stage}"; stages: ${pipeline.names.join(', ')}`);
    }
    const store = await openStore(dbPath(ctx, str(args, 'db')), 'write');
    const options = flag(args, 'all') || str(args, 'stage') ? {} : { notPipeline: pipeline.version };
    const total = await store.count(options);
    const progress = flag(args, 'quiet') ? undefined : new Progress(ctx.stderr, 'reprocess');
    let done = 0;
    const failed: string[] = [];
    try {
      // collect first: updating rows while paging over them by rowid is safe, but a snapshot is simpler to reason about
      const ids: string[] = [];
      for await (const batch of store.articles(options)) for (const a of batch) ids.push(a.id);
      for (let i = 0; i < ids.length; i += 500) {
        const docs = [];
        for (const id of ids.slice(i, i + 500)) {
          const a = await store.getArticle(id);
          if (!a) continue;
          try {
            docs.push(pipeline.rerun(a.doc, stage));
          } catch (e) {
            failed.push(`${id}: ${e instanceof Rejection ? e.message : (e as Error).message}`);
          }
        }
        await store.updateAnnotations(docs);
        done += docs.length;
        progress?.update({ done, total, detail: `${formatCount(done)}/${formatCount(total)} articles` });
      }
    } finally {
      progress?.done();
      await store.close();
    }
    write(ctx.stdout, `Reprocessed ${formatCount(done)} article${done === 1 ? '' : 's'} from stage "${stage}" with pipeline ${pipeline.version}.` +
      (failed.length ? `\n${failed.length} failed and were left as they were:\n  ${failed.slice(0, 20).join('\n  ')}` : ''));
    return failed.length ? EXIT.partial : EXIT.ok;
  },
};
