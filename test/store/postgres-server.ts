/**
 * A real PostgreSQL for the tests: `initdb` into a temporary folder, `pg_ctl start` on a free
 * loopback port with its socket in /tmp, stopped when the test process ends (also on a failure).
 * initdb refuses to run as root: as root, the server runs as the `postgres` user (else `nobody`),
 * which owns the folder. Where no PostgreSQL is installed, `postgresServer()` gives undefined and
 * says so on stderr, so that the PostgreSQL tests are skipped visibly, never silently.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after } from 'node:test';

export interface PgServer {
  /** `postgres://toancanh@127.0.0.1:PORT/postgres` */
  url: string;
  /** Stops the server and removes its folder. */
  stop: () => void;
  /** The cluster's folder (its `postmaster.pid` names the server's process). */
  data: string;
}

/** The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin. */
function binDir(): string | undefined {
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  const onPath = which.status === 0 ? which.stdout.trim() : '';
  if (onPath) {
    // Debian's wrapper on PATH needs a cluster; the real programs live beside `postgres`
    const dir = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
    if (dir.status === 0 && existsSync(join(dir.stdout.trim(), 'initdb'))) return dir.stdout.trim();
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** The user the server runs as: ourselves, or (as root) `postgres`, else `nobody`. */
function runAs(): { uid: number; gid: number; name: string } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const g = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (r.status === 0 && g.status === 0) return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()), name };
  }
  throw new Error('running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as');
}

let started: Promise<PgServer | undefined> | undefined;

/**
 * The test process's PostgreSQL server, started on first call (call it at the top level of a test
 * file: it is stopped by an `after` hook there); undefined (with a message) where none is installed.
 */
export function postgresServer(): Promise<PgServer | undefined> {
  started ??= startPostgres().then((server) => {
    if (server) after(server.stop);
    return server;
  });
  return started;
}

export interface StartOptions {
  /**
   * A folder kept between runs (the benchmark's `BENCH_PG_KEEP`): its cluster is created on the
   * first run, started again on the next, and stopped cleanly, never removed.
   */
  keep?: string;
  /** More server settings (`-c name=value`), e.g. `shared_buffers=1GB`. */
  settings?: string[];
}

/** Starts a PostgreSQL server of its own (stopped by `stop()`, or when the process exits). */
export async function startPostgres(opts: StartOptions = {}): Promise<PgServer | undefined> {
  const bin = binDir();
  if (!bin) {
    process.stderr.write('\n# PostgreSQL is not installed (no initdb/pg_ctl): the PostgreSQL store tests are SKIPPED. apt-get install postgresql runs them.\n\n');
    return undefined;
  }
  const user = runAs();
  const dir = opts.keep ?? mkdtempSync('/tmp/toancanh-pg-');
  mkdirSync(dir, { recursive: true });
  const data = join(dir, 'data');
  if (user) chownSync(dir, user.uid, user.gid);
  const run = (cmd: string, args: string[]): void => {
    const argv = user ? ['runuser', ['-u', user.name, '--', join(bin, cmd), ...args]] as const : [join(bin, cmd), args] as const;
    const r = spawnSync(argv[0], [...argv[1]], { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  const stop = (): void => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      try {
        run('pg_ctl', ['-D', data, '-m', opts.keep ? 'fast' : 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  };
  // stopped when asked, and whenever the process exits (a failure, an exception)
  process.once('exit', stop);
  // a kept cluster left running by a killed run: stopped first
  if (existsSync(join(data, 'postmaster.pid'))) stop();
  if (!existsSync(join(data, 'PG_VERSION'))) run('initdb', ['-D', data, '-U', 'toancanh', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const settings = ['listen_addresses=127.0.0.1', 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off', ...(opts.settings ?? [])];
  const options = `-p ${port} -k ${dir} ${settings.map((x) => `-c ${x}`).join(' ')}`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  return { url: `postgres://toancanh@127.0.0.1:${port}/postgres`, stop, data };
}
