/** The one date parser (src/text/dates): every form a publication date comes in, and what is not a date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, formatIso, parseDate, parsePublicationDate } from '../../src/text/dates/index.js';

/** [written, ISO with offset or undefined]: one behaviour each; the zone is kept when written, +07:00 only when not. */
const PUBLICATION_DATES: [string, string | undefined][] = [
  // ISO 8601 (JSON-LD, meta tags, sidecars, Atom)
  ['2021-03-23T07:00:00+07:00', '2021-03-23T07:00:00+07:00'],
  ['2021-03-23T07:00:00Z', '2021-03-23T07:00:00+00:00'],
  ['2021-03-23 07:00', '2021-03-23T07:00:00+07:00'],
  ['2021-03-23', '2021-03-23T00:00:00+07:00'],
  ['2019-11-18T17:01:27.893Z', '2019-11-18T17:01:27+00:00'], // regression: came out as +07:00
  ['2020-12-05T23:15:0Z', '2020-12-05T23:15:00+00:00'], // one-digit seconds (lagazzettadelmezzogiorno.it's JSON-LD): the zone is still read
  ['2018-09-15T10:15:48+02:00', '2018-09-15T10:15:48+02:00'], // regression: came out as 00:00:00+07:00
  ['2020-02-17T23:30:00-05:00', '2020-02-17T23:30:00-05:00'], // the day as written, not UTC's
  ['2019-11-18T17:01:27+0530', '2019-11-18T17:01:27+05:30'],
  ['2019-11-18T17:01:27.893', '2019-11-18T17:01:27+07:00'],
  ['2019/11/18', '2019-11-18T00:00:00+07:00'],
  // RFC 822/1123 (RSS pubDate)
  ['Tue, 23 Mar 2021 07:00:00 +0700', '2021-03-23T07:00:00+07:00'],
  ['Tue, 23 Mar 2021 00:00:00 GMT', '2021-03-23T00:00:00+00:00'],
  ['23 Mar 21 07:00 EST', '2021-03-23T07:00:00-05:00'],
  ['Mon, 18 Nov 2019 17:01:27 -0500', '2019-11-18T17:01:27-05:00'],
  // Vietnamese visible date lines
  ['Thứ ba, 23/3/2021, 10:15 (GMT+7)', '2021-03-23T10:15:00+07:00'],
  ['23/03/2021 10:15', '2021-03-23T10:15:00+07:00'],
  ['23/03/2021 - 07:05', '2021-03-23T07:05:00+07:00'],
  ['15/03/2024 10:15 GMT+7', '2024-03-15T10:15:00+07:00'],
  ['ngày 23 tháng 3 năm 2021', '2021-03-23T00:00:00+07:00'],
  ['23/03/2021 07:00:00', '2021-03-23T07:00:00+07:00'],
  // English, German, French
  ['November 18, 2019 12:01 PM', '2019-11-18T12:01:00+07:00'],
  ['18 Nov 2019', '2019-11-18T00:00:00+07:00'],
  ['Sunday, 18 November 2019, 8:00 pm', '2019-11-18T20:00:00+07:00'],
  ['18 Nov 2019 at 3:45 pm EST', '2019-11-18T15:45:00-05:00'],
  ['Madeline Fry | November 18, 2019 12:01 PM Print this article', '2019-11-18T12:01:00+07:00'],
  ['Jeff FoustMonday, November 18, 2019', '2019-11-18T00:00:00+07:00'],
  ['18. November 2019', '2019-11-18T00:00:00+07:00'],
  ['18.11.2019', '2019-11-18T00:00:00+07:00'],
  ['am 18.11.2019 um 12:01 Uhr', '2019-11-18T12:01:00+07:00'],
  ['18 novembre 2019', '2019-11-18T00:00:00+07:00'],
  ['Publié le 1er mars 2020 à 10h30', '2020-03-01T10:30:00+07:00'],
  // not dates
  ['not a date', undefined],
  ['hôm qua', undefined],
  ['45/13/2021', undefined],
  ['2021-02-30', undefined],
  ['2021-03-23T25:00', undefined], // an impossible time makes the value no date: nothing invented
  ['1.500.000', undefined],
  ['3/4 số phiếu', undefined],
  ['phiên bản 2.0.1', undefined],
  ['', undefined],
];
for (const [raw, want] of PUBLICATION_DATES) {
  test(`dates › "${raw}" → ${want}`, () => assert.equal(parsePublicationDate(raw), want));
}

/**
 * The `Published Date:` header lines of the ViMs corpus (vims-dev): one of each of its forms, with
 * the value they mean (PM and `chiều` read as afternoon, seconds kept, `h:` as a time separator).
 */
const VIMS_HEADERS: [string, string | undefined][] = [
  ['20/05/2016 09:17', '2016-05-20T09:17:00+07:00'],
  ['09:57 20/05/2016', '2016-05-20T09:57:00+07:00'],
  ['20/05/2016 09:03 GMT+7', '2016-05-20T09:03:00+07:00'],
  ['06:43 ngày 20/05/2016', '2016-05-20T06:43:00+07:00'],
  ['06:26 PM - 19/05/2016', '2016-05-19T18:26:00+07:00'],
  ['10:57 AM - 20/05/2016', '2016-05-20T10:57:00+07:00'],
  ['Thứ 6, 11:03, 20/05/2016', '2016-05-20T11:03:00+07:00'],
  ['10:15 ngày 20 tháng 05 năm 2016', '2016-05-20T10:15:00+07:00'],
  ['Thứ sáu, 20/05/2016 - 06:33', '2016-05-20T06:33:00+07:00'],
  ['16:03 | 20/05/2016', '2016-05-20T16:03:00+07:00'],
  ['19/05/16 15:47', '2016-05-19T15:47:00+07:00'],
  ['12:12pm | 19/05/2016', '2016-05-19T12:12:00+07:00'],
  ['08:36am | 20/05/2016', '2016-05-20T08:36:00+07:00'],
  ['20/5/2016 15:37 UTC+7', '2016-05-20T15:37:00+07:00'],
  ['12:07:09 19/05/2016', '2016-05-19T12:07:09+07:00'],
  ['19.05.2016 | 13:59 PM', '2016-05-19T13:59:00+07:00'],
  ['27/05/2016 - 18:52 (GMT+7)', '2016-05-27T18:52:00+07:00'],
  ['6:17 PM, 19/05/2016', '2016-05-19T18:17:00+07:00'],
  ['Thứ 5, 19/05/2016, 17:30', '2016-05-19T17:30:00+07:00'],
  ['09:42 AM, 20-05-2016', '2016-05-20T09:42:00+07:00'],
  ['10:07 ngày 21-05-2016', '2016-05-21T10:07:00+07:00'],
  ['Thứ Sáu, ngày 20/5/2016 - 10:33', '2016-05-20T10:33:00+07:00'],
  ['Thứ sáu, 20/5/2016 | 09:40 GMT+7', '2016-05-20T09:40:00+07:00'],
  ["15:07' 20-05-2016", '2016-05-20T15:07:00+07:00'],
  ['Thứ Sáu, ngày 20/05/2016 10:00 AM (GMT+7)', '2016-05-20T10:00:00+07:00'],
  ['22:15 PM, 19-05-2016', '2016-05-19T22:15:00+07:00'],
  ['11:52 - 20/05/2016', '2016-05-20T11:52:00+07:00'],
  ['20/05/2016, 15:21 (GMT+7)', '2016-05-20T15:21:00+07:00'],
  ['Thứ Hai, 23/05/2016, 20:34:36', '2016-05-23T20:34:36+07:00'],
  ['Thứ Bảy, 21/05/2016 04:00PM', '2016-05-21T16:00:00+07:00'],
  ['10:54, Thứ 6, 20/05/2016', '2016-05-20T10:54:00+07:00'],
  ['13:37 21/05.2016', '2016-05-21T13:37:00+07:00'],
  ['Chủ nhật, 08:15, 22/05/2016', '2016-05-22T08:15:00+07:00'],
  ['Đăng ngày 22-05-2016 Sửa đổi ngày 22-05-2016 15:10', '2016-05-22T00:00:00+07:00'], // the first (published) date
  ['Cập nhật: 10:45, Thứ 6, 20/05/2016', '2016-05-20T10:45:00+07:00'],
  ['2016-05-20T08:26:24+07:00', '2016-05-20T08:26:24+07:00'],
  ['Thứ Bẩy, ngày 21/05/2016 10:45 GMT +7', '2016-05-21T10:45:00+07:00'],
  ['12:34 Thứ Bảy ngày 21/05/2016', '2016-05-21T12:34:00+07:00'],
  ['Ngày 20 Tháng 5, 2016 | 07:51 PM', '2016-05-20T19:51:00+07:00'],
  ['NGÀY 20 THÁNG 05, 2016 | 19:53', '2016-05-20T19:53:00+07:00'],
  ['18 tháng 5 2016', '2016-05-18T00:00:00+07:00'],
  ['20h:22 GMT+7 - Thứ bảy, 21/05/2016', '2016-05-21T20:22:00+07:00'],
  ['Thứ hai, 23 Tháng năm 2016, 23:43 GMT+7', '2016-05-23T23:43:00+07:00'], // `tháng năm`: May
  ['14:27, Thứ Ba, 24/05/2016 (GMT+7)', '2016-05-24T14:27:00+07:00'],
  ['Thứ sáu, 20/5/2016 | 2:33:23 Chiều', '2016-05-20T14:33:23+07:00'],
  ['Thứ Năm, 19/05/2016 17:46 CH', '2016-05-19T17:46:00+07:00'],
  ['Chủ Nhật, 22/05/2016 08:47 SA', '2016-05-22T08:47:00+07:00'],
  ['19/05/201600:00:00(Xem: 732)', '2016-05-19T00:00:00+07:00'],
  ['5/20/2016 11:40:52 PM', '2016-05-20T23:40:52+07:00'], // month first: 20 cannot be a month
  ['04:00AM, 05/19/16', '2016-05-19T04:00:00+07:00'],
  ['Thứ ba, ngày 24 tháng 5 năm 2016 | 8:6', '2016-05-24T08:06:00+07:00'],
  ['10:0 AM, 20/05/2016', '2016-05-20T10:00:00+07:00'],
  ["Cập nhật: 7: 25': 10'' (GMT+7) - 19 / 5 / 2016", '2016-05-19T07:25:10+07:00'],
  ['Thứ sáu, 20 Tháng 5 2016 12:02:40', '2016-05-20T12:02:40+07:00'],
  ['Thứ Năm | 19/05/2016 09:38', '2016-05-19T09:38:00+07:00'],
  ['Gửi 09:17am | 20/05/2016', '2016-05-20T09:17:00+07:00'],
  ['May 19, 2016', '2016-05-19T00:00:00+07:00'],
  ['Đăng lúc 16:07PM - 19/05/2016', '2016-05-19T16:07:00+07:00'],
  ["17h40' 25-05-2016", '2016-05-25T17:40:00+07:00'],
  ['Đăng tải: 2016-05-23 16:17:37 Cập nhật: 2016-05-23 17:10:06', '2016-05-23T16:17:37+07:00'],
  ['9-8-2016', '2016-08-09T00:00:00+07:00'],
  ['Phát hiện thi thể nam thanh niên', undefined],
  ['http://petrotimes.vn/hai-may-bay-du-phong-cua-ong-obama-xuat-hien-o-da-nang-425071.html', undefined],
];
for (const [raw, want] of VIMS_HEADERS) {
  test(`dates › ViMs header "${raw}" → ${want}`, () => assert.equal(parsePublicationDate(raw), want));
}

test('dates › a date without a year is read only against a reference, never the clock', () => {
  assert.equal(parsePublicationDate('21/05 06:45'), undefined);
  assert.equal(parsePublicationDate('21/05 06:45', { reference: { year: 2016, month: 5, day: 25 } }), '2016-05-21T06:45:00+07:00');
  // 31/12 in an article of 2 January is last year's
  assert.equal(parsePublicationDate('31/12 23:00', { reference: { year: 2021, month: 1, day: 2 } }), '2020-12-31T23:00:00+07:00');
});

test('dates › a numeric date whose order is open is read day first unless told otherwise', () => {
  assert.equal(parsePublicationDate('05/06/2019'), '2019-06-05T00:00:00+07:00');
  assert.equal(parsePublicationDate('05/06/2019', { order: 'mdy' }), '2019-05-06T00:00:00+07:00');
  assert.equal(parsePublicationDate('25/06/2019', { order: 'mdy' }), '2019-06-25T00:00:00+07:00');
});

test('dates › years outside the bounds are not dates', () => {
  assert.equal(parsePublicationDate('01/01/1799'), undefined);
  assert.equal(parsePublicationDate('2019-11-18', { minYear: 2020 }), undefined);
});

test('dates › findDates gives each date with its span, time and zone included', () => {
  const text = 'Hà Nội, 10:15 ngày 23/3/2021 (GMT+7). Bài viết cũ: 18/11/2019.';
  const found = findDates(text);
  assert.deepEqual(found.map((f) => f.text), ['10:15 ngày 23/3/2021 (GMT+7)', '18/11/2019']);
  for (const f of found) assert.equal(text.slice(f.start, f.end), f.text);
  assert.equal(formatIso(found[0]!.value), '2021-03-23T10:15:00+07:00');
  assert.equal(found[0]!.value.offset, 420);
  assert.equal(found[1]!.value.offset, undefined, 'no zone written: none invented');
});

test('dates › two-digit years only where the whole string is a date', () => {
  assert.deepEqual(findDates('tỉ số 3/4/21 trong hiệp'), []);
  assert.equal(parseDate('19/05/16')?.year, 2016);
});

test('dates › naughty input: long, binary or hostile strings give no date and no exception, quickly', () => {
  const t0 = performance.now();
  for (const s of ['1/'.repeat(50_000), '2019-'.repeat(20_000), '\u0000\uFFFF'.repeat(1000), ' '.repeat(100_000), '9:'.repeat(30_000)]) {
    assert.doesNotThrow(() => findDates(s));
    assert.equal(parsePublicationDate(s), undefined);
  }
  assert.ok(performance.now() - t0 < 5000, 'under 5 s');
});

test('dates › Arabic month names, Levantine and Egyptian, alone or paired as news sites print them (almadenahnews.com, htmldate-eval)', () => {
  const [d] = findDates('تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً');
  assert.deepEqual(d?.value, { year: 2020, month: 4, day: 24, hour: 21, minute: 22 });
  assert.deepEqual(findDates('الخميس 3 ديسمبر 2020')[0]?.value, { year: 2020, month: 12, day: 3 });
  assert.deepEqual(findDates('1 تشرين الأول 2019')[0]?.value, { year: 2019, month: 10, day: 1 });
});

test('dates › month names of more languages, day first, and year-first forms (Hungarian, Chinese, Japanese, Korean)', () => {
  const day = (t: string) => findDates(t)[0]?.value;
  const june4 = { year: 2020, month: 6, day: 4 };
  for (const t of ['4 czerwca 2020', '4. června 2020', '4 июня 2020', '4 червня 2020', '4 Haziran 2020', '4 iunie 2020', '4 Juni 2020', '4 juni 2020']) assert.deepEqual(day(t), june4, t);
  assert.deepEqual(day('24 Maret 2019'), { year: 2019, month: 3, day: 24 });
  assert.deepEqual(day('Közzétéve: 2020. június 4. 10:15'), { ...june4, hour: 10, minute: 15 });
  assert.deepEqual(day('2020. jún. 4.'), june4);
  assert.deepEqual(day('发布时间：2020年6月4日 10:30'), { ...june4, hour: 10, minute: 30 });
  assert.deepEqual(day('2020년 6월 4일'), june4);
  // a sentence that ends on a year is no Hungarian date; nor is a brand with a month word in it
  assert.equal(day('It opened in 2019. May 5 people came.'), undefined);
  assert.equal(day('Wal-Mart 2019 results'), undefined);
});
