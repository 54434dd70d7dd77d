import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fnv1a, foldName, NAMES_FILE, parseNames } from '../../eval/names.js';

test('fnv1a: the 32-bit FNV-1a of the UTF-8 bytes', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('foldName drops accents, case, spaces and punctuation', () => {
  assert.equal(foldName('Nguyễn Phú Trọng'), 'nguyenphutrong');
  assert.equal(foldName('Bà Rịa–Vũng Tàu'), 'bariavungtau');
  assert.equal(foldName('Đà Nẵng'), 'danang');
});

test('parseNames: a surface not exactly once in its sentence, or a missing field, is an error', () => {
  assert.throws(() => parseNames('Kim\tPER\tKim Jong-un\t2019-02-26\tÔng Kim gặp ông Kim.\tshort\n'), /not exactly once/);
  assert.throws(() => parseNames('Kim\tPER\tKim Jong-un\t2019-02-26\tÔng Kim.\n'), /5 fields/);
  const [row] = parseNames('# comment\nKim\tPER\tKim Jong-un\t2019-02-26\tÔng Kim đến.\tshort\n');
  assert.equal(row?.part, fnv1a('Kim') % 2 === 0 ? 'dev' : 'heldout');
});

test('the committed list parses, and both parts hold rows of every kind', () => {
  const rows = parseNames(readFileSync(NAMES_FILE, 'utf8'), NAMES_FILE);
  assert.ok(rows.length >= 240, `${rows.length} rows`);
  for (const part of ['dev', 'heldout']) {
    const kinds = new Set(rows.filter((r) => r.part === part).map((r) => r.kind));
    for (const k of ['zh', 'phonetic', 'latin', 'vn', 'title', 'short', 'role', 'place', 'org']) assert.ok(kinds.has(k), `${part} has no ${k}`);
  }
});
