/**
 * The pages in a real browser: Debian's Chromium (`/usr/bin/chromium`, or $TOANCANH_CHROMIUM)
 * driven by playwright-core, over a server on a free loopback port with the demo sample. Where no
 * Chromium exists these tests are skipped, saying so. Screenshots of every page, at desktop and
 * phone widths, go to artifacts/screenshots/ (git-ignored), to be looked at.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { getStory } from '../../src/app/index.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { ROOT, SEED_2021 } from '../helpers.js';
import { buildFixture, HOSTILE_ID, type Fixture } from './fixture.js';

/** What the callbacks run in the page see (the project compiles without the DOM library). */
declare const document: { activeElement: { id: string; className: string; textContent: string | null; closest(s: string): unknown; getAttribute(n: string): string | null; querySelector(s: string): { getBoundingClientRect(): { width: number; height: number } } | null } | null; documentElement: { scrollWidth: number; clientWidth: number } };
declare const window: { __pwned?: string };
declare function getComputedStyle(el: unknown): { textDecorationLine: string };

const CHROMIUM = process.env.TOANCANH_CHROMIUM ?? '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-core, or set TOANCANH_CHROMIUM)`;
if (SKIP) console.warn(`# browser tests SKIPPED: ${SKIP}`);

const SHOTS = join(ROOT, 'artifacts/screenshots');
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

let fx: Fixture;
let server: Listening;
let browser: Browser;
let storyOfCopies: string;
let storyOfSeed: string;
let storyOfHostile: string;
/** A story of the demo with a long timeline (10 articles, events from 2013 to 2016). */
const BIG_STORY = 'sCluster_031/201';

describe('pages in Chromium', () => {
  before(async () => {
    if (SKIP) return;
    fx = await buildFixture();
    const store = await fx.copy();
    storyOfCopies = (await getStory(store, { article: 'Cluster_010/69' })).id;
    storyOfSeed = (await getStory(store, { article: SEED_2021 })).id;
    storyOfHostile = (await getStory(store, { article: HOSTILE_ID })).id;
    server = await listen(store, { host: '127.0.0.1', port: 0 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await fx?.cleanup();
  });

  /** A page that fails the test on any script error or console error (a CSP violation is one). */
  async function open(width: keyof typeof WIDTHS = 'desktop'): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: WIDTHS[width] });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    return { page, problems };
  }

  /** Each page at each width in one tab per width; desktop shots are of the whole page, phone shots of the screen. */
  async function shootAll(pages: [path: string, name: string][]): Promise<void> {
    for (const width of Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]) {
      const { page, problems } = await open(width);
      for (const [path, name] of pages) {
        const r = await page.goto(server.url + path);
        assert.equal(r?.status(), 200, path);
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: width === 'desktop' });
        // nothing wider than the screen: readable on a phone without scrolling sideways
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path} at ${width}: ${overflow}px wider than the screen`);
      }
      assert.deepEqual(problems, []);
      await page.close();
    }
  }

  test('home → search "tap can binh" → a seed article', { skip: SKIP }, async () => {
    const { page, problems } = await open();
    await page.goto(server.url + '/');
    assert.equal(await page.locator('h1').textContent(), 'Câu chuyện mới nhất');
    await page.getByLabel('Tìm bài báo').fill('tap can binh');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\/search\?q=tap\+can\+binh/);
    assert.equal(await page.getByLabel('Tìm bài báo').inputValue(), 'tap can binh', 'the query is kept');
    const marks = await page.locator('ol.results mark').allTextContents();
    assert.ok(marks.some((m) => /Tập|Cận|Bình/.test(m)), marks.join('|'));
    await page.locator(`ol.results a[href="/articles/${SEED_2021}"]`).click();
    await page.waitForURL(`**/articles/${SEED_2021}`);
    assert.match(await page.locator('article').textContent() ?? '', /Tập Cận Bình/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a story → an article → the articles republishing it, and back', { skip: SKIP }, async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/stories/${encodeURIComponent(storyOfCopies)}`);
    const folded = page.locator('ol.timeline details summary', { hasText: 'đăng lại bài này' }).first();
    await folded.click();
    await page.locator('ol.timeline a[href="/articles/Cluster_010%2F69"]').click();
    await page.waitForURL('**/articles/Cluster_010%2F69');
    const copies = page.locator('section[aria-labelledby="danglai"] a');
    assert.deepEqual(await copies.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['/articles/Cluster_010%2F68']);
    await copies.first().click();
    await page.waitForURL('**/articles/Cluster_010%2F68');
    assert.equal(await page.locator('dl.facts a[href="/articles/Cluster_010%2F69"]').count(), 1, 'the copy links to its original');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an article holding <script> and <img onerror> shows them as text and runs nothing', { skip: SKIP }, async () => {
    const { page, problems } = await open();
    const r = await page.goto(`${server.url}/articles/${encodeURIComponent(HOSTILE_ID)}`);
    assert.equal(r?.status(), 200);
    assert.match(await page.locator('h1').textContent() ?? '', /<script>window.__pwned = "title"<\/script>/);
    assert.match(await page.locator('article').textContent() ?? '', /<img src=x onerror=/);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.notEqual(await page.title(), 'pwned');
    assert.equal(await page.locator('article img, article script, script').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'a javascript: URL is not a link');
    assert.deepEqual(problems, []);
    await page.screenshot({ path: join(SHOTS, 'hostile-desktop.png') });
    await page.close();
  });

  test('a story\'s timeline: an SVG of its events and their list; a dot leads to the sentence, marked, in its article', { skip: SKIP }, async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/stories/${encodeURIComponent(storyOfSeed)}`);
    const svg = page.locator('svg.tl');
    assert.ok(await svg.isVisible());
    assert.equal(await svg.getAttribute('role'), 'img');
    assert.match(await page.locator('#tl-title').textContent() ?? '', /3 sự kiện/);
    assert.equal(await page.locator('svg.tl circle.dot').count(), 3);
    assert.deepEqual(await page.locator('ol.events .event-when').allTextContents(), ['tuần 15/3–21/3/2021', '23/3/2021', '23/3/2021']);
    // the dated events read as text, each with its sentence
    assert.match(await page.locator('ol.events li').nth(2).textContent() ?? '', /KCNA cho biết hôm thứ Ba rằng/);
    // the dot of "hôm thứ Ba" (the second stacked on 23/3) opens the article at that expression
    await page.locator(`svg.tl a[href$="#tg-207"] circle`).click();
    await page.waitForURL(`**/articles/${SEED_2021}#tg-207`);
    const target = page.locator('time#tg-207');
    assert.equal(await target.getAttribute('datetime'), '2021-03-23');
    assert.equal(await target.evaluate((el) => (el as unknown as { matches(s: string): boolean }).matches(':target')), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a long timeline at desktop and phone widths: on the screen, labels apart (screenshots of it)', { skip: SKIP }, async () => {
    for (const width of ['desktop', 'phone'] as const) {
      const { page, problems } = await open(width);
      await page.goto(`${server.url}/stories/${encodeURIComponent(BIG_STORY)}`);
      await page.locator('#dongthoigian').evaluate((h) => (h as unknown as { scrollIntoView(): void }).scrollIntoView());
      await page.screenshot({ path: join(SHOTS, `timeline-${width}.png`) });
      const frame = (await page.locator('.tl-scroll').boundingBox())!;
      assert.ok(frame.x >= 0 && frame.x + frame.width <= WIDTHS[width].width, `${width}: the timeline's frame fits the screen (${frame.x}+${frame.width})`);
      // dots of different days never overlap (a timeline too dense for a phone scrolls sideways in its frame)
      const xs = [...new Set(await page.locator('svg.tl circle.dot').evaluateAll((cs) => cs.map((c) => {
        const r = (c as unknown as { getBoundingClientRect(): { left: number; width: number } }).getBoundingClientRect();
        return Math.round((r.left + r.width / 2) * 10) / 10;
      })))].sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) assert.ok(xs[i]! - xs[i - 1]! >= 10, `${width}: dots at ${xs[i - 1]} and ${xs[i]} overlap`);
      // the label set for this width is shown, the other hidden, and its labels do not overlap
      const boxes = (await page.locator('svg.tl .labels text').evaluateAll((ts) => ts.map((t) => (t as unknown as { getBoundingClientRect(): { left: number; right: number; width: number } }).getBoundingClientRect())))
        .filter((b) => b.width > 0).sort((a, b) => a.left - b.left);
      assert.ok(boxes.length >= 2, `${width}: ${boxes.length} labels`);
      for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i]!.left >= boxes[i - 1]!.right, `${width}: labels ${i - 1} and ${i} overlap`);
      const svgBox = (await page.locator('svg.tl').boundingBox())!;
      assert.ok(boxes[0]!.left >= svgBox.x && boxes.at(-1)!.right <= svgBox.x + svgBox.width, `${width}: labels inside the picture`);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test('an article\'s dates: keyboard focus on a marked expression shows its resolved value', { skip: SKIP }, async () => {
    for (const width of ['desktop', 'phone'] as const) {
      const { page, problems } = await open(width);
      await page.goto(`${server.url}/articles/${SEED_2021}`);
      const tip = page.locator('#tg-207 .tip');
      assert.ok((await tip.boundingBox())!.width <= 1, 'the tip is hidden until asked for');
      let on = false;
      for (let i = 0; i < 40 && !on; i++) {
        await page.keyboard.press('Tab');
        on = await page.evaluate(() => document.activeElement?.id === 'tg-207');
      }
      assert.ok(on, 'Tab reaches "hôm thứ Ba"');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('title')), 'hôm thứ Ba = 23/3/2021 (2021-03-23)');
      const box = (await tip.boundingBox())!;
      assert.ok(box.width > 40, `the tip shows on focus: ${box.width}px`);
      assert.equal((await tip.textContent())?.trim(), '(23/3/2021)');
      await page.screenshot({ path: join(SHOTS, `article-date-focus-${width}.png`) });
      // hovering shows it too
      await page.locator('#tg-72').hover();
      assert.ok((await page.locator('#tg-72 .tip').boundingBox())!.width > 40);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test('hostile text in a dated sentence: text in the timeline, nothing runs', { skip: SKIP }, async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/stories/${encodeURIComponent(storyOfHostile)}`);
    assert.match(await page.locator('ol.events').textContent() ?? '', /Hà Nội hôm nay có mưa <img src=x onerror=/);
    assert.match(await page.locator('svg.tl').innerHTML(), /có mưa &lt;img src=x onerror=/);
    assert.equal(await page.locator('img, script').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an article\'s names lead to their entity pages: a link in the text, by keyboard; the page\'s chart drawn, its co-occurring names linked', { skip: SKIP }, async () => {
    for (const width of ['desktop', 'phone'] as const) {
      const { page, problems } = await open(width);
      await page.goto(`${server.url}/articles/${SEED_2021}`);
      const xi = page.locator('article a.ent[href="/entities/per%3Axi-jinping"]').first();
      assert.equal(await xi.textContent(), 'Tập Cận Bình');
      // underlined (its mark is visible without hovering), and reached by Tab
      assert.match(await xi.evaluate((el) => getComputedStyle(el).textDecorationLine), /underline/);
      let on = false;
      for (let i = 0; i < 40 && !on; i++) {
        await page.keyboard.press('Tab');
        on = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/entities/per%3Axi-jinping');
      }
      assert.ok(on, 'Tab reaches the name');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/entities/per%3Axi-jinping');
      assert.equal(await page.locator('h1').textContent(), 'Tập Cận Bình (Xi Jinping)');
      const chart = page.locator('figure.months svg.bars');
      const box = (await chart.boundingBox())!;
      assert.ok(box.width > 200 && box.height > 40, `the chart is drawn: ${box.width}×${box.height}`);
      assert.ok((await chart.locator('rect').count()) >= 3);
      assert.ok((await page.locator('#cungxuathien ~ ul a[href^="/entities/"]').count()) >= 3);
      assert.ok((await page.locator('#cauchuyen ~ ul a[href^="/stories/"]').count()) >= 2);
      await page.screenshot({ path: join(SHOTS, `entity-from-article-${width}.png`), fullPage: width === 'desktop' });
      // a co-occurring name leads to its own page
      await page.locator('#cungxuathien ~ ul a[href="/entities/per%3Akim-jong-un"]').click();
      await page.waitForURL('**/entities/per%3Akim-jong-un');
      assert.match(await page.locator('h1').textContent() ?? '', /Kim Jong-un/);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test('keyboard only: skip link, search field, results, an article', { skip: SKIP }, async () => {
    const { page, problems } = await open();
    await page.goto(server.url + '/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Bỏ qua, đến nội dung chính');
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'q');
    }
    assert.ok(reached, 'Tab reaches the search field');
    await page.keyboard.type('Kim Jong Un');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Kim\+Jong\+Un/);
    let onResult = false;
    for (let i = 0; i < 20 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => !!document.activeElement?.closest('ol.results'));
    }
    assert.ok(onResult, 'Tab reaches the results');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    assert.ok(await page.locator('article h1').isVisible());
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('every page renders cleanly at desktop and phone widths (screenshots saved)', { skip: SKIP }, async () => {
    await shootAll([
      ['/', 'home'],
      [`/stories/${encodeURIComponent(storyOfCopies)}`, 'story'],
      [`/stories/${encodeURIComponent(storyOfSeed)}`, 'story-seed-timeline'],
      [`/stories/${encodeURIComponent(BIG_STORY)}`, 'story-timeline'],
      [`/stories/${encodeURIComponent(storyOfHostile)}`, 'story-hostile'],
      ['/articles/Cluster_014%2F98', 'article'],
      [`/articles/${SEED_2021}`, 'article-seed'],
      ['/search?q=tap+can+binh', 'search'],
      ['/search?q=xyzzyqwerty', 'search-none'],
      ['/outlets', 'outlets'],
      ['/entities', 'entities'],
      ['/entities/per%3Axi-jinping', 'entity'],
      ['/entities/country%3AVN', 'entity-long'],
      ['/search?entity=per%3Axi-jinping', 'search-entity'],
    ]);
  });
});
