/**
 * The search entries the PostgreSQL store computes in the writing process (src/store/postgres/postings.ts)
 * against the SQL that computed them on the server before (migration 005's rebuild, frozen there):
 * the same fields, lengths and postings for the demo sample's articles, and for edge cases (empty
 * fields, repeated terms and pairs, letters past U+FFFF); after revisions and deletions (which remove
 * postings by their key), the postings are exactly those of the entries left. Skipped, with a message, without PostgreSQL.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import pg from 'pg';
import { deleteArticles } from '../../src/app/delete.js';
import { putArticles } from '../../src/app/write.js';
import { searchFields } from '../../src/search/fields.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { padded, postingsOf } from '../../src/store/postgres/postings.js';
import { jsonlDoc } from './contract/support.js';
import { postgresServer } from './postgres-server.js';

const SQL = `WITH d AS MATERIALIZED (
    SELECT x.r, x.tt, x.bb, cardinality(x.tt) + cardinality(x.bb) AS n
    FROM (SELECT r, array_remove(string_to_array(t, ' '), '') AS tt, array_remove(string_to_array(b, ' '), '') AS bb
      FROM unnest($1::bigint[], $2::text[], $3::text[]) AS x(r, t, b)) x)
  SELECT u.t AS term, d.r::int AS rowid, count(*) FILTER (WHERE u.f = 1)::int AS in_title, count(*) FILTER (WHERE u.f = 2)::int AS in_body, d.n::int AS length
  FROM d CROSS JOIN LATERAL (
    SELECT t, 1 AS f FROM unnest(d.tt) t
    UNION ALL SELECT t, 2 FROM unnest(d.bb) t
    UNION ALL SELECT x || ' ' || y, 1 FROM unnest(d.tt[1:cardinality(d.tt) - 1], d.tt[2:]) AS z(x, y)
    UNION ALL SELECT x || ' ' || y, 2 FROM unnest(d.bb[1:cardinality(d.bb) - 1], d.bb[2:]) AS z(x, y)
  ) u
  GROUP BY u.t, d.r, d.n
  ORDER BY u.t COLLATE "C", d.r`;
const FIELDS = `SELECT ' ' || replace(t, ' ', '  ') || ' ' AS title_p, ' ' || replace(b, ' ', '  ') || ' ' AS body_p
  FROM unnest($1::text[], $2::text[]) AS x(t, b)`;

const server = await postgresServer();
test('postgres postings › computed in the process as the server computed them', { skip: server ? false : 'PostgreSQL is not installed' }, async () => {
  const lines = readFileSync(new URL('../../../data/demo/vims-sample.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const fields = lines.map((l) => JSON.parse(l) as { title?: string; body: string }).map((a) => searchFields(a.title ?? '', a.body));
  fields.push({ title: '', body: '' }, { title: 'a a a', body: 'a a  b a a' }, { title: ' x  y ', body: '𝔘 𝔘 ﬀ z' });
  const client = new pg.Client({ connectionString: server!.url });
  await client.connect();
  try {
    const rowids = fields.map((_, i) => i + 1);
    const want = (await client.query(SQL, [rowids, fields.map((f) => f.title), fields.map((f) => f.body)])).rows;
    const got = fields.flatMap((f, i) => {
      const { length, postings } = postingsOf(f.title, f.body);
      return [...postings].map(([term, [inTitle, inBody]]) => ({ term, rowid: i + 1, in_title: inTitle, in_body: inBody, length }));
    });
    assert.ok(want.length > 10_000, `${want.length} postings`);
    assert.equal(got.length, want.length);
    assert.deepEqual(new Set(got.map((p) => JSON.stringify(p))), new Set(want.map((p) => JSON.stringify(p))));
    const padded0 = (await client.query(FIELDS, [fields.map((f) => f.title), fields.map((f) => f.body)])).rows;
    assert.deepEqual(fields.map((f) => ({ title_p: padded(f.title), body_p: padded(f.body) })), padded0);
  } finally {
    await client.end();
  }
});

// the postings a store holds, and those the server's SQL computes from the entries it holds
const HELD = 'SELECT term, rowid::int, in_title, in_body, length FROM search_postings ORDER BY term, rowid';
const FROM_ENTRIES = `SELECT term, rowid, in_title, in_body, length FROM (${SQL}) p`;

test('postgres postings › after revisions and deletions, the postings of the entries left, and no other', { skip: server ? false : 'PostgreSQL is not installed' }, async () => {
  const store = await PostgresStore.open(server!.url, { schema: 'postings_left' });
  const client = new pg.Client({ connectionString: server!.url });
  await client.connect();
  try {
    const docs = [
      { id: 'a', title: 'Giá xăng tăng', body: 'Giá xăng tăng lần thứ ba trong tháng. Tin tin tin.' },
      { id: 'b', title: 'Triều Tiên', body: 'Quan hệ Triều Tiên Trung Quốc.' },
      { id: 'c', title: 'Bóng đá', body: 'Đội tuyển Việt Nam thắng Thái Lan.' },
    ];
    await putArticles(store, await Promise.all(docs.map(jsonlDoc)));
    await putArticles(store, [await jsonlDoc({ ...docs[0]!, body: 'Kinh tế chậm lại. Giá vàng giảm.' })]);
    await deleteArticles(store, ['c']);
    await client.query('SET search_path TO postings_left');
    const entries = (await client.query('SELECT rowid::int, title_p, body_p FROM article_search ORDER BY rowid')).rows;
    assert.equal(entries.length, 2);
    const want = (await client.query(FROM_ENTRIES, [entries.map((e) => e.rowid), entries.map((e) => e.title_p), entries.map((e) => e.body_p)])).rows;
    const held = (await client.query(HELD)).rows;
    assert.deepEqual(held, want);
    assert.ok(!held.some((p) => p.term === 'tin' || p.term === 'tin tin'), 'the revised article\'s old terms are gone');
  } finally {
    await client.end();
    await store.close();
  }
});
