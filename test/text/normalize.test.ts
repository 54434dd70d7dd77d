import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, normalizeText, placeTone } from '../../src/text/normalize.js';
import { fold } from '../../src/text/fold.js';

const TONE_CASES: [string, string][] = [
  ['hoà', 'hòa'],
  ['thuỷ', 'thủy'],
  ['khoẻ', 'khỏe'],
  ['Uỷ', 'Ủy'],
  ['HOÀ', 'HÒA'],
  ['hoàng', 'hoàng'],
  ['hòang', 'hoàng'],
  ['quý', 'quý'],
  ['qúy', 'quý'],
  ['giữ', 'giữ'],
  ['người', 'người'],
  ['ngoài', 'ngoài'],
  ['của', 'của'],
  ['khuỷu', 'khuỷu'],
  ['quyền', 'quyền'],
  ['Jong', 'Jong'],
  // not Vietnamese syllables: French and Spanish words keep their accents where they are
  ['tué', 'tué'],
  ['Néon', 'Néon'],
  ['réels', 'réels'],
  ['où', 'où'],
  ['país', 'país'],
];

for (const [input, want] of TONE_CASES) {
  test(`normalize › tone placement ${input} → ${want}`, () => {
    assert.equal(placeTone(input.normalize('NFC')), want);
  });
}

test('normalize › decomposed marks (Windows-1258 style) become NFC', () => {
  const decomposed = 'Tập Cận Bình'.normalize('NFD');
  assert.equal(normalizeText(decomposed), 'Tập Cận Bình');
});

test('normalize › offsets map back to the input', () => {
  const input = 'Ho\u0300a\u00A0bi\u0300nh\r\nxong\u200B.';
  const { text, map } = normalize(input);
  assert.equal(text, 'Hòa bình\nxong.');
  // every character of the output maps to a position of the input that holds the same letter (folded)
  assert.equal(map.toSource(0), 0);
  assert.equal(map.toSource(text.indexOf('bình')), input.indexOf('bi'));
  assert.equal(map.toSource(text.indexOf('xong')), input.indexOf('xong'));
  assert.equal(map.toSource(text.length, 'end'), input.length);
});

test('fold › removes marks, đ→d, keeps length', () => {
  for (const s of ['Tập Cận Bình', 'TẬP CẬN BÌNH', 'đoàn kết', 'Đà Nẵng', 'Ủy ban', 'Kim Jong-un']) {
    const f = fold(s);
    assert.equal(f.length, s.length);
    assert.match(f, /^[a-z -]+$/);
  }
  assert.equal(fold('Tập Cận Bình'), 'tap can binh');
  assert.equal(fold('đoàn kết'), 'doan ket');
});

test('fold › fold(normalize(x)) is stable', () => {
  const samples = ['Hoà bình', 'thuỷ điện', 'Ðà Lạt', 'KHOẺ', 'naïve café', 'Ελλάδα', '東京', '🙂 ok'];
  for (const s of samples) {
    const once = fold(normalizeText(s));
    assert.equal(fold(normalizeText(once)), once);
    assert.equal(normalizeText(normalizeText(s)), normalizeText(s));
  }
});
