/** SQL texts are fixed: values go in as bound parameters, never into the text (a JSON body from the API could otherwise reach it). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const SQL = /\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WHERE|LIMIT|OFFSET|ORDER BY|VALUES)\b/;

test('store › no SQL text is built from values: no template literal with ${…} that holds SQL', () => {
  const found: string[] = [];
  for (const file of sources(join(ROOT, 'src/store'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/`(?:[^`\\]|\\.)*`/gs)) {
      if (m[0].includes('${') && SQL.test(m[0])) found.push(`${relative(ROOT, file)}: ${m[0].slice(0, 80).replace(/\s+/g, ' ')}`);
    }
    // SQL glued to a value with +: 'SELECT … ' + x (a constant fragment in capitals is fine)
    for (const m of code.matchAll(/'[^'\n]*'\s*\+\s*([a-z][\w.]*)/g)) {
      if (SQL.test(m[0]) && !/^[A-Z_]+$/.test(m[1]!)) found.push(`${relative(ROOT, file)}: ${m[0]}`);
    }
  }
  assert.deepEqual(found, []);
});
