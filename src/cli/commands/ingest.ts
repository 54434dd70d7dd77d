import { checkIngest, ingestPaths, type IngestRequest, type IngestResult } from '../../app/ingest.js';
import { isPostgresTarget, shownTarget, withStore } from '../../app/open.js';
import type { Command, ParsedArgs } from '../command.js';
import { flag, int, oneOf, str } from '../command.js';
import { dbTarget, write, type Context } from '../context.js';
import { AppError, EXIT } from '../errors.js';
import { counted, formatCount, Progress } from '../progress.js';
import { renderStoriesReport } from './stories.js';

export const ingestCommand: Command = {
  name: 'ingest',
  usage: 'toancanh ingest PATH... [--db FILE|URL] [--queue] [--format text|json]',
  help: `PATH is a file or a folder (read recursively):
  NAME.txt         a plain-text article (UTF-8/16, or Windows-1258, TCVN3, VNI: detected);
                   NAME.meta.json beside it may give
                   {"title","url","publishedAt","source","author","credit","id"}
  NAME.html        a saved web page: the article and its metadata are extracted
  NAME.xml/.rss    an RSS or Atom feed: one article per item (summary-only items are kept
                   with their link, marked to be fetched later)
  NAME.jsonl       one article a line: {"id","title","body","url","publishedAt","source","author"}
  any of them .gz  read gzipped
The type is found from the content as well as the extension.

Options:
  --db FILE|URL        database (default: $TOANCANH_DB or ./toancanh.db), or postgres://USER@HOST:PORT/DB
  --queue              with a PostgreSQL --db: send the inputs as jobs (their bytes, never their
                       paths) to the queue in that database, then a job that places them in stories;
                       \`toancanh worker\` processes, on any machine, run them (\`toancanh jobs\` lists them)
  --per-job N          with --queue: inputs per job (default 200)
  --format text|json   the closing report as text (default) or JSON
  --batch N            articles per transaction (default 500)
  --max-article-mb N   largest text file taken as one article (default 10)
  --encoding NAME      decode text files as NAME (utf-8, windows-1258, tcvn3, vni, viscii, windows-1252) instead of detecting
  --no-stories         do not place the new articles in stories (run \`toancanh recluster\` later)
  --no-words           skip word segmentation and the entities over it (faster; stored articles then have
                       no word spans and no entities)
  --no-entities        skip named entities only (words kept)
  --no-times           skip time expressions (no dated events for story timelines)
  --quiet              no progress output

Ingesting again is safe: unchanged articles are left as they are, changed ones are updated
(the previous revision is kept). Exit code 3 when some inputs were rejected (they are listed).
Articles are placed in stories and saved 1,000 at a time ($TOANCANH_PLACE_BATCH): a run cut
short keeps what it saved, and the next ingest places the rest.

Examples:
  toancanh ingest ../shared/data/seeds
  toancanh ingest articles.jsonl more/ --db news.db`,
  options: {
    db: { type: 'string' },
    format: { type: 'string' },
    batch: { type: 'string' },
    'max-article-mb': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    words: { type: 'boolean' },
    'no-words': { type: 'boolean' },
    'no-entities': { type: 'boolean' },
    'no-times': { type: 'boolean' },
    encoding: { type: 'string' },
    'no-stories': { type: 'boolean' },
    queue: { type: 'boolean' },
    'per-job': { type: 'string' },
  },
  allowPositionals: true,
  async run(args, ctx) {
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const target = dbTarget(ctx, str(args, 'db'));
    if (flag(args, 'queue')) return enqueue(target, args, ctx, format);
    const result = await runIngest(target, args.positionals, ctx, args, {
      batchSize: int(args, 'batch', 500, 1),
      maxFileBytes: int(args, 'max-article-mb', 10, 1) * 1024 * 1024,
      words: wordsFlag(args),
      entities: !flag(args, 'no-entities'),
      times: !flag(args, 'no-times'),
      stories: !flag(args, 'no-stories'),
      ...(str(args, 'encoding') !== undefined ? { encoding: str(args, 'encoding')! } : {}),
    });
    if (format === 'json') write(ctx.stdout, JSON.stringify({ db: target, ...result }, null, 2));
    else write(ctx.stdout, renderReport(result, target));
    return result.rejected.length > 0 ? EXIT.partial : EXIT.ok;
  },
};

/** `ingest --queue`: the inputs sent as jobs; nothing analysed here. */
async function enqueue(target: string, args: ParsedArgs, ctx: Context, format: 'text' | 'json'): Promise<number> {
  if (!isPostgresTarget(target)) {
    throw new AppError('E_QUEUE_NEEDS_POSTGRES', `--queue needs a PostgreSQL database (--db postgres://…); ${target} is a SQLite file, which has no job queue`);
  }
  const encoding = str(args, 'encoding');
  checkIngest({ paths: args.positionals, ...(encoding !== undefined ? { encoding } : {}) });
  // loaded only here: pg-boss is no cost to a plain ingest
  const { JobQueue } = await import('../../app/jobs/queue.js');
  const { enqueueIngest } = await import('../../app/jobs/enqueue.js');
  const { queueSettings } = await import('../../app/jobs/queue.js');
  const queue = await JobQueue.open(target, { settings: queueSettings(ctx.env) });
  let report;
  try {
    report = await enqueueIngest(queue, {
      paths: args.positionals,
      maxFileBytes: int(args, 'max-article-mb', 10, 1) * 1024 * 1024,
      words: wordsFlag(args),
      entities: !flag(args, 'no-entities'),
      times: !flag(args, 'no-times'),
      place: !flag(args, 'no-stories'),
      perJob: int(args, 'per-job', 200, 1),
      now: Date.now(),
      ...(encoding !== undefined ? { encoding } : {}),
    });
  } finally {
    await queue.close({ graceful: false });
  }
  if (format === 'json') write(ctx.stdout, JSON.stringify({ db: shownTarget(target), ...report }, null, 2));
  else {
    const lines = [
      `Queued in ${shownTarget(target)} in ${report.seconds.toFixed(1)} s: ${formatCount(report.inputs)} inputs in ${counted(report.jobs, 'ingest job')}${flag(args, 'no-stories') ? '' : ', then a place job'}.`,
      'Run `toancanh worker --db URL` (any number, on any machine) to take them; `toancanh jobs --db URL` lists them.',
    ];
    if (report.rejected.length > 0) {
      lines.push('', 'Rejected (not queued):');
      for (const x of report.rejected.slice(0, 50)) lines.push(`  ${x.where}: ${x.reason}`);
      if (report.rejected.length > 50) lines.push(`  … and ${report.rejected.length - 50} more (use --format json for all)`);
    }
    if (report.warnings.length > 0) lines.push('', 'Warnings:', ...report.warnings.slice(0, 20).map((w) => `  ${w}`));
    write(ctx.stdout, lines.join('\n'));
  }
  return report.rejected.length > 0 ? EXIT.partial : EXIT.ok;
}

/** Words are segmented unless `--no-words` (`--words`, the default, is accepted). */
export function wordsFlag(args: ParsedArgs): boolean {
  if (flag(args, 'no-words') && flag(args, 'words')) throw new AppError('E_USAGE', '--words and --no-words contradict each other');
  return !flag(args, 'no-words');
}

/** Ingest with progress shown (a bar on a terminal, plain lines otherwise) unless --quiet. */
export async function runIngest(
  target: string,
  paths: string[],
  ctx: Context,
  args: ParsedArgs,
  options: Omit<IngestRequest, 'paths'> = {},
): Promise<IngestResult> {
  checkIngest({ paths, ...(options.encoding !== undefined ? { encoding: options.encoding } : {}) }); // before the database is created
  const quiet = flag(args, 'quiet');
  const progress = quiet ? undefined : new Progress(ctx.stderr, 'ingest');
  const placing = quiet ? undefined : new Progress(ctx.stderr, 'stories');
  const t0 = Date.now();
  try {
    const placeBatch = Number(ctx.env.TOANCANH_PLACE_BATCH);
    return await withStore(target, 'write', (store) => ingestPaths(store, {
      paths,
      ...options,
      ...(Number.isInteger(placeBatch) && placeBatch > 0 ? { placeBatch } : {}),
      onProgress: (p) => {
        const secs = Math.max(0.001, (Date.now() - t0) / 1000);
        progress?.update({
          done: p.bytesDone,
          total: p.bytesTotal,
          detail: `${formatCount(p.read)} read, ${formatCount(p.stored)} stored, ${formatCount(p.read / secs)}/s`,
        });
      },
      onPlaceWait: () => {
        progress?.done();
        if (!quiet) ctx.stderr.write('toancanh: another process is placing stories in this database; waiting for it to finish\n');
      },
      onPlaceProgress: (done, total) => {
        progress?.done();
        placing?.update({ done, total, detail: `${formatCount(done)}/${formatCount(total)} articles placed` });
      },
    }));
  } finally {
    progress?.done();
    placing?.done();
  }
}

export function renderReport(r: IngestResult, db: string): string {
  const rate = r.read >= 100 && r.seconds > 0 ? ` (${formatCount(r.read / r.seconds)} inputs/s)` : '';
  const lines = [
    `Ingested into ${db} in ${r.seconds.toFixed(1)} s${rate}:`,
    `  read          ${formatCount(r.read)}`,
    `  new           ${formatCount(r.new)}`,
    `  updated       ${formatCount(r.updated)}${r.updated ? '  (previous revisions kept)' : ''}`,
    `  unchanged     ${formatCount(r.unchanged)}`,
    `  exact copies  ${formatCount(r.copies)}${r.copies ? '  (stored, marked as copies of an earlier article)' : ''}`,
    `  rejected      ${formatCount(r.rejected.length)}`,
  ];
  if (r.otherLanguage.length > 0) {
    const shown = r.otherLanguage.slice(0, 5).map((o) => `${o.id} (${o.lang})`).join(', ');
    lines.push(`  not Vietnamese ${formatCount(r.otherLanguage.length)}  (stored, marked): ${shown}${r.otherLanguage.length > 5 ? ', …' : ''}`);
  }
  if (r.skipped.length > 0) lines.push(`  skipped       ${counted(r.skipped.length, 'file')} of no article type (e.g. ${r.skipped[0]})`);
  if (r.rejected.length > 0) {
    lines.push('', 'Rejected:');
    for (const x of r.rejected.slice(0, 50)) lines.push(`  ${x.where}: ${x.reason}`);
    if (r.rejected.length > 50) lines.push(`  … and ${r.rejected.length - 50} more (use --format json for all)`);
  }
  if (r.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const w of r.warnings.slice(0, 20)) lines.push(`  ${w}`);
    if (r.warnings.length > 20) lines.push(`  … and ${r.warnings.length - 20} more (use --format json for all)`);
  }
  if (r.stories) lines.push('', renderStoriesReport(r.stories));
  return lines.join('\n');
}
