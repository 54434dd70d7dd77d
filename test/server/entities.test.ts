/**
 * The entity API (`/api/entities`, `/api/entities/{id}`, `/api/search?entity=`) and the entity pages
 * (the index, an entity's page, the names marked in an article), in process over the demo fixture;
 * the answers checked against the application layer they must agree with.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { getEntity, listEntities, type Store } from '../../src/app/index.js';
import { SEED_2019, SEED_2021 } from '../helpers.js';
import { buildFixture, HOSTILE_ID, server, type Fixture } from './fixture.js';

let fx: Fixture;
let store: Store;
let app: Hono;

before(async () => {
  fx = await buildFixture();
  store = await fx.copy();
  app = server(store);
});
after(async () => fx.cleanup());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed response bodies, checked field by field

async function get(path: string): Promise<{ status: number; body: Json; text: string }> {
  const r = await app.request(path);
  const text = await r.text();
  return { status: r.status, body: text.startsWith('{') ? JSON.parse(text) : {}, text };
}

const XI = 'per:xi-jinping';

describe('api › entities', () => {
  test('/api/entities: most mentioned first, as listEntities gives them; type, dates, limit and offset', async () => {
    const r = await get('/api/entities?limit=5');
    assert.equal(r.status, 200);
    const app5 = await listEntities(store, { limit: 5 });
    assert.deepEqual(r.body, { ...app5, offset: 0 });
    assert.equal(r.body.entities.length, 5);
    for (let i = 1; i < 5; i++) assert.ok(r.body.entities[i - 1].articles >= r.body.entities[i].articles);
    const next = await get('/api/entities?limit=5&offset=5');
    assert.deepEqual(next.body.entities, (await listEntities(store, { limit: 5, offset: 5 })).entities);
    const people = await get('/api/entities?type=PER&limit=100');
    assert.ok(people.body.entities.length > 0 && people.body.entities.every((e: Json) => e.type === 'PER'));
    const spring = await get('/api/entities?from=2021-01-01&to=2021-12-31&limit=100');
    assert.ok(spring.body.articles >= 1 && spring.body.articles < r.body.articles, JSON.stringify([spring.body.articles, r.body.articles]));
    assert.ok(spring.body.entities.some((e: Json) => e.id === XI));
    for (const bad of ['type=XYZ', 'from=yesterday', 'limit=0', 'limit=101', 'offset=-1']) {
      const b = await get(`/api/entities?${bad}`);
      assert.equal(b.status, 400, bad);
      assert.equal(b.body.code, 'E_BAD_REQUEST', bad);
    }
  });

  test('/api/entities/{id}: by id or by a name written without marks; aliases, articles, stories, co-occurring, months; unknown → 404', async () => {
    const r = await get(`/api/entities/${encodeURIComponent(XI)}?limit=10`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, JSON.parse(JSON.stringify(await getEntity(store, XI, { limit: 10 }))));
    assert.equal(r.body.entity.en, 'Xi Jinping');
    assert.ok(r.body.surfaces.some((s: Json) => s.text === 'Tập Cận Bình'));
    assert.ok([SEED_2021, SEED_2019].every((id) => r.body.articles.some((a: Json) => a.id === id)));
    assert.ok(r.body.stories.length >= 2 && r.body.stories.every((s: Json) => typeof s.headline === 'string' && s.headline.length > 0));
    assert.ok(r.body.cooccurring.some((e: Json) => e.id === 'per:kim-jong-un' && e.together >= 2));
    assert.equal(Object.values(r.body.months as Record<string, number>).reduce((a, b) => a + b, 0), r.body.entity.articles);
    const byName = await get('/api/entities/tap%20can%20binh');
    assert.equal(byName.body.entity.id, XI);
    const unknown = await get('/api/entities/Nobody%20Here');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'E_NOT_FOUND');
  });

  test('/api/search?entity=: a query among its articles, or its articles newest first', async () => {
    const all = await get(`/api/search?entity=${encodeURIComponent(XI)}&facets=0&limit=100`);
    assert.equal(all.status, 200);
    assert.equal(all.body.entity, XI);
    const days = all.body.hits.map((h: Json) => h.publishedAt ?? '');
    assert.deepEqual(days, [...days].sort().reverse());
    assert.ok(all.body.hits.some((h: Json) => h.id === SEED_2021));
    const narrowed = await get(`/api/search?q=Bình+Nhưỡng&entity=${encodeURIComponent(XI)}`);
    assert.ok(narrowed.body.total >= 1 && narrowed.body.total <= all.body.total);
    const ids = new Set(all.body.hits.map((h: Json) => h.id));
    assert.ok(narrowed.body.hits.every((h: Json) => ids.has(h.id)));
    assert.ok((await get('/api/search?q=Bình+Nhưỡng')).body.total >= narrowed.body.total);
    assert.equal((await get('/api/search?entity=Nobody')).status, 404);
  });
});

describe('pages › entities', () => {
  test('/entities: a table of the most mentioned, filtered by type, linked to their pages', async () => {
    const r = await get('/entities');
    assert.equal(r.status, 200);
    assert.ok(r.text.includes('<h1>Nhân vật, nơi chốn, tổ chức</h1>'));
    assert.match(r.text, /<a href="\/entities\/country%3AVN">Việt Nam<\/a>/);
    const people = await get('/entities?loai=PER');
    assert.match(people.text, /<a href="\/entities\/per%3Akim-jong-un">Kim Jong-un<\/a>/);
    assert.doesNotMatch(people.text, /<a href="\/entities\/country%3AVN">/);
    assert.doesNotMatch(r.text, /<script/i);
  });

  test('/entities/{id}: aliases, a chart of articles per month with its numbers as a table, co-occurring entities and stories linked', async () => {
    const r = await get(`/entities/${encodeURIComponent(XI)}`);
    assert.equal(r.status, 200);
    assert.match(r.text, /<h1>Tập Cận Bình<span class="muted"> \(Xi Jinping\)<\/span><\/h1>/);
    const svg = /<svg class="bars"[^>]*role="img" aria-labelledby="bieudo-tieude"[^>]*>(.*?)<\/svg>/s.exec(r.text)?.[1];
    assert.ok(svg, 'an SVG chart');
    const d = await getEntity(store, XI);
    const months = Object.entries(d.months).filter(([m]) => m !== 'undated');
    assert.equal((svg.match(/<rect /g) ?? []).length, months.length, 'one bar per month with articles');
    for (const [m, n] of months) assert.ok(r.text.includes(`<tr><td>${Number(m.slice(5))}/${m.slice(0, 4)}</td><td class="num">${n}</td></tr>`), m);
    assert.match(r.text, /<a href="\/entities\/per%3Akim-jong-un">Kim Jong-un<\/a>/);
    for (const s of d.stories) assert.ok(r.text.includes(`<a href="/stories/${encodeURIComponent(s.id)}">`), s.id);
    assert.ok(r.text.includes(`href="/search?entity=${encodeURIComponent(XI)}"`));
    const listed = await get(`/search?entity=${encodeURIComponent(XI)}`);
    assert.equal(listed.status, 200);
    assert.ok(listed.text.includes(`<a href="/articles/${encodeURIComponent(SEED_2021)}">`));
    assert.equal((await get('/entities/Nobody%20Here')).status, 404);
  });

  test('article: its names marked as links to their pages (text kept whole), and listed by type; hostile text stays text', async () => {
    const r = await get(`/articles/${encodeURIComponent(SEED_2021)}`);
    assert.match(r.text, /<a class="ent ent-per" href="\/entities\/per%3Axi-jinping">Tập Cận Bình<\/a>/);
    assert.match(r.text, /<a class="ent ent-loc" href="\/entities\/country%3AKP">Triều Tiên<\/a>/);
    assert.match(r.text, /<section aria-labelledby="tenrieng"><h2 id="tenrieng">Tên riêng trong bài<\/h2>/);
    const plain = r.text.replace(/<span class="tip">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
    assert.ok(plain.includes('Kim Jong Un và Chủ tịch Trung Quốc Tập Cận Bình hôm 23/3 đã cùng chia sẻ'));
    const h = await get(`/articles/${encodeURIComponent(HOSTILE_ID)}`);
    assert.doesNotMatch(h.text, /<img|<script/);
  });
});
