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

/** Every problem of one annotated document (eval/scorers/ner.ts, compiled: run `npx tsc -p .` first). */
export async function loadChecker() {
  try {
    return (await import('../dist/eval/scorers/ner.js')).checkGoldenDocument;
  } catch {
    throw new Error('dist/eval/scorers/ner.js is missing: run `npx tsc -p .` first');
  }
}

/** Checks a whole annotation file against documents.jsonl; returns the problems. */
export async function checkFile(path, { all = false } = {}) {
  const problems = await loadChecker();
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
