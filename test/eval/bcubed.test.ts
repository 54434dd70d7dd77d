import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed } from '../../eval/scorers/bcubed.js';

const m = (o: Record<string, string>): Map<string, string> => new Map(Object.entries(o));
const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

test('bcubed › identical clusterings score 1', () => {
  const g = m({ a: 'X', b: 'X', c: 'Y' });
  const r = bcubed(m({ a: '1', b: '1', c: '2' }), g);
  assert.deepEqual([r.precision, r.recall, r.f1, r.items], [1, 1, 1, 3]);
});

test('bcubed › one predicted cluster for everything: recall 1, precision 5/9', () => {
  // a, b share X; c is alone in Y. Precision: a 2/3, b 2/3, c 1/3.
  const r = bcubed(m({ a: 'S', b: 'S', c: 'S' }), m({ a: 'X', b: 'X', c: 'Y' }));
  close(r.precision, 5 / 9);
  close(r.recall, 1);
  close(r.f1, 10 / 14);
});

test('bcubed › all singletons: precision 1, recall 1/3', () => {
  const r = bcubed(m({ a: '1', b: '2', c: '3' }), m({ a: 'X', b: 'X', c: 'X' }));
  close(r.precision, 1);
  close(r.recall, 1 / 3);
  close(r.f1, 0.5);
});

test('bcubed › a mixed case computed by hand', () => {
  // Gold X = {a,b,c}, Y = {d,e}; predicted 1 = {a,b}, 2 = {c,d,e}.
  // P: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15.  R: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15.
  const r = bcubed(m({ a: '1', b: '1', c: '2', d: '2', e: '2' }), m({ a: 'X', b: 'X', c: 'X', d: 'Y', e: 'Y' }));
  close(r.precision, 11 / 15);
  close(r.recall, 11 / 15);
  close(r.f1, 11 / 15);
});

test('bcubed › items missing from either side are not scored', () => {
  const r = bcubed(m({ a: '1', b: '1', z: '9' }), m({ a: 'X', b: 'X', c: 'Y' }));
  assert.equal(r.items, 2);
  close(r.f1, 1);
});

test('bcubed › empty input scores 0 without dividing by zero', () => {
  assert.deepEqual(bcubed(new Map(), new Map()), { precision: 0, recall: 0, f1: 0, items: 0 });
});
