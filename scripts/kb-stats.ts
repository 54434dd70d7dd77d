/**
 * Prints the knowledge base's counts (docs/KB.md): entities by type and by source, aliases (written
 * and generated), index keys, and the entries marked for a second pass.
 *
 *   npx tsc -p . && node dist/scripts/kb-stats.js [--extra FILE...]
 */
import { readKnowledgeBase } from '../src/nlp/ner/kb/index.js';

const args = process.argv.slice(2);
const extra = args[0] === '--extra' ? args.slice(1) : [];
const started = process.cpuUsage();
const kb = readKnowledgeBase({ extra });
const cpu = process.cpuUsage(started);
const stats = kb.stats();
const kinds: Record<string, number> = {};
let notes = 0;
for (const e of kb.entries()) {
  if (e.note) notes++;
  for (const a of kb.aliases(e.id)) kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
}
console.log(JSON.stringify({ ...stats, aliasesByKind: kinds, toCheck: notes, loadCpuMs: Math.round((cpu.user + cpu.system) / 1000) }, null, 2));
