import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatBracketed, parseBracketed, readBracketed } from '../../src/nlp/ner/bracketed.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('ner sentences › the bracketed format: words, spans, brackets inside a word, and back', () => {
  const line = 'x-1\tChủ_tịch_[PER Hồ_Chí_Minh] thăm [LOC tỉnh Quảng_Ninh] và [ORG Bộ Ngoại_giao] .';
  const s = parseBracketed(line);
  assert.equal(s.id, 'x-1');
  assert.equal(s.text, 'Chủ tịch Hồ Chí Minh thăm tỉnh Quảng Ninh và Bộ Ngoại giao .');
  assert.deepEqual(s.spans.map((e) => `${e.type}:${s.text.slice(e.start, e.end)}`), ['PER:Hồ Chí Minh', 'LOC:tỉnh Quảng Ninh', 'ORG:Bộ Ngoại giao']);
  // words: `Chủ_tịch_Hồ_Chí_Minh` is one word of five syllables
  assert.equal(s.text.slice(s.words[0], s.words[1]), 'Chủ tịch Hồ Chí Minh');
  assert.equal(formatBracketed(s.id, s.text, s.words, s.spans), line);
});

test('ner sentences › a malformed line says what is wrong', () => {
  assert.throws(() => parseBracketed('no tab here'), /no tab/);
  assert.throws(() => parseBracketed('a\t[PER Kim [LOC Hà_Nội]]'), /nested/);
  assert.throws(() => parseBracketed('a\t[XYZ Kim]'), /without a type/);
  assert.throws(() => parseBracketed('a\t[PER Kim'), /left open/);
  assert.throws(() => parseBracketed('a\tKim]'), /closing bracket/);
  assert.throws(() => parseBracketed('a\t[PER Kim ] nói'), /spaces at its edges/);
  assert.throws(() => readBracketed('# c\na\tok\nb\t[PER x', 'f.txt'), /f\.txt:3: bracket left open/);
});

test('ner sentences › the committed training and evaluation sentences parse, with their entities', () => {
  const files = [
    ...readdirSync(`${root}data/ner-train`).filter((f) => f.endsWith('.txt')).map((f) => `${root}data/ner-train/${f}`),
    `${root}test/fixtures/ner/sentences/vtb-dev.txt`,
  ];
  const counts: Record<string, number> = {};
  for (const f of files) {
    const s = readBracketed(readFileSync(f, 'utf8'), f);
    counts[f.split('/').pop()!] = s.length;
    assert.equal(new Set(s.map((x) => x.id)).size, s.length, `${f}: ids unique`);
    assert.ok(s.reduce((n, x) => n + x.spans.length, 0) > s.length / 2, `${f}: entities annotated`);
  }
  assert.deepEqual(counts, { 'rdr-train.txt': 2995, 'vtb-train.txt': 1400, 'vtb-dev.txt': 400 });
});
