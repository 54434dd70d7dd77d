import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchTokens, pageCounts, pagePrecision, pageRecall, scoreBodies, shingles } from '../../eval/scorers/html-body.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

test('html-body scorer › tokens are Unicode \\w+ runs', () => {
  assert.deepEqual(benchTokens('Ông Tập Cận Bình, năm 2021; snake_case!'), ['Ông', 'Tập', 'Cận', 'Bình', 'năm', '2021', 'snake_case']);
  assert.deepEqual(benchTokens(''), []);
});

test('html-body scorer › shingles are a multiset of 4-token windows', () => {
  const s = shingles('a b c d e a b c d');
  assert.equal(s.get('a b c d'), 2);
  assert.equal(s.get('b c d e'), 1);
  assert.equal([...s.values()].reduce((x, y) => x + y, 0), 6);
});

test('html-body scorer › a text shorter than 4 tokens is one shingle, an empty one none', () => {
  assert.deepEqual([...shingles('a b')], [['a b', 1]]);
  assert.equal(shingles('  ,, ').size, 0);
});

test('html-body scorer › identical texts score 1', () => {
  const c = pageCounts('one two three four five', 'one two three four five');
  assert.deepEqual(c, { tp: 1, fp: 0, fn: 0 });
  assert.equal(pagePrecision(c), 1);
  assert.equal(pageRecall(c), 1);
});

test('html-body scorer › counts are normalised per page', () => {
  const truth = 'a b c d e'; // {abcd, bcde}
  const pred = 'a b c d e x y'; // {abcd, bcde, cdex, dexy}
  const c = pageCounts(truth, pred);
  close(c.tp, 2 / 4);
  close(c.fp, 2 / 4);
  close(c.fn, 0);
  close(pagePrecision(c), 0.5);
  close(pageRecall(c), 1);
});

test('html-body scorer › repeated shingles count with multiplicity', () => {
  const c = pageCounts('a b c d a b c d', 'a b c d'); // truth {abcd:2, bcda, cdab, dabc}; pred {abcd:1}
  close(c.tp, 1 / 5);
  close(c.fn, 4 / 5);
  close(pagePrecision(c), 1);
  close(pageRecall(c), 0.2);
});

test('html-body scorer › empty prediction has precision 0 and recall 0; both empty is perfect', () => {
  const c = pageCounts('a b c d e', '');
  assert.equal(pagePrecision(c), 0);
  assert.equal(pageRecall(c), 0);
  const e = pageCounts('', '');
  assert.equal(pagePrecision(e), 1);
  assert.equal(pageRecall(e), 1);
});

test('html-body scorer › precision and recall are averaged over pages, F1 is their harmonic mean', () => {
  const s = scoreBodies([
    { truth: 'a b c d e', predicted: 'a b c d e x y' }, // P .5 R 1
    { truth: 'a b c d a b c d', predicted: 'a b c d' }, // P 1 R .2
  ]);
  close(s.precision, 0.75);
  close(s.recall, 0.6);
  close(s.f1, (2 * 0.75 * 0.6) / 1.35);
  assert.equal(s.pages, 2);
});
