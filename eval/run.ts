/**
 * `npm run eval`: runs every evaluation whose data is present, prints scores against their pinned
 * floors, and says which evaluations it skipped and why. Exits 1 if a score falls below its floor.
 * Run one: `npm run eval -- NAME`.
 */
import { dataDir, missing } from './data.js';
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
  for (const [k, v] of Object.entries(r.metrics)) {
    const floor = r.floors?.[k];
    const ok = floor === undefined || v >= floor;
    if (!ok) failed++;
    const shown = Number.isInteger(v) ? String(v) : v.toFixed(4);
    console.log(`  ${k.padEnd(42)} ${shown.padStart(10)}${floor !== undefined ? `   floor ${floor}  ${ok ? 'ok' : 'BELOW FLOOR'}` : ''}`);
  }
  for (const n of r.notes ?? []) console.log(`  ${n}`);
  console.log('');
}
for (const s of skipped) console.log(s);
if (ran === 0) console.log(`No evaluation ran: the data directory ${dir} is absent or incomplete (set TOANCANH_DATA).`);
if (failed > 0) {
  console.log(`\n${failed} score(s) below their floor.`);
  process.exit(1);
}
