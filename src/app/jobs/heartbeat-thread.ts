/**
 * The thread of a job's heartbeat (started by heartbeat.ts): moves the job's expiry on at a steady
 * pace over a connection of its own, until told to stop. Being a thread, it beats while the main
 * thread is busy placing (the clusterer's end of run can hold it for many seconds on a loaded
 * machine); being in the process, it dies with it, so a killed worker's job expires as it should.
 */
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';

const { connection, schema, id, seconds, everyMs } = workerData as { connection: string; schema: string; id: string; seconds: number; everyMs: number };
const client = new pg.Client({ connectionString: connection, application_name: 'toancanh heartbeat' });
await client.connect();
// pg-boss 10 expires an active job when started_on + expire_in has passed: expire_in is moved on
const beat = async (): Promise<void> => {
  await client.query(`UPDATE ${schema}.job SET expire_in = (now() - started_on) + make_interval(secs => $2) WHERE name = 'place' AND id = $1 AND state = 'active'`, [id, seconds]);
};
await beat();
const timer = setInterval(() => void beat().catch(() => {}), everyMs);
parentPort!.once('message', () => {
  clearInterval(timer);
  void client.end().finally(() => parentPort!.postMessage('stopped'));
});
parentPort!.postMessage('started');
