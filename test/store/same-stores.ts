/** Two stores compared in every way a reader sees them: articles, revisions, dated events, stories (with their timelines), counts, the clusterer's state, search. */
import assert from 'node:assert/strict';
import { getStory, listStories, searchArticles, stats } from '../../src/app/index.js';
import type { ClustererStateRows, Store, StoredArticle } from '../../src/store/store.js';

/** What two stores must agree on of an article (not when it was written). */
export function comparable(a: StoredArticle): unknown {
  const { ingestedAt: _i, updatedAt: _u, ...rest } = a;
  return rest;
}

export async function allArticles(s: Store): Promise<StoredArticle[]> {
  const out: StoredArticle[] = [];
  for await (const b of s.articles()) out.push(...b);
  return out;
}

/** Queries over the demo sample: names with and without marks, phrases, filters, copies. */
export const QUERIES = [
  { text: 'Tập Cận Bình' }, { text: 'tap can binh' }, { text: '"Kim Jong Un"' }, { text: 'Triều Tiên' }, { text: 'trieu tien', limit: 50 },
  { text: 'Hillary Clinton', all: true }, { text: 'kinh tế', limit: 30, offset: 5 }, { text: 'Mỹ', from: '2016-01-01', to: '2016-06-30' },
  { text: 'bóng đá' }, { text: 'học sinh', source: 'Tuổi Trẻ' }, { text: 'chính phủ', limit: 100 }, { text: 'Việt Nam', all: true, limit: 100 },
];

/** The clusterer's state, each part's rows by key (a store gives them in no set order: `ord` orders them). */
export function stateRows(rows: ClustererStateRows | undefined): unknown {
  if (!rows) return rows;
  const parts = Object.fromEntries(Object.entries(rows.parts).map(([p, rs]) => [p, [...rs].sort((x, y) => (x.key < y.key ? -1 : 1)).map((r) => ({ ...r, data: Buffer.from(r.data) }))]));
  return { scalars: rows.scalars, parts };
}

/**
 * How much of search must agree: `scores` (the default): hits, order and scores; `order`: hits and
 * order; `totals`: how many match. Less than `scores` where a SQLite store has replaced or deleted
 * articles: its FTS5 index (contentless) keeps their terms in the statistics BM25 normalises by
 * (test/store/bm25-contract.ts, the todo), so its scores drift from what it holds.
 */
export type SearchAgreement = 'scores' | 'order' | 'totals';

/** Every way a reader sees the two stores, compared. */
export async function assertSameStores(a: Store, b: Store, options: { search?: SearchAgreement } = {}): Promise<void> {
  const agree = options.search ?? 'scores';
  const [xa, xb] = [await allArticles(a), await allArticles(b)];
  assert.equal(xa.length, xb.length);
  assert.deepEqual(xb.map(comparable), xa.map(comparable));
  for (const x of xa) {
    assert.deepEqual((await b.revisions(x.id)).map((r) => ({ ...r, ingestedAt: '', replacedAt: '' })), (await a.revisions(x.id)).map((r) => ({ ...r, ingestedAt: '', replacedAt: '' })), x.id);
  }
  const ids = xa.map((x) => x.id);
  const events = await a.datedEvents(ids);
  assert.ok(events.length > 0, 'the articles have dated events');
  assert.deepEqual(await b.datedEvents(ids), events);
  const [sa, sb] = [await listStories(a, { limit: 10_000 }), await listStories(b, { limit: 10_000 })];
  assert.ok(sa.total > 0);
  assert.deepEqual(sb, sa);
  let timelines = 0;
  for (const st of sa.stories) {
    const story = await getStory(a, { id: st.id });
    if (story.timeline.length > 0) timelines++;
    assert.deepEqual(await getStory(b, { id: st.id }), story, st.id); // its timeline included
  }
  assert.ok(timelines > 0, 'some story has a timeline');
  assert.deepEqual(await stats(b), await stats(a));
  assert.deepEqual(stateRows(await b.clustererRows()), stateRows(await a.clustererRows()));
  assert.deepEqual(await b.unplaced(), await a.unplaced());
  let found = 0;
  for (const q of QUERIES) {
    const [ra, rb] = [await searchArticles(a, q), await searchArticles(b, q)];
    // again, the phrases' document counts now known (the PostgreSQL store then gives them to its
    // statement instead of counting them: src/store/postgres/search.ts)
    assert.deepEqual(await searchArticles(b, q), rb, `${JSON.stringify(q)}, asked again`);
    found += ra.total;
    if (agree === 'totals') {
      assert.deepEqual([rb.total, rb.together], [ra.total, ra.together], JSON.stringify(q));
      continue;
    }
    assert.deepEqual({ ...rb, hits: rb.hits.map((h) => ({ ...h, score: 0 })) }, { ...ra, hits: ra.hits.map((h) => ({ ...h, score: 0 })) }, JSON.stringify(q));
    if (agree === 'scores') ra.hits.forEach((h, i) => assert.ok(Math.abs(h.score - rb.hits[i]!.score) < 1e-9, `${q.text} ${h.id}: ${h.score} vs ${rb.hits[i]!.score}`));
  }
  assert.ok(found > 100, `the queries find articles (${found})`);
}
