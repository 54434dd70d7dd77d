import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { maybeGunzip } from '../../src/ingest/gzip.js';

test('gzip › gzip bytes are inflated, others passed through', () => {
  const text = new TextEncoder().encode('Tập Cận Bình thăm Triều Tiên');
  const r = maybeGunzip(gzipSync(text));
  assert.ok(r.ok);
  assert.equal(r.gzipped, true);
  assert.deepEqual([...r.bytes], [...text]);
  const plain = maybeGunzip(text);
  assert.ok(plain.ok && plain.gzipped === false && plain.bytes === text);
});

test('gzip › a gzip bomb is refused at the cap, fast', () => {
  const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024)); // 64 MB of zeros in ~64 kB
  assert.ok(bomb.length < 1_000_000);
  const t = performance.now();
  const r = maybeGunzip(bomb, { maxBytes: 10 * 1024 * 1024 });
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.code === 'too-large', JSON.stringify(r));
  assert.ok(performance.now() - t < 2000);
});

test('gzip › corrupt gzip is reported', () => {
  const r = maybeGunzip(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]));
  assert.ok(!r.ok && r.code === 'corrupt');
});
