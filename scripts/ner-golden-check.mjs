// Checks golden-set annotation files (test/fixtures/ner/GUIDELINE.md, section 2); exits 1 on any problem.
// Usage: node scripts/ner-golden-check.mjs [--all] FILE...   (--all: every document of documents.jsonl must be there)
import { checkFile } from './ner-golden-lib.mjs';

const args = process.argv.slice(2);
const all = args.includes('--all');
const files = args.filter((a) => a !== '--all');
if (files.length === 0) {
  console.error('usage: node scripts/ner-golden-check.mjs [--all] FILE...');
  process.exit(2);
}
let bad = 0;
for (const f of files) {
  const { docs, problems } = await checkFile(f, { all });
  for (const p of problems) console.error(`${f}: ${p}`);
  bad += problems.length;
  const n = docs.reduce((s, d) => s + (d.entities?.length ?? 0), 0);
  console.log(`${f}: ${docs.length} documents, ${n} entities, ${problems.length} problem(s)`);
}
process.exit(bad > 0 ? 1 : 0);
