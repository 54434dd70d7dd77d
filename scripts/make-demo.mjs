// Builds data/demo from ../shared/data: the two seed articles (with their sidecars) and the first
// complete ViMs clusters up to 300 articles, in the bulk-import format, with outlet and author from
// the ViMs originals. Run: node scripts/make-demo.mjs [DATA_DIR]
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const data = process.argv[2] ?? '../shared/data';
if (!existsSync(join(data, 'vims-dev'))) {
  console.error(`make-demo: ${data}/vims-dev not found; pass the data directory`);
  process.exit(1);
}
const out = 'data/demo';
mkdirSync(join(out, 'seeds'), { recursive: true });
for (const f of readdirSync(join(data, 'seeds'))) copyFileSync(join(data, 'seeds', f), join(out, 'seeds', f));

const records = new Map();
for (const line of readFileSync(join(data, 'jsonl/vims-dev.articles.jsonl'), 'utf8').split('\n')) {
  if (line.trim()) {
    const r = JSON.parse(line);
    records.set(r.id, r);
  }
}
const header = (text, key) => {
  const m = new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(text.split('\nContent:')[0]);
  return m && m[1].trim() ? m[1].trim() : undefined;
};
const lines = [];
for (const cluster of readdirSync(join(data, 'vims-dev')).sort()) {
  const dir = join(data, 'vims-dev', cluster, 'original');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort((a, b) => parseInt(a) - parseInt(b));
  if (lines.length + files.length > 300) break;
  for (const f of files) {
    const id = `${cluster}/${f.replace(/\.txt$/, '')}`;
    const r = records.get(id);
    if (!r) throw new Error(`no JSONL record for ${id}`);
    const raw = readFileSync(join(dir, f), 'utf8');
    const source = header(raw, 'Source');
    const author = header(raw, 'Author');
    lines.push(JSON.stringify({ ...r, ...(source ? { source } : {}), ...(author ? { author } : {}) }));
  }
}
writeFileSync(join(out, 'vims-sample.jsonl'), lines.join('\n') + '\n');
console.log(`make-demo: wrote ${lines.length} ViMs articles and the seeds to ${out}`);
