import type { JobRow, JobState } from '../../app/jobs/queue.js';
import { shownTarget } from '../../app/open.js';
import type { Command } from '../command.js';
import { int, oneOf, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { EXIT } from '../errors.js';

const SHOWN = ['queued', 'active', 'failed', 'completed'] as const;
const STATES: Record<(typeof SHOWN)[number], JobState[]> = { queued: ['created', 'retry'], active: ['active'], failed: ['failed'], completed: ['completed'] };

export const jobsCommand: Command = {
  name: 'jobs',
  usage: 'toancanh jobs --db postgres://… [--state queued|active|failed|completed] [--format text|json]',
  help: `The jobs of the queue in the PostgreSQL database: how many of each kind (ingest, reprocess,
place) are queued, running, failed and done; then the failed ones with their errors (or, with
--state, the jobs in that state).

Options:
  --db URL                   the PostgreSQL database (default: $TOANCANH_DB)
  --state STATE              list the jobs queued, active, failed (the default) or completed
  --limit N                  jobs listed at most (default 50)
  --format text|json`,
  options: {
    db: { type: 'string' },
    state: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  },
  allowPositionals: false,
  async run(args, ctx) {
    const target = dbTarget(ctx, str(args, 'db'));
    const state = oneOf(args, 'state', SHOWN, 'failed');
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const limit = int(args, 'limit', 50, 1);
    const { JobQueue, jobError, queueSettings } = await import('../../app/jobs/queue.js');
    const queue = await JobQueue.open(target, { settings: queueSettings(ctx.env) });
    try {
      const counts = await queue.counts();
      const jobs = await queue.list(STATES[state], limit);
      if (format === 'json') {
        write(ctx.stdout, JSON.stringify({ db: shownTarget(target), counts, [state]: jobs.map((j) => ({ ...j, error: j.state === 'failed' ? jobError(j.output) : undefined })) }, null, 2));
        return EXIT.ok;
      }
      const by = (kind: string, states: JobState[]): number => counts.filter((c) => c.kind === kind && states.includes(c.state)).reduce((n, c) => n + c.jobs, 0);
      const lines = [`Jobs in ${shownTarget(target)}:`, `  ${'kind'.padEnd(10)} ${'queued'.padStart(8)} ${'active'.padStart(8)} ${'failed'.padStart(8)} ${'completed'.padStart(10)}`];
      for (const kind of ['ingest', 'reprocess', 'place']) {
        lines.push(`  ${kind.padEnd(10)} ${String(by(kind, STATES.queued)).padStart(8)} ${String(by(kind, STATES.active)).padStart(8)} ${String(by(kind, STATES.failed)).padStart(8)} ${String(by(kind, STATES.completed)).padStart(10)}`);
      }
      lines.push('', jobs.length === 0 ? `No ${state} jobs.` : `${state[0]!.toUpperCase()}${state.slice(1)} jobs (oldest first${jobs.length === limit ? `, the first ${limit}` : ''}):`);
      for (const j of jobs) lines.push(renderJob(j, jobError));
      write(ctx.stdout, lines.join('\n'));
      return EXIT.ok;
    } finally {
      await queue.close({ graceful: false });
    }
  },
};

function renderJob(j: JobRow, jobError: (o: JobRow['output']) => string | undefined): string {
  const when = (j.completedOn ?? j.startedOn ?? j.createdOn).toISOString();
  const head = `  ${j.kind.padEnd(9)} ${j.id}  ${j.state}  ${when}${j.retries ? `  (${j.retries} ${j.retries === 1 ? 'retry' : 'retries'})` : ''}`;
  const error = j.state === 'failed' ? jobError(j.output) : undefined;
  return error ? `${head}\n    error: ${error}` : head;
}
