import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeAny, decodeLegacy, encodeTcvn3, encodeViscii, encodeVni, encodeWindows1258, encodingByName, LEGACY_ENCODINGS, type LegacyEncoding } from '../../src/text/legacy.js';
import { isVietnameseSyllable } from '../../src/text/syllable-check.js';

// Known sentences, encoded into each legacy encoding with the project's own tables.
const SENTENCES = [
  'Chủ tịch Trung Quốc Tập Cận Bình tới Bình Nhưỡng, chuyến thăm đầu tiên của lãnh đạo Trung Quốc sau 14 năm.',
  'Người dân khuỷu tay nghiêng ngả, quyết giữ hòa bình; ông Kim Jong-un ra sân bay đón.',
  'Ủy ban Nhân dân Thành phố Hồ Chí Minh họp bàn về giá xăng, dầu và điện.',
];
const TEXT = SENTENCES.join('\n');

const ENCODERS: Record<LegacyEncoding, (s: string) => Uint8Array> = {
  'windows-1258': encodeWindows1258,
  tcvn3: encodeTcvn3,
  vni: encodeVni,
  viscii: encodeViscii,
};

for (const enc of LEGACY_ENCODINGS) {
  test(`legacy › ${enc} is detected without being told and decoded to NFC`, () => {
    const r = decodeAny(ENCODERS[enc](TEXT));
    assert.equal(r.ok, true, r.warnings.join('; '));
    assert.equal(r.encoding, enc);
    assert.ok(r.confidence > 0.9, String(r.confidence));
    // TCVN3 has no upper-case toned letters: `Ủy` at a sentence start comes back as `ủy`
    const want = enc === 'tcvn3' ? TEXT.replace('Ủy', 'ủy') : TEXT;
    assert.equal(r.text, want);
    assert.equal(r.text, r.text.normalize('NFC'));
  });
  test(`legacy › ${enc} round-trips every Vietnamese letter`, () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
    const lower = decodeLegacy(ENCODERS[enc](letters), enc);
    assert.equal(lower, letters);
    if (enc !== 'tcvn3') assert.equal(decodeLegacy(ENCODERS[enc](letters.toUpperCase()), enc), letters.toUpperCase());
  });
  test(`legacy › explicit ${enc} override is obeyed`, () => {
    const r = decodeAny(ENCODERS[enc](TEXT), { encoding: enc });
    assert.equal(r.encoding, enc);
    assert.equal(r.ok, true);
  });
}

test('legacy › TCVN3 words typed in the capitals font get their capitals back', () => {
  const r = decodeAny(encodeTcvn3('TẬP CẬN BÌNH THĂM TRIỀU TIÊN. ỦY BAN'));
  assert.equal(r.text, 'TẬP CẬN BÌNH THĂM TRIỀU TIÊN. ỦY BAN');
});

test('legacy › a wrong override is decoded as asked, with a warning', () => {
  const r = decodeAny(encodeVni(TEXT), { encoding: 'tcvn3' });
  assert.equal(r.encoding, 'tcvn3');
  assert.ok(r.warnings.some((w) => w.includes('Vietnamese syllables')));
});

test('legacy › a TCVN3 file with a few UTF-8 lines is decoded line by line and reported as mixed', () => {
  const utf8Line = new TextEncoder().encode('Dòng này viết bằng UTF-8 có dấu đầy đủ.');
  const tcvn = encodeTcvn3(TEXT);
  const bytes = new Uint8Array([...tcvn, 0x0a, ...utf8Line]);
  const r = decodeAny(bytes);
  assert.equal(r.ok, true);
  assert.equal(r.encoding, 'mixed');
  assert.deepEqual(r.parts, { 'utf-8': 1, tcvn3: 3 });
  assert.ok(r.text.endsWith('Dòng này viết bằng UTF-8 có dấu đầy đủ.'));
  assert.ok(r.text.startsWith('Chủ tịch Trung Quốc'));
  assert.ok(r.warnings.some((w) => w.startsWith('mixed encodings')));
});

test('legacy › VNI lines inside a TCVN3 file are reported, not garbled silently', () => {
  const bytes = new Uint8Array([...encodeTcvn3(TEXT), 0x0a, ...encodeVni('Người dân khuỷu tay nghiêng ngả, quyết giữ hòa bình và độc lập.')]);
  const r = decodeAny(bytes);
  assert.equal(r.encoding, 'tcvn3');
  assert.ok(r.warnings.some((w) => w.includes('do not read as Vietnamese')), r.warnings.join('; '));
});

test('legacy › bytes that are no Vietnamese encoding are reported undecidable', () => {
  const noise = new Uint8Array(400);
  let x = 2463534242;
  for (let i = 0; i < noise.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    noise[i] = i % 6 === 5 ? 0x20 : 0x80 + (x % 0x80); // xorshift32: high bytes in words of five
  }
  const r = decodeAny(noise);
  assert.equal(r.ok, false);
  assert.ok(r.warnings.some((w) => w.includes('undecidable')), r.warnings.join('; '));
});

test('legacy › UTF-8, UTF-16 and binary still go through decode', () => {
  assert.equal(decodeAny(new TextEncoder().encode('Việt Nam')).encoding, 'utf-8');
  assert.equal(decodeAny(new Uint8Array([0xff, 0xfe, 0x56, 0x00])).encoding, 'utf-16le');
  const png = decodeAny(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  assert.equal(png.ok, false);
});

const SYLLABLES: [string, boolean][] = [
  ['nghiêng', true], ['khuỷu', true], ['người', true], ['quyết', true], ['giữa', true], ['gì', true], ['Việt', true], ['đầu', true], ['ĐẠI', true],
  ['Vieọt', false], ['aù', false], ['vièt', false], ['ngh', false], ['Jong', false], ['trường', true], ['µ', false], ['xuân', true], ['oăn', true],
];
for (const [w, want] of SYLLABLES) {
  test(`syllable check › ${w} ${want ? 'is' : 'is not'} a Vietnamese syllable`, () => assert.equal(isVietnameseSyllable(w), want));
}
