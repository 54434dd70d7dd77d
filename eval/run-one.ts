/** Runs one evaluation by name: `node dist/eval/run-one.js html-body [dataDir]`. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Evaluation } from './types.js';

const name = process.argv[2] ?? 'html-body';
const dataDir = resolve(process.argv[3] ?? '../shared/data');
const mod = (await import(`./${name}.js`)) as { evaluation: Evaluation };
const missing = mod.evaluation.requires.filter((r) => !existsSync(resolve(dataDir, r)));
if (missing.length > 0) {
  console.log(`${name}: skipped, missing under ${dataDir}: ${missing.join(', ')}`);
  process.exit(0);
}
const t0 = performance.now();
const result = await mod.evaluation.run(dataDir);
for (const [k, v] of Object.entries(result.metrics)) {
  const floor = result.floors?.[k];
  console.log(`${name} ${k.padEnd(32)} ${v.toFixed(4)}${floor !== undefined ? `  (floor ${floor})` : ''}`);
}
for (const line of result.notes ?? []) console.log(line);
console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
