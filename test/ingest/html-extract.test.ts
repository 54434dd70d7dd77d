import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/ingest/html/extract.js';
import { nestingDepth } from '../../src/ingest/html/guard.js';
import { isDateLine } from '../../src/ingest/html/patterns.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/html/${name}`, import.meta.url), 'utf8');

interface Case {
  file: string;
  url?: string;
  title: string;
  publishedAt: string;
  author?: string;
  credit?: string;
  source: string;
  canonical?: string;
  lead?: string;
  first: string; // start of the first body paragraph
  last: string; // start of the last body paragraph
  caption: string; // start of a caption
  notInBody: string[]; // navigation, related, caption, share, comment, ad, byline text
}

const CASES: Case[] = [
  {
    file: 'tuoitre.html', title: 'TP.HCM khởi công tuyến metro số 2', publishedAt: '2024-03-15T10:15:00+07:00', author: 'NGỌC HIỂN',
    source: 'Tuổi Trẻ', lead: 'Sáng 15-3, TP.HCM chính thức', first: 'Tuyến metro số 2 dài', last: 'Đến nay, công tác giải phóng',
    caption: 'Lãnh đạo TP.HCM bấm nút', notInBody: ['Trang chủ', 'Đọc thêm', 'Metro số 1 chạy thử', 'QUANG ĐỊNH', 'Chia sẻ', 'Tin cùng chuyên mục', 'Cầu Thủ Thiêm', 'kẹt xe', 'Thành Đoàn', 'Sáng 15-3'],
  },
  {
    file: 'thanhnien.html', title: 'Giá xăng giảm mạnh từ chiều nay', publishedAt: '2024-03-21T15:05:00+07:00', author: 'Đình Sơn',
    source: 'Thanh Niên', lead: 'Liên bộ Công Thương', first: 'Từ 15 giờ chiều nay', last: 'Trên thị trường thế giới', caption: 'Người dân đổ xăng',
    notInBody: ['Quảng cáo', 'Kinh tế', 'Giá vàng hôm nay', 'NGỌC DƯƠNG', 'Copy link', 'giá xăng dầu, xăng RON 95 giảm hơn', 'Xem thêm', 'Xuất khẩu gạo', 'Tổng biên tập'],
  },
  {
    file: 'dantri.html', title: 'Hà Nội mưa lớn, nhiều tuyến phố ngập sâu', publishedAt: '2024-07-01T08:30:00+07:00', author: 'Minh Nhật',
    source: 'Dân trí', lead: 'Trận mưa lớn kéo dài', first: 'Theo Trung tâm Dự báo', last: 'Dự báo mưa còn tiếp diễn', caption: 'Phố Nguyễn Khuyến',
    notInBody: ['Xã hội', 'Mạnh Quân', 'Chia sẻ', 'Tags', 'Tin nổi bật', 'Giá vàng', 'Minh Nhật', '08:30', 'Bộ Lao động'],
  },
  {
    file: 'znews.html', title: 'Apple ra mắt iPhone 16', publishedAt: '2024-09-10T08:30:00+07:00' /* JSON-LD's 01:30Z in the page's own zone */, author: 'Phương Lâm', source: 'Znews',
    canonical: 'https://znews.vn/apple-ra-mat-iphone-16-post1500000.html', lead: 'iPhone 16 có nút bấm mới', first: 'Tại sự kiện ở Cupertino',
    last: 'Giá bán khởi điểm', caption: 'iPhone 16 có năm màu sắc', notInBody: ['Công nghệ', 'Ảnh: Apple', 'Tags', 'Chia sẻ', 'Bài viết liên quan', 'Samsung', 'Quảng cáo', 'Phương Lâm'],
  },
  {
    file: 'vov.html', title: 'Quốc hội thông qua Luật Đất đai sửa đổi', publishedAt: '2024-01-18T10:45:00+07:00', author: 'Hồng Nhung', source: 'VOV',
    lead: 'Với đa số đại biểu tán thành', first: 'Sáng 18/1, với 432 đại biểu', last: 'Một điểm mới quan trọng', caption: 'Các đại biểu bấm nút',
    notInBody: ['Chính trị', 'Tin liên quan', 'bế mạc', 'Hồng Nhung', 'Luật Đất đai sửa đổi tại kỳ họp', 'Chia sẻ', 'Thứ năm, 18/01/2024', 'Đài Tiếng nói'],
  },
  {
    file: 'nld.html', title: 'Công nhân được tăng lương tối thiểu từ 1-7', publishedAt: '2024-06-01T09:00:00+07:00', author: 'Ngọc Sơn',
    source: 'Người Lao Động', lead: 'Mức lương tối thiểu vùng tăng 6%', first: 'Theo Nghị định vừa được', last: 'Tổng Liên đoàn Lao động',
    caption: 'Công nhân tan ca', notInBody: ['Công đoàn', 'Xem thêm', 'lương hưu', 'HOÀNG TRIỀU', 'Chia sẻ', 'giá cả cũng tăng', 'Thành ủy', 'Ngọc Sơn'],
  },
  {
    file: 'baomoi.html', title: 'Giá vàng hôm nay tăng vọt', publishedAt: '2024-04-02T08:10:00+07:00', source: 'Thanh Niên',
    canonical: 'https://thanhnien.vn/gia-vang-hom-nay-tang-vot-185240402081000123.htm', lead: 'Giá vàng miếng SJC tăng thêm',
    first: 'Sáng nay, Công ty SJC', last: 'Các chuyên gia khuyến cáo', caption: '', notInBody: ['Kinh tế', 'Đọc bài gốc', 'Tin cùng chủ đề', 'Giá USD', 'Lãi suất'],
  },
];

for (const c of CASES) {
  test(`html extract › ${c.file}: title, date, author and outlet`, () => {
    const a = extractArticle(fixture(c.file), c.url ? { url: c.url } : {});
    assert.equal(a.title, c.title);
    assert.equal(a.publishedAt, c.publishedAt);
    assert.equal(a.author, c.author);
    if (c.credit) assert.equal(a.credit, c.credit);
    assert.equal(a.source, c.source);
    if (c.canonical) assert.equal(a.url, c.canonical);
    assert.equal(a.bestEffort, false);
  });
  test(`html extract › ${c.file}: lead, body and captions apart, no furniture in the body`, () => {
    const a = extractArticle(fixture(c.file), c.url ? { url: c.url } : {});
    assert.ok(a.lead?.startsWith(c.lead ?? ''), `lead: ${a.lead}`);
    assert.ok(a.paragraphs[0]?.startsWith(c.first), `first: ${a.paragraphs[0]}`);
    assert.ok(a.paragraphs.at(-1)?.startsWith(c.last), `last: ${a.paragraphs.at(-1)}`);
    if (c.caption) assert.ok(a.captions.some((x) => x.startsWith(c.caption)), `captions: ${a.captions.join(' | ')}`);
    const body = a.paragraphs.join('\n');
    for (const bad of c.notInBody) assert.ok(!body.includes(bad), `body holds "${bad}"`);
  });
}

// backlog: a related teaser inside the article, one link wrapping a `p.title`, with no `Đọc thêm`
// line above it, stays in the body since the rule dropping every short link paragraph went (it lost
// under cross-validation: content lists were dropped with it).
test.todo('html extract › znews.html: the linked teaser "iPhone 15 giảm giá mạnh ..." inside the article is not body');
// backlog: `<article class="article-related">` teaser cards (dantri.html) stay: an <article> is never
// removed by its class names, since WordPress marks the story's own <article> `tag-*`, `category-*`.
test.todo('html extract › dantri.html: the teaser card "Cảnh báo lũ quét ..." is not body');

test('html extract › Báo Mới page names the original outlet and says it is republished', () => {
  const a = extractArticle(fixture('baomoi.html'));
  assert.ok(a.warnings.some((w) => w.includes('aggregator') && w.includes('baomoi.com')));
});

// ---- bad input: never a crash or a hang; best effort marked as such

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

test('html extract › 10,000 nested elements: flattened best effort, fast, no stack overflow', () => {
  const html = `<html><body>${'<div>'.repeat(10_000)}<p>${'Một câu văn trong trang lồng rất sâu. '.repeat(10)}</p>${'</div>'.repeat(10_000)}</body></html>`;
  assert.ok(nestingDepth(html) >= 10_000);
  const { value: a, ms } = timed(() => extractArticle(html));
  assert.equal(a.bestEffort, true);
  assert.ok(a.warnings.some((w) => w.includes('nested')));
  assert.ok(a.paragraphs.join(' ').includes('Một câu văn'));
  assert.ok(ms < 5000, `${ms} ms`);
});

test('html extract › 10,000 nested inline elements and unclosed tags', () => {
  const html = `<html><body><article>${'<span><b>'.repeat(5_000)}Chữ ${'<p>Đoạn văn chưa đóng thẻ. '.repeat(3000)}</article>`;
  const a = extractArticle(html);
  assert.equal(a.bestEffort, true);
  assert.ok(a.paragraphs.length > 0);
});

test('html extract › sloppy HTML with thousands of unclosed <p> is not taken for deep nesting', () => {
  const html = `<html><body><article>${'<p>Đoạn văn của bài báo không đóng thẻ, vẫn là văn bản bình thường. '.repeat(2000)}</article></body></html>`;
  assert.ok(nestingDepth(html) < 10);
  const a = extractArticle(html);
  assert.equal(a.bestEffort, false);
  assert.equal(a.paragraphs.length, 2000);
});

test('html extract › malformed HTML still gives its text', () => {
  const html = '<html><body><div><p>Câu một <b>đậm <i>nghiêng</b> tiếp</i></p><p>Câu hai <<<>>> </div></span></table><article><p>' +
    'Nội dung chính của bài viết có dấu tiếng Việt đầy đủ. '.repeat(20) + '</article';
  const a = extractArticle(html);
  assert.ok(a.paragraphs.join(' ').includes('Nội dung chính'));
});

test('html extract › a page with no article is best effort with a warning', () => {
  const a = extractArticle('<html><body><nav><a href="/">Trang chủ</a> <a href="/x">Thời sự</a></nav><div>Đăng nhập</div></body></html>');
  assert.equal(a.bestEffort, true);
  assert.ok(a.warnings.length > 0);
});

test('html extract › a script-only page says it has no visible text', () => {
  const a = extractArticle('<html><head><script>document.write("x")</script></head><body><script>var a = 1;</script></body></html>');
  assert.equal(a.bestEffort, true);
  assert.deepEqual(a.paragraphs, []);
  assert.ok(a.warnings.some((w) => w.includes('no visible text')), a.warnings.join('; '));
});

test('html extract › empty and non-HTML input', () => {
  assert.equal(extractArticle('').bestEffort, true);
  assert.equal(extractArticle('   ').warnings[0], 'empty page');
  const a = extractArticle('just some words, no tags at all');
  assert.equal(a.bestEffort, true);
});

test('html extract › a 50 MB page is cut, read as best effort, in bounded time', () => {
  const para = '<p>Đây là một đoạn văn bản khá dài của bài báo, có nhiều chữ để thử tốc độ xử lý trang lớn.</p>\n';
  const html = `<html><body><article>${para.repeat(Math.ceil(50e6 / para.length))}</article></body></html>`;
  const { value: a, ms } = timed(() => extractArticle(html));
  assert.equal(a.bestEffort, true);
  assert.ok(a.warnings.some((w) => w.includes('cut')));
  assert.ok(a.paragraphs.length > 1000);
  assert.ok(ms < 15000, `${ms} ms`);
});

test('html extract › a page bloated by 50 MB of script keeps its article', () => {
  const html = `<html><head><script>${'var x = 1;\n'.repeat(5e6)}</script></head><body><article>${'<p>Nội dung bài viết rất quan trọng cho người đọc tin tức hằng ngày.</p>'.repeat(30)}</article></body></html>`;
  const a = extractArticle(html);
  assert.equal(a.paragraphs.length, 30);
});

test('html extract › signature lines are listed as removed, not dropped silently', () => {
  const d = extractArticle(fixture('dantri.html'));
  assert.deepEqual(d.removed.filter((r) => r.reason === 'dateline').map((r) => r.text), ['(Dân trí) -']);
  assert.ok((d.removedBlocks['boilerplate'] ?? 0) > 0);
});

test('html extract › a "summary" teaser after the article is not its lead', () => {
  const body = '<p>Nội dung chính của bài viết có dấu tiếng Việt đầy đủ, đủ dài để là một đoạn văn xuôi của bài báo.</p>'.repeat(6);
  const a = extractArticle(`<html><body><article><h1>Tiêu đề</h1>${body}</article><div class="next-prev"><p class="row-excerpt summary">Bài tiếp theo: giá vàng tăng mạnh</p></div></body></html>`);
  assert.equal(a.lead, undefined);
  const b = extractArticle(`<html><body><article><h1>Tiêu đề</h1><p class="summary">Tóm tắt đứng trước thân bài.</p>${body}</article></body></html>`);
  assert.equal(b.lead, 'Tóm tắt đứng trước thân bài.');
});

const DATE_LINES: [string, boolean][] = [
  ['segunda-feira, 22 de janeiro de 2018 às 0:13', true],
  ['Thứ Sáu, 05/01/2024 - 06:00', true],
  ['Published 4:00 am CST, Wednesday, November 20, 2019', true],
  ['Năm 2018, lúc 9:30 sáng, đoàn xe đã tới Hà Nội và được người dân chào đón.', false],
  ['In 2018 we won', false],
];
for (const [line, want] of DATE_LINES) {
  test(`html patterns › "${line}" ${want ? 'is' : 'is not'} a date line`, () => assert.equal(isDateLine(line), want));
}

// A fragment of LWN's article in Readability's test suite (readability-tests/lwn-1, Apache-2.0: test/fixtures/readability/LICENSE.md)
test('html extract › a table\'s numbers and its `By ...` header are data, not separators or bylines (regression: dropped)', () => {
  const prose = '<p>Apache OpenOffice has seen a lot of changes in the last year, and the project has made two major releases while keeping its developer community going.</p>'.repeat(4);
  const html = `<html><head><title>Development statistics</title></head><body><article><h1>Development statistics</h1>${prose}
    <p> In the one-year period since late March 2014, there have been 381 changesets committed to the OpenOffice Subversion repository. The most active committers are: </p>
    <blockquote><table><tbody><tr><th colspan="2" align="center">Most active OpenOffice developers</th></tr><tr><td width="50%" valign="top">
    <table cellspacing="3"><tbody><tr><th colspan="3">By changesets</th></tr>
    <tr class="Even"><td>Herbert Dürr</td><td align="right">63</td><td align="right">16.6%</td></tr>
    <tr class="Odd"><td>Jürgen&nbsp;Schmidt</td><td align="right">56</td><td align="right">14.7%</td></tr>
    <tr class="Even"><td>Armin Le Grand</td><td align="right">56</td><td align="right">14.7%</td></tr>
    </tbody></table></td></tr></tbody></table></blockquote>${prose}</article></body></html>`;
  const a = extractArticle(html);
  assert.ok(a.paragraphs.includes('By changesets'), 'the column header');
  assert.ok(a.paragraphs.includes('63'), 'a number in a cell');
  assert.ok(!a.removed.some((r) => r.text === '63' || r.text === 'By changesets'));
  // outside a table a line of digits is still a gallery counter
  const counter = extractArticle(`<html><body><article><h1>Development statistics</h1>${prose}<p>1 / 12</p>${prose}</article></body></html>`);
  assert.ok(counter.removed.some((r) => r.text === '1 / 12' && r.reason === 'separator'));
});
