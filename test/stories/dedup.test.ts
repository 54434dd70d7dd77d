import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedArticles } from '../helpers.js';
import { DuplicateIndex, minhashSignature, signatureSimilarity, DEFAULT_DEDUP_PARAMS } from '../../src/stories/dedup.js';
import { syllables } from '../../src/stories/features.js';

const [xi2021, kim2019] = seedArticles();

/** A light rewrite: a new title, the last paragraph trimmed, another byline. */
function rewrite(body: string): string {
  const paras = body.split('\n').filter((p) => p.trim() !== '');
  return [...paras.slice(0, -1), 'Minh Anh (Theo Reuters)'].join('\n');
}

test('dedup › a rewrite (new title, trimmed paragraph, other byline) is a copy of the original', () => {
  const idx = new DuplicateIndex();
  assert.deepEqual(idx.add({ id: 'a', title: 'Kim Jong-un và Tập Cận Bình', body: kim2019.body }).copyOf, undefined);
  const r = idx.add({ id: 'b', title: 'Ông Kim cảm ơn ông Tập', body: rewrite(kim2019.body) });
  assert.equal(r.copyOf, 'a');
  assert.ok(r.similarity >= DEFAULT_DEDUP_PARAMS.threshold);
});

test('dedup › a copy of a copy points to the earliest original', () => {
  const idx = new DuplicateIndex();
  idx.add({ id: 'a', title: '', body: kim2019.body });
  idx.add({ id: 'b', title: '', body: rewrite(kim2019.body) });
  assert.equal(idx.add({ id: 'c', title: 'khác', body: rewrite(rewrite(kim2019.body)) }).copyOf, 'a');
});

test('dedup › two articles about the same people two years apart are not copies', () => {
  const idx = new DuplicateIndex();
  idx.add({ id: 'a', title: '', body: kim2019.body });
  const r = idx.add({ id: 'b', title: '', body: xi2021.body });
  assert.equal(r.copyOf, undefined);
  assert.ok(r.similarity < 0.2);
});

test('dedup › one-line items repeated verbatim are copies; empty ones are not', () => {
  const idx = new DuplicateIndex();
  idx.add({ id: 'a', title: 'Giá vàng hôm nay tăng mạnh', body: '' });
  assert.equal(idx.add({ id: 'b', title: 'Giá vàng hôm nay tăng mạnh', body: '' }).copyOf, 'a');
  idx.add({ id: 'e1', title: '', body: '' });
  assert.equal(idx.add({ id: 'e2', title: '', body: '' }).copyOf, undefined);
});

test('dedup › removed articles are forgotten', () => {
  const idx = new DuplicateIndex();
  idx.add({ id: 'a', title: '', body: kim2019.body });
  idx.remove('a');
  assert.equal(idx.size, 0);
  assert.equal(idx.add({ id: 'b', title: '', body: kim2019.body }).copyOf, undefined);
});

test('dedup › signatures are deterministic and similarity is symmetric', () => {
  const s1 = minhashSignature(syllables(kim2019.body).hash, DEFAULT_DEDUP_PARAMS);
  const s2 = minhashSignature(syllables(kim2019.body).hash, DEFAULT_DEDUP_PARAMS);
  const s3 = minhashSignature(syllables(rewrite(kim2019.body)).hash, DEFAULT_DEDUP_PARAMS);
  assert.deepEqual(s1, s2);
  assert.equal(signatureSimilarity(s1, s3), signatureSimilarity(s3, s1));
  assert.equal(signatureSimilarity(s1, s2), 1);
});
