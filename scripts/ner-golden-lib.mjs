// Shared by the golden-set scripts: reading documents.jsonl and annotation files, and the checks.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'ner');
export const TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'ROLE'];

export function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (e) {
        throw new Error(`${path}:${i + 1}: not JSON (${e.message})`);
      }
    });
}

export const readDocuments = () => readJsonl(join(GOLDEN_DIR, 'documents.jsonl'));

const TRIM = /^[\s.,;:!?'"“”‘’()\[\]«»…-]|[\s,;:!?'"“”‘’()\[\]«»…-]$/;

/** Every problem of one annotated document, as messages; an empty list when it is right. */
export function problems(doc, source) {
  const out = [];
  const where = doc.id;
  if (source && doc.text !== source.text) out.push(`${where}: text differs from documents.jsonl`);
  if (source && doc.part !== source.part) out.push(`${where}: part ${doc.part} differs from documents.jsonl (${source.part})`);
  if (doc.text !== doc.text.normalize('NFC')) out.push(`${where}: text is not NFC`);
  if (!Array.isArray(doc.entities)) return [...out, `${where}: no entities array`];
  let prev;
  const counted = [];
  for (const [i, e] of doc.entities.entries()) {
    const at = `${where} entity ${i} ${JSON.stringify(e)}`;
    if (!TYPES.includes(e.type)) out.push(`${at}: type must be one of ${TYPES.join(', ')}`);
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > doc.text.length || e.start >= e.end) {
      out.push(`${at}: bad offsets`);
      continue;
    }
    const slice = doc.text.slice(e.start, e.end);
    if (slice !== e.text) out.push(`${at}: text.slice(start, end) is ${JSON.stringify(slice)}`);
    if (slice.includes('\n')) out.push(`${at}: crosses a line break`);
    if (TRIM.test(slice)) out.push(`${at}: starts or ends with space or punctuation`);
    const before = doc.text[e.start - 1];
    const after = doc.text[e.end];
    if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) out.push(`${at}: cuts a word`);
    if (prev && (e.start < prev.start || (e.start === prev.start && e.end > prev.end && prev.type !== 'ROLE'))) out.push(`${at}: not sorted by start`);
    prev = e;
    if (e.type !== 'ROLE') counted.push(e);
  }
  for (let i = 1; i < counted.length; i++) {
    if (counted[i].start < counted[i - 1].end) out.push(`${where}: overlapping ${JSON.stringify(counted[i - 1])} and ${JSON.stringify(counted[i])}`);
  }
  const roles = doc.entities.filter((e) => e.type === 'ROLE');
  for (const r of roles) {
    for (const e of doc.entities) {
      if (e === r) continue;
      const overlaps = e.start < r.end && r.start < e.end;
      const inside = e.start >= r.start && e.end <= r.end;
      if (overlaps && (!inside || e.type === 'ROLE')) out.push(`${where}: ROLE ${JSON.stringify(r)} overlaps ${JSON.stringify(e)} without containing it`);
    }
  }
  return out;
}

/** Checks a whole annotation file against documents.jsonl; returns the problems. */
export function checkFile(path, { all = false } = {}) {
  const sources = new Map(readDocuments().map((d) => [d.id, d]));
  const docs = readJsonl(path);
  const out = [];
  const seen = new Set();
  for (const d of docs) {
    if (seen.has(d.id)) out.push(`${d.id}: twice`);
    seen.add(d.id);
    const s = sources.get(d.id);
    if (!s) out.push(`${d.id}: not in documents.jsonl`);
    out.push(...problems(d, s));
  }
  if (all) for (const id of sources.keys()) if (!seen.has(id)) out.push(`${id}: missing`);
  return { docs, problems: out };
}
