import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/text/sentences.js';

const split = (s: string): string[] => splitSentences(s).map((x) => s.slice(x.start, x.end));

const CASES: [string, string, string[]][] = [
  ['two plain sentences', 'Ông Kim đến Bắc Kinh. Ông Tập đón ông.', ['Ông Kim đến Bắc Kinh.', 'Ông Tập đón ông.']],
  ['TP.HCM without a space', 'Mưa lớn ở TP.HCM hôm qua. Đường ngập.', ['Mưa lớn ở TP.HCM hôm qua.', 'Đường ngập.']],
  ['TP. HCM with a space', 'Ông sống ở TP. HCM từ năm 1990. Nay ông về quê.', ['Ông sống ở TP. HCM từ năm 1990.', 'Nay ông về quê.']],
  ['PGS.TS title', 'PGS.TS Nguyễn Văn A cho biết. Sau đó ông đi.', ['PGS.TS Nguyễn Văn A cho biết.', 'Sau đó ông đi.']],
  ['PGS. TS. title with spaces', 'Theo PGS. TS. Lê B, giá tăng. Dân lo.', ['Theo PGS. TS. Lê B, giá tăng.', 'Dân lo.']],
  ['Th.S title', 'Th.S Trần C nói vậy. Ai cũng đồng ý.', ['Th.S Trần C nói vậy.', 'Ai cũng đồng ý.']],
  ['UBND', 'UBND tỉnh họp. Chủ tịch UBND phát biểu.', ['UBND tỉnh họp.', 'Chủ tịch UBND phát biểu.']],
  ['thousands separator', 'Có 1.500 người dự. Họ vui.', ['Có 1.500 người dự.', 'Họ vui.']],
  ['day/month', 'Hôm 23/3. Hai bên gặp nhau.', ['Hôm 23/3.', 'Hai bên gặp nhau.']],
  ['decimal comma', 'Giá tăng 3,5%. Dân lo.', ['Giá tăng 3,5%.', 'Dân lo.']],
  ['ellipsis before lower case', 'Ông nói... rồi im lặng. Sau đó đi.', ['Ông nói... rồi im lặng.', 'Sau đó đi.']],
  ['ellipsis before upper case', 'Chờ đợi... Cuối cùng cũng đến.', ['Chờ đợi...', 'Cuối cùng cũng đến.']],
  ['curly quotes closing a sentence', 'Ông nói: “Tôi sẽ đi.” Bà gật đầu.', ['Ông nói: “Tôi sẽ đi.”', 'Bà gật đầu.']],
  ['sentences inside a quotation stay together', '“Tôi sẽ là ứng viên. Điều đó đã ngã ngũ”, bà nói.', ['“Tôi sẽ là ứng viên. Điều đó đã ngã ngũ”, bà nói.']],
  ['straight quotes', '"Đây là biểu hiện của tình hữu nghị", ông nói. Sau đó ông về.', ['"Đây là biểu hiện của tình hữu nghị", ông nói.', 'Sau đó ông về.']],
  ['initials', 'Ông Donald J. Trump phát biểu. Đám đông vỗ tay.', ['Ông Donald J. Trump phát biểu.', 'Đám đông vỗ tay.']],
  ['question and exclamation', 'Ai đến? Ông Kim! Thật bất ngờ.', ['Ai đến?', 'Ông Kim!', 'Thật bất ngờ.']],
  ['line break always ends', 'Dòng một\nDòng hai', ['Dòng một', 'Dòng hai']],
  ['caption with credit', 'Ông Tập bắt tay ông Kim. Ảnh: AP.', ['Ông Tập bắt tay ông Kim.', 'Ảnh: AP.']],
];

for (const [name, input, want] of CASES) {
  test(`sentences › ${name}`, () => assert.deepEqual(split(input), want));
}

test('sentences › spans are trimmed, ordered, inside the range, and cover every non-space character', () => {
  const samples = [
    'Nhà lãnh đạo Triều Tiên Kim Jong Un và Chủ tịch Trung Quốc Tập Cận Bình hôm 23/3 đã cùng chia sẻ thông điệp.  Ông Tập đáp lại!  ',
    '   ', '', '...', '“”', 'a. b. C. D', '?!?!', 'TP. HCM. TP. Hà Nội.',
  ];
  for (const s of samples) {
    const spans = splitSentences(s);
    let prev = 0;
    let covered = '';
    for (const sp of spans) {
      assert.ok(sp.start >= prev && sp.end > sp.start && sp.end <= s.length);
      assert.equal(s.slice(sp.start, sp.end), s.slice(sp.start, sp.end).trim());
      covered += s.slice(sp.start, sp.end);
      prev = sp.end;
    }
    assert.equal(covered.replace(/\s/g, ''), s.replace(/\s/g, ''));
  }
});
