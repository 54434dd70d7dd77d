/** The layers: interfaces (CLI, server) call the application layer only; nothing imports upward. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
}

/** Which top-level folders of src/ a layer may import from (besides itself and node: modules). */
const ALLOWED: Record<string, string[]> = {
  text: [],
  doc: ['text'],
  nlp: ['text', 'doc'],
  ingest: ['text', 'doc'],
  pipeline: ['text', 'doc', 'nlp', 'ingest'],
  search: ['text', 'doc'],
  stories: ['text', 'doc'],
  store: ['text', 'doc', 'search'],
  app: ['text', 'doc', 'nlp', 'ingest', 'pipeline', 'search', 'stories', 'store'],
  // interfaces: the CLI starts the server (`toancanh serve`); both call the application layer only
  cli: ['app', 'server'],
  server: ['app'],
};

test('layers › every module imports only from the layers below it; interfaces only from app/', () => {
  const src = join(ROOT, 'src');
  const wrong: string[] = [];
  for (const file of sources(src)) {
    const layer = relative(src, file).split('/')[0]!;
    const allowed = ALLOWED[layer];
    assert.ok(allowed, `no layer rule for src/${layer}`);
    for (const spec of imports(file)) {
      if (!spec.startsWith('.')) continue;
      const target = relative(src, join(file, '..', spec)).split('/')[0]!.replace(/\.js$/, '.ts');
      if (target !== layer && !allowed.includes(target)) wrong.push(`${relative(ROOT, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(wrong, []);
});
