import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declaredCharset, decodeDeclared } from '../../src/ingest/charset.js';
import { encodeTcvn3, encodeWindows1258 } from '../../src/text/legacy.js';

const ascii = (s: string) => new TextEncoder().encode(s);

test('charset › declared charsets are found in XML declarations and meta tags', () => {
  assert.equal(declaredCharset(ascii('<?xml version="1.0" encoding="windows-1258"?><rss/>')), 'windows-1258');
  assert.equal(declaredCharset(ascii('<html><head><meta charset="UTF-8"></head>')), 'utf-8');
  assert.equal(declaredCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')), 'windows-1258');
  assert.equal(declaredCharset(ascii('<html><body>x</body></html>')), undefined);
});

test('charset › a Windows-1258 page that says so is decoded as declared', () => {
  const bytes = new Uint8Array([...ascii('<meta charset="windows-1258"><p>'), ...encodeWindows1258('Tập Cận Bình thăm Triều Tiên'), ...ascii('</p>')]);
  const r = decodeDeclared(bytes);
  assert.equal(r.encoding, 'windows-1258');
  assert.ok(r.text.includes('Tập Cận Bình thăm Triều Tiên'));
});

test('charset › a page that claims UTF-8 but is TCVN3 is detected, with a warning', () => {
  const bytes = new Uint8Array([...ascii('<meta charset="utf-8"><p>'), ...encodeTcvn3('Chủ tịch Trung Quốc tới Bình Nhưỡng, chuyến thăm đầu tiên sau nhiều năm.'), ...ascii('</p>')]);
  const r = decodeDeclared(bytes);
  assert.equal(r.encoding, 'tcvn3');
  assert.ok(r.warnings.some((w) => w.startsWith('declared UTF-8')));
});
