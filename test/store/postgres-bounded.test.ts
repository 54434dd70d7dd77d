/**
 * The PostgreSQL search statement's bounded page (src/store/postgres/search-sql.ts, `PAGE_BOUNDED`):
 * with matches of one score past its bound it says so (`more`), and the store then asks the
 * statement that keeps every match, so totals, hits and order are those of the unbounded statement
 * whatever the bound. Skipped where PostgreSQL is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { putArticles } from '../../src/app/write.js';
import { DEFAULT_RANK_PARAMS } from '../../src/search/rank.js';
import { pool } from '../../src/store/postgres/db.js';
import { PgSearch } from '../../src/store/postgres/search.js';
import { phraseKey, searchStatement } from '../../src/store/postgres/search-sql.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { jsonlDocs } from './contract/support.js';
import { postgresServer } from './postgres-server.js';

const server = await postgresServer();

test('postgres store › the bounded page: ties past its bound are asked again, with every match kept; the same pages as unbounded', { skip: server ? false : 'PostgreSQL is not installed' }, async () => {
  const url = server!.url;
  const store = await PostgresStore.open(url, { schema: 'bounded' });
  const db = pool(url, { schema: 'bounded' });
  try {
    // 12 articles of one score for `hà nội` (the same terms but one, a number of the same length), then 4 of others
    const docs = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `t/${String(i).padStart(2, '0')}`, title: 'Bản tin', body: `Tin từ Hà Nội. Bản số ${i + 10}.`, publishedAt: `2021-01-${String((i % 3) + 1).padStart(2, '0')}T08:00:00+07:00` })),
      ...Array.from({ length: 4 }, (_, i) => ({ id: `o/${i}`, title: 'Bản tin', body: `Tin từ Hà Nội.${' Thêm một câu.'.repeat(i + 1)}`, publishedAt: '2021-01-05T08:00:00+07:00' })),
    ];
    await putArticles(store, await jsonlDocs(docs));
    const query = (limit: number, offset: number) => ({ phrases: [['ha'], ['noi']], bm25: DEFAULT_RANK_PARAMS, limit, offset });
    // the statement itself: bound 2 for the page's first hit, 12 tied at the top: `more`
    const keys = [phraseKey(['ha']), phraseKey(['noi'])];
    const { text, values } = searchStatement(keys, { includeCopies: false }, { kind: 'page', bm25: DEFAULT_RANK_PARAMS, limit: 1, offset: 0, bound: 2 });
    const first = (await db.query(text, values)).rows[0] as { total: number; more: boolean };
    assert.deepEqual([Number(first.total), first.more], [16, true]);
    const wide = searchStatement(keys, { includeCopies: false }, { kind: 'page', bm25: DEFAULT_RANK_PARAMS, limit: 1, offset: 0, bound: 20 });
    assert.equal((await db.query(wide.text, wide.values)).rows[0].more, false);
    for (const [limit, offset] of [[1, 0], [3, 0], [5, 4], [10, 0], [20, 0], [3, 11], [2, 15], [5, 20]] as const) {
      // filtered (every article is dated, so the same matches): the statement that keeps every match
      const expected = await new PgSearch(db).candidates({ ...query(limit, offset), fromMs: 0 });
      assert.equal(expected.total, 16);
      for (const bound of [1, 2, 3, 7, 12, 13, 100]) {
        assert.deepEqual(await new PgSearch(db, bound).candidates(query(limit, offset)), expected, `limit ${limit}, offset ${offset}, bound ${bound}`);
      }
      assert.deepEqual(await new PgSearch(db).candidates(query(limit, offset)), expected);
    }
  } finally {
    await db.end();
    await store.close();
  }
});
