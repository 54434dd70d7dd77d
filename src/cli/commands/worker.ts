import { shownTarget } from '../../app/open.js';
import type { Command } from '../command.js';
import { flag, int, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { EXIT } from '../errors.js';

export const workerCommand: Command = {
  name: 'worker',
  usage: 'toancanh worker --db postgres://… [--concurrency N] [--until-idle]',
  help: `Takes jobs from the queue in the PostgreSQL database (sent by \`toancanh ingest --queue\`):
ingest (inputs analysed and stored), reprocess, and place (articles placed in stories, one placement
at a time, once the ingest jobs sent before it are done). Run as many as you like, on any machine
that reaches the database. A worker that dies has its job retried by another within a minute
(the job's expiry, 45 s, and the queue's maintenance, every 10 s: TOANCANH_JOB_EXPIRE_SECONDS,
TOANCANH_JOB_MAINTENANCE_SECONDS; TOANCANH_JOB_POLL_SECONDS, 2 s, is how often an idle worker looks).
SIGTERM or Ctrl-C stops it after the jobs it is running.

Options:
  --db URL          the PostgreSQL database (default: $TOANCANH_DB)
  --concurrency N   ingest and reprocess jobs run at once in this process (default 1: analysis takes
                    the process's one thread; run more processes to use more cores)
  --until-idle      stop once no job is queued or running
  --quiet           no line per job

Examples:
  toancanh worker --db postgres://news@db.local/news
  toancanh worker --db postgres://news@db.local/news --until-idle`,
  options: {
    db: { type: 'string' },
    concurrency: { type: 'string' },
    'until-idle': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  allowPositionals: false,
  async run(args, ctx) {
    const target = dbTarget(ctx, str(args, 'db'));
    const concurrency = int(args, 'concurrency', 1, 1);
    const quiet = flag(args, 'quiet');
    const { queueSettings } = await import('../../app/jobs/queue.js');
    const { startWorker } = await import('../../app/jobs/worker.js');
    const settings = queueSettings(ctx.env);
    const worker = await startWorker(target, { concurrency, settings, ...(quiet ? {} : { log: (line: string) => write(ctx.stderr, `toancanh worker: ${line}`) }) });
    if (!quiet) write(ctx.stderr, `toancanh worker: taking jobs from ${shownTarget(target)} (pid ${process.pid}, ${concurrency} at a time); SIGTERM or Ctrl-C stops`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
      if (flag(args, 'until-idle')) {
        // idle twice in a row, a poll apart: a place job putting itself off is queued in between
        let idle = 0;
        const check = async (): Promise<void> => {
          idle = (await worker.unfinished()) === 0 ? idle + 1 : 0;
          if (idle >= 2) resolve();
          else setTimeout(() => void check().catch(resolve), settings.pollSeconds * 1000);
        };
        setTimeout(() => void check().catch(resolve), settings.pollSeconds * 1000);
      }
    });
    if (!quiet) write(ctx.stderr, 'toancanh worker: stopping after the jobs running');
    await worker.stop();
    return EXIT.ok;
  },
};
