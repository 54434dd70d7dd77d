import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MapBuilder } from '../../src/text/offsets.js';
import { normalize } from '../../src/text/normalize.js';

test('offsets › identity and replace segments map starts and ends', () => {
  // output "ab--cd" from source "abXYZcd": "--" replaces "XYZ"
  const b = new MapBuilder();
  b.identity(2, 0);
  b.replace(2, 2, 5);
  b.identity(2, 5);
  const m = b.build(7);
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((o) => m.toSource(o)), [0, 1, 2, 2, 5, 6, 7]);
  assert.equal(m.toSource(3, 'end'), 5);
  assert.equal(m.toSource(4, 'end'), 5);
  assert.throws(() => m.toSource(7), RangeError);
});

test('offsets › a deletion maps around it', () => {
  const { text, map } = normalize('a\u200Bb');
  assert.equal(text, 'ab');
  assert.equal(map.toSource(1), 2);
  assert.equal(map.toSource(1, 'end'), 1);
  assert.equal(map.toSource(2, 'end'), 3);
});

test('offsets › composing maps equals mapping twice (generated)', () => {
  let seed = 11;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ['ho\u0300a', 'thuỷ', ' ', '\u00A0', '\r\n', 'Ðà', '\u200B', 'x', 'Kim Jong-un', '.'];
  for (let k = 0; k < 200; k++) {
    let s = '';
    for (let i = rand(12); i > 0; i--) s += pieces[rand(pieces.length)];
    const first = normalize(s);
    // a second map: keep every other character of the normalised text
    const b = new MapBuilder();
    let out = '';
    for (let i = 0; i < first.text.length; i++) {
      if (i % 2 === 0) {
        out += first.text[i];
        b.identity(1, i);
      }
    }
    const second = b.build(first.text.length);
    const composed = second.compose(first.map);
    for (let o = 0; o < out.length; o++) {
      assert.equal(composed.toSource(o), first.map.toSource(second.toSource(o)), `${JSON.stringify(s)} at ${o}`);
      assert.equal(composed.toSource(o + 1, 'end'), first.map.toSource(second.toSource(o + 1, 'end'), 'end'), `${JSON.stringify(s)} end ${o + 1}`);
    }
  }
});
