// Builds golden.jsonl (pass1) or golden-pass2.jsonl (pass2) from the ordered entity lists in
// test/fixtures/ner/ann/<pass>/<id, / as _>.txt (GUIDELINE.md, section 2), checks it, and stops loudly
// on the first surface it cannot place.
// Usage: node scripts/ner-golden-build.mjs pass1|pass2
//        node scripts/ner-golden-build.mjs --show ID [pass1]   the document with its entities in brackets
//                                                       and the capitalised words no entity covers
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, TYPES, readDocuments, loadChecker } from './ner-golden-lib.mjs';

const OUT = { pass1: 'golden.jsonl', pass2: 'golden-pass2.jsonl' };
const fileOf = (pass, id) => join(GOLDEN_DIR, 'ann', pass, `${id.replaceAll('/', '_')}.txt`);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Places the listed surfaces in order; throws with the line number when one cannot be found. */
export function place(doc, listText, label) {
  const entities = [];
  let cursor = 0;
  listText.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const m = /^([A-Z]+)\t(.+)$/.exec(line.replace(/\s+$/, ''));
    if (!m || !(TYPES.includes(m[1]) || m[1] === 'SKIP')) throw new Error(`${label}:${i + 1}: expected TYPE<TAB>surface, got ${JSON.stringify(line)}`);
    const [, type, surface] = m;
    const from = cursor;
    let at = -1;
    for (let k = doc.text.indexOf(surface, from); k >= 0; k = doc.text.indexOf(surface, k + 1)) {
      if (!isWordChar(doc.text[k - 1]) && !isWordChar(doc.text[k + surface.length])) {
        at = k;
        break;
      }
    }
    if (at < 0) throw new Error(`${label}:${i + 1}: ${JSON.stringify(surface)} not found after offset ${from} (…${JSON.stringify(doc.text.slice(Math.max(0, from - 40), from + 40))}…)`);
    if (type === 'ROLE') {
      entities.push({ start: at, end: at + surface.length, type, text: surface });
      cursor = at; // what the role holds is listed after it
    } else {
      if (type !== 'SKIP') entities.push({ start: at, end: at + surface.length, type, text: surface });
      cursor = at + surface.length;
    }
  });
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  return entities;
}

async function build(pass) {
  const problems = await loadChecker();
  const docs = readDocuments().filter((d) => pass === 'pass1' || d.secondPass);
  const out = [];
  const missing = [];
  for (const d of docs) {
    const f = fileOf(pass, d.id);
    if (!existsSync(f)) {
      missing.push(d.id);
      continue;
    }
    const entities = place(d, readFileSync(f, 'utf8'), f);
    const rec = { id: d.id, publishedAt: d.publishedAt, part: d.part, text: d.text, entities };
    const p = problems(rec, d);
    if (p.length > 0) throw new Error(p.join('\n'));
    out.push(rec);
  }
  writeFileSync(join(GOLDEN_DIR, OUT[pass]), out.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const n = out.reduce((s, r) => s + r.entities.filter((e) => e.type !== 'ROLE').length, 0);
  console.log(`${OUT[pass]}: ${out.length} documents, ${n} entities (ROLE aside)${missing.length ? `; not yet annotated: ${missing.length} (${missing.join(', ')})` : ''}`);
}

function show(id, pass) {
  const d = readDocuments().find((x) => x.id === id);
  if (!d) throw new Error(`no document ${id}`);
  const f = fileOf(pass, id);
  const ents = existsSync(f) ? place(d, readFileSync(f, 'utf8'), f) : [];
  const flat = ents.filter((e) => e.type !== 'ROLE');
  let s = '';
  let at = 0;
  for (const e of flat) {
    s += d.text.slice(at, e.start) + `[${e.type} ${e.text}]`;
    at = e.end;
  }
  s += d.text.slice(at);
  console.log(`${d.id} ${d.part} ${d.publishedAt}\n${s}\n`);
  const covered = (i) => ents.some((e) => e.start <= i && i < e.end);
  const re = /[\p{Lu}][\p{L}\p{N}.-]*/gu;
  const seen = new Map();
  for (const m of d.text.matchAll(re)) {
    if (covered(m.index)) continue;
    const before = d.text.slice(Math.max(0, m.index - 3), m.index);
    const sentenceStart = m.index === 0 || /(^|[.!?:…"“”\n]\s*)$/.test(before) || /\n$/.test(before);
    if (sentenceStart && !/[\p{Lu}]/u.test(m[0].slice(1))) continue;
    seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  }
  console.log(`not covered (${seen.size}): ${[...seen].map(([w, n]) => (n > 1 ? `${w}×${n}` : w)).join(', ')}`);
  if (ents.some((e) => e.type === 'ROLE')) console.log(`ROLE: ${ents.filter((e) => e.type === 'ROLE').map((e) => e.text).join(' | ')}`);
}

const args = process.argv.slice(2);
try {
  if (args[0] === '--show') show(args[1], args[2] ?? 'pass1');
  else if (args[0] in OUT) await build(args[0]);
  else {
    console.error('usage: node scripts/ner-golden-build.mjs pass1|pass2 | --show ID [pass1|pass2]');
    process.exit(2);
  }
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
