import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FeedError, parseFeed } from '../../src/ingest/feed/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/feed/${name}`, import.meta.url), 'utf8');

test('feed › RSS 2.0 summary-only items keep their link to be fetched', () => {
  const f = parseFeed(fixture('vnexpress-rss.xml'));
  assert.equal(f.format, 'rss');
  assert.equal(f.title, 'Thế giới - VnExpress RSS');
  assert.equal(f.language, 'vi');
  assert.equal(f.items.length, 2);
  const [a, b] = f.items;
  assert.equal(a!.title, 'Ông Tập Cận Bình thăm Triều Tiên');
  assert.equal(a!.link, 'https://vnexpress.net/ong-tap-can-binh-tham-trieu-tien-3940001.html');
  assert.equal(a!.id, a!.link);
  assert.equal(a!.publishedAt, '2019-06-20T12:15:00+07:00');
  assert.equal(a!.summary, 'Chủ tịch Trung Quốc Tập Cận Bình tới Bình Nhưỡng, chuyến thăm đầu tiên của lãnh đạo Trung Quốc sau 14 năm.');
  assert.equal(a!.hasFullContent, false);
  assert.equal(a!.contentHtml, undefined);
  assert.equal(b!.title, 'Hàn Quốc & Mỹ tập trận chung');
  assert.equal(b!.publishedAt, '2019-06-20T09:00:00+00:00');
  assert.ok(b!.summary!.endsWith('quy mô nhỏ …'), b!.summary);
});

test('feed › RSS content:encoded gives the full article; a teaser-length one does not count', () => {
  const f = parseFeed(fixture('full-content-rss.xml'));
  const [full, teaser] = f.items;
  assert.equal(full!.hasFullContent, true);
  assert.ok(full!.contentHtml!.includes('<p>Tuyến metro số 2 dài hơn 11 km'));
  assert.equal(full!.author, 'Ngọc Hiển');
  assert.equal(full!.id, 'baomau-20240315-1');
  assert.equal(full!.link, 'https://baomau.example.vn/metro-2.htm');
  assert.equal(full!.publishedAt, '2024-03-15T10:15:00+07:00'); // no zone: Vietnam time
  assert.deepEqual(full!.categories, ['Thời sự', 'Giao thông']);
  assert.equal(teaser!.hasFullContent, false);
  assert.equal(teaser!.publishedAt, '2024-03-15T11:00:00+07:00');
});

test('feed › Atom entries: link, id, dates, author, xhtml content', () => {
  const f = parseFeed(fixture('atom.xml'));
  assert.equal(f.format, 'atom');
  assert.equal(f.title, 'Blog Kinh tế');
  assert.equal(f.description, 'Phân tích kinh tế Việt Nam');
  assert.equal(f.link, 'https://kinhte.example.vn/');
  assert.equal(f.language, 'vi');
  const [a, b] = f.items;
  assert.equal(a!.title, 'Xuất khẩu gạo & cà phê kỷ lục');
  assert.equal(a!.link, 'https://kinhte.example.vn/xuat-khau-gao');
  assert.equal(a!.id, 'tag:kinhte.example.vn,2024:1');
  assert.equal(a!.publishedAt, '2024-01-05T06:00:00+07:00');
  assert.equal(a!.updatedAt, '2024-01-05T07:30:00+07:00');
  assert.equal(a!.author, 'Hoàng Hà');
  assert.deepEqual(a!.categories, ['xuat-khau']);
  assert.equal(a!.hasFullContent, true);
  assert.ok(a!.contentHtml!.startsWith('<div><p>Năm 2023'), a!.contentHtml);
  assert.equal(b!.publishedAt, '2024-01-04T10:00:00+07:00'); // no <published>: <updated>
  assert.equal(b!.author, 'Ban Biên tập'); // the feed's author
  assert.equal(b!.hasFullContent, false);
});

function refused(xml: string, code: string): FeedError {
  const t = performance.now();
  let err: unknown;
  try {
    parseFeed(xml);
  } catch (e) {
    err = e;
  }
  const ms = performance.now() - t;
  assert.ok(err instanceof FeedError, `not refused: ${String(err)}`);
  assert.equal(err.code, code, err.message);
  assert.ok(ms < 200, `took ${ms} ms`);
  return err;
}

test('feed › billion laughs is refused fast, before any parsing', () => {
  const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`;
  const e = refused(lol, 'entity-declarations');
  assert.match(e.message, /billion laughs/);
});

test('feed › an external entity (XXE) is refused', () => {
  refused(`<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title></item></channel></rss>`, 'entity-declarations');
  refused(`<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://evil.example/x.dtd"><rss><channel></channel></rss>`, 'external-dtd');
});

test('feed › the RSS 0.91 public DOCTYPE is read (no DTD fetched)', () => {
  const f = parseFeed(`<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Cũ</title><item><title>Tin</title><link>https://a.example/1</link></item></channel></rss>`);
  assert.equal(f.items[0]!.link, 'https://a.example/1');
});

test('feed › an HTML page is detected and its announced feeds named', () => {
  const e = refused(`<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="https://vnexpress.net/rss/tin-moi-nhat.rss"></head><body>Trang chủ</body></html>`, 'html-page');
  assert.deepEqual(e.feedLinks, ['https://vnexpress.net/rss/tin-moi-nhat.rss']);
  assert.match(e.message, /HTML page, not a feed/);
  refused('<html><body><p>x</p></body></html>', 'html-page');
});

test('feed › other XML, empty and oversized input are refused with a reason', () => {
  refused('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', 'not-a-feed');
  refused('   ', 'empty');
  refused('plain text, no markup', 'not-a-feed');
});

test('feed › malformed XML (stray &, unclosed tags) still gives its items', () => {
  const f = parseFeed('<rss><channel><title>A & B</title><item><title>Giá vàng & USD</title><link>https://a.example/2</link></item><item><title>Không đóng');
  assert.equal(f.items.length, 2);
  assert.equal(f.items[0]!.title, 'Giá vàng & USD');
});

test('feed › 10,000 nested elements do not overflow the stack', () => {
  const f = parseFeed(`<rss><channel><item><title>Sâu</title><description>${'<x>'.repeat(10_000)}chữ${'</x>'.repeat(10_000)}</description></item></channel></rss>`);
  assert.equal(f.items[0]!.title, 'Sâu');
});

test('feed › short content (a teaser by length) still beats a shorter summary; <br> and blocks separate paragraphs', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
<entry><title>Mưa lớn ở Hà Nội</title><link href="https://tin.example.vn/mua-lon"/><id>tin-1</id>
<updated>2024-03-15T10:15:00+07:00</updated>
<summary>Hà Nội mưa lớn chiều nay.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hà Nội mưa lớn chiều nay, nhiều tuyến phố ngập sâu.</p><p>Đây là trận mưa lớn nhất từ đầu năm, theo Trung tâm Dự báo khí tượng thủy văn quốc gia.</p><p>Giao thông ùn tắc kéo dài đến tối.</p></div></content>
</entry></feed>`;
  const [e] = parseFeed(atom).items;
  assert.equal(e!.hasFullContent, false);
  assert.equal(e!.summary, 'Hà Nội mưa lớn chiều nay, nhiều tuyến phố ngập sâu.\nĐây là trận mưa lớn nhất từ đầu năm, theo Trung tâm Dự báo khí tượng thủy văn quốc gia.\nGiao thông ùn tắc kéo dài đến tối.');
  const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin</title>
<item><title>Mưa</title><link>https://tin.example.vn/mua</link>
<description><![CDATA[Hà Nội mưa lớn chiều nay.<br/>Đây là trận mưa lớn nhất từ đầu năm.<br>Giao thông ùn tắc.]]></description></item>
</channel></rss>`;
  assert.equal(parseFeed(rss).items[0]!.summary, 'Hà Nội mưa lớn chiều nay.\nĐây là trận mưa lớn nhất từ đầu năm.\nGiao thông ùn tắc.');
});

