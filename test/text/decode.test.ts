import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode } from '../../src/text/decode.js';

const text = 'Tập Cận Bình và Kim Jong-un';
const utf16le = (s: string, bom: boolean): Uint8Array => {
  const body = Buffer.from(s, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
};

test('decode › UTF-8 without BOM', () => {
  const d = decode(Buffer.from(text, 'utf8'));
  assert.ok(d.ok && d.text === text && !d.bom);
});

test('decode › UTF-8 with BOM drops the BOM', () => {
  const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  assert.ok(d.ok && d.text === text && d.bom);
});

test('decode › UTF-16 LE with and without BOM, BE with BOM', () => {
  for (const bytes of [utf16le(text, true), utf16le(text, false)]) {
    const d = decode(bytes);
    assert.ok(d.ok, JSON.stringify(d));
    assert.equal(d.text, text);
    assert.equal(d.encoding, 'utf-16le');
  }
  const be = Buffer.from(utf16le(text, false));
  be.swap16();
  const d = decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  assert.ok(d.ok && d.text === text && d.encoding === 'utf-16be');
});

test('decode › refuses empty, binary and invalid UTF-8 with a reason', () => {
  const empty = decode(new Uint8Array());
  assert.ok(!empty.ok && empty.code === 'empty');
  const png = decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  assert.ok(!png.ok && png.code === 'binary' && /PNG/.test(png.reason));
  const bad = decode(Uint8Array.from([...Buffer.from('Xin ch'), 0xe0, 0x6f]));
  assert.ok(!bad.ok && bad.code === 'invalid-utf8' && /offset 6/.test(bad.reason));
  const random = decode(Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256));
  assert.ok(!random.ok);
});
