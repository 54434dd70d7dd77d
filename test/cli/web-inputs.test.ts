import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeTcvn3, encodeViscii, encodeVni, encodeWindows1258 } from '../../src/text/legacy.js';
import { cli, ROOT, tempDir } from '../helpers.js';

const HTML = join(ROOT, 'test/fixtures/html');
const FEEDS = join(ROOT, 'test/fixtures/feed');

const REAL = join(ROOT, 'test/fixtures/html-real');
const VNEXPRESS_URL = 'https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html';

test('web › extract --format json: body, title, author and outlet of a real outlet page', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const r = await cli(['extract', join(REAL, 'VnExpress-1.html.gz'), '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.article, true);
    assert.equal(a.title, 'Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non');
    assert.equal(a.author, 'Lê Phương');
    assert.equal(a.source, 'VnExpress');
    assert.ok(a.body.includes('lymphoma'));
    assert.ok(!a.body.includes('Ảnh: Bệnh viện cung cấp'), 'the caption is not in the body');
    assert.ok(!a.body.endsWith('Lê Phương'), 'the signature is not in the body');
    assert.ok(a.blocks.some((b: { kind: string }) => b.kind === 'caption'));
    assert.ok(a.text.startsWith(a.title));
  } finally {
    cleanup();
  }
});

test('web › ingest pages and feeds together; teasers are kept, marked, and never replace a full article', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const r = await cli(['ingest', HTML, FEEDS, '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout);
    assert.equal(rep.rejected.length, 0);
    assert.ok(rep.new >= 10, String(rep.new));
    const teaser = JSON.parse((await cli(['show', 'vnexpress.net/han-quoc-my-tap-tran-3940002.html', '--format', 'json'], dir)).stdout);
    assert.equal(teaser.summaryOnly, true);
    assert.ok(rep.warnings.some((w: string) => /only a summary/.test(w)));
    const s = JSON.parse((await cli(['search', 'tap can binh', '--format', 'json'], dir)).stdout);
    assert.ok(s.total >= 1);
    // a feed's teaser for the URL of a page already stored does not replace it
    const inbox = join(dir, 'same-url');
    mkdirSync(inbox);
    copyFileSync(join(REAL, 'VnExpress-1.html.gz'), join(inbox, 'page.html.gz'));
    writeFileSync(join(inbox, 'feed.xml'), `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>VnExpress</title>
<item><title>Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non</title><link>${VNEXPRESS_URL}</link>
<description>Người đàn ông 63 tuổi đau bụng kéo dài, bác sĩ chẩn đoán ung thư.</description></item></channel></rss>`);
    assert.equal((await cli(['ingest', inbox, '--format', 'json'], dir)).code, 0);
    const page = JSON.parse((await cli(['show', VNEXPRESS_URL.replace('https://', ''), '--format', 'json'], dir)).stdout);
    assert.equal(page.summaryOnly, undefined, 'the RSS teaser for the same URL did not replace the page');
    assert.ok(page.body.length > 300);
  } finally {
    cleanup();
  }
});

test('web › legacy encodings are detected, or named with --encoding', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const text = 'Hà Nội mưa lớn\nSáng nay Chủ tịch Trung Quốc Tập Cận Bình gửi điện chúc mừng. Người dân đoàn kết và hợp tác để vượt qua khó khăn của thời đại.\n';
    const inbox = join(dir, 'legacy');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'tcvn3.txt'), encodeTcvn3(text));
    writeFileSync(join(inbox, 'vni.txt'), encodeVni(text));
    writeFileSync(join(inbox, 'cp1258.txt'), encodeWindows1258(text));
    writeFileSync(join(inbox, 'viscii.txt'), encodeViscii(text));
    for (const [name, enc] of [['tcvn3', 'tcvn3'], ['vni', 'vni'], ['cp1258', 'windows-1258'], ['viscii', 'viscii']] as const) {
      const a = JSON.parse((await cli(['extract', join(inbox, `${name}.txt`), '--format', 'json'], dir)).stdout);
      assert.equal(a.encoding, enc, name);
      assert.ok(a.text.includes('Tập Cận Bình'), `${name}: ${a.text.slice(0, 80)}`);
      assert.equal(a.title, 'Hà Nội mưa lớn');
    }
    const forced = JSON.parse((await cli(['extract', join(inbox, 'vni.txt'), '--encoding', 'vni', '--format', 'json'], dir)).stdout);
    assert.ok(forced.text.includes('đoàn kết'));
    // the four decode to the same text: one article and three exact copies
    const rep = JSON.parse((await cli(['ingest', inbox, '--format', 'json'], dir)).stdout);
    assert.deepEqual([rep.new, rep.copies], [1, 3]);
    // Western European text is read as Windows-1252, detected or named (`latin1` is a name of it)
    const french = join(dir, 'french.txt');
    writeFileSync(french, Buffer.from('Le président français a annoncé hier la réforme des retraites, présentée à l\'Assemblée.\n', 'latin1'));
    const fr = JSON.parse((await cli(['extract', french, '--format', 'json'], dir)).stdout);
    assert.equal(fr.encoding, 'windows-1252');
    assert.match(fr.text, /président français a annoncé/);
    const named = await cli(['extract', french, '--encoding', 'latin1', '--format', 'json'], dir);
    assert.equal(named.code, 0, named.stderr);
    assert.equal(JSON.parse(named.stdout).encoding, 'windows-1252');
  } finally {
    cleanup();
  }
});

test('web › bad web inputs: XML bombs, a page named as a feed, deep nesting, gzip bombs, script-only pages', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const inbox = join(dir, 'bad');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'bomb.xml'), `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>`);
    writeFileSync(join(inbox, 'xxe.rss'), `<?xml version="1.0"?><!DOCTYPE foo SYSTEM "file:///etc/passwd"><rss><channel><item><title>x</title></item></channel></rss>`);
    copyFileSync(join(HTML, 'tuoitre.html'), join(inbox, 'feed-that-is-a-page.rss'));
    writeFileSync(join(inbox, 'deep.html'), `<html><body>${'<div>'.repeat(10_000)}<p>Bài viết rất sâu về Hà Nội và thành phố Hồ Chí Minh trong những năm gần đây.</p>${'</div>'.repeat(10_000)}</body></html>`);
    writeFileSync(join(inbox, 'script.html'), '<html><head><script>var a = 1;</script></head><body><script>document.write("x")</script></body></html>');
    writeFileSync(join(inbox, 'page.html.gz'), gzipSync(readFileSync(join(HTML, 'dantri.html'))));
    writeFileSync(join(inbox, 'bomb.html.gz'), gzipSync(Buffer.alloc(80 * 1024 * 1024, 0x20)));
    const t0 = Date.now();
    const r = await cli(['ingest', inbox, '--format', 'json'], dir);
    assert.ok(Date.now() - t0 < 60_000, 'no hang');
    const rep = JSON.parse(r.stdout);
    const codes = Object.fromEntries(rep.rejected.map((x: { where: string; code: string }) => [x.where.replace(inbox, ''), x.code]));
    assert.equal(codes['/bomb.xml'], 'not-a-feed');
    assert.equal(codes['/xxe.rss'], 'not-a-feed');
    assert.equal(codes['/script.html'], 'not-article'); // no text at all: no article
    assert.equal(codes['/bomb.html.gz'], 'too-large');
    assert.ok(rep.warnings.some((w: string) => /feed-that-is-a-page\.rss: named as a feed, but it is an HTML page/.test(w)));
    assert.ok(rep.warnings.some((w: string) => /deep\.html: .*best effort/i.test(w)), rep.warnings.join('\n'));
    assert.equal(rep.new, 3); // the page named .rss, the deep page (best effort), the gzipped page
    assert.equal(r.code, 3);
  } finally {
    cleanup();
  }
});

test('web › a section page: extract prints "article": false with the reason, ingest rejects it as not an article', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const page = join(ROOT, 'test/fixtures/html-real/VnExpress-listing-1.html.gz');
    const r = await cli(['extract', page, '--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.article, false);
    assert.match(a.reason, /^not an article: a section or listing page/);
    // the text read from the page is shown beside the verdict: a column of teasers
    assert.ok(typeof a.body === 'string' && a.body.split('\n').length >= 10, a.body);
    // a listing page is still dated and titled where the page says so (htmldate's greenpeace page: a campaign's teasers)
    const dated = JSON.parse((await cli(['extract', join(ROOT, 'test/fixtures/htmldate/greenpeace.org.forests.html.gz'), '--format', 'json'], dir)).stdout);
    assert.equal(dated.article, false);
    assert.equal(dated.publishedAt?.slice(0, 10), '2017-04-28');
    assert.equal(dated.title, 'Indonesia');
    const article = JSON.parse((await cli(['extract', join(ROOT, 'test/fixtures/html-real/VnExpress-1.html.gz'), '--format', 'json'], dir)).stdout);
    assert.equal(article.article, true);
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    copyFileSync(page, join(inbox, 'section.html.gz'));
    // a page with no article text at all (a login form) is no article either
    writeFileSync(join(inbox, 'login.html'), '<!DOCTYPE html><html><head><title>Đăng nhập</title></head><body><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav><form><label>Email <input name="e"></label><button>Đăng nhập</button></form></body></html>');
    const ing = await cli(['ingest', inbox, '--format', 'json'], dir);
    const rep = JSON.parse(ing.stdout);
    assert.equal(rep.rejected.length, 2);
    assert.deepEqual(rep.rejected.map((x: { code: string }) => x.code), ['not-article', 'not-article']);
    for (const x of rep.rejected) assert.match(x.reason, /^not an article: /);
    assert.ok(rep.rejected.some((x: { reason: string }) => x.reason === 'not an article: the page holds no article text'));
  } finally {
    cleanup();
  }
});
