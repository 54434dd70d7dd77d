/**
 * Entity rows (`ArticleInput.entities`: entities, and aliases counting the mentions) and the entity reads: kept with
 * their article, replaced and deleted with it, counted without exact copies, read in the orders the
 * contract gives (src/store/entity-types.ts). Counts are checked against an oracle computed here from
 * the documents' mentions (`entityOf`, the rule src/app/entity-rows.ts writes by).
 */
import assert from 'node:assert/strict';
import type { NewsDoc } from '../../../src/doc/news-doc.js';
import { articleEntities, entityOf } from '../../../src/app/entity-rows.js';
import { getEntity, resolveEntity } from '../../../src/app/entities.js';
import { TRIGRAM_THRESHOLD, trigramSimilarity } from '../../../src/text/trigrams.js';
import { articleInput, putArticles } from '../../../src/app/write.js';
import { searchArticles } from '../../../src/app/search.js';
import type { ArticleDump, EntityCount, Store } from '../../../src/store/store.js';
import { placeIn, storiesUpdate, summary, wordsPipeline, type StoreTest } from './support.js';

/** An article with its entities found (the pipeline with words, so with the entities stage). */
function nerDoc(record: Record<string, unknown>): Promise<NewsDoc> {
  return wordsPipeline.run({ format: 'jsonl', bytes: Buffer.from(JSON.stringify(record)) });
}

const X1 = { id: 'x/1', title: 'Ông Tập Cận Bình thăm Hà Nội', body: 'Chủ tịch Trung Quốc Tập Cận Bình gặp ông Nguyễn Văn Thành tại Hà Nội. Ông Thành nói Hà Nội đẹp.', publishedAt: '2021-03-23T10:00:00+07:00', credit: 'Reuters' };
const X2 = { id: 'x/2', title: 'Hội nghị ở Bắc Kinh', body: 'Ông Tập Cận Bình chủ trì hội nghị tại Bắc Kinh. Ông Nguyễn Văn Thành không dự.', publishedAt: '2021-04-02T09:00:00+07:00' };
const X3 = { id: 'x/3', title: 'Tin cũ', body: 'Năm 2019, ông Nguyễn Văn Thành đến Bắc Kinh gặp ông Tập.', publishedAt: '2019-05-01T09:00:00+07:00' };
const X4 = { id: 'x/4', title: 'Không ngày', body: 'Bà Trần Thị Hoa làm việc tại Hà Nội.' };

/** What the reads must count: each entity's mentions and articles over `docs` (none a copy). */
function oracle(docs: NewsDoc[]): Map<string, EntityCount> {
  const out = new Map<string, EntityCount>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const m of d.entities ?? []) {
      const e = entityOf(m);
      if (!e) continue;
      let c = out.get(e.id);
      if (!c) out.set(e.id, (c = { id: e.id, type: e.type, name: e.name, ...(e.en ? { en: e.en } : {}), linked: e.linked, mentions: 0, articles: 0 }));
      c.mentions++;
      if (!seen.has(e.id)) c.articles++;
      seen.add(e.id);
    }
  }
  return out;
}

const order = (a: EntityCount, b: EntityCount): number => b.articles - a.articles || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const counts = (xs: EntityCount[]): [string, number, number][] => xs.map((e) => [e.id, e.mentions, e.articles]);
const XI = 'per:xi-jinping';
const THANH = 'PER~nguyen van thanh';

async function putAll(s: Store): Promise<NewsDoc[]> {
  const docs = [await nerDoc(X1), await nerDoc(X2), await nerDoc(X3), await nerDoc(X4)];
  await putArticles(s, docs);
  return docs;
}

export function entityTests(t: StoreTest, open: () => Promise<Store>): void {
  t('entities: every entity of the articles with its mentions and articles, most articles then mentions then id first; paged; filtered by type and day', async (s) => {
    const docs = await putAll(s);
    const want = [...oracle(docs).values()].sort(order);
    assert.ok(want.length >= 6 && want.some((e) => e.id === XI) && want.some((e) => e.id === THANH), JSON.stringify(want));
    const all = await s.entities({ limit: 100, offset: 0 });
    assert.deepEqual(counts(all.entities), counts(want));
    assert.equal(all.total, want.length);
    assert.equal(all.articles, 4);
    const xi = all.entities.find((e) => e.id === XI)!;
    assert.deepEqual({ ...xi }, { id: XI, type: 'PER', name: 'Tập Cận Bình', en: 'Xi Jinping', linked: true, mentions: xi.mentions, articles: 3 });
    assert.deepEqual(all.entities.find((e) => e.id === THANH), { id: THANH, type: 'PER', name: 'Nguyễn Văn Thành', linked: false, mentions: 3, articles: 3 });
    const page = await s.entities({ limit: 2, offset: 1 });
    assert.deepEqual(counts(page.entities), counts(want.slice(1, 3)));
    assert.equal(page.total, want.length);
    assert.deepEqual((await s.entities({ limit: 10, offset: 1000 })).entities, []);
    const per = await s.entities({ type: 'PER', limit: 100, offset: 0 });
    assert.deepEqual(counts(per.entities), counts(want.filter((e) => e.type === 'PER')));
    assert.equal(per.articles, 4);
    // the day as written, bounds inclusive; an undated article out
    const spring = await s.entities({ from: '2021-03-23', to: '2021-04-02', limit: 100, offset: 0 });
    assert.deepEqual(counts(spring.entities), counts([...oracle(docs.slice(0, 2)).values()].sort(order)));
    assert.equal(spring.articles, 2);
    assert.deepEqual(counts((await s.entities({ to: '2021-03-22', limit: 100, offset: 0 })).entities), counts([...oracle([docs[2]!]).values()].sort(order)));
  });

  t('entity: its aliases, articles, months, co-occurring entities and stories; undefined when no article names it', async (s) => {
    const docs = await putAll(s);
    await placeIn(s, { 'story/a': ['x/1', 'x/2'], 'story/b': ['x/3'] });
    const d = (await s.entity(XI, { limit: 10 }))!;
    assert.deepEqual(counts([d.entity]), counts([oracle(docs).get(XI)!]));
    const forms = new Map<string, number>();
    for (const doc of docs) for (const m of doc.entities ?? []) if (entityOf(m)?.id === XI) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    assert.deepEqual(d.aliases, [...forms].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1)));
    assert.deepEqual(d.articles.map((a) => a.id).sort(), ['x/1', 'x/2', 'x/3']);
    assert.deepEqual(d.articles.find((a) => a.id === 'x/2'), { id: 'x/2', title: X2.title, publishedAt: X2.publishedAt, mentions: 1 });
    assert.deepEqual(d.months, [{ month: '2019-05', articles: 1 }, { month: '2021-03', articles: 1 }, { month: '2021-04', articles: 1 }]);
    const thanh = d.cooccurring.find((e) => e.id === THANH)!;
    assert.equal(thanh.together, 3);
    assert.equal(thanh.articles, 3);
    assert.equal(d.cooccurring[0]!.id, THANH);
    assert.ok(d.cooccurring.every((e) => e.id !== XI));
    assert.deepEqual(d.stories, [{ id: 'story/a', headline: 'Headline of story/a', articles: 2 }, { id: 'story/b', headline: 'Headline of story/b', articles: 1 }]);
    const one = (await s.entity(XI, { limit: 1 }))!;
    assert.equal(one.articles.length, 1);
    assert.equal(one.stories.length, 1);
    const hoa = (await s.entity('PER~tran thi hoa', { limit: 10 }))!;
    assert.deepEqual(hoa.months, [{ month: 'undated', articles: 1 }]);
    assert.deepEqual(hoa.stories, []);
    assert.equal(await s.entity('PER~no such', { limit: 10 }), undefined);
  });

  t('entity rows: replaced when the article is written again, gone when it goes (the entity\'s id stays known by name); exact copies not counted', async (s) => {
    await putAll(s);
    const revised = await nerDoc({ ...X2, body: 'Ông Lý Cường đến Bắc Kinh.' });
    await putArticles(s, [revised]);
    assert.equal((await s.entity(XI, { limit: 10 }))!.entity.articles, 2);
    const li = entityOf(revised.entities!.find((m) => m.text === 'Lý Cường')!)!;
    assert.equal((await s.entity(li.id, { limit: 10 }))!.entity.articles, 1);
    await s.deleteArticles(['x/1', 'x/3']);
    assert.equal(await s.entity(XI, { limit: 10 }), undefined);
    assert.deepEqual(await s.entityIdsNamed('tap can binh'), [XI]);
    assert.equal((await s.entities({ limit: 100, offset: 0 })).articles, 2);
    // an exact copy (same text, another id) is not counted
    await putArticles(s, [await nerDoc({ ...X4, id: 'x/5' })]);
    assert.equal((await s.getArticle('x/5'))!.copyOf, 'x/4');
    assert.equal((await s.entity('PER~tran thi hoa', { limit: 10 }))!.entity.articles, 1);
  });

  t('entityIdsNamed: the entities named or written so (folded key), by KB name and by any form', async (s) => {
    await putAll(s);
    assert.deepEqual(await s.entityIdsNamed('tap can binh'), [XI]);
    assert.deepEqual(await s.entityIdsNamed('nguyen van thanh'), [THANH]);
    assert.deepEqual(await s.entityIdsNamed('no one'), []);
  });

  t('entityIdsLike: the entities with a name or form close by trigram similarity (pg_trgm\'s, at least 0.3), with each close key; a misspelt or unaccented name resolves to the closest', async (s) => {
    const docs = await putAll(s);
    // every key the store holds: the entities' names and the forms they were written in, folded
    const keys = new Set<string>();
    for (const d of docs) {
      const rows = articleEntities(d)!;
      for (const e of rows.entities) keys.add(JSON.stringify([e.id, e.key]));
      for (const a of rows.aliases) keys.add(JSON.stringify([a.entity, a.key]));
    }
    const sorted = (xs: { id: string; key: string }[]): string[] => xs.map((x) => JSON.stringify([x.id, x.key])).sort();
    for (const asked of ['tap can binhh', 'nguyen van thang', 'ha noii', 'bac king', 'no one at all']) {
      const want = [...keys].filter((k) => trigramSimilarity(asked, (JSON.parse(k) as string[])[1]!) >= TRIGRAM_THRESHOLD).sort();
      assert.deepEqual(sorted(await s.entityIdsLike(asked)), want, asked);
    }
    assert.ok(sorted(await s.entityIdsLike('tap can binhh')).some((k) => k.startsWith(JSON.stringify([XI]).slice(0, -1))));
    assert.equal(await resolveEntity(s, 'Tập Cận Bìnhh'), XI);
    assert.equal(await resolveEntity(s, 'tap can binh'), XI);
    assert.equal(await resolveEntity(s, 'Nguyen Van Thang'), THANH);
    assert.equal((await getEntity(s, 'Nguyễn Vân Thàng')).entity.id, THANH);
    await assert.rejects(resolveEntity(s, 'Barack Obama'), /no entity "Barack Obama"/);
  });

  t('entity rows of several articles written in one plan: each entity as writing the articles one after the other leaves it', async (s) => {
    const one = articleInput(await nerDoc({ ...X4, id: 'x/7', body: 'Một.' }));
    const two = articleInput(await nerDoc({ ...X4, id: 'x/8', body: 'Hai.' }));
    const rowsOf = (es: { id: string; name: string; linked: boolean; en?: string }[]) => ({
      entities: es.map((e) => ({ ...e, type: 'PER', key: e.name.toLowerCase() })),
      aliases: es.map((e) => ({ entity: e.id, text: e.name, key: e.name.toLowerCase(), count: 1 })),
    });
    await s.writeArticles({ writes: [
      // per:d unlinked first, then linked: the linked row; per:e linked first, then not: the linked row stays
      { kind: 'insert', article: { ...one, entities: rowsOf([{ id: 'per:d', name: 'Dê', linked: false }, { id: 'per:e', name: 'E Một', en: 'E', linked: true }]) } },
      { kind: 'insert', article: { ...two, entities: rowsOf([{ id: 'per:d', name: 'Đê', en: 'D', linked: true }, { id: 'per:e', name: 'e', linked: false }]) } },
    ], copies: [] });
    assert.deepEqual((await s.entity('per:d', { limit: 10 }))!.entity, { id: 'per:d', type: 'PER', name: 'Đê', en: 'D', linked: true, mentions: 2, articles: 2 });
    assert.deepEqual((await s.entity('per:e', { limit: 10 }))!.entity, { id: 'per:e', type: 'PER', name: 'E Một', en: 'E', linked: true, mentions: 2, articles: 2 });
  });

  t('the store keeps the entity rows it is given (none given, none kept); a linked entity follows the KB\'s name, an unknown name keeps its first form', async (s) => {
    const doc = await nerDoc(X4);
    const given = {
      entities: [{ id: 'PER~a', type: 'PER', name: 'A', linked: false, key: 'a' }, { id: 'per:b', type: 'PER', name: 'Bê', en: 'B', linked: true, key: 'be' }],
      aliases: [{ entity: 'PER~a', text: 'Bà A', key: 'ba a', count: 1 }, { entity: 'per:b', text: 'B', key: 'b', count: 2 }],
    };
    await s.writeArticles({ writes: [{ kind: 'insert', article: { ...articleInput(doc), entities: given } }], copies: [] });
    const b = (await s.entity('per:b', { limit: 10 }))!;
    assert.deepEqual(b.entity, { id: 'per:b', type: 'PER', name: 'Bê', en: 'B', linked: true, mentions: 2, articles: 1 });
    assert.deepEqual(b.aliases, [{ text: 'B', count: 2 }]);
    assert.deepEqual(b.cooccurring.map((e) => [e.id, e.name, e.together]), [['PER~a', 'Bà A', 1]]);
    assert.deepEqual(await s.entityIdsNamed('be'), ['per:b']);
    // another article names them again: the KB's new name is taken, the unknown name's stays
    const other = articleInput(await nerDoc({ ...X4, id: 'x/9', body: 'Khác hẳn.' }));
    await s.writeArticles({ writes: [{ kind: 'insert', article: { ...other, entities: {
      entities: [{ id: 'PER~a', type: 'PER', name: 'a', linked: false, key: 'a' }, { id: 'per:b', type: 'PER', name: 'Bê Bê', linked: true, key: 'be be' }],
      aliases: [{ entity: 'PER~a', text: 'a', key: 'a', count: 1 }, { entity: 'per:b', text: 'B', key: 'b', count: 1 }],
    } } }], copies: [] });
    assert.deepEqual((await s.entity('per:b', { limit: 10 }))!.entity, { id: 'per:b', type: 'PER', name: 'Bê Bê', linked: true, mentions: 3, articles: 2 });
    assert.deepEqual(await s.entityIdsNamed('be'), []);
    // an unknown entity's name: its form written most (ties by text)
    assert.equal((await s.entity('PER~a', { limit: 10 }))!.entity.name, 'Bà A');
    const { entities: _e, ...none } = articleInput(await nerDoc({ ...X4, id: 'x/10', body: 'Một bài khác.' }));
    await s.writeArticles({ writes: [{ kind: 'insert', article: none }], copies: [] });
    await s.writeArticles({ writes: [{ kind: 'annotate', article: { ...articleInput(doc), entities: { entities: [], aliases: [] } }, stale: false }], copies: [] });
    assert.equal((await s.entity('per:b', { limit: 10 }))!.entity.articles, 1);
    assert.deepEqual((await s.entities({ limit: 10, offset: 0 })).articles, 1);
  });

  t('search by entity: candidates naming it only; entityArticles newest first (undated last), copies left out unless asked, filtered as search', async (s) => {
    await putAll(s);
    const r = await searchArticles(s, { text: 'Bắc Kinh', entity: XI });
    assert.deepEqual(r.hits.map((h) => h.id).sort(), ['x/2', 'x/3']);
    assert.equal(r.entity, XI);
    assert.deepEqual((await searchArticles(s, { text: 'Hà Nội', entity: THANH })).hits.map((h) => h.id), ['x/1']);
    assert.equal((await searchArticles(s, { text: 'Hà Nội' })).total, 2);
    const listed = await s.entityArticles({ entity: THANH, limit: 10, offset: 0 });
    assert.deepEqual(listed, { ids: ['x/2', 'x/1', 'x/3'], total: 3 });
    assert.deepEqual(await s.entityArticles({ entity: THANH, limit: 1, offset: 1 }), { ids: ['x/1'], total: 3 });
    assert.deepEqual((await s.entityArticles({ entity: THANH, fromMs: Date.parse('2021-01-01T00:00:00Z'), limit: 10, offset: 0 })).ids, ['x/2', 'x/1']);
    await putArticles(s, [await nerDoc({ ...X4, id: 'x/5', publishedAt: '2022-01-01T00:00:00Z' }), await nerDoc({ ...X3, id: 'x/0', title: 'Khác', body: `${X3.body} Thêm.` })]);
    await placeIn(s, { st: ['x/3', 'x/0'] }, { assignments: [{ id: 'x/3', story: 'st', similarity: 1, dated: true }, { id: 'x/0', story: 'st', copyOf: 'x/3', similarity: 0.9, dated: false }] });
    assert.deepEqual((await s.entityArticles({ entity: 'PER~tran thi hoa', limit: 10, offset: 0 })).ids, ['x/4']);
    assert.deepEqual((await s.entityArticles({ entity: 'PER~tran thi hoa', includeCopies: true, limit: 10, offset: 0 })).ids, ['x/5', 'x/4']);
    assert.deepEqual((await s.entityArticles({ entity: THANH, limit: 10, offset: 0 })).ids, ['x/2', 'x/1', 'x/3']);
    const app = await searchArticles(s, { text: '', entity: 'Nguyễn Văn Thành', limit: 2 });
    assert.deepEqual([app.entity, app.total, app.hits.map((h) => h.id)], [THANH, 3, ['x/2', 'x/1']]);
  });

  t('restoreArticles: the entity rows given with each article (computed from its document), read back as in the store dumped', async (s) => {
    const docs = await putAll(s);
    await placeIn(s, { 'story/a': ['x/1', 'x/2'] });
    const dumped: ArticleDump[] = [];
    for await (const b of s.dumpArticles()) dumped.push(...b);
    const other = await open();
    try {
      await other.restoreArticles(dumped.map((dump) => {
        const input = articleInput(dump.article.doc);
        return { dump, index: input.index, ...(input.entities ? { entities: input.entities } : {}) };
      }));
      // the stories come after the articles, as `import` saves them
      await other.saveStories(storiesUpdate({ stories: [summary('story/a')], openIds: ['story/a'] }));
      assert.deepEqual(await other.entities({ limit: 100, offset: 0 }), await s.entities({ limit: 100, offset: 0 }));
      for (const id of [XI, THANH]) assert.deepEqual(await other.entity(id, { limit: 10 }), await s.entity(id, { limit: 10 }));
      assert.equal((await other.entities({ limit: 100, offset: 0 })).total, oracle(docs).size);
    } finally {
      await other.close();
    }
  });
}
