import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../../src/ingest/clean.js';
import { parseByline } from '../../src/ingest/meta.js';
import { outletFromUrl, datelineAt } from '../../src/ingest/outlet.js';
import { idFromUrl } from '../../src/ingest/identity.js';

const clean = (text: string, title?: string) =>
  cleanText({ text, meta: title ? { title } : {}, firstLineMayBeTitle: !title });

test('clean › a dateline becomes the outlet and leaves the text', () => {
  const r = clean('Tiêu đề bài báo\nTTO - Sáng nay mưa lớn.\nĐoạn hai.\nĐoạn ba.');
  assert.equal(r.found.source, 'Tuổi Trẻ');
  assert.equal(r.found.title, 'Tiêu đề bài báo');
  assert.ok(!r.text.includes('TTO'));
  assert.ok(r.text.includes('Sáng nay mưa lớn.'));
  const d = clean('(Dân trí) - Hà Nội nắng nóng.\nĐoạn hai.');
  assert.equal(d.found.source, 'Dân trí');
});

test('clean › a given title is not repeated when the text starts with it', () => {
  const r = clean('Bão số 3 đổ bộ\nBão số 3 đã đổ bộ vào đất liền.', 'Bão số 3 đổ bộ');
  assert.equal(r.blocks.filter((b) => b.kind === 'title').length, 1);
  assert.equal(r.text.split('Bão số 3 đổ bộ').length - 1, 1);
});

test('clean › nothing but boilerplate leaves only the title', () => {
  const r = clean('Embed from Getty Images\nXem thêm:', 'Tiêu đề');
  assert.deepEqual(r.blocks.map((b) => b.kind), ['title']);
});

const BYLINES: [string, { author?: string; credit?: string }][] = [
  ['Ánh Ngọc (Theo Yonhap)', { author: 'Ánh Ngọc', credit: 'Yonhap' }],
  ['Phan Yến - Theo CNN', { author: 'Phan Yến', credit: 'CNN' }],
  ['Theo Yonhap', { credit: 'Yonhap' }],
  ['Thành Đạt - Tổng hợp', { author: 'Thành Đạt' }],
  ['Nguyễn Hoàng (TTXVN)', { author: 'Nguyễn Hoàng', credit: 'TTXVN' }],
  ['Xuân Lan', { author: 'Xuân Lan' }],
  // real ViMs bylines whose author part is a byline again (a credit inside a credit)
  ['Theo Trà My - CNN (Dân Việt)', { credit: 'Trà My - CNN (Dân Việt)' }],
  ['Bảo Linh (Washington Post) (Người đưa tin)', { author: 'Bảo Linh', credit: 'Washington Post (Người đưa tin)' }],
];
for (const [line, want] of BYLINES) {
  test(`meta › byline ${line}`, () => {
    assert.deepEqual(parseByline(line), want);
    // parsed again, the author it gives is the same (an export ingested back is unchanged)
    if (want.author) assert.deepEqual(parseByline(want.author), { author: want.author });
  });
}

test('outlet › from URLs, through aggregators, and from datelines', () => {
  assert.equal(outletFromUrl('https://vnexpress.net/the-gioi/abc-123.html')?.outlet, 'VnExpress');
  assert.equal(outletFromUrl('http://thethao.tuoitre.vn/x.htm')?.outlet, 'Tuổi Trẻ');
  assert.deepEqual(outletFromUrl('https://baomoi.com/c/123/tuoitre.vn/abc.epi'), { outlet: 'Tuổi Trẻ', via: 'baomoi.com' });
  assert.equal(outletFromUrl('http://www.baomoi.com/NSA-trom/119/12305728.epi'), undefined);
  assert.equal(datelineAt('VOV.VN - Sáng nay')?.outlet, 'VOV');
  assert.equal(datelineAt('(PLO)- Chiều nay')?.outlet, 'Pháp Luật TP.HCM');
  assert.equal(datelineAt('BRUSSELS - Hôm nay'), undefined);
  assert.equal(datelineAt('Hôm nay - ngày mai'), undefined);
});

test('identity › ids from URLs drop scheme, www, tracking parameters and fragments', () => {
  assert.equal(idFromUrl('https://www.VnExpress.net/a/b.html?utm_source=x&id=2#top'), 'vnexpress.net/a/b.html?id=2');
  assert.equal(idFromUrl('not a url'), undefined);
});

test('clean › captions: a credited photo line is a caption; `loại hình: ...` in prose is not (regression)', () => {
  const r = clean('Tiêu đề\nĐoạn một của bài.\nQuang cảnh hội thảo sáng 19-5 - Ảnh: Quang Định\nĐối tượng tham dự thuộc các loại hình: Báo in, phát thanh, truyền hình.\nĐoạn cuối.');
  const kinds = r.blocks.map((b) => `${b.kind}:${r.text.slice(b.start, b.start + 12)}`);
  assert.ok(kinds.includes('caption:Quang cảnh h'), kinds.join(' | '));
  assert.ok(kinds.includes('body:Đối tượng th'), kinds.join(' | '));
});

test('outlet › names given in metadata take the known outlet spelling', async () => {
  const { canonicalOutlet } = await import('../../src/ingest/outlet.js');
  assert.equal(canonicalOutlet('Dân Trí'), 'Dân trí');
  assert.equal(canonicalOutlet('dan tri'), 'Dân trí');
  assert.equal(canonicalOutlet('TTO'), 'Tuổi Trẻ');
  assert.equal(canonicalOutlet('Báo Mới Lạ'), 'Báo Mới Lạ');
});
