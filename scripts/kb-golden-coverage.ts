/**
 * How much of the NER golden set (test/fixtures/ner/golden.jsonl) the knowledge base knows: the
 * share of gold mentions (PER, LOC, ORG, MISC; not ROLE) whose surface has a KB candidate at the
 * document's date, per part and type. Coverage only: the golden set has no links to say which
 * entity is right. Misses are listed for the tuned part only; the held-out part is reported as a
 * number, never listed, so that no entry is chosen by looking at it (test/fixtures/ner/README.md).
 *
 *   npx tsc -p . && node dist/scripts/kb-golden-coverage.js [--misses]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/nlp/ner/kb/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const kb = loadKnowledgeBase();
interface Doc {
  id: string;
  publishedAt?: string;
  part: string;
  entities: { type: string; text: string }[];
}
const docs = readFileSync(join(root, 'test/fixtures/ner/golden.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
const counts = new Map<string, { known: number; named: number; all: number }>();
const misses = new Map<string, number>();
const bump = (key: string, known: boolean, named: boolean): void => {
  const c = counts.get(key) ?? { known: 0, named: 0, all: 0 };
  c.all++;
  if (known) c.known++;
  if (named) c.named++;
  counts.set(key, c);
};
for (const d of docs) {
  for (const e of d.entities) {
    if (e.type === 'ROLE') continue;
    const found = kb.candidates(e.text, d.publishedAt ? { date: d.publishedAt } : {});
    const known = found.length > 0;
    const named = found.some((c) => c.alias.kind !== 'short'); // a call name alone (`Cường`) is weak
    for (const key of [`${d.part} all`, `${d.part} ${e.type}`]) bump(key, known, named);
    if (!known && d.part !== 'heldout') misses.set(`${e.type}\t${e.text}`, (misses.get(`${e.type}\t${e.text}`) ?? 0) + 1);
  }
}
console.log('part, type      any alias            without call names alone');
for (const [key, c] of [...counts].sort()) {
  console.log(`${key.padEnd(14)} ${`${c.known}/${c.all} = ${(c.known / c.all).toFixed(3)}`.padEnd(20)} ${c.named}/${c.all} = ${(c.named / c.all).toFixed(3)}`);
}
if (process.argv.includes('--misses')) {
  console.log('\nmisses in the tuned part (count, type, surface):');
  for (const [m, n] of [...misses].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${m}`);
}
