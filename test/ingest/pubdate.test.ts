/**
 * Publication dates wherever they come from: web pages (src/ingest/html/pubdate.ts, through
 * `extractArticle` as `extract` runs it), feeds, sidecars and JSONL records. All parsed by src/text/dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../src/ingest/html/extract.js';
import { parseFeed } from '../../src/ingest/feed/index.js';
import { readJsonl } from '../../src/ingest/readers/jsonl.js';
import { readText } from '../../src/ingest/readers/text.js';

const BODY = '<p>' + 'Nội dung bài báo đủ dài để được trích xuất như một bài viết thật sự. '.repeat(8) + '</p>';

/** A page with `head` in its <head> and `top` before the article's body. */
function page(head: string, top = '', url?: string): string | undefined {
  const html = `<!DOCTYPE html><html><head><title>Tiêu đề bài báo thử nghiệm</title>${head}</head><body><article><h1>Tiêu đề bài báo thử nghiệm</h1>${top}${BODY}${BODY}</article></body></html>`;
  return extractArticle(html, url ? { url } : {}).publishedAt;
}

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

test('page dates › JSON-LD datePublished in UTC keeps its instant (regression: came out as +07:00)', () => {
  // Washington Examiner: the meta tag has no zone, itemprop and JSON-LD say Z
  assert.equal(page('<meta property="article:published_time" content="2019-11-18T17:01:27.893">', '<meta itemprop="datePublished" content="2019-11-18T17:01:27.893Z">'), '2019-11-18T17:01:27+00:00');
  assert.equal(page(ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2019-11-18T17:01:27.893Z' })), '2019-11-18T17:01:27+00:00');
});

test('page dates › the datePublished of a JSON-LD WebPage keeps its time and offset (regression: came out as 00:00+07:00)', () => {
  const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Inexhibit' }, { '@type': 'WebPage', datePublished: '2018-09-15T10:15:48+02:00', dateModified: '2018-09-16T10:22:22+02:00' }] };
  assert.equal(page(ld(graph)), '2018-09-15T10:15:48+02:00');
});

test('page dates › a UTC instant is shown in the zone the page writes its other times in: the same instant', () => {
  const head = ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2020-05-02T02:54:29Z' }) + '<meta property="article:modified_time" content="2020-05-02T10:00:00-04:00">';
  assert.equal(page(head), '2020-05-01T22:54:29-04:00');
  assert.equal(page(ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2020-05-02T02:54:29Z' })), '2020-05-02T02:54:29+00:00', 'no other zone: kept as written');
});

// Fragments of pages of htmldate's evaluation, tuning half (Apache-2.0, test/fixtures/htmldate/LICENSE)
test('page dates › a UTC instant in the early hours beside the day the URL writes: the day as written (laprensafl.com)', () => {
  const head = ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2020-02-18T02:18:11+00:00', dateModified: '2020-02-18T02:18:29+00:00' }) +
    '<link rel="canonical" href="https://laopinion.com/2020/02/17/tenemos-silvia-pinal-para-rato-alejandra-guzman-habla-del-estado-de-salud-de-su-mama/" />';
  assert.equal(page(head)?.slice(0, 10), '2020-02-17');
  // the same URL day beside an afternoon UTC time: no zone puts 15:00Z on the day before
  assert.equal(page(head.replace('T02:18:11', 'T15:18:11'))?.slice(0, 10), '2020-02-18');
});

test('page dates › a UTC instant in the zone the page\'s scripts declare (abc7ny.com)', () => {
  const head = '<meta property="article:published_time" content="2020-05-02T02:54:29.000Z"/><meta property="article:modified_time" content="2020-05-02T02:54:30.000Z"/>' +
    '<script>window.__config = {"radarmaps":"https://www.accuweather.com/en/us/new-york/weather-radar"},"timezone":{"short":"ET","long":"America/New_York"},"inTouchLinks":{}};</script>';
  assert.equal(page(head), '2020-05-01T22:54:29-04:00');
  // two zones declared: none is the page's
  assert.equal(page(head + '<script>var s = {"timeZone": "Europe/Berlin"};</script>'), '2020-05-02T02:54:29+00:00');
});

test('page dates › the day the page writes wins over a declared zone that moves the instant to another day (au.news.yahoo.com)', () => {
  const head = ld({ '@type': 'NewsArticle', headline: 'x', datePublished: 'Wed, 28 Oct 2020 22:22:49 GMT' }) +
    '<script>root.App = {"intl":"au","partner":"none","tz":"Australia\\u002FSydney","region":"AU"};</script>';
  const top = '<time class="date Fz(11px) Mb(4px)  D(ib)" datetime="2020-10-28T22:22:49.000Z" itemprop="datePublished">28 October 2020</time>';
  assert.equal(page(head, top)?.slice(0, 10), '2020-10-28');
  assert.equal(page(head)?.slice(0, 10), '2020-10-29', 'nothing written: the declared zone');
});

test('page dates › a wall time shown without a zone gives the zone of a UTC instant', () => {
  const head = '<meta property="article:published_time" content="2020-05-02T02:54:29Z">';
  assert.equal(page(head, '<div class="date">May 1, 2020 10:54 PM</div>'), '2020-05-01T22:54:29-04:00');
});

test('page dates › a date line of its own after the headline beats a date in a photo caption before it (oann.com)', () => {
  const html = `<!DOCTYPE html><html lang="en-US"><head><title>Protesters gather at Paris theater</title></head><body>
    <header class="mh-header"><div class="mh-header-date">Saturday, January 18th</div></header>
    <article><header class="entry-header clearfix"><h1 class="entry-title">Protesters gather at Paris theater to confront Macron over pension reform</h1></header>
    <p class="entry-meta"></p><div class="entry-content clearfix"><div style="float: left; width: 100%; font-size: small;"><img src="a.jpg" alt="Macron" /><br />FILE PHOTO: French President Emmanuel Macron delivers his new year wishes to the military during a ceremony at the Orleans – Bricy Air Base 123 in Boulay-les-Barres near Orleans, France, January 16, 2020. Julien De Rosa/Pool via REUTERS</div>
    <p>January 18, 2020</p>
    <p>PARIS (Reuters) &#8211; Protesters opposed to the French government&#8217;s proposed changes to the pension system tried to force their way into a theater in Paris where President Emmanuel Macron attended a show with his wife.</p>${BODY}</div></article></body></html>`;
  assert.equal(extractArticle(html).publishedAt?.slice(0, 10), '2020-01-18');
});

test('page dates › today\'s date beside the masthead is no publication date (dln.com)', () => {
  const html = `<!DOCTYPE html><html><head><title>Daily Legal News</title></head><body>
    <div class="yui3-u main3col center-col"><h1 class="dlnmasthead">Daily Legal News</h1><div class='today'>Wednesday, August 19, 2020</div></div>
    <div id="quicklink"><span id="label">QUICKLINKS</span></div>${BODY}</body></html>`;
  assert.equal(extractArticle(html).publishedAt, undefined);
});

test('page dates › published before modified; modified only when nothing else is given', () => {
  assert.equal(page('<meta property="article:modified_time" content="2020-05-03T10:00:00+07:00"><meta property="article:published_time" content="2020-05-01T08:00:00+07:00">'), '2020-05-01T08:00:00+07:00');
  assert.equal(page(ld({ '@type': 'Article', headline: 'x', dateModified: '2020-05-03T10:00:00+07:00', datePublished: '2020-05-01T08:00:00+07:00' })), '2020-05-01T08:00:00+07:00');
  assert.equal(page('<meta property="og:updated_time" content="2020-05-03T10:00:00+07:00">'), '2020-05-03T10:00:00+07:00');
});

test('page dates › meta tags htmldate knows: parsely, sailthru, DC, citation', () => {
  assert.equal(page('<meta name="parsely-pub-date" content="2019-11-18T12:00:00Z">'), '2019-11-18T12:00:00+00:00');
  assert.equal(page('<meta name="sailthru.date" content="2019-11-18 12:00:00">'), '2019-11-18T12:00:00+07:00');
  assert.equal(page('<meta name="DC.date.issued" content="2019-11-18">'), '2019-11-18T00:00:00+07:00');
  assert.equal(page('<meta name="citation_publication_date" content="2019/11/18">'), '2019-11-18T00:00:00+07:00');
});

test('page dates › a JSON-LD script that is not valid JSON still gives its datePublished', () => {
  const broken = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-10-26T18:10:00+01:00", }</script>';
  assert.equal(page(broken), '2020-10-26T18:10:00+01:00');
});

test('page dates › a <time pubdate> and a <time> in a published box', () => {
  assert.equal(page('', '<time pubdate datetime="2019-11-18T09:00:00-05:00">Nov 18</time>'), '2019-11-18T09:00:00-05:00');
  assert.equal(page('', '<div class="published"><span class="date"><time datetime="2020-06-22T09:30:00+02:00">prije 28 minuta</time></span></div>'), '2020-06-22T09:30:00+02:00');
});

test('page dates › the URL: /2019/11/18/ and 20200316', () => {
  assert.equal(page('<link rel="canonical" href="https://example.com/2019/11/18/some-story/">'), '2019-11-18T00:00:00+07:00');
  assert.equal(page('', '', 'https://www.recordonline.com/news/20200316/rockland-to-declare'), '2020-03-16T00:00:00+07:00');
  assert.equal(page('', '', 'https://example.com/2019/11/some-story/'), undefined, 'a month is not a day');
});

test('page dates › visible date lines in Vietnamese, English, German and French', () => {
  assert.equal(page('', '<div class="date">Thứ ba, 23/3/2021, 10:15 (GMT+7)</div>'), '2021-03-23T10:15:00+07:00');
  assert.equal(page('', '<p class="byline">Madeline Fry | November 18, 2019 12:01 PM</p>'), '2019-11-18T12:01:00+07:00');
  assert.equal(page('', '<p class="postmetadata">Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr veröffentlicht</p>'), '2011-12-03T10:00:00+07:00');
  assert.equal(page('', '<div class="meta">Publié le 18 novembre 2019</div>'), '2019-11-18T00:00:00+07:00');
  assert.equal(page('', '<p>ngày 23 tháng 3 năm 2021</p>'), '2021-03-23T00:00:00+07:00');
});

test('page dates › today\'s date in the site header and the copyright footer are not the publication', () => {
  const html = `<!DOCTYPE html><html><head><title>Tin</title></head><body>
    <header class="site-header"><span class="date">Thứ hai, 05/08/2019</span></header>
    <article><h1>Tin</h1>${BODY}</article>
    <footer class="site-footer"><span class="date">© 01/01/2019 Báo Thử</span></footer></body></html>`;
  assert.equal(extractArticle(html).publishedAt, undefined);
});

test('page dates › the page\'s own numeric dates decide day or month first, else its locale', () => {
  // no lang: day first, unless the page writes a date only month first can read (`11/19/2019`)
  assert.equal(page('', '<div class="date">11/05/2019</div>')?.slice(0, 10), '2019-05-11');
  assert.equal(page('', '<div class="date">11/05/2019</div><p>Comments closed 11/19/2019.</p>')?.slice(0, 10), '2019-11-05');
  const html = (lang: string, head = '') => `<!DOCTYPE html><html${lang}><head><title>T</title>${head}</head><body><article><h1>T</h1><div class="date">11/05/2019</div>${BODY}</article></body></html>`;
  assert.equal(extractArticle(html('')).publishedAt?.slice(0, 10), '2019-05-11');
  assert.equal(extractArticle(html(' lang="en-US"')).publishedAt?.slice(0, 10), '2019-11-05');
  assert.equal(extractArticle(html(' lang="en-GB"')).publishedAt?.slice(0, 10), '2019-05-11');
  assert.equal(extractArticle(html('', '<meta property="og:locale" content="en_US">')).publishedAt?.slice(0, 10), '2019-11-05');
  // an American locale, but the page writes `19/11/2019` elsewhere: day first
  assert.equal(extractArticle(html(' lang="en-US"').replace('</article>', '<p>Updated 19/11/2019</p></article>')).publishedAt?.slice(0, 10), '2019-05-11');
});

test('page dates › a date in the story\'s sentences after the headline is an event, not the publication (Readability\'s wikipedia page)', () => {
  const lead = '<p>Mozilla is a free software community founded in 1998 by members of Netscape. The Mozilla community uses, develops, spreads and supports Mozilla products. It was founded on February 28, 1998.</p>';
  assert.equal(page('', lead), undefined);
  assert.equal(page('', '<p>By Jane Roe, 3 March 2019</p>' + lead)?.slice(0, 10), '2019-03-03');
  // a reference list gives the days its sources were read
  assert.equal(page('', '<ol class="references"><li><span class="reference-accessdate">Retrieved May 1, 2016</span></li></ol>'), undefined);
});

test('page dates › a publication label in more languages, far below the headline (Polish, Hungarian, Chinese)', () => {
  const html = (line: string) => `<!DOCTYPE html><html><head><title>T</title></head><body><article><h1>T</h1>${BODY}<p>${line}</p>${BODY}</article></body></html>`;
  assert.equal(extractArticle(html('Opublikowano: 4 czerwca 2020, autor: Jan')).publishedAt?.slice(0, 10), '2020-06-04');
  assert.equal(extractArticle(html('Közzétéve: 2020. június 4.')).publishedAt?.slice(0, 10), '2020-06-04');
  assert.equal(extractArticle(html('发布时间：2020年6月4日')).publishedAt?.slice(0, 10), '2020-06-04');
  assert.equal(extractArticle(html('Aktualizacja: 4 czerwca 2020')).publishedAt, undefined, 'an update is not the publication');
});

test('page dates › a visible date the URL\'s month or the last modification rules out is another thing\'s', () => {
  const event = '<div class="event-meta">Concert on 14 March 2020</div><div class="date">14 March 2020</div>';
  assert.equal(page('', event, 'https://example.com/2019/11/concert-announced'), undefined, 'filed under November 2019');
  assert.equal(page('', event, 'https://example.com/2020/03/concert')?.slice(0, 10), '2020-03-14');
  const modified = '<meta property="article:modified_time" content="2019-11-20T10:00:00+01:00">';
  assert.equal(page(modified, event)?.slice(0, 10), '2019-11-20', 'after the last change: not the publication; the modified date stands alone');
  assert.equal(page(modified, '<div class="date">19 November 2019</div>')?.slice(0, 10), '2019-11-19');
});

test('page dates › the datePublished of another thing on the page (a video) is less sure than the URL', () => {
  const video = ld({ '@type': 'VideoObject', name: 'v', datePublished: '2019-11-12T08:00:00-05:00' });
  assert.equal(page(video, '', 'https://example.com/2019/11/18/story/')?.slice(0, 10), '2019-11-18');
  assert.equal(page(video)?.slice(0, 10), '2019-11-12', 'nothing surer: the video\'s');
  const webPage = ld({ '@type': 'WebPage', name: 'p', datePublished: '2019-11-17T08:00:00-05:00' });
  assert.equal(page(webPage, '', 'https://example.com/2019/11/18/story/')?.slice(0, 10), '2019-11-17', 'the page\'s own: as sure as the URL, the earlier');
});

test('page dates › impossible years are not dates (no clock: bounded to 1995..2100)', () => {
  assert.equal(page('<meta property="article:published_time" content="1900-01-01T00:00:00Z">'), undefined);
  assert.equal(page('<meta property="article:published_time" content="2999-01-01T00:00:00Z">'), undefined);
});

/** Real pages from htmldate's evaluation (Apache-2.0, test/fixtures/htmldate/LICENSE), each a source of the date. */
const REAL: [string, string, string][] = [
  ['pbrunst.de.html.gz', '2011-12-03', 'German blog: "am Samstag, 3. Dezember 2011" in p.postmetadata'],
  ['paris-luttes.info.html.gz', '2019-06-29', 'French: "Publié le 29 juin 2019" inside a <time> whose datetime is a later update'],
  ['transgen.de.aktuell.html.gz', '2018-01-18', 'German: "18.01.2018" in the article\'s own footer'],
  ['1641303898.html.gz', '2020-06-22', '<time datetime> under "prije 28 minuta" in .published .date'],
  ['1750355638.html.gz', '2020-10-26', 'JSON-LD that does not parse; teasers of other days around'],
];
for (const [file, day, what] of REAL) {
  test(`page dates › real page ${file}: ${what}`, () => {
    const html = gunzipSync(readFileSync(new URL(`../../../test/fixtures/htmldate/${file}`, import.meta.url))).toString('utf8');
    assert.equal(extractArticle(html).publishedAt?.slice(0, 10), day);
  });
}

test('page dates › a photo caption\'s date is the photo\'s (nbcnews.com)', () => {
  const top = '<figure><img src="a.jpg"><figcaption class="caption publico-txt">Rep. Ilhan Omar at the Capitol on July 25, 2019.</figcaption></figure>';
  assert.equal(page('', top), undefined);
  assert.equal(page('', '<div class="caption_1mNth publico-txt">July 25, 2019</div>'), undefined);
});

test('page dates › on a story\'s page, the date of a teaser of another story is that story\'s (avaz.ba, news18.com)', () => {
  const url = 'https://example.com/news/604722/director-tests-positive';
  const teaser = '<div class="new-raleted-box"><div class="item"><a class="title" href="https://example.com/news/586924/two-more-deaths-confirmed-in-the-region">Two more deaths confirmed in the region</a><div class="article-date-time">9.8.2020.</div></div></div>';
  const story = (after: string) => `<!DOCTYPE html><html><head><title>Director tests positive for the virus</title><meta property="og:type" content="article"></head><body><div class="article-wrapper"><h1>Director tests positive for the virus</h1><p class="lead">Dear friends, I have caught it too.</p>${BODY}${after}</div></body></html>`;
  assert.equal(extractArticle(story(teaser), { url }).publishedAt, undefined);
  assert.equal(extractArticle(story(teaser.replace('9.8.2020.', '<span class="date">9.8.2020.</span>')), { url }).publishedAt, undefined);
  const linked = '<ul class="listing"><li><a href="https://example.com/videos/2515615"><span class="create-date">Tuesday 25 February , 2020</span><span>Can the virus threaten the economy</span></a></li></ul>';
  assert.equal(extractArticle(story(linked), { url }).publishedAt, undefined);
  // the story's own date line beside an author's link and its sections' links stays
  const byline = '<div class="entry-byline">By <a href="/author/jane-doe/">Jane Doe</a> <span class="date">27/09/2018</span> <a href="/category/toys-and-games-for-children/" rel="tag">Toys and games for children</a></div>';
  assert.equal(page('', byline, url)?.slice(0, 10), '2018-09-27');
});

test('page dates › a date above the headline outside the story is the site\'s (today\'s date in a masthead table)', () => {
  const html = `<!DOCTYPE html><html><head><title>A long story headline of the page</title></head><body>
    <table><tr><td class="txtDate">Wednesday, September 30, 2020 02:45 PM</td></tr></table>
    <div class="story"><h1>A long story headline of the page</h1>${BODY}${BODY}</div></body></html>`;
  assert.equal(extractArticle(html, { url: 'https://example.com/story.php?id=1' }).publishedAt, undefined);
});

test('page dates › an update is not the publication: a <time> marked so in a date line, a date after "Last updated"', () => {
  const marked = '<div class="entry__meta"><span class="posted-on"><time class="entry-updated updated" itemprop="dateUpdated" datetime="2019-02-01T10:48:39-08:00">February 1, 2019</time></span></div>';
  assert.equal(page('', marked), undefined);
  assert.equal(page('', '<p class="byline">Last updated September 14, 2016</p><p>March 2, 2016</p>')?.slice(0, 10), '2016-03-02');
  assert.equal(page('', '<p class="byline">Last updated September 14, 2016</p>')?.slice(0, 10), '2016-09-14', 'an update alone: taken as a modified date is');
  assert.equal(page('', '<p class="byline">Published March 2, 2016 | Updated September 14, 2016</p>')?.slice(0, 10), '2016-03-02');
  // WordPress marks a post never modified `published updated`: it is the publication
  assert.equal(page('', '<span class="posted-on"><time class="entry-date published updated" datetime="2018-09-27T09:00:40+00:00">27/09/2018</time></span>'), '2018-09-27T09:00:40+00:00');
});

test('page dates › microdata dateCreated stands behind datePublished, as in JSON-LD (businessinsider.com)', () => {
  const top = '<div itemprop="datePublished">2019-11-13T23:06:00+01:00</div><div itemprop="dateCreated">2019-07-02T22:14:45+02:00</div>';
  assert.equal(page('', top), '2019-11-13T23:06:00+01:00');
});

test('page dates › sources htmldate reads too: more meta names, <meta pubdate>, abbr data-utime, a bare <time> in the story, a script\'s state', () => {
  assert.equal(page('<meta name="DC.date.publication" content="2019-05-04">')?.slice(0, 10), '2019-05-04');
  assert.equal(page('<meta property="article:publicationDate" content="2019-05-04T10:00:00+02:00">'), '2019-05-04T10:00:00+02:00');
  assert.equal(page('<meta pubdate="pubdate" content="2019-05-04">')?.slice(0, 10), '2019-05-04');
  assert.equal(page('', '<abbr title="Freitag, 6. Oktober 2017" data-utime="1507287600">6. Okt.</abbr>'), '2017-10-06T11:00:00+00:00');
  assert.equal(page('', '<p>Par Jean Dupont <time datetime="2019-06-29T10:00:00+02:00">29 juin</time></p>'), '2019-06-29T10:00:00+02:00');
  // a bare <time> in a list (a teaser's) is not the story's
  assert.equal(page('', '<ul><li><a href="/x">Une autre histoire</a> <time datetime="2019-07-08">8 juillet</time></li></ul>'), undefined);
  // a script's data says when the page was published, surer than a modified date, less than any visible date
  const state = '<script>window.__STATE__ = {"article":{"publishedAt":"2020-09-15T05:43:42.000Z"}};</script>';
  assert.equal(page(state), '2020-09-15T05:43:42+00:00');
  assert.equal(page(state + '<meta property="article:modified_time" content="2020-09-16T08:00:00+00:00">')?.slice(0, 10), '2020-09-15');
  assert.equal(page(state, '<p class="date">14.09.2020</p>')?.slice(0, 10), '2020-09-14');
  // the data holds another thing's date too (an author's profile): no one day, no date
  assert.equal(page('<script>var d = {"author":{"publicationDate":"2018-06-06T14:24:34-04:00"},"article":{"publicationDate":"2019-11-18T21:01:25-05:00"}};</script>'), undefined);
});

test('page dates › three days or more marked at one rank are a list of posts: the first is the page\'s; an update label before a lone date in its line', () => {
  const post = (d: string) => `<p><time class="published" datetime="${d}">${d}</time></p>`;
  assert.equal(page('', post('2020-09-21') + post('2017-05-11') + post('2019-08-13'))?.slice(0, 10), '2020-09-21');
  // two: a publication and its update, the earlier
  assert.equal(page('', post('2020-09-21') + post('2017-05-11'))?.slice(0, 10), '2017-05-11');
  // `<em>Last Updated:</em> January 7, 2025` is an update: below a date the page gives otherwise, taken only alone
  const updated = '<div class="x"><em>Last Updated:</em> January 7, 2025</div>';
  assert.equal(page('', updated)?.slice(0, 10), '2025-01-07');
  assert.equal(page('', updated, 'https://example.com/2020/07/10/story')?.slice(0, 10), '2020-07-10');
});

test('feed dates › RFC 822, ISO, Atom published and dc:date; a date not understood is a warning', () => {
  const rss = `<rss><channel><title>T</title>
    <item><title>a</title><link>https://a.example/1</link><pubDate>Tue, 23 Mar 2021 07:00:00 +0700</pubDate></item>
    <item><title>b</title><link>https://a.example/2</link><pubDate>Mon, 18 Nov 2019 17:01:27 GMT</pubDate></item>
    <item><title>c</title><link>https://a.example/3</link><pubDate>23 Mar 21 07:00 EST</pubDate></item>
    <item><title>d</title><link>https://a.example/4</link><dc:date>2018-09-15T10:15:48+02:00</dc:date></item>
    <item><title>e</title><link>https://a.example/5</link><pubDate>Thứ ba, 23/3/2021, 10:15</pubDate></item>
    <item><title>f</title><link>https://a.example/6</link><pubDate>sắp tới</pubDate></item>
  </channel></rss>`;
  const f = parseFeed(rss);
  assert.deepEqual(f.items.map((i) => i.publishedAt), [
    '2021-03-23T07:00:00+07:00', '2019-11-18T17:01:27+00:00', '2021-03-23T07:00:00-05:00', '2018-09-15T10:15:48+02:00', '2021-03-23T10:15:00+07:00', undefined,
  ]);
  assert.ok(f.warnings.some((w) => w.includes('sắp tới')));
  const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>x</title><link href="https://a.example/x"/><published>2019-11-18T17:01:27.893Z</published><updated>2019-11-19T00:00:00Z</updated></entry></feed>`);
  assert.equal(atom.items[0]!.publishedAt, '2019-11-18T17:01:27+00:00');
});

test('sidecar and JSONL dates › ISO kept with its zone, other written forms read, what is no date ignored with a warning', () => {
  const jsonl = (publishedAt: string) => readJsonl({ format: 'jsonl', bytes: Buffer.from(JSON.stringify({ id: 'a', title: 't', body: 'Nội dung.', publishedAt })) });
  assert.equal(jsonl('2019-11-18T17:01:27.893Z').given.publishedAt, '2019-11-18T17:01:27+00:00');
  assert.equal(jsonl('2021-03-24 08:00').given.publishedAt, '2021-03-24T08:00:00+07:00');
  assert.equal(jsonl('23/03/2021 10:15').given.publishedAt, '2021-03-23T10:15:00+07:00');
  assert.equal(jsonl('2999-01-01T00:00:00+07:00').given.publishedAt, '2999-01-01T00:00:00+07:00', 'a future date is the clusterer\'s to report, not dropped');
  const bad = jsonl('hôm qua');
  assert.equal(bad.given.publishedAt, undefined);
  assert.ok(bad.warnings.some((w) => w.includes('"hôm qua" is not a date')));
  const side = readText({ format: 'text', name: 'a.txt', bytes: Buffer.from('Nội dung.'), sidecar: JSON.stringify({ publishedAt: 'Tue, 23 Mar 2021 07:00:00 +0700' }) });
  assert.equal(side.given.publishedAt, '2021-03-23T07:00:00+07:00');
});
