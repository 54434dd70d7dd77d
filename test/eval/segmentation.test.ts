import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSegmentation, wordSpans } from '../../eval/scorers/segmentation.js';
import { longestMatch } from '../../eval/segment.js';

test('segmentation score › identical lines score 1', () => {
  const gold = ['Chủ_tịch Trung_Quốc Tập_Cận_Bình', 'Hà_Nội .'];
  const s = scoreSegmentation(gold, gold);
  assert.deepEqual([s.precision, s.recall, s.f1, s.gold, s.correct], [1, 1, 1, 5, 5]);
});

test('segmentation score › a word split in two costs precision and recall', () => {
  // gold: Chủ_tịch | Trung_Quốc (2 words); predicted: Chủ_tịch | Trung | Quốc (3 words, 1 right)
  const s = scoreSegmentation(['Chủ_tịch Trung_Quốc'], ['Chủ_tịch Trung Quốc']);
  assert.equal(s.correct, 1);
  assert.equal(s.precision, 1 / 3);
  assert.equal(s.recall, 1 / 2);
  assert.ok(Math.abs(s.f1 - 0.4) < 1e-12);
});

test('segmentation score › spacing does not matter, only the words', () => {
  assert.deepEqual(wordSpans('  Hà_Nội   mùa  thu '), wordSpans('Hà_Nội mùa thu'));
  const s = scoreSegmentation(['Hà_Nội mùa thu'], ['Hà_Nội  mùa\tthu']);
  assert.equal(s.f1, 1);
});

test('segmentation score › spans count UTF-16 units of the characters without spaces and joins', () => {
  const k = (start: number, end: number) => start * 2097152 + end;
  assert.deepEqual(wordSpans('Tập_Cận_Bình 🙂'), [k(0, 10), k(10, 12)]);
});

test('segmentation score › empty input and mismatched line counts', () => {
  assert.equal(scoreSegmentation([], []).f1, 0);
  assert.equal(scoreSegmentation([''], ['']).gold, 0);
  assert.throws(() => scoreSegmentation(['a'], []), /1 gold lines, 0 predicted/);
});

test('segmentation baseline › longest match takes the longest listed word, on normalised keys', () => {
  const words = new Set(['chủ tịch', 'trung quốc', 'chủ tịch nước', 'hòa bình']);
  assert.equal(longestMatch(['Chủ', 'tịch', 'nước', 'Trung', 'Quốc'], words, 3), 'Chủ_tịch_nước Trung_Quốc');
  assert.equal(longestMatch(['hoà', 'bình', 'x'], words, 3), 'hoà_bình x');
  assert.equal(longestMatch([], words, 3), '');
});
