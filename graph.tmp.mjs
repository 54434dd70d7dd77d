import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
const seen = new Map();
function walk(f) {
  if (seen.has(f)) return; const src = readFileSync(f, 'utf8'); seen.set(f, src.length);
  for (const m of src.matchAll(/^import\s+(?!type)[^'"]*['"]([^'"]+)['"]/gm)) {
    const s = m[1]; if (s.startsWith('.')) walk(resolve(dirname(f), s)); else seen.set('pkg:' + s, 0);
  }
}
walk(resolve(process.argv[2]));
for (const [k, v] of seen) console.log(v, k.replace('/work/main/dist/', ''));
