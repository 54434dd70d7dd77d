/** The times stage (src/nlp/times): Vietnamese time expressions resolved against a reference time. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../../src/nlp/times/index.js';
import { lunarToSolar, nearestLunar } from '../../src/nlp/times/calendar.js';
import { defaultPipeline } from '../../src/pipeline/index.js';
import { ROOT, SEED_2019, SEED_2021, SEEDS } from '../helpers.js';

const REF = '2021-03-24T10:00:00+07:00'; // a Wednesday

/** The value of the expression whose text contains `part`, resolved against `ref`. */
function valueOf(sentence: string, part: string, ref: string | undefined = REF): string | null | undefined {
  const t = findTimes(sentence, { reference: ref }).find((x) => x.text.includes(part) || part.includes(x.text));
  return t === undefined ? undefined : t.value;
}

/** [sentence, expression, reference, value]: the forms of the issue, one behaviour each. */
const CASES: [string, string, string, string][] = [
  ['Hai nhà lãnh đạo hôm 23/3 đã cùng chia sẻ thông điệp.', 'hôm 23/3', REF, '2021-03-23'],
  ['Cuộc họp diễn ra ngày 19.5 tại Hà Nội.', 'ngày 19.5', REF, '2020-05-19'], // two months ahead: last year's
  ['Lễ ký ngày 23-10 có sự tham dự của hai bên.', 'ngày 23-10', REF, '2020-10-23'],
  ['KCNA cho biết hôm thứ Ba rằng ông Kim kêu gọi đoàn kết.', 'hôm thứ Ba', REF, '2021-03-23'],
  ['Điện Kremlin hôm qua thông báo.', 'hôm qua', REF, '2021-03-23'],
  ['Hãng tin KCNA hôm nay dẫn lời.', 'hôm nay', REF, '2021-03-24'],
  ['Đoàn sẽ lên đường ngày mai.', 'ngày mai', REF, '2021-03-25'],
  ['Cuộc hội đàm diễn ra hồi tuần trước.', 'tuần trước', REF, '2021-W11'],
  ['Họ đã gặp nhau vào thứ Sáu tuần trước.', 'thứ Sáu tuần trước', REF, '2021-03-19'],
  ['Giá dầu đã giảm mạnh tháng trước.', 'tháng trước', REF, '2021-02'],
  ['Ông Kim dự kiến thăm Nga vào cuối tháng 4.', 'cuối tháng 4', '2019-04-19T08:00:00+07:00', '2019-04-21/2019-04-30'],
  ['Bà giành chiến thắng hồi đầu năm nay.', 'đầu năm nay', REF, '2021-01/2021-03'],
  ['Ông đã bị giết trong một cuộc đọ súng năm ngoái.', 'năm ngoái', REF, '2020'],
  ['Hai người bắt tay tại Bắc Kinh hồi tháng 6/2018.', 'tháng 6/2018', REF, '2018-06'],
  ['Cặp đôi này hẹn hò với nhau vào năm 2018.', 'năm 2018', REF, '2018'],
  ['Tàu đã rời cảng cách đây 3 ngày.', 'cách đây 3 ngày', REF, '2021-03-21'],
  ['Vụ phóng diễn ra lúc 2h45 sáng 23/3.', '2h45 sáng 23/3', REF, '2021-03-23T02:45+07:00'],
  ['Vụ nổ xảy ra vào khoảng 15h30, ngày 28/5, tại showroom.', '15h30, ngày 28/5', '2016-05-29T06:54:00+07:00', '2016-05-28T15:30+07:00'],
  ['Sự việc diễn ra tối 24/8 (giờ địa phương).', 'tối 24/8', '2020-08-25T09:00:00+07:00', '2020-08-24'],
  ['Nữ tiếp viên đăng bức ảnh vào ngày 26/9/2014.', 'ngày 26/9/2014', REF, '2014-09-26'],
  ['Pháo hoa được bắn đêm 31/12 ở nhiều nơi.', 'đêm 31/12', '2021-01-02T08:00:00+07:00', '2020-12-31'],
  ['Luật có hiệu lực từ ngày 1/1 tới.', 'ngày 1/1 tới', '2020-12-20T08:00:00+07:00', '2021-01-01'],
  ['Cửa hàng đóng cửa đến hết mùng 1 Tết.', 'mùng 1 Tết', '2021-01-20T08:00:00+07:00', '2021-02-12'],
  ['Lễ hội diễn ra vào rằm tháng Giêng.', 'rằm tháng Giêng', REF, '2021-02-26'],
  ['Tàu ra khơi từ ngày 19/3 âm lịch (25/4).', '19/3 âm lịch', '2016-05-20T21:24:00+07:00', '2016-04-25'],
  ['Ngày 21/5 (nhằm ngày 15/4 năm Bính Thân), đại lễ Phật đản diễn ra.', '15/4 năm Bính Thân', '2016-05-21T19:27:00+07:00', '2016-05-21'],
  ['Gia đình đang cúng xe đầu tháng 7 âm lịch.', 'đầu tháng 7 âm lịch', '2016-08-08T18:15:00+07:00', '2016-08-03/2016-08-12'],
  ['OPEC sẽ nhóm họp vào mùng 2/6.', 'mùng 2/6', '2016-05-23T15:28:00+07:00', '2016-06-02'],
  ['Giai đoạn I được triển khai từ tháng 5/2016 đến tháng 6/2017.', 'tháng 6/2017', REF, '2017-06'],
  ['Ông nghỉ thi đấu ở Australian Open 2010 và đến tận tháng 3 mới trở lại.', 'tháng 3', REF, '2010-03'],
  ['Hóa đơn tiền nước tháng 1, tháng 2 và tháng 3/2016 của gia đình.', 'tháng 1', REF, '2016-01'],
  ['Mansour sinh vào thập niên 1960.', 'thập niên 1960', REF, '1960/1969'],
  ['Ông Tòng 15 năm trước là nhân viên nhà hàng.', '15 năm trước', '2016-05-23T17:43:00+07:00', '2001'],
  ['Trần Hữu Anh (SN 1986, trú thôn 1) đã thừa nhận.', '1986', REF, '1986'],
  ['Bầu cử đại biểu nhiệm kỳ 2016-2021.', '2016-2021', REF, '2016/2021'],
  ['Real vô địch Champions League mùa giải 2013/14.', '2013/14', REF, '2013/2014'],
  ['Obama thăm Việt Nam từ 23 - 25.5 qua.', '23 - 25.5', '2016-05-27T17:08:00+07:00', '2016-05-23/2016-05-25'],
  ['Khuya 18 rạng sáng 19/5, cặp nam nữ bị bắt.', 'Khuya 18 rạng sáng 19/5', '2016-05-20T11:19:00+07:00', '2016-05-18/2016-05-19'],
  ['Chiến dịch diễn ra vào khoảng 15h00 (10:00 GMT) hôm thứ Bảy.', '10:00 GMT) hôm thứ Bảy', '2016-05-22T00:00:00+07:00', '2016-05-21T10:00+00:00'],
  ['Gundogan sẽ gia nhập Man City vào mùa Hè 2016.', 'mùa Hè 2016', REF, '2016-06/2016-08'],
  ['Văn bản ký ngày 23 tháng 3 năm 2021 tại Hà Nội.', 'ngày 23 tháng 3 năm 2021', REF, '2021-03-23'],
  ['CPI bình quân 10 tháng năm 2013 tăng 6,25%.', 'năm 2013', REF, '2013'], // ten months of 2013, not 10 May
];

for (const [sentence, part, ref, value] of CASES) {
  test(`times › ${part} (${ref.slice(0, 10)}) is ${value}`, () => {
    assert.equal(valueOf(sentence, part, ref), value);
  });
}

/** Numbers that look like dates and are not: nothing resolved over them. */
const NOT_DATES = [
  'Khoảng 1.500 người đã tham gia.',
  'Dự luật cần 3/4 số phiếu để thông qua.',
  'Giá vé là 272.000 đồng.',
  'Ứng dụng phiên bản 2.0 đã ra mắt.',
  'Đội chủ nhà thắng với tỉ số 2-1.',
  'Ứng viên thứ ba là Mullah Yakoub.',
  'Công viên phần mềm hiện đứng thứ 3 tại Đông Nam Á.',
  'Chi tiêu cho marketing chỉ chiếm 1/5 doanh thu.',
  'Chương trình tổ chức tại Quảng trường 19/8.',
  'Lương kỹ sư chỉ 8-10 triệu đồng.',
  'Trong 8 năm nay, năm nào tôi cũng nhận được câu hỏi đó.',
  'Những tháng trước, hóa đơn chỉ 200.000 đồng.',
  'Chỉ hai ngày trước khi nhậm chức, bà đã phát biểu.',
  'Bà Mai cho biết.',
];
for (const sentence of NOT_DATES) {
  test(`times › no date in "${sentence}"`, () => {
    assert.deepEqual(findTimes(sentence, { reference: REF }).filter((t) => t.value !== null), []);
  });
}

test('times › what cannot be resolved is kept with its reason, never guessed', () => {
  const noRef = findTimes('Điện Kremlin hôm qua thông báo, ngày 26/9/2014 và hôm 23/3.');
  assert.deepEqual(noRef.map((t) => [t.text, t.value, t.reason]), [
    ['hôm qua', null, 'no reference time'],
    ['ngày 26/9/2014', '2014-09-26', undefined],
    ['hôm 23/3', null, 'no reference time'],
  ]);
  const clock = findTimes('Ronaldo vẫn tập đến 3 giờ sáng.', { reference: REF });
  assert.deepEqual(clock.map((t) => [t.text, t.value, t.reason]), [['3 giờ sáng', null, 'no day']]);
});

test('times › bad input: no such day, far years, very long lines: no exception, no invented value', () => {
  assert.deepEqual(findTimes('Hẹn gặp ngày 30/2 nhé.', { reference: REF }).filter((t) => t.value), []);
  assert.deepEqual(findTimes('Vào năm 3000 và năm 0999.', { reference: REF }).filter((t) => t.value), []);
  assert.equal(valueOf('Lý Thái Tổ dời đô năm 1010.', 'năm 1010'), '1010');
  assert.deepEqual(findTimes('hôm qua', { reference: 'not a date' }).map((t) => t.reason), ['no reference time']);
  const long = 'Ngày 19/5, tỉ số 2-1 và 1.500 người; '.repeat(30_000); // about 1 MB on one line
  const t0 = Date.now();
  const found = findTimes(long, { reference: REF });
  assert.equal(found.length, 30_000);
  assert.ok(found.every((t) => t.value === '2020-05-19'));
  assert.ok(Date.now() - t0 < 10_000);
});

test('times › spans point into the text and values are ISO 8601 of their granularity', () => {
  const text = readFileSync(join(SEEDS, `${SEED_2019}.txt`), 'utf8').normalize('NFC');
  const forms: Record<string, RegExp> = {
    day: /^\d{4}-\d{2}-\d{2}$/, week: /^\d{4}-W\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/,
    instant: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?$/, interval: /^[\d-]+\/[\d-]+$/,
  };
  const found = findTimes(text, { reference: '2019-04-19T08:00:00+07:00' });
  assert.ok(found.length >= 5);
  for (const t of found) {
    assert.equal(text.slice(t.start, t.end), t.text);
    if (t.value) assert.match(t.value, forms[t.granularity!]!);
  }
});

test('times › the lunar calendar is Vietnam’s (UTC+7), not China’s', () => {
  assert.deepEqual(lunarToSolar(1, 1, 1985), { year: 1985, month: 1, day: 21 });
  assert.deepEqual(lunarToSolar(1, 1, 2007), { year: 2007, month: 2, day: 17 });
  assert.deepEqual(lunarToSolar(1, 1, 2021), { year: 2021, month: 2, day: 12 });
  assert.equal(lunarToSolar(30, 1, 2021), undefined); // a 29-day month
  assert.deepEqual(nearestLunar(1, 1, { year: 2020, month: 12, day: 20 }), { year: 2021, month: 2, day: 12 }); // Tết ahead
});

test('times › the seeds, through the default pipeline, with their sidecar dates', async () => {
  const run = (name: string) =>
    defaultPipeline().run({
      format: 'text',
      bytes: readFileSync(join(SEEDS, `${name}.txt`)),
      sidecar: readFileSync(join(SEEDS, `${name}.meta.json`), 'utf8'),
      name,
      origin: { path: `${name}.txt` },
    });
  const y2021 = await run(SEED_2021);
  const y2019 = await run(SEED_2019);
  const value = (doc: typeof y2021, text: string) => doc.times!.find((t) => t.text === text)?.value;
  assert.equal(value(y2021, 'hôm 23/3'), '2021-03-23');
  assert.equal(value(y2021, 'hôm thứ Ba'), '2021-03-23');
  assert.equal(value(y2021, 'hồi tuần trước'), '2021-W11'); // the week of Monday 15 March 2021
  assert.equal(value(y2019, 'hồi tháng 6/2018'), '2018-06');
  const caption = y2019.blocks!.find((b) => b.kind === 'caption' && y2019.text!.slice(b.start, b.end).includes('tháng 6/2018'));
  assert.ok(caption, 'hồi tháng 6/2018 is in a caption');
  assert.equal(value(y2019, 'cuối tháng 4'), '2019-04-21/2019-04-30'); // late April 2019
  assert.equal(value(y2019, 'hôm qua'), '2019-04-18');
  for (const t of [...y2021.times!, ...y2019.times!]) assert.equal(y2021.text!.includes(t.text) || y2019.text!.includes(t.text), true);
});

test('times › the golden set holds at least 200 expressions, a quarter of them held out, each span its text', () => {
  const gold = readFileSync(join(ROOT, 'test/fixtures/times/gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as {
    split: string; sentence: string; times: { start: number; end: number; text: string }[]; negatives: { start: number; end: number; text: string }[];
  });
  const all = gold.flatMap((s) => s.times.map((t) => ({ ...t, split: s.split, sentence: s.sentence })));
  assert.ok(all.length >= 200, `${all.length} expressions`);
  assert.ok(all.filter((t) => t.split === 'heldout').length / all.length >= 0.25);
  for (const s of gold) for (const t of [...s.times, ...s.negatives]) assert.equal(s.sentence.slice(t.start, t.end), t.text);
});
