/**
 * PostgreSQL's posting blocks (src/store/postgres/search-blocks.ts, search-lists.ts): search over
 * the lists read from blocks gives what the SQL statement gives (totals, hits, order, scores to the
 * bit) on real articles (the bundled demo sample), for terms and pairs, with and without copies, on
 * any page: after the blocks are made, with articles written past them, after revisions and
 * deletions (stale documents), after the blocks are extended, and made anew. Skipped, with a
 * message, where PostgreSQL is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { putArticles } from '../../src/app/write.js';
import { deleteArticles } from '../../src/app/delete.js';
import { foldedPhrases, queryPlans } from '../../src/search/query.js';
import { DEFAULT_BM25 } from '../../src/search/bm25.js';
import { pool } from '../../src/store/postgres/db.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { PgSearch } from '../../src/store/postgres/search.js';
import { listCandidates } from '../../src/store/postgres/search-lists.js';
import type { CandidateQuery } from '../../src/store/store.js';
import { DEMO } from '../helpers.js';
import { edited, jsonlDocs } from './contract/support.js';
import { postgresServer } from './postgres-server.js';

const server = await postgresServer();

/** Queries of one or two terms a phrase (what the blocks serve), frequent and rare, and pages. */
const TEXTS = ['Việt Nam', 'kinh tế', 'Triều Tiên', 'trieu tien', 'thủ tướng chính phủ', 'học sinh', 'Mỹ', 'bóng đá', 'người', '"Hà Nội" công an', 'không có từ này xyzw'];
const PAGES = [{ limit: 1000, offset: 0 }, { limit: 10, offset: 0 }, { limit: 5, offset: 7 }];

function queries(): CandidateQuery[] {
  const out: CandidateQuery[] = [];
  for (const text of TEXTS) {
    for (const plan of queryPlans({ text })) {
      if (plan.phrases.some((p) => p.length > 2)) continue; // a longer phrase is searched in the fields (search-sql.ts)
      for (const page of PAGES) {
        for (const includeCopies of [false, true]) out.push({ phrases: foldedPhrases(plan), bm25: DEFAULT_BM25, includeCopies, ...page });
      }
    }
  }
  return out;
}

if (server) {
  test('postgres › search over posting blocks gives what the SQL statement gives: after optimize, writes past it, revisions, deletions, and optimizing again', async () => {
    const store = await PostgresStore.open(server.url, { schema: 'blocks' });
    const db = pool(server.url, { schema: 'blocks' });
    try {
      const records = readFileSync(join(DEMO, 'vims-sample.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      const sql = new PgSearch(db);
      const same = async (when: string): Promise<number> => {
        let compared = 0;
        for (const q of queries()) {
          const keys = q.phrases.map((p) => p.join(' '));
          const fromLists = await listCandidates(db, keys, { bm25: q.bm25, limit: q.limit!, offset: q.offset!, includeCopies: q.includeCopies! });
          assert.ok(fromLists, `${when}: answered from the lists (${keys.join(' | ')})`);
          assert.deepEqual(fromLists, await sql.sqlCandidates(q), `${when}: ${keys.join(' | ')} ${JSON.stringify([q.limit, q.offset, q.includeCopies])}`);
          if (fromLists.total > 0) compared++;
        }
        return compared;
      };
      // no blocks yet: the lists' path declines, search answers in SQL
      await putArticles(store, await jsonlDocs(records.slice(0, 150)));
      assert.equal(await listCandidates(db, ['viet nam'], { bm25: DEFAULT_BM25, limit: 10, offset: 0, includeCopies: false }), undefined);
      const made = await store.optimize({ minDocuments: 8 });
      assert.match(made.summary, /made anew: [1-9]\d* terms and pairs with blocks/);
      assert.ok(await same('blocks made') > 20);
      // articles past the watermark, and an exact copy (left out unless copies are asked for)
      await putArticles(store, await jsonlDocs([...records.slice(150, 220), { ...records[3]!, id: 'copy-of-3' }]));
      await same('written past the blocks');
      // what ingest and the place jobs run: nothing until enough is written past the blocks, then an extension
      assert.equal((await store.optimize({ auto: true, minDocuments: 8 })).summary, 'nothing due');
      assert.match((await store.optimize({ auto: true, minDocuments: 8, autoMin: 50 })).summary, /added to the blocks/);
      await same('blocks extended by auto');
      // revised and deleted articles below the watermark: their postings in the blocks no longer count
      await putArticles(store, await jsonlDocs(records.slice(10, 20).map((r) => edited(r, 'Việt Nam và kinh tế, thủ tướng chính phủ nói với học sinh.'))));
      await deleteArticles(store, records.slice(30, 36).map((r) => r.id as string));
      const stale = (await db.query('SELECT count(*)::int AS n FROM search_stale')).rows[0] as { n: number };
      assert.equal(stale.n, 16);
      await same('revised and deleted');
      await putArticles(store, await jsonlDocs(records.slice(220, 240)));
      const more = await store.optimize({ minDocuments: 8 });
      assert.match(more.summary, /added to the blocks/);
      await same('blocks extended');
      await store.optimize({ minDocuments: 8, full: true });
      assert.equal(((await db.query('SELECT count(*)::int AS n FROM search_stale')).rows[0] as { n: number }).n, 0);
      await same('blocks made anew');
    } finally {
      await db.end();
      await store.close();
    }
  });
} else {
  test('postgres › posting blocks (SKIPPED: PostgreSQL is not installed)', { skip: 'PostgreSQL is not installed: apt-get install postgresql' }, () => {});
}
