/** Trigram similarity as pg_trgm computes it (src/text/trigrams.ts), checked against values PostgreSQL's documentation gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trigramSimilarity, trigrams } from '../../src/text/trigrams.js';

test('trigrams: each word padded with two spaces before and one after, each trigram once', () => {
  assert.deepEqual([...trigrams('cat')].sort(), ['  c', ' ca', 'at ', 'cat']);
  assert.deepEqual([...trigrams('foo|bar')].sort(), ['  b', '  f', ' ba', ' fo', 'ar ', 'bar', 'foo', 'oo ']);
  assert.equal(trigrams('').size, 0);
});

test('trigramSimilarity: pg_trgm\'s similarity (shared over either), 0 when either has no trigram', () => {
  // PostgreSQL's documentation (F.35 pg_trgm): similarity('word', 'two words') = 0.36363637 (4 shared of 11)
  assert.equal(Math.fround(trigramSimilarity('word', 'two words')), Math.fround(4 / 11));
  assert.equal(trigramSimilarity('tap can binh', 'tap can binh'), 1);
  assert.equal(trigramSimilarity('Tap Can Binh', 'tap can binh'), 1);
  assert.ok(trigramSimilarity('tap can binhh', 'tap can binh') >= 0.3);
  assert.ok(trigramSimilarity('barack obama', 'tap can binh') < 0.3);
  assert.equal(trigramSimilarity('', 'tap'), 0);
});
