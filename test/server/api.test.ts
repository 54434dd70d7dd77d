/** The JSON API in-process (`app.request()`), over the demo sample: every route's shape, pagination, errors, limits, the token rule, the OpenAPI document. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import type { Store } from '../../src/app/index.js';
import { SEED_2019, SEED_2021 } from '../helpers.js';
import { getStory } from '../../src/app/index.js';
import { buildFixture, HOSTILE_ID, server, type Fixture } from './fixture.js';

/** A story of the demo with a long timeline (10 articles, events from 2013 to 2016). */
const BIG_STORY = 'sCluster_031/201';

let fx: Fixture;
let store: Store;
let app: Hono;

before(async () => {
  fx = await buildFixture();
  store = await fx.copy();
  app = server(store);
});
after(async () => fx.cleanup());

const storyOfSeed = async (): Promise<string> => (await getStory(store, { article: SEED_2021 })).id;


type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed response bodies, checked field by field

async function get(path: string, a: Hono = app): Promise<{ status: number; body: Json; headers: Headers }> {
  const r = await a.request(path);
  const text = await r.text();
  return { status: r.status, body: text.startsWith('{') ? JSON.parse(text) : { text }, headers: r.headers };
}

function assertError(r: { status: number; body: Json }, status: number, code: string): void {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.equal(r.body.code, code);
  assert.equal(typeof r.body.message, 'string');
  assert.equal(typeof r.body.hint, 'string');
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

describe('api › reads', () => {
  test('health: up, with the number of articles', async () => {
    const r = await get('/api/health');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { status: 'ok', articles: 301 });
  });

  test('articles: every article once over the pages, in ingest order, the last page without next', async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const r = await get(`/api/articles?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200);
      assert.equal(r.body.total, 301);
      for (const a of r.body.articles) {
        assert.equal(typeof a.id, 'string');
        assert.ok(a.headline.length > 0);
      }
      ids.push(...r.body.articles.map((a: Json) => a.id));
      cursor = r.body.next;
      pages++;
    } while (cursor);
    assert.equal(pages, 4);
    assert.equal(ids.length, 301);
    assert.equal(new Set(ids).size, 301);
    assert.equal(ids.at(-1), HOSTILE_ID);
  });

  test('articles: filtered by outlet, without case or marks', async () => {
    const all = await get('/api/articles?limit=100&source=vnexpress');
    assert.equal(all.status, 200);
    assert.ok(all.body.total > 0 && all.body.total < 301, String(all.body.total));
    for (const a of all.body.articles) assert.equal(fold(a.source), 'vnexpress');
  });

  test('articles: page size and cursor are checked', async () => {
    assertError(await get('/api/articles?limit=101'), 400, 'E_BAD_REQUEST');
    assertError(await get('/api/articles?limit=0'), 400, 'E_BAD_REQUEST');
    assertError(await get('/api/articles?cursor=nonsense'), 400, 'E_BAD_REQUEST');
  });

  test('article: an id holding "/" encoded; text, blocks, copies, story, revisions', async () => {
    const r = await get('/api/articles/Cluster_014%2F98');
    assert.equal(r.status, 200);
    assert.equal(r.body.id, 'Cluster_014/98');
    assert.ok(r.body.text.length > 200);
    assert.ok(r.body.blocks.length > 0);
    for (const b of r.body.blocks) assert.ok(b.start >= 0 && b.end <= r.body.text.length && b.start < b.end);
    assert.ok(Array.isArray(r.body.copies));
    assert.ok(Array.isArray(r.body.revisions));
    assert.equal(typeof r.body.story, 'string');
    const seed = await get(`/api/articles/${SEED_2021}`);
    assert.match(seed.body.text, /Tập Cận Bình/);
  });

  test('article: times, resolved against the publication date, offsets into text', async () => {
    const r = await get(`/api/articles/${SEED_2021}`);
    assert.equal(r.status, 200);
    const times = r.body.times as Json[];
    assert.deepEqual(times.map((t) => [t.text, t.value, t.granularity]), [
      ['hôm 23/3', '2021-03-23', 'day'], ['hôm thứ Ba', '2021-03-23', 'day'], ['hồi tuần trước', '2021-W11', 'week'],
    ]);
    for (const t of times) assert.equal(r.body.text.slice(t.start, t.end), t.text);
  });

  test('article: unknown id → 404 E_NOT_FOUND as JSON', async () => {
    assertError(await get('/api/articles/no%2Fsuch'), 404, 'E_NOT_FOUND');
    assertError(await get('/api/articles/no%2Fsuch/raw'), 404, 'E_NOT_FOUND');
  });

  test('raw: the input as received, never rendered', async () => {
    const r = await app.request('/api/articles/Cluster_014%2F98/raw');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/octet-stream');
    assert.match(r.headers.get('content-security-policy') ?? '', /sandbox/);
    const line = JSON.parse(Buffer.from(await r.arrayBuffer()).toString('utf8'));
    assert.equal(line.id, 'Cluster_014/98');
  });

  test('search: tap can binh finds the seeds, snippets highlight the words, facets count the hits', async () => {
    const r = await get('/api/search?q=tap%20can%20binh&limit=20');
    assert.equal(r.status, 200);
    const ids = r.body.hits.map((h: Json) => h.id);
    assert.ok(ids.includes(SEED_2021) && ids.includes(SEED_2019), ids.join(' '));
    assert.ok(r.body.total >= 2);
    for (const h of r.body.hits) {
      for (const s of h.highlights) {
        const words = fold(h.snippet.slice(s.start, s.end)).split(/\s+/);
        assert.ok(words.every((w: string) => ['tap', 'can', 'binh'].includes(w)), h.snippet.slice(s.start, s.end));
      }
    }
    const f = r.body.facets;
    assert.equal(f.total, r.body.total);
    assert.equal(f.byOutlet.reduce((n: number, o: Json) => n + o.count, 0) <= f.counted, true);
    assert.ok(f.byMonth.every((m: Json) => /^\d{4}-\d{2}$/.test(m.month)));
    // counted over every result: the same counts as the hits of all the pages, read here
    const pages: Json[] = [];
    for (let cursor = ''; ;) {
      const p = await get(`/api/search?q=trieu%20tien&limit=10&facets=0${cursor}`);
      pages.push(...p.body.hits);
      if (!p.body.next) break;
      cursor = `&cursor=${p.body.next}`;
    }
    const tt = (await get('/api/search?q=trieu%20tien&limit=3')).body;
    assert.equal(pages.length, tt.total);
    assert.equal(tt.facets.counted, tt.total);
    const count = (key: (h: Json) => string | undefined) => {
      const m = new Map<string, number>();
      for (const h of pages) if (key(h)) m.set(key(h)!, (m.get(key(h)!) ?? 0) + 1);
      return m;
    };
    assert.deepEqual(new Map(tt.facets.byOutlet.map((o: Json) => [o.source, o.count])), count((h) => h.source));
    assert.deepEqual(new Map(tt.facets.byMonth.map((o: Json) => [o.month, o.count])), count((h) => h.publishedAt?.slice(0, 7)));
    const bare = await get('/api/search?q=tap%20can%20binh&limit=20&facets=0');
    assert.equal(bare.body.facets, undefined);
    assert.deepEqual(bare.body.hits, r.body.hits, 'the same hits with or without facets');
  });

  test('search: pages follow each other without overlap', async () => {
    const first = await get('/api/search?q=trieu%20tien&limit=5');
    assert.ok(first.body.total > 10);
    assert.ok(first.body.next);
    const second = await get(`/api/search?q=trieu%20tien&limit=5&cursor=${first.body.next}`);
    const all = await get('/api/search?q=trieu%20tien&limit=10');
    assert.deepEqual([...first.body.hits, ...second.body.hits].map((h: Json) => h.id), all.body.hits.map((h: Json) => h.id));
  });

  test('search: filters by date and outlet', async () => {
    const r = await get('/api/search?q=kim%20jong&from=2021-01-01');
    assert.equal(r.status, 200);
    for (const h of r.body.hits) assert.ok(h.publishedAt >= '2021-01-01', h.publishedAt);
  });

  test('search: empty, too long and malformed queries are refused', async () => {
    assertError(await get('/api/search?q='), 400, 'E_BAD_REQUEST');
    assertError(await get('/api/search'), 400, 'E_BAD_REQUEST');
    assertError(await get(`/api/search?q=${'a'.repeat(501)}`), 400, 'E_BAD_REQUEST');
    assertError(await get('/api/search?q=kim&from=yesterday'), 400, 'E_BAD_REQUEST');
    assertError(await get('/api/search?q=%22%22'), 400, 'E_BAD_QUERY');
  });

  test('stories: pages, and one story with its articles', async () => {
    const first = await get('/api/stories?limit=5');
    assert.equal(first.status, 200);
    assert.equal(first.body.stories.length, 5);
    assert.ok(first.body.total > 5);
    const second = await get(`/api/stories?limit=5&cursor=${first.body.next}`);
    const ids = [...first.body.stories, ...second.body.stories].map((s: Json) => s.id);
    assert.equal(new Set(ids).size, 10);
    const story = await get(`/api/stories/${encodeURIComponent(ids[0])}`);
    assert.equal(story.status, 200);
    assert.equal(story.body.articles.length, story.body.articleCount);
    assert.ok(Array.isArray(story.body.timeline));
    assertError(await get('/api/stories/no-such-story'), 404, 'E_NOT_FOUND');
    assertError(await get('/api/stories?limit=1000'), 400, 'E_BAD_REQUEST');
  });

  test('story: its timeline, in calendar order, each event with its sentence and article', async () => {
    const seed = await get(`/api/stories/${encodeURIComponent(await storyOfSeed())}`);
    assert.equal(seed.status, 200);
    assert.deepEqual(seed.body.timeline.map((e: Json) => [e.value, e.text, e.articleId]), [
      ['2021-W11', 'hồi tuần trước', SEED_2021], ['2021-03-23', 'hôm 23/3', SEED_2021], ['2021-03-23', 'hôm thứ Ba', SEED_2021],
    ]);
    const article = (await get(`/api/articles/${SEED_2021}`)).body;
    for (const e of seed.body.timeline) {
      assert.equal(article.text.slice(e.sentenceStart, e.sentenceEnd), e.sentence);
      assert.equal(article.text.slice(e.start, e.end), e.text);
      assert.match(e.day, /^\d{4}-\d{2}-\d{2}$/);
    }
    const big = await get(`/api/stories/${encodeURIComponent(BIG_STORY)}`);
    const days = big.body.timeline.map((e: Json) => e.day);
    assert.ok(days.length > 20, String(days.length));
    assert.deepEqual(days, [...days].sort());
    const ids = new Set(big.body.articles.map((a: Json) => a.id));
    for (const e of big.body.timeline) assert.ok(ids.has(e.articleId), e.articleId);
  });

  test('stats: counts over the store', async () => {
    const r = await get('/api/stats');
    assert.equal(r.status, 200);
    assert.equal(r.body.articles, 301);
    assert.ok(r.body.outlets > 5);
  });

  test('unknown API routes answer JSON 404', async () => {
    assertError(await get('/api/nothing'), 404, 'E_NOT_FOUND');
  });

  test('security headers on every answer', async () => {
    for (const path of ['/api/health', '/', '/static/style.css']) {
      const r = await app.request(path);
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/, path);
      assert.doesNotMatch(csp, /script-src|unsafe-inline/, path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
      assert.match(r.headers.get('server-timing') ?? '', /total;dur=/);
    }
  });
});

describe('api › writes', () => {
  const TOKEN = 'a-test-token-of-some-length';
  let writable: Hono;
  before(async () => {
    writable = server(await fx.copy(), { token: TOKEN });
  });
  const send = (a: Hono, method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    a.request(path, { method, ...(body !== undefined ? { body } : {}), headers });
  const auth = { authorization: `Bearer ${TOKEN}` };
  const record = JSON.stringify({ id: 'api/1', title: 'Bão số 3 đổ bộ vào Quảng Ninh', body: 'Chiều nay bão số 3 đã đổ bộ vào Quảng Ninh với sức gió mạnh cấp 12, giật cấp 14, gây mưa lớn trên diện rộng ở các tỉnh miền Bắc.', publishedAt: '2024-09-07T15:00:00+07:00', source: 'VnExpress' });

  test('without a configured token, writes are off (403), whatever is sent', async () => {
    const r = await send(app, 'POST', '/api/articles', record, { 'content-type': 'application/json', ...auth });
    assert.equal(r.status, 403);
    assert.equal((await r.json() as Json).code, 'E_WRITES_OFF');
    assert.equal((await send(app, 'DELETE', `/api/articles/${SEED_2019}`, undefined, auth)).status, 403);
    assert.equal((await get(`/api/articles/${SEED_2019}`)).status, 200);
  });

  test('with a token: none or a wrong one is 401', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }] as Record<string, string>[]) {
      const r = await send(writable, 'POST', '/api/articles', record, { 'content-type': 'application/json', ...headers });
      assert.equal(r.status, 401);
      assert.equal((await r.json() as Json).code, 'E_UNAUTHORIZED');
    }
    assert.equal((await send(writable, 'DELETE', `/api/articles/${SEED_2019}`, undefined, { authorization: 'Bearer x' })).status, 401);
  });

  test('POST bulk-import JSON stores the article, placed in a story; DELETE removes it', async () => {
    const r = await send(writable, 'POST', '/api/articles', record, { 'content-type': 'application/json', ...auth });
    const body = await r.json() as Json;
    assert.equal(r.status, 200, JSON.stringify(body));
    assert.deepEqual([body.ids, body.new, body.rejected], [['api/1'], 1, []]);
    const again = await (await send(writable, 'POST', '/api/articles', record, { 'content-type': 'application/json', ...auth })).json() as Json;
    assert.equal(again.unchanged, 1);
    const stored = await get('/api/articles/api%2F1', writable);
    assert.equal(stored.body.source, 'VnExpress');
    assert.equal(typeof stored.body.story, 'string');
    const del = await send(writable, 'DELETE', '/api/articles/api%2F1', undefined, auth);
    assert.equal(del.status, 200);
    assert.deepEqual((await del.json() as Json).deleted, ['api/1']);
    assertError(await get('/api/articles/api%2F1', writable), 404, 'E_NOT_FOUND');
    assertError(await (async () => { const x = await send(writable, 'DELETE', '/api/articles/api%2F1', undefined, auth); return { status: x.status, body: await x.json() as Json }; })(), 404, 'E_NOT_FOUND');
  });

  test('POST a text, with its metadata in the query', async () => {
    const text = 'Giá xăng giảm hơn 500 đồng mỗi lít từ chiều nay, theo quyết định điều hành của liên bộ Công Thương và Tài chính công bố hôm thứ Năm.';
    const r = await send(writable, 'POST', '/api/articles?id=text%2F1&source=Tu%E1%BB%95i%20Tr%E1%BA%BB', text, { 'content-type': 'text/plain; charset=utf-8', ...auth });
    const body = await r.json() as Json;
    assert.equal(r.status, 200, JSON.stringify(body));
    assert.deepEqual(body.ids, ['text/1']);
    const stored = await get('/api/articles/text%2F1', writable);
    assert.equal(stored.body.source, 'Tuổi Trẻ');
    assert.match(stored.body.text, /Giá xăng giảm/);
    // no publication date: its time expressions are kept unresolved, with the reason, and marked so in its page
    assert.ok(stored.body.times.length > 0);
    for (const t of stored.body.times) {
      assert.equal(t.value, null);
      assert.equal(t.reason, 'no reference time');
    }
    const page = await (await writable.request('/articles/text%2F1')).text();
    assert.match(page, /<span class="when unresolved" id="tg-\d+" tabindex="0" title="Chưa xác định được ngày: bài không có ngày đăng để tính">hôm thứ Năm<span class="tip">/);
  });

  test('POST a page with no article is refused: 422 not an article', async () => {
    const page = '<!doctype html><html><head><title>Đăng nhập</title></head><body><form><label>Tên <input name=u></label><button>Vào</button></form></body></html>';
    const r = await send(writable, 'POST', '/api/articles?id=page%2F1', page, { 'content-type': 'text/html', ...auth });
    const body = await r.json() as Json;
    assert.equal(r.status, 422, JSON.stringify(body));
    assert.equal(body.code, 'E_REJECTED');
    assert.match(body.message, /not an article/);
  });

  test('POST limits and checks: body size, JSON shape, content type', async () => {
    const big = 'x'.repeat(8 * 1024 * 1024 + 10);
    const tooBig = await send(writable, 'POST', '/api/articles', big, { 'content-type': 'text/plain', 'content-length': String(big.length), ...auth });
    assert.equal(tooBig.status, 413);
    assert.equal((await tooBig.json() as Json).code, 'E_TOO_LARGE');
    const noBody = await send(writable, 'POST', '/api/articles', JSON.stringify({ title: 'x' }), { 'content-type': 'application/json', ...auth });
    assert.equal(noBody.status, 400);
    assert.equal((await noBody.json() as Json).code, 'E_BAD_REQUEST');
    const csv = await send(writable, 'POST', '/api/articles', 'a,b', { 'content-type': 'text/csv', ...auth });
    assert.equal(csv.status, 415);
    assert.equal((await csv.json() as Json).code, 'E_MEDIA_TYPE');
  });
});

describe('api › OpenAPI', () => {
  test('/api/openapi.json lists exactly the routes served, each with its responses, every reference resolved', async () => {
    const r = await get('/api/openapi.json');
    assert.equal(r.status, 200);
    const doc = r.body;
    assert.match(doc.openapi, /^3\./);
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, op] of Object.entries(ops)) {
        documented.add(`${method.toUpperCase()} ${path}`);
        assert.ok(op.responses?.['200'], `${method} ${path} has a 200 response`);
      }
    }
    const served = new Set(app.routes
      .filter((x) => x.path.startsWith('/api/') && x.method !== 'ALL' && x.path !== '/api/openapi.json')
      .map((x) => `${x.method} ${x.path.replace(/:(\w+)/g, '{$1}')}`));
    assert.deepEqual([...documented].sort(), [...served].sort());
    assert.equal(documented.size, 12);
    // the times of an article and the timeline of a story are documented
    const schemas = doc.components.schemas;
    assert.equal(schemas.Article.properties.times.items.$ref, '#/components/schemas/Time');
    assert.deepEqual(Object.keys(schemas.Time.properties).sort(), ['end', 'granularity', 'reason', 'start', 'text', 'value']);
    assert.equal(schemas.Story.properties.timeline.items.$ref, '#/components/schemas/TimelineEvent');
    assert.ok(['day', 'value', 'text', 'sentence', 'articleId', 'sentenceStart'].every((k) => schemas.TimelineEvent.required.includes(k)));
    // every $ref points at a schema the document holds
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(refs.length > 5);
    for (const ref of refs) assert.ok(doc.components.schemas[ref], ref);
  });
});

describe('pages › in-process (the browser tests drive them in Chromium)', () => {
  const html = async (path: string) => {
    const r = await app.request(path);
    return { status: r.status, text: await r.text(), type: r.headers.get('content-type') ?? '' };
  };

  test('every page answers HTML in Vietnamese, with no script at all', async () => {
    const story = (await get('/api/stories?limit=1')).body.stories[0].id as string;
    for (const [path, h1] of [
      ['/', 'Câu chuyện mới nhất'],
      [`/stories/${encodeURIComponent(story)}`, ''],
      ['/articles/Cluster_014%2F98', 'Tiêu chuẩn chọn chồng của em gái ông Kim Jong-un'],
      ['/search?q=tap+can+binh', 'Tìm “tap can binh”'],
      ['/outlets', 'Các nguồn báo'],
    ] as const) {
      const r = await html(path);
      assert.equal(r.status, 200, path);
      assert.match(r.type, /text\/html/);
      assert.match(r.text, /<html lang="vi">/);
      assert.doesNotMatch(r.text, /<script/i, path);
      if (h1) assert.ok(r.text.includes(`<h1>${h1}</h1>`), `${path}: ${h1}`);
    }
  });

  test('article markup is escaped: <script> and <img onerror> become text', async () => {
    const r = await html(`/articles/${encodeURIComponent(HOSTILE_ID)}`);
    assert.equal(r.status, 200);
    assert.ok(r.text.includes('&lt;script&gt;window.__pwned = &quot;title&quot;&lt;/script&gt;'));
    assert.ok(r.text.includes('&lt;img src=x onerror='));
    assert.doesNotMatch(r.text, /<script|<img|<b>Thử/);
    assert.doesNotMatch(r.text, /href="javascript:/);
  });

  test('article: resolved dates marked in the text, focusable, the value in datetime and title', async () => {
    const r = await html(`/articles/${SEED_2021}`);
    assert.equal(r.status, 200);
    assert.ok(r.text.includes('<time class="when" id="tg-207" tabindex="0" title="hôm thứ Ba = 23/3/2021 (2021-03-23)" datetime="2021-03-23">hôm thứ Ba<span class="tip"> (23/3/2021)</span></time>'), 'hôm thứ Ba → 2021-03-23');
    assert.match(r.text, /<time class="when" id="tg-72" [^>]*datetime="2021-03-23">hôm 23\/3</);
    assert.match(r.text, /<time class="when" id="tg-2222" [^>]*title="hồi tuần trước = tuần 15\/3–21\/3\/2021 \(2021-W11\)" datetime="2021-W11">hồi tuần trước</);
    // the text around them is whole: the marks only wrap the expressions
    const plain = r.text.replace(/<span class="tip">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
    assert.ok(plain.includes('Kim Jong Un và Chủ tịch Trung Quốc Tập Cận Bình hôm 23/3 đã cùng chia sẻ'));
    // an interval is not a valid datetime: marked as a span, still with its value
    const interval = await html('/articles/Cluster_031%2F201');
    assert.equal(interval.status, 200);
    assert.doesNotMatch(interval.text, /datetime="[^"]*\//);
  });

  test('story: the timeline as an SVG with a title and a description, and as an ordered list', async () => {
    const story = await getStory(store, { article: SEED_2021 });
    const r = await html(`/stories/${encodeURIComponent(story.id)}`);
    assert.equal(r.status, 200);
    const svg = /<svg class="tl"[^>]*role="img" aria-labelledby="tl-title tl-desc">(.*?)<\/svg>/s.exec(r.text)?.[1];
    assert.ok(svg, 'an SVG timeline');
    assert.match(svg, /<title id="tl-title">Dòng thời gian của câu chuyện: 3 sự kiện/);
    assert.match(svg, /<desc id="tl-desc">/);
    // each event a dot linked to its sentence in its article, in calendar order
    const links = [...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(links, [`/articles/${SEED_2021}#tg-2222`, `/articles/${SEED_2021}#tg-72`, `/articles/${SEED_2021}#tg-207`]);
    assert.doesNotMatch(svg, /style=/, 'no inline style: the CSP allows the stylesheet only');
    const list = /<ol class="events">(.*?)<\/ol>/s.exec(r.text)?.[1] ?? '';
    const items = [...list.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => m[1]!);
    assert.equal(items.length, 3);
    assert.match(items[0]!, /<time datetime="2021-W11">tuần 15\/3–21\/3\/2021<\/time>/);
    assert.match(items[1]!, /<time datetime="2021-03-23">23\/3\/2021<\/time>.*Tập Cận Bình <mark>hôm 23\/3<\/mark> đã cùng/s);
    assert.match(items[2]!, /KCNA cho biết <mark>hôm thứ Ba<\/mark> rằng/);
    assert.ok(items.every((i) => i.includes(`href="/articles/${SEED_2021}#tg-`)));
    // a long timeline: every event in the list and in the picture (at most 8 dots a day, the rest counted)
    const big = await html(`/stories/${encodeURIComponent(BIG_STORY)}`);
    const n = (await getStory(store, { id: BIG_STORY })).timeline.length;
    assert.equal([...big.text.matchAll(/<ol class="events">(.*?)<\/ol>/gs)][0]![1]!.split('<li>').length - 1, n);
    const dots = [...big.text.matchAll(/<circle class="dot/g)].length;
    const more = [...big.text.matchAll(/<text class="more"[^>]*>\+(\d+)</g)].reduce((x, m) => x + Number(m[1]), 0);
    assert.equal(dots + more, n);
    assert.match(big.text, /class="axis break"/, 'gaps over a year are drawn as breaks');
  });

  test('hostile text in a time expression\'s sentence stays text, in the timeline and in the marked article', async () => {
    const story = await getStory(store, { article: HOSTILE_ID });
    assert.ok(story.timeline.some((e) => e.articleId === HOSTILE_ID && e.sentence.includes('<img')), 'the hostile sentence is an event');
    const r = await html(`/stories/${encodeURIComponent(story.id)}`);
    assert.equal(r.status, 200);
    assert.ok(r.text.includes('Hà Nội <mark>hôm nay</mark> có mưa &lt;img src=x onerror=&quot;window.__pwned = &#39;body&#39;&quot;&gt;'), 'escaped in the list');
    assert.match(r.text, /<title>1\/4\/2021 \(“hôm nay”\): Hà Nội hôm nay có mưa &lt;img src=x onerror=/, 'escaped in the SVG');
    assert.doesNotMatch(r.text, /<img|<script|<b>Thử/);
    const a = await html(`/articles/${encodeURIComponent(HOSTILE_ID)}`);
    assert.match(a.text, /Hà Nội(<\/a>)? <time class="when" [^>]*datetime="2021-04-01">hôm nay<span class="tip"> \(1\/4\/2021\)<\/span><\/time> có mưa &lt;img src=x/);
    assert.doesNotMatch(a.text, /<img|<script/);
  });

  test('search: highlighted matches, facets as links, the query kept, pages; empty and unmatched queries said so', async () => {
    const r = await html('/search?q=tap+can+binh');
    assert.match(r.text, /<mark>Tập Cận Bình<\/mark>/);
    assert.match(r.text, /value="tap can binh"/);
    assert.match(r.text, /href="\/search\?q=tap\+can\+binh&amp;source=/);
    assert.match(r.text, /rel="next"/);
    assert.match((await html('/search')).text, /Gõ vài từ/);
    const none = await html('/search?q=xyzzyqwerty');
    assert.equal(none.status, 200);
    assert.match(none.text, /Không có bài nào khớp “xyzzyqwerty”/);
    const bad = await html('/search?q=kim&from=hôm+qua');
    assert.equal(bad.status, 400);
    assert.match(bad.text, /role="alert"/);
  });

  test('unknown pages and ids: 404 pages', async () => {
    for (const path of ['/articles/no%2Fsuch', '/stories/none', '/nowhere']) {
      const r = await html(path);
      assert.equal(r.status, 404, path);
      assert.match(r.text, /<h1>Không tìm thấy<\/h1>/);
    }
  });

  test('the stylesheet is served from here', async () => {
    const r = await app.request('/static/style.css');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/css/);
    assert.match(await r.text(), /\.skip/);
  });
});

describe('serve › the process side', () => {
  test('listen: a real HTTP server on a free loopback port, closed cleanly', async () => {
    const { listen } = await import('../../src/server/listen.js');
    const s = await listen(store, { host: '127.0.0.1', port: 0 });
    try {
      assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const r = await fetch(`${s.url}/api/articles/Cluster_014%2F98`);
      assert.equal(r.status, 200);
      assert.equal(((await r.json()) as Json).id, 'Cluster_014/98');
    } finally {
      await s.close();
    }
  });

  test('reads go on while another connection holds the write lock (an ingest in another process)', async () => {
    const Database = (await import('better-sqlite3')).default;
    const writer = new Database(fx.db);
    // the fixture's own file, opened by the server's store beside the writer
    const { openStore } = await import('../../src/app/index.js');
    const shared = await openStore(fx.db, 'read');
    try {
      writer.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      const r = await server(shared).request('/api/search?q=kim%20jong%20un');
      assert.equal(r.status, 200);
      assert.ok(Date.now() - started < 5000);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
      await shared.close();
    }
  });

  test('serve: bad options and a missing database are usage and open errors', async () => {
    const { cli, tempDir } = await import('../helpers.js');
    const { dir, cleanup } = tempDir();
    try {
      assert.equal((await cli(['serve', '--port', 'x', '--db', fx.db], dir)).code, 2);
      assert.equal((await cli(['serve', '--port', '70000', '--db', fx.db], dir)).code, 2);
      assert.equal((await cli(['serve', '--host', 'example.com', '--db', fx.db], dir)).code, 2);
      const missing = await cli(['serve', '--db', 'nothing.db'], dir);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /E_DB_MISSING/);
      const tokenless = await cli(['serve', '--token-file', 'no-such-file', '--db', fx.db], dir);
      assert.equal(tokenless.code, 1);
      assert.match(tokenless.stderr, /token-file/);
      const help = await cli(['serve', '--help'], dir);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /--token-file/);
    } finally {
      cleanup();
    }
  });
});
