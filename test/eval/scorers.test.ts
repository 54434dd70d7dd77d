import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreEntities } from '../../eval/scorers/ner.js';
import { rouge, rougeTokens, summaryBudget } from '../../eval/scorers/rouge.js';

test('ner scorer › exact spans and types only', () => {
  const gold = [[{ start: 0, end: 12, type: 'PER' }, { start: 20, end: 27, type: 'LOC' }]];
  const pred = [[{ start: 0, end: 12, type: 'PER' }, { start: 20, end: 26, type: 'LOC' }, { start: 30, end: 33, type: 'ORG' }]];
  const s = scoreEntities(gold, pred);
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 2, 1]);
  assert.equal(s.precision, 1 / 3);
  assert.equal(s.recall, 1 / 2);
  assert.ok(Math.abs(s.f1 - 0.4) < 1e-12);
  assert.equal(scoreEntities([[]], [[]]).f1, 0);
});

test('rouge scorer › syllables, lower case, punctuation dropped, underscores as spaces', () => {
  assert.deepEqual(rougeTokens('Chủ_tịch Tập Cận Bình, “hôm nay”.'), ['chủ', 'tịch', 'tập', 'cận', 'bình', 'hôm', 'nay']);
  const same = rouge('Ông Kim đến Bắc Kinh.', ['ông kim đến bắc kinh']);
  assert.deepEqual(same, { rouge1: 1, rouge2: 1, rougeL: 1 });
  const half = rouge('a b c d', ['a b x y']);
  assert.equal(half.rouge1, 0.5);
  assert.ok(Math.abs(half.rouge2 - 1 / 3) < 1e-12);
  assert.equal(half.rougeL, 0.5);
  const avg = rouge('a b', ['a b', 'c d']);
  assert.equal(avg.rouge1, 0.5);
  assert.equal(summaryBudget(['a b c', 'a b c d e']), 4);
});
