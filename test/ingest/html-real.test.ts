import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../src/ingest/html/extract.js';
import { cleanByline } from '../../src/ingest/html/byline.js';
import { decodeEntities } from '../../src/ingest/html/entities.js';
import { readTail } from '../../src/ingest/html/body.js';
import { readerMeta } from '../../src/ingest/html/reader-meta.js';
import { parseDocument } from '../../src/ingest/html/dom.js';
import { readPage } from '../../src/ingest/readers/page.js';
import { Rejection } from '../../src/doc/stage.js';

// Real pages: Vietnamese outlets (test/fixtures/html-real, MIT) and Readability's own test pages
// (test/fixtures/readability, Apache-2.0), each with its licence beside it.
const gz = (path: string) => gunzipSync(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url))).toString('utf8');
const vi = (name: string) => gz(`html-real/${name}.html.gz`);
const rt = (name: string) => ({
  html: gz(`readability/${name}/source.html.gz`),
  expected: gz(`readability/${name}/expected.html.gz`),
  meta: JSON.parse(readFileSync(new URL(`../../../test/fixtures/readability/${name}/expected-metadata.json`, import.meta.url), 'utf8')) as { title: string; byline: string },
});

test('html real › VnExpress: the byline closing the body is the author, not the outlet, and leaves the body', () => {
  const a = extractArticle(vi('VnExpress-1'));
  assert.equal(a.title, 'Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non');
  assert.equal(a.author, 'Lê Phương');
  assert.ok(!a.paragraphs.some((p) => p.includes('Lê Phương')), a.paragraphs.at(-1));
  assert.equal(a.notArticle, undefined);
});

test('html real › VnExpress: lead, body and caption apart; the signature listed as removed', () => {
  const a = extractArticle(vi('VnExpress-1'));
  assert.ok(a.lead?.startsWith('Người đàn ông 63 tuổi đau bụng kéo dài'), a.lead);
  assert.ok(a.paragraphs[0]?.startsWith('Ngày 22/10, BS.CK2 Cao Thị Hồng'), a.paragraphs[0]);
  assert.ok(a.paragraphs.at(-1)?.startsWith('Nội soi và tầm soát sức khỏe định kỳ'), a.paragraphs.at(-1));
  assert.ok(a.captions.some((c) => c.startsWith('Y bác sĩ nội soi cho bệnh nhân')), a.captions.join(' | '));
  assert.deepEqual(a.removed.filter((r) => r.reason === 'signature').map((r) => r.text), ['Lê Phương']);
  assert.equal(a.source, 'VnExpress');
  assert.equal(a.url, 'https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html');
});

test('html real › VietnamNet: title, author under the title, lead, body, caption apart', () => {
  const a = extractArticle(vi('VietnamNet-1'));
  assert.equal(a.title, 'Cổ phiếu FLC được giao dịch trở lại');
  assert.equal(a.author, 'Duy Anh');
  assert.ok(a.lead?.startsWith('CTCP Tập đoàn FLC cho biết cổ phiếu FLC'), a.lead);
  assert.ok(a.paragraphs[0]?.startsWith('Theo thông báo của doanh nghiệp'), a.paragraphs[0]);
  assert.ok(a.paragraphs.at(-1)?.startsWith('Cổ phiếu này sau đó chuyển sang giao dịch trên UPC'), a.paragraphs.at(-1));
  assert.ok(!a.paragraphs.join('\n').includes('Một dự án của FLC'), 'the caption is not in the body');
});

test('html real › CafeF: "Theo Hồ Hương" in the author field gives the author Hồ Hương', () => {
  const a = extractArticle(vi('CafeF-2'));
  assert.equal(a.title, 'Tăng hỗ trợ, giảm áp lực tài chính khi chuyển mục đích sử dụng đất');
  assert.equal(a.author, 'Hồ Hương');
  assert.equal(a.notArticle, undefined);
});

for (const name of ['VnExpress-listing-1', 'CafeF-listing-1']) {
  test(`html real › ${name}: a section page is not an article, and the page reader rejects it`, () => {
    const a = extractArticle(vi(name));
    assert.match(a.notArticle ?? '', /section or listing page: \d+ teasers/);
    assert.throws(() => readPage({ format: 'html', bytes: new TextEncoder().encode(vi(name)), name: `${name}.html` }),
      (e: unknown) => e instanceof Rejection && e.code === 'not-article' && e.message.startsWith('not an article: '));
  });
}

test('html real › firefox-nightly-blog: a list of bug entries made of links is content, not a link list', () => {
  const a = extractArticle(rt('firefox-nightly-blog').html);
  const body = a.paragraphs.join('\n');
  assert.ok(body.includes('Ankush Dua fixed an issue with revoked devtools_page permissions'), body.slice(0, 400));
});

for (const name of ['webmd-2', 'wikipedia-3']) {
  test(`html real › ${name}: the title is the page's, not a JSON-LD headline that is a section heading or a description`, () => {
    const page = rt(name);
    assert.equal(extractArticle(page.html).title, page.meta.title);
  });
}

test('html real › Readability\'s metadata methods used by reader-meta.ts are still there', () => {
  const m = readerMeta(parseDocument('<html><head><title>Một tiêu đề khá dài của bài báo - Báo Mới</title><meta name="author" content="Xuân Lan"></head><body><p>x</p></body></html>'));
  assert.equal(m.title, 'Một tiêu đề khá dài của bài báo');
  assert.equal(m.metaByline, 'Xuân Lan');
});

// ---- smaller causes, each a page cut down to the behaviour

const PROSE = '<p>Nội dung chính của bài viết có dấu tiếng Việt đầy đủ, đủ dài để là một đoạn văn xuôi của bài báo.</p>';

test('html clean › a container whose class says `modal` but holds the headline keeps the story (yahoo-2)', () => {
  const teasers = '<div class="stream"><p>Một bài khác trong luồng tin, không liên quan đến câu chuyện chính của trang này.</p></div>'.repeat(12);
  const html = `<html><body>${teasers}<div id="render-target-modal" class="render-target-modal"><article><h1>Tàu vũ trụ vỡ tan trên bầu trời Siberia</h1>${PROSE.repeat(3)}</article></div></body></html>`;
  const a = extractArticle(html);
  assert.ok(a.paragraphs.some((p) => p.startsWith('Nội dung chính')), a.paragraphs.join('\n'));
});

test('html clean › a link inside a sentence stays, whatever its class (clean-links: `a.popup`)', () => {
  const html = `<html><body><article>${PROSE.repeat(3)}<p>Ông Tập Cận Bình tới <a class="popup" href="javascript:void(0)">Bình Nhưỡng</a> hôm thứ Năm trong chuyến thăm kéo dài hai ngày, lần đầu tiên sau 14 năm.</p></article></body></html>`;
  assert.ok(extractArticle(html).paragraphs.some((p) => p.includes('tới Bình Nhưỡng hôm')));
});

test('html clean › words in code or a formula beside text stay, whatever their class (v8-blog, mathjax)', () => {
  const code = '<pre><code><span class="token keyword">int</span> main() { <span class="token keyword">return</span> 0; }</code></pre>';
  const formula = '<p>Khi</p><mjx-container class="MathJax CtxtMenu_Attached_0"><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-container>, phương trình có hai nghiệm phân biệt.';
  const a = extractArticle(`<html><body><article>${PROSE.repeat(3)}${code}<div>${formula}</div>${PROSE}</article></body></html>`);
  const body = a.paragraphs.join('\n');
  assert.ok(body.includes('int main() { return 0; }'), body);
  assert.ok(/a\s*≠\s*0/.test(body), body);
});

test('html guard › a comment between two halves of a word leaves no space (React pages: `A<!-- -->22`)', () => {
  const a = extractArticle(`<html><body><article>${PROSE.repeat(3)}<p>Bài in ở trang A<!-- -->22 của số báo ngày mai, cùng với các bài khác.</p></article></body></html>`);
  assert.ok(a.paragraphs.some((p) => p.includes('trang A22 của')), a.paragraphs.join('\n'));
});

test('html clean › a <header> inside the itemprop=articleBody element is the article\'s opening, not chrome (medicalnewstoday)', () => {
  const html = `<html><body><header><a href="/">Trang chủ</a></header><div itemprop="articleBody"><header>Khoa học thần kinh cho biết phần lớn công việc của não diễn ra một cách vô thức, nhưng khoảnh khắc bừng sáng đến khi nào?</header>${PROSE.repeat(4)}</div></body></html>`;
  const a = extractArticle(html);
  assert.ok(a.paragraphs.some((p) => p.startsWith('Khoa học thần kinh')), a.paragraphs.join('\n'));
  assert.ok(!a.paragraphs.some((p) => p.includes('Trang chủ')));
});

test('html extract › a meta description is not taken for a lead (guardian-1)', () => {
  const html = `<html><head><meta name="description" content="Mô tả của trang cho máy tìm kiếm."></head><body><article><h1>Tiêu đề</h1>${PROSE.repeat(5)}</article></body></html>`;
  assert.equal(extractArticle(html).lead, undefined);
});

test('html extract › titles and bylines come out with their entities decoded, twice-encoded ones too', () => {
  const html = `<html><head><meta property="og:title" content="Chi&amp;#7871;n s&amp;#7921; v&#224; Ch&#237;nh s&#225;ch"><meta name="author" content="NH&amp;#7852;T XU&#194;N"></head><body><article>${PROSE.repeat(5)}</article></body></html>`;
  const a = extractArticle(html);
  assert.equal(a.title, 'Chiến sự và Chính sách');
  assert.equal(a.author, 'NHẬT XUÂN');
});

test('html entities › numeric, named and twice-encoded references', () => {
  assert.equal(decodeEntities('Chi&amp;#7871;n s&amp;#7921;'), 'Chiến sự');
  assert.equal(decodeEntities('&#8216;The Medium&#8217; &amp; co'), '‘The Medium’ & co');
  assert.equal(decodeEntities('AT&T &unknown; &#0;'), 'AT&T &unknown; &#0;');
});

const BYLINES: [string, string | undefined][] = [
  ['Madeline Fry | November 18, 2019 12:01 PM Print this article', 'Madeline Fry'],
  ['Jeff FoustMonday, November 18, 2019', 'Jeff Foust'],
  ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
  ['By Erin Cunningham', 'Erin Cunningham'],
  ['Ben Silverman Games Editor', 'Ben Silverman'],
  ['Theo Hồ Hương', 'Hồ Hương'],
  ['Hà Thu (tổng hợp)', 'Hà Thu'],
  ['NH&#7852;T XUÂN', 'NHẬT XUÂN'],
  ['Stella Kim, Jennifer Jett', 'Stella Kim, Jennifer Jett'],
  ['J J', undefined],
  ['AFP', undefined],
  ['VnExpress', undefined],
  ['https://www.facebook.com/someone', undefined],
];
for (const [raw, want] of BYLINES) {
  test(`html byline › "${raw}" → ${want === undefined ? 'no author' : `"${want}"`}`, () => assert.equal(cleanByline(raw, { outletNames: ['VnExpress'] }), want));
}

test('html byline › a blog named after its author keeps the author its JSON-LD calls a Person (toc-missing)', () => {
  assert.equal(cleanByline('Haki Benita', { outletNames: ['Haki Benita'], persons: ['Haki Benita'] }), 'Haki Benita');
  assert.equal(cleanByline('BBC News', { outletNames: ['BBC News'], persons: [] }), undefined);
});

test('html body › "Hà Thu (tổng hợp)" closing the body is the author', () => {
  const t = readTail(['Đoạn một của bài báo.', 'Hà Thu (tổng hợp)']);
  assert.equal(t.author, 'Hà Thu');
  assert.deepEqual(t.paragraphs, ['Đoạn một của bài báo.']);
});

test('html real › a page whose structured data declares an article is not taken for a listing, however many teasers it holds', () => {
  const teaser = (i: number): string =>
    `<div class="item"><h3><a href="/tin-${i}.html">Tin số ${i} về chuyện thời sự nóng hổi trong ngày hôm nay</a></h3><p>Tóm tắt ngắn của tin số ${i}, viết vài dòng để người đọc biết bài nói về điều gì.</p></div>`;
  const page = (ld: string): string =>
    `<!DOCTYPE html><html><head><title>Trang</title>${ld}</head><body><main>${Array.from({ length: 14 }, (_, i) => teaser(i)).join('')}</main></body></html>`;
  assert.match(extractArticle(page('')).notArticle ?? '', /section or listing page: 14 teasers/);
  const declared = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Một bài báo"}</script>';
  assert.equal(extractArticle(page(declared)).notArticle, undefined);
  // a collection page declares itself as such: still a listing
  const collection = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Thời sự"}</script>';
  assert.match(extractArticle(page(collection)).notArticle ?? '', /section or listing page/);
});
