/**
 * An optional stage timer, for finding what ingest spends its time on: with
 * `TOANCANH_STAGE_TIMES=1`, every pipeline (in the main thread and in each worker) adds the time
 * each stage took, and the number of articles it ran on, to counters shared by all threads (a
 * SharedArrayBuffer the pool hands its workers); the process prints the totals to stderr when it
 * exits. The time is the thread's CPU time where Linux tells it (`/proc/thread-self/schedstat`, in
 * nanoseconds, about 20 µs a read: two reads per stage and batch), so that other processes on a
 * loaded machine do not count; elsewhere the wall clock while the stage ran (`performance.now`),
 * which counts whatever the operating system took from the thread meanwhile. Off, nothing is counted.
 */
import { readFileSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';

/** The stages counted, in their slots (the registry's names, spec.ts); any other counts as `other`. */
const NAMES = ['read', 'clean', 'meta', 'sentences', 'times', 'words', 'entities', 'language', 'other'];

export const STAGE_TIMES_ON = process.env.TOANCANH_STAGE_TIMES === '1';

const SCHEDSTAT = '/proc/thread-self/schedstat';
/** The thread's CPU time in milliseconds (its first field is nanoseconds on the CPU), or undefined where there is none. */
function threadCpuMs(): number | undefined {
  try {
    const ns = Number(readFileSync(SCHEDSTAT, 'latin1').split(' ', 1)[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}
const CPU_CLOCK = STAGE_TIMES_ON && threadCpuMs() !== undefined;

/** Milliseconds on the stage timer's clock: the thread's CPU time where there is one, else the wall clock. */
export function stageClock(): number {
  return CPU_CLOCK ? threadCpuMs()! : performance.now();
}

/** Per slot: nanoseconds, then articles. */
let counters: BigInt64Array | undefined;
if (STAGE_TIMES_ON) {
  const given = isMainThread ? undefined : (workerData as { stageTimes?: SharedArrayBuffer } | undefined)?.stageTimes;
  counters = new BigInt64Array(given ?? new SharedArrayBuffer(NAMES.length * 2 * 8));
  if (isMainThread) process.on('exit', () => process.stderr.write(stageTimesReport()));
}

/** The shared counters, for the pool to hand its workers (undefined when the timer is off). */
export function stageTimesBuffer(): SharedArrayBuffer | undefined {
  return counters?.buffer as SharedArrayBuffer | undefined;
}

/** Adds one stage's run over `articles` articles that took `ms` milliseconds. */
export function addStageTime(name: string, ms: number, articles: number): void {
  if (!counters) return;
  let slot = NAMES.indexOf(name);
  if (slot === -1) slot = NAMES.length - 1;
  Atomics.add(counters, 2 * slot, BigInt(Math.round(ms * 1e6)));
  Atomics.add(counters, 2 * slot + 1, BigInt(articles));
}

/** The totals so far, one line per stage that ran. */
export function stageTimesReport(): string {
  if (!counters) return '';
  const lines = [`stage times (ms, summed over threads; ${CPU_CLOCK ? 'CPU time of the thread' : 'wall clock while the stage ran'}):`];
  let total = 0;
  NAMES.forEach((name, slot) => {
    const ms = Number(Atomics.load(counters!, 2 * slot)) / 1e6;
    const n = Number(Atomics.load(counters!, 2 * slot + 1));
    if (n === 0) return;
    total += ms;
    lines.push(`  ${name.padEnd(10)} ${ms.toFixed(1).padStart(9)} ms  ${n} articles  ${((ms / n) * 1000).toFixed(1)} µs/article`);
  });
  lines.push(`  ${'all'.padEnd(10)} ${total.toFixed(1).padStart(9)} ms`);
  return `${lines.join('\n')}\n`;
}
