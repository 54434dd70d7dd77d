// Encodings beyond the Vietnamese legacy ones: Western European text, files cut inside a UTF-8
// character, names; and every legacy table checked against glibc's iconv where it exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { decode } from '../../src/text/decode.js';
import { decodeAny, decodeLegacy, encodeTcvn3, encodingByName, type LegacyEncoding } from '../../src/text/legacy.js';
import { TCVN3 } from '../../src/text/legacy-tables.js';

const FRENCH = "Le gouvernement français a annoncé hier que la réforme serait présentée à l'Assemblée nationale « dès la rentrée ». Où est passée la forêt ?";
const GERMAN = 'Die Bundesregierung hat am Dienstag beschlossen, die Straßenbahn in München zu fördern. Überall gibt es Änderungen.';

test('encodings › French and German in Windows-1252 are read as such, with a warning, not refused as undecidable', () => {
  for (const text of [FRENCH, GERMAN]) {
    const r = decodeAny(Uint8Array.from(iconv.encode(text, 'windows1252')));
    assert.equal(r.ok, true, r.warnings.join('; '));
    assert.equal(r.encoding, 'windows-1252');
    assert.equal(r.text, text);
    assert.ok(r.warnings.some((w) => w.includes('windows-1252')));
  }
});

test('encodings › Vietnamese in a legacy encoding is never taken for Windows-1252', () => {
  const r = decodeAny(encodeTcvn3('Chủ tịch Trung Quốc Tập Cận Bình tới Bình Nhưỡng, chuyến thăm đầu tiên.'));
  assert.equal(r.encoding, 'tcvn3');
});

test('encodings › names: latin1, ISO-8859-1, cp1252, VISCII, UTF8, cp1258 are known; others are not', () => {
  assert.equal(encodingByName('latin1'), 'windows-1252');
  assert.equal(encodingByName('ISO-8859-1'), 'windows-1252');
  assert.equal(encodingByName('cp1252'), 'windows-1252');
  assert.equal(encodingByName('VISCII'), 'viscii');
  assert.equal(encodingByName('UTF8'), 'utf-8');
  assert.equal(encodingByName('cp1258'), 'windows-1258');
  assert.equal(encodingByName('klingon'), undefined);
  const r = decodeAny(Uint8Array.from(iconv.encode(FRENCH, 'windows1252')), { encoding: 'windows-1252' });
  assert.deepEqual([r.text, r.warnings], [FRENCH, []]);
});

test('encodings › a UTF-8 file cut inside its last character keeps its text, the cut becoming U+FFFD with a warning', () => {
  const bytes = new TextEncoder().encode('Hà Nội, ngày 23/3. Phóng viên Xuân Lan\nBài viết kèm bản đồ');
  for (const cut of [1, 2]) {
    const d = decode(bytes.subarray(0, bytes.length - cut));
    assert.equal(d.ok, true);
    if (!d.ok) return;
    assert.equal(d.text, `Hà Nội, ngày 23/3. Phóng viên Xuân Lan\nBài viết kèm bản đ\uFFFD`);
    assert.match(d.warning ?? '', /ends inside a UTF-8 character/);
  }
  // a bad byte elsewhere is not a cut: still refused as invalid UTF-8
  const bad = Uint8Array.from([...bytes.subarray(0, 10), 0xff, ...bytes.subarray(10)]);
  assert.equal(decode(bad).ok, false);
});

// glibc's names of the encodings, and the bytes to compare: every byte the project's table defines
const GLIBC: Record<LegacyEncoding, string | undefined> = { 'windows-1258': 'CP1258', tcvn3: 'TCVN5712-1', viscii: 'VISCII', vni: undefined };
const hasIconv = spawnSync('iconv', ['--version']).status === 0;

for (const [enc, name] of Object.entries(GLIBC) as [LegacyEncoding, string | undefined][]) {
  if (!name) continue; // VNI is a font encoding: no independent table exists
  test(`encodings › the ${enc} table agrees with glibc's iconv (${name}) on every byte`, { skip: hasIconv ? false : 'no iconv on this machine' }, () => {
    const bytes = enc === 'tcvn3' ? Object.keys(TCVN3).map(Number) : [...Array(128).keys()].map((i) => i + 0x80);
    if (enc === 'viscii') bytes.push(0x02, 0x05, 0x06, 0x14, 0x19, 0x1e);
    // one byte a line, so that no converter composes a byte with its neighbour
    const input = Buffer.from(bytes.flatMap((b) => [b, 0x0a]));
    const r = spawnSync('iconv', ['-c', '-f', name, '-t', 'UTF-8'], { input });
    const theirs = r.stdout.toString('utf8').split('\n');
    let compared = 0;
    bytes.forEach((b, i) => {
      const want = (theirs[i] ?? '').normalize('NFC');
      if (want === '') return; // a byte glibc does not define
      compared++;
      assert.equal(decodeLegacy(Uint8Array.of(b), enc).normalize('NFC'), want, `${enc} byte 0x${b.toString(16)}`);
    });
    assert.ok(compared >= (enc === 'tcvn3' ? 70 : 100), `only ${compared} bytes compared`);
  });
}
