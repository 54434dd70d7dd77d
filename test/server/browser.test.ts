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
declare const document: { activeElement: { id: string; textContent: string | null; closest(s: string): unknown; getAttribute(n: string): string | null } | null; documentElement: { scrollWidth: number; clientWidth: number } };
declare const window: { __pwned?: string };

const CHROMIUM = process.env.TOANCANH_CHROMIUM ?? '/usr/bin/chromium';
const SKIP = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-core, or set TOANCANH_CHROMIUM)`;
if (SKIP) console.warn(`# browser tests SKIPPED: ${SKIP}`);

const SHOTS = join(ROOT, 'artifacts/screenshots');
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

let fx: Fixture;
let server: Listening;
let browser: Browser;
let storyOfCopies: string;

describe('pages in Chromium', () => {
  before(async () => {
    if (SKIP) return;
    fx = await buildFixture();
    const store = await fx.copy();
    storyOfCopies = (await getStory(store, { article: 'Cluster_010/69' })).id;
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
      ['/articles/Cluster_014%2F98', 'article'],
      [`/articles/${SEED_2021}`, 'article-seed'],
      ['/search?q=tap+can+binh', 'search'],
      ['/search?q=xyzzyqwerty', 'search-none'],
      ['/outlets', 'outlets'],
    ]);
  });
});
