/**
 * `npm run eval`: runs every evaluation whose data is present, prints scores against their pinned
 * floors, and says which evaluations it skipped and why. Exits 1 if a score falls below its floor, or
 * if a floor has no metric of its name (eval/gate.ts).
 * Run one: `npm run eval -- NAME`.
 */
import { dataDir, missing } from './data.js';
import { checkFloors } from './gate.js';
import { EVALUATIONS } from './registry.js';

const only = process.argv.slice(2);
const dir = dataDir();
let failed = 0;
let ran = 0;
const skipped: string[] = [];
console.log(`toancanh evaluation, data from ${dir}\n`);
for (const e of EVALUATIONS) {
  if (only.length > 0 && !only.includes(e.name)) continue;
  const absent = missing(dir, e.requires);
  if (absent.length > 0) {
    skipped.push(`${e.name}: skipped, data absent (${absent.join(', ')})`);
    continue;
  }
  const t0 = Date.now();
  const r = await e.run(dir);
  ran++;
  console.log(`## ${e.name}: ${e.description} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const gate = checkFloors(r.metrics, r.floors);
  failed += gate.failures.length;
  for (const line of gate.lines) console.log(`  ${line}`);
  for (const n of r.notes ?? []) console.log(`  ${n}`);
  console.log('');
}
for (const s of skipped) console.log(s);
if (ran === 0) console.log(`No evaluation ran: the data directory ${dir} is absent or incomplete (set TOANCANH_DATA).`);
if (failed > 0) {
  console.log(`\n${failed} floor(s) failed: a score below its floor, or a floor without its metric.`);
  process.exit(1);
}
