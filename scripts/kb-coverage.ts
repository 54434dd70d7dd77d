/**
 * Which names the dev articles repeat that the knowledge base does not know: capitalised word runs
 * (`Bernie Sanders`, `Bộ Y tế`: the first word may be a lower-case head) and abbreviations (`FBI`),
 * counted by the number of articles naming them, the KB's hits and misses listed. The basis for
 * sizing the KB to "the names in three or more dev articles" (issue 15); the names it lists still
 * need a person to say what each one is.
 *
 *   npx tsc -p . && node dist/scripts/kb-coverage.js [--data DIR] [--min 3] [--top 150]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/nlp/ner/kb/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const dataDir = resolve(root, opt('data', '../shared/data'));
const min = Number(opt('min', '3'));
const top = Number(opt('top', '150'));

const kb = loadKnowledgeBase();
const CAP = /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u;
const articles = new Map<string, Set<string>>(); // name → article ids
for (const line of readFileSync(join(dataDir, 'jsonl/dev-merged.articles.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as { id: string; title?: string; body: string };
  for (const sentence of `${a.title ?? ''}\n${a.body}`.split(/[\n.!?:;“”"()]+\s*/)) {
    const words = sentence.split(/[\s,]+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      if (!CAP.test(words[i]!) || (i === 0 && !/^\p{Lu}{2,}/u.test(words[i]!))) continue;
      let j = i;
      while (j + 1 < words.length && CAP.test(words[j + 1]!)) j++;
      const name = words.slice(i, j + 1).join(' ').replace(/[.'’]+$/, '');
      if (!articles.has(name)) articles.set(name, new Set());
      articles.get(name)!.add(a.id);
      i = j;
    }
  }
}
const rows = [...articles].filter(([, ids]) => ids.size >= min).sort((a, b) => b[1].size - a[1].size);
const known = rows.filter(([n]) => kb.candidates(n).length > 0);
const unknown = rows.filter(([n]) => kb.candidates(n).length === 0);
console.log(`${rows.length} capitalised runs in ${min}+ dev articles: ${known.length} known to the KB, ${unknown.length} not`);
console.log(`known, most frequent: ${known.slice(0, 40).map(([n, ids]) => `${n} (${ids.size})`).join(', ')}`);
console.log(`not known (the first ${top}):`);
for (const [n, ids] of unknown.slice(0, top)) console.log(`${ids.size}\t${n}\t${[...ids].slice(0, 3).join(' ')}`);
