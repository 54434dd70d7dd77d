import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFloors } from '../../eval/gate.js';

test('gate › a metric below its floor fails', () => {
  const r = checkFloors({ 'a.f1': 0.89 }, { 'a.f1': 0.9 });
  assert.deepEqual(r.failures, [{ metric: 'a.f1', floor: 0.9, value: 0.89, reason: 'below floor' }]);
  assert.equal(r.lines.length, 1);
  assert.match(r.lines[0]!, /^a\.f1 +0\.8900 +floor 0\.9 +BELOW FLOOR$/);
});

test('gate › a metric at its floor passes', () => {
  const r = checkFloors({ 'a.f1': 0.9, 'b.f1': 0.95 }, { 'a.f1': 0.9, 'b.f1': 0.9 });
  assert.deepEqual(r.failures, []);
  assert.match(r.lines[0]!, /^a\.f1 +0\.9000 +floor 0\.9 +ok$/);
  assert.match(r.lines[1]!, /^b\.f1 +0\.9500 +floor 0\.9 +ok$/);
});

test('gate › a floor whose metric is missing fails, named first', () => {
  const r = checkFloors({ 'a.f1': 0.95 }, { 'a.f1': 0.9, 'renamed.f1': 0.8 });
  assert.deepEqual(r.failures, [{ metric: 'renamed.f1', floor: 0.8, value: undefined, reason: 'without metric' }]);
  assert.match(r.lines[0]!, /^FLOOR WITHOUT METRIC: renamed\.f1 /);
  assert.match(r.lines[1]!, /^a\.f1 .* ok$/);
  assert.equal(r.lines.length, 2);
});

test('gate › a floor is not satisfied by an inherited property', () => {
  const r = checkFloors({}, { toString: 0 });
  assert.equal(r.failures.length, 1);
  assert.equal(r.failures[0]!.reason, 'without metric');
});

test('gate › a NaN or infinite metric under a floor fails as without metric', () => {
  const r = checkFloors({ 'a.f1': NaN, 'b.f1': Infinity }, { 'a.f1': 0.9, 'b.f1': 0.9 });
  assert.deepEqual(
    r.failures.map((f) => [f.metric, f.reason]),
    [['a.f1', 'without metric'], ['b.f1', 'without metric']],
  );
  assert.match(r.lines[0]!, /^FLOOR WITHOUT METRIC: a\.f1 .*value NaN/);
  assert.match(r.lines[1]!, /^FLOOR WITHOUT METRIC: b\.f1 /);
  assert.match(r.lines[2]!, /^a\.f1 +NaN +floor 0\.9 +NOT A FINITE NUMBER$/);
});

test('gate › metrics without floors are only printed, whatever their value', () => {
  const r = checkFloors({ 'a.f1': 0.1, count: 42, odd: NaN });
  assert.deepEqual(r.failures, []);
  assert.equal(r.lines.length, 3);
  assert.match(r.lines[0]!, /^a\.f1 +0\.1000$/);
  assert.match(r.lines[1]!, /^count +42$/);
  assert.match(r.lines[2]!, /^odd +NaN$/);
});
