import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSyllables, searchTerms, syllableSpans, tokenize } from '../../src/text/syllables.js';
import { detectLanguage } from '../../src/text/language.js';

const tokens = (s: string): string[] => tokenize(s).map((t) => s.slice(t.start, t.end));

test('tokens › inner punctuation stays in numbers, dates and names; other punctuation is its own token', () => {
  assert.deepEqual(tokens('Kim Jong-un, hôm 23/3, có 1.500 người (3,5%).'), [
    'Kim', 'Jong-un', ',', 'hôm', '23/3', ',', 'có', '1.500', 'người', '(', '3,5', '%', ')', '.',
  ]);
  assert.deepEqual(tokens('TP.HCM “đoàn kết”'), ['TP.HCM', '“', 'đoàn', 'kết', '”']);
  assert.deepEqual(tokens('Hà Nội,Việt Nam'), ['Hà', 'Nội', ',', 'Việt', 'Nam']);
});

test('tokens › never lose or add a character (generated strings)', () => {
  const alphabet = ['a', 'ậ', 'Đ', ' ', '.', ',', '-', '/', '1', '“', '”', '😀', '\n', '東', '_', "'"];
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let k = 0; k < 300; k++) {
    let s = '';
    for (let i = rand(40); i > 0; i--) s += alphabet[rand(alphabet.length)];
    const joined = tokenize(s).map((t) => s.slice(t.start, t.end)).join('');
    assert.equal(joined, s.replace(/\s/g, ''), JSON.stringify(s));
  }
});

test('tokens › syllables are whitespace-separated tokens, with offsets', () => {
  const s = ' Kim Jong-un,  hôm 23/3.\n';
  assert.deepEqual(syllableSpans(s).map((x) => s.slice(x.start, x.end)), ['Kim', 'Jong-un,', 'hôm', '23/3.']);
  assert.equal(countSyllables('Chủ tịch Trung Quốc  Tập Cận Bình.'), 7);
  assert.equal(countSyllables(''), 0);
  assert.equal(countSyllables(' \n '), 0);
});

test('language › Vietnamese, English, too short', () => {
  assert.equal(detectLanguage('Nhà lãnh đạo Triều Tiên Kim Jong Un và Chủ tịch Trung Quốc Tập Cận Bình đã cùng chia sẻ thông điệp').lang, 'vi');
  assert.equal(detectLanguage('The leaders of North Korea and China exchanged messages on Tuesday, the state news agency said.').lang, 'en');
  assert.equal(detectLanguage('OK').lang, 'und');
});

test('searchTerms: runs of letters, digits and marks by code point, as /[\\p{L}\\p{N}\\p{M}]+/gu cuts them', () => {
  const byRegex = (text: string) => [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  for (const text of [
    'Tập Cận Bình—đoàn_kết, 3,5%', 'a\u0301b c', '𝐀𝐁 x 𝐂', 'x\ud800y', '\udc00a', 'ab\ud835', '١٢٣ ٤', 'Ⅻ ½ ², ３．５', '', '  ', 'Đ', '😀a😀',
  ]) assert.deepEqual(searchTerms(text), byRegex(text), JSON.stringify(text));
  assert.deepEqual(searchTerms('Kim Jong-un'), [{ start: 0, end: 3 }, { start: 4, end: 8 }, { start: 9, end: 11 }]);
});
