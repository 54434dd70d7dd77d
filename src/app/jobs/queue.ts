/**
 * The job queue, kept in PostgreSQL beside the store by pg-boss 10 (maintained; 11 and later need
 * Node 22): its tables in a schema of their own, the three queues (`ingest`, `reprocess`, `place`)
 * and their settings, sending jobs and listing them. A worker that dies (SIGKILL, a lost machine)
 * leaves its job active; pg-boss's maintenance fails it once it is older than the job's expiry and
 * retries it: with the defaults below (45 s, maintenance every 10 s), within 55 s.
 */
import PgBoss from 'pg-boss';
import { AppError } from '../errors.js';
import { isPostgresTarget, shownTarget } from '../open.js';

export const JOB_KINDS = ['ingest', 'reprocess', 'place'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface QueueSettings {
  /** A job active for longer than this is taken for dead, failed and retried (default 45 s). */
  expireSeconds: number;
  /** How often one of the processes runs pg-boss's maintenance, which expires jobs (default 10 s). */
  maintenanceSeconds: number;
  /** How often an idle worker looks for a job (default 2 s); a place job waiting for its batch looks again after as long. */
  pollSeconds: number;
  /** Tries after the first, for a failed or expired job (default 5). */
  retryLimit: number;
}

export const DEFAULT_SETTINGS: QueueSettings = { expireSeconds: 45, maintenanceSeconds: 10, pollSeconds: 2, retryLimit: 5 };

/**
 * The settings, from the environment where it sets them (`TOANCANH_JOB_EXPIRE_SECONDS`,
 * `TOANCANH_JOB_MAINTENANCE_SECONDS`, `TOANCANH_JOB_POLL_SECONDS`, `TOANCANH_JOB_RETRY_LIMIT`):
 * the tests use short ones.
 */
export function queueSettings(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const read = (name: string, fallback: number, min: number): number => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new AppError('E_USAGE', `${name} must be a number ≥ ${min}, got "${v}"`);
    return n;
  };
  return {
    expireSeconds: Math.round(read('TOANCANH_JOB_EXPIRE_SECONDS', DEFAULT_SETTINGS.expireSeconds, 1)),
    maintenanceSeconds: Math.round(read('TOANCANH_JOB_MAINTENANCE_SECONDS', DEFAULT_SETTINGS.maintenanceSeconds, 1)),
    pollSeconds: read('TOANCANH_JOB_POLL_SECONDS', DEFAULT_SETTINGS.pollSeconds, 0.5),
    retryLimit: Math.round(read('TOANCANH_JOB_RETRY_LIMIT', DEFAULT_SETTINGS.retryLimit, 0)),
  };
}

export interface JobRow {
  id: string;
  kind: JobKind;
  state: JobState;
  retries: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  /** For a failed job, its error; for a completed one, what it reported. */
  output: Record<string, unknown> | null;
}

/** The error a failed job's output holds (a thrown error, or pg-boss's expiry). */
export function jobError(output: Record<string, unknown> | null): string | undefined {
  if (!output) return undefined;
  if (typeof output.message === 'string') return output.message;
  const value = output.value as { message?: unknown } | undefined;
  return typeof value?.message === 'string' ? value.message : undefined;
}

/** The queue's schema: `pgboss`, or `NAME_jobs` beside a store in `?schema=NAME`. */
function bossSchema(url: URL): string {
  const schema = url.searchParams.get('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new AppError('E_DB_UNSUPPORTED', `not a schema name: ${JSON.stringify(schema)}`);
  return schema ? `${schema}_jobs` : 'pgboss';
}

export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    /** The database's URL (without `schema`): for the connection of a heartbeat. */
    readonly connection: string,
    readonly schema: string,
    readonly settings: QueueSettings,
  ) {}

  /**
   * Connects to the queue of the store at `target` (a postgres:// URL; a SQLite file has no
   * queue), creating its tables and queues when missing. `supervise`: this process takes its
   * turn at maintenance (workers do; a process that only sends or lists need not).
   */
  static async open(target: string, options: { settings?: QueueSettings; supervise?: boolean } = {}): Promise<JobQueue> {
    if (!isPostgresTarget(target)) {
      throw new AppError('E_QUEUE_NEEDS_POSTGRES', `${shownTarget(target)} is not a PostgreSQL database: the job queue needs --db postgres://…`);
    }
    const settings = options.settings ?? queueSettings();
    const url = new URL(target);
    const schema = bossSchema(url);
    url.searchParams.delete('schema');
    const boss = new PgBoss({
      connectionString: url.toString(),
      schema,
      max: 4,
      supervise: options.supervise ?? false,
      schedule: false,
      maintenanceIntervalSeconds: settings.maintenanceSeconds,
      expireInSeconds: settings.expireSeconds,
      retryLimit: settings.retryLimit,
    });
    const errors: Error[] = [];
    boss.on('error', (e) => errors.push(e)); // maintenance errors: retried at its next turn
    try {
      await boss.start();
      for (const kind of JOB_KINDS) {
        if (await boss.getQueue(kind)) continue;
        try {
          // one placement at a time: pg-boss activates one `place` job at once (the store's lease guards it too)
          await boss.createQueue(kind, {
            name: kind,
            policy: kind === 'place' ? 'singleton' : 'standard',
            expireInSeconds: settings.expireSeconds,
            retryLimit: settings.retryLimit,
            retryDelay: 1,
          });
        } catch (e) {
          if (!(await boss.getQueue(kind))) throw e; // else another process created it meanwhile
        }
      }
    } catch (e) {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      if (e instanceof AppError) throw e;
      throw new AppError('E_DB_OPEN', `cannot open the job queue at ${shownTarget(target)}: ${(e as Error).message}`);
    }
    return new JobQueue(boss, url.toString(), schema, settings);
  }

  /** Runs SQL on pg-boss's connection; `$SCHEMA` stands for the queue's schema (a checked identifier). */
  async sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    const r = await this.boss.getDb().executeSql(text.replaceAll('$SCHEMA', this.schema), values);
    return r.rows as T[];
  }

  async send(kind: JobKind, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
    return this.boss.send(kind, data, options);
  }

  /** Many jobs of one kind in one statement. */
  async insert(kind: JobKind, data: object[]): Promise<void> {
    if (data.length > 0) await this.boss.insert(data.map((d) => ({ name: kind, data: d })));
  }

  /** Jobs by kind and state (`created` and `retry` are both queued). */
  async counts(): Promise<{ kind: JobKind; state: JobState; jobs: number }[]> {
    return this.sql<{ kind: JobKind; state: JobState; jobs: number }>(
      `SELECT name AS kind, state::text AS state, count(*)::int AS jobs FROM $SCHEMA.job WHERE name = ANY($1) GROUP BY 1, 2 ORDER BY 1, 2`, [[...JOB_KINDS]]);
  }

  /** Jobs queued (created, retry) or active, of every kind. */
  async unfinished(): Promise<number> {
    const [row] = await this.sql<{ n: number }>(`SELECT count(*)::int AS n FROM $SCHEMA.job WHERE name = ANY($1) AND state < 'completed'`, [[...JOB_KINDS]]);
    return row?.n ?? 0;
  }

  /** Jobs in these states, oldest first (failed ones from the archive too), at most `limit`. */
  async list(states: JobState[], limit = 100): Promise<JobRow[]> {
    const rows = await this.sql<{ id: string; kind: JobKind; state: JobState; retries: number; created_on: Date; started_on: Date | null; completed_on: Date | null; output: Record<string, unknown> | null }>(
      `SELECT id, name AS kind, state::text AS state, retry_count AS retries, created_on, started_on, completed_on, output
         FROM (SELECT id, name, state, retry_count, created_on, started_on, completed_on, output FROM $SCHEMA.job
               UNION ALL
               SELECT id, name, state, retry_count, created_on, started_on, completed_on, output FROM $SCHEMA.archive WHERE state = 'failed') j
        WHERE name = ANY($1) AND state::text = ANY($2)
        ORDER BY created_on, id LIMIT $3`, [[...JOB_KINDS], states, limit]);
    return rows.map((r) => ({ id: r.id, kind: r.kind, state: r.state, retries: r.retries, createdOn: r.created_on, startedOn: r.started_on, completedOn: r.completed_on, output: r.output }));
  }

  /** Stops: with `graceful`, after the jobs this process is running (up to `timeoutMs`). */
  async close(options: { graceful?: boolean; timeoutMs?: number } = {}): Promise<void> {
    await this.boss.stop({ graceful: options.graceful ?? true, wait: true, timeout: options.timeoutMs ?? 30_000 });
  }
}
