/**
 * The search primitive over whole posting lists, for a query whose phrases are all one posting key
 * (a term, or a pair: phrases of one or two terms) and no filter but copies: each key's list read
 * in one statement (its blocks, and its postings past the blocks' watermark or of documents written
 * again since, search-blocks.ts), then joined on the document, scored and cut to the page here,
 * where a list of 60,000 postings is a few milliseconds of work; in SQL (search-sql.ts) it is tens.
 * The result is search-sql.ts's to the bit: the same matches, the same BM25 computed with the same
 * operations in the same order from the same statistics (idf's logarithm taken by PostgreSQL, as
 * there, so that no last bit differs), the same order of ties (newest first, undated last, then id).
 * A store whose blocks were never built (no `optimize`) answers through search-sql.ts.
 */
import type pg from 'pg';
import type { Candidates } from '../store.js';
import { one, rows } from './db.js';
import { decodeBlocks, emptyList, FIXED, FIXED_SIZE, readFixed, type PostingList } from './search-blocks.js';
import { fill, type Bm25Sql } from './search-sql.js';

/** Whether key `{k}` has blocks: its rows are then read past the watermark, and for the stale documents. */
const HAS = 'EXISTS (SELECT 1 FROM search_blocks WHERE term = {k})';
/** Key `{k}`'s blocks (`b`), its postings past them (all of them without blocks: `r`), the stale documents' (`s`). */
const KEY = `CASE WHEN f.upto > 0 THEN (SELECT string_agg(data, '' ORDER BY upto) FROM search_blocks WHERE term = {k}) END AS b{i},
  CASE WHEN f.upto > 0 THEN (SELECT string_agg({fixed}, ''::bytea ORDER BY rowid) FROM search_postings
    WHERE term = {k} AND rowid > (CASE WHEN {has} THEN f.upto ELSE 0 END)) END AS r{i},
  CASE WHEN f.upto > 0 AND f.stale THEN (SELECT string_agg({fixed}, ''::bytea ORDER BY rowid) FROM search_postings
    WHERE term = {k} AND rowid IN (SELECT rowid FROM search_stale WHERE rowid <= f.upto) AND {has}) END AS s{i},
  CASE WHEN f.upto > 0 AND NOT f.stale THEN (SELECT ARRAY[d.n, {idf}] FROM (SELECT
    (coalesce((SELECT sum(n) FROM search_blocks WHERE term = {k}), 0) + (SELECT count(*) FROM search_postings
      WHERE term = {k} AND rowid > (CASE WHEN {has} THEN f.upto ELSE 0 END)))::float8 AS n) d) END AS i{i}`;
/** With no stale document, a key's document count (`i`) is its blocks' and its postings' past them, its idf taken in the same statement. */
const STATEMENT = `SELECT s.documents::float8 AS documents, s.terms::float8 AS terms, f.upto,
  CASE WHEN f.stale THEN ARRAY(SELECT rowid FROM search_stale WHERE rowid <= f.upto)::float8[] END AS stale,
  {copies} AS copies,
  {keys}
FROM search_stats s CROSS JOIN (SELECT upto, EXISTS (SELECT 1 FROM search_stale WHERE rowid <= upto) AS stale FROM search_frozen WHERE id = 1) f
WHERE s.id = 1`;
const COPIES = `CASE WHEN f.upto > 0 THEN ARRAY(SELECT rowid FROM articles WHERE copy_of IS NOT NULL
  UNION SELECT (SELECT a.rowid FROM articles a WHERE a.id = sa.article_id) FROM story_articles sa WHERE sa.copy_of IS NOT NULL)::float8[] END`;
/** idf of a document count `{n}` among `{N}` documents, as search-sql.ts computes it (PostgreSQL's `ln`, so that no last bit differs). */
const IDF_OF = 'CASE WHEN ln(({N} - {n} + 0.5) / ({n} + 0.5)) > 0 THEN ln(({N} - {n} + 0.5) / ({n} + 0.5)) ELSE 1e-6 END';
/** idf of each count of a list (when documents were written again since the blocks: counted here from the lists read). */
const IDF = fill('SELECT ARRAY(SELECT {idf} FROM unnest($2::float8[]) WITH ORDINALITY AS u(n, o) ORDER BY o)::float8[] AS idf', { idf: fill(IDF_OF, { N: '$1::float8', n: 'n' }) });

function statement(keys: number, copies: boolean): string {
  const parts: string[] = [];
  for (let n = 1; n <= keys; n++) {
    const k = '$' + String(n) + '::text';
    parts.push(fill(KEY, { i: String(n), k, has: fill(HAS, { k }), fixed: FIXED, idf: fill(IDF_OF, { N: 's.documents::float8', n: 'd.n' }) }));
  }
  return fill(STATEMENT, { copies: copies ? COPIES : 'NULL', keys: parts.join(',\n  ') });
}

/**
 * The candidates of a query of posting keys, or undefined when the store has no blocks (the
 * caller asks search-sql.ts). `keys` in the query's order (the order the scores are summed in).
 */
export async function listCandidates(db: pg.Pool, keys: string[], q: { bm25: Bm25Sql; limit: number; offset: number; includeCopies: boolean }): Promise<Candidates | undefined> {
  const r = (await one(db, statement(keys.length, !q.includeCopies), keys))!;
  if ((r.upto as number) === 0) return undefined;
  const documents = r.documents as number;
  const copies = new Set((r.copies as number[] | null) ?? []);
  const known = keys.map((_, i) => r[`i${i + 1}`] as [number, number] | null);
  let lists: PostingList[];
  let idf: number[];
  if (known.every((x) => x !== null)) {
    // read and scored with no wait between: the scratch lists serve every search in turn
    lists = keys.map((_, i) => list(r[`b${i + 1}`] as string | null, r[`r${i + 1}`] as Buffer | null, null, undefined, i));
    // a count that is not the list's would be a broken invariant of the blocks: answered in SQL rather than wrong
    if (lists.some((l, i) => l.n !== known[i]![0])) return undefined;
    idf = known.map((x) => x![1]);
  } else {
    const stale = new Set((r.stale as number[] | null) ?? []);
    const skip = (rowid: number): boolean => stale.has(rowid);
    lists = keys.map((_, i) => list(r[`b${i + 1}`] as string | null, r[`r${i + 1}`] as Buffer | null, r[`s${i + 1}`] as Buffer | null, skip));
    idf = (await one(db, IDF, [documents, lists.map((l) => l.n)]))!.idf as number[];
  }
  const { n, matches, scores } = score(lists, idf, copies, q.bm25, documents, r.terms as number);
  if (n === 0) return { total: 0, hits: [] };
  // the page's last score: every match scoring at least it may reach the page (ties ordered below)
  const cut = rankedScore(scores, n, Math.max(0, q.limit + q.offset - 1));
  const top = new Map<number, number>();
  for (let i = 0; i < n; i++) if (scores[i]! >= cut) top.set(matches[i]!, scores[i]!);
  const found = await rows(db, 'SELECT rowid, id, published_ms FROM articles WHERE rowid = ANY($1::bigint[])', [[...top.keys()]]);
  const page = found.map((a) => ({ id: a.id as string, score: top.get(a.rowid as number)!, published: a.published_ms as number | null }));
  page.sort((x, y) => y.score - x.score || (y.published ?? -Infinity) - (x.published ?? -Infinity) || byCodePoint(x.id, y.id));
  return { total: n, hits: page.slice(q.offset, q.offset + q.limit).map((h) => ({ id: h.id, score: h.score })) };
}

/** Ids in the order of their UTF-8 bytes (code points), as `COLLATE "C"` and SQLite's BINARY order them (JS's `<` compares UTF-16 units). */
function byCodePoint(x: string, y: string): number {
  return x === y ? 0 : Buffer.compare(Buffer.from(x), Buffer.from(y));
}

/**
 * Arrays kept between searches (grown as needed): the lists read and scored without a wait, and
 * the matches and scores (used until the page's candidates are picked, before any wait).
 */
const scratch = { lists: [] as PostingList[], bytes: Buffer.alloc(0), matches: new Float64Array(0), scores: new Float64Array(0) };

/**
 * A key's list: its blocks (less the stale documents), the stale documents' postings, then those
 * past the watermark; in scratch list `reuse` when given (valid until the next search).
 */
function list(blocks: string | null, after: Buffer | null, staleRows: Buffer | null, skip?: (rowid: number) => boolean, reuse?: number): PostingList {
  const packed = blocks ? Math.ceil((blocks.length * 3) / 4) : 0;
  const capacity = Math.ceil(packed / 4) + (after ? after.length / FIXED_SIZE : 0) + (staleRows ? staleRows.length / FIXED_SIZE : 0);
  let out: PostingList;
  let bytes: Buffer;
  if (reuse === undefined) {
    out = emptyList(capacity);
    bytes = blocks ? Buffer.from(blocks, 'base64') : Buffer.alloc(0);
  } else {
    if ((scratch.lists[reuse]?.rowid.length ?? -1) < capacity) scratch.lists[reuse] = emptyList(Math.ceil(capacity * 1.25));
    out = scratch.lists[reuse]!;
    out.n = 0;
    if (scratch.bytes.length < packed) scratch.bytes = Buffer.alloc(Math.ceil(packed * 1.25));
    bytes = scratch.bytes.subarray(0, blocks ? scratch.bytes.write(blocks, 'base64') : 0);
  }
  decodeBlocks(bytes, out, skip);
  if (staleRows && staleRows.length > 0) {
    const fresh = emptyList(staleRows.length / FIXED_SIZE);
    readFixed(staleRows, fresh);
    merge(out, fresh);
  }
  readFixed(after, out);
  return out;
}

/** Merges `more` (rowid order) into `into` (rowid order, room for both). */
function merge(into: PostingList, more: PostingList): void {
  let i = into.n - 1;
  let j = more.n - 1;
  let at = into.n + more.n - 1;
  into.n += more.n;
  while (j >= 0) {
    const fromInto = i >= 0 && into.rowid[i]! > more.rowid[j]!;
    const src = fromInto ? into : more;
    const k = fromInto ? i-- : j--;
    into.rowid[at] = src.rowid[k]!;
    into.length[at] = src.length[k]!;
    into.inTitle[at] = src.inTitle[k]!;
    into.inBody[at] = src.inBody[k]!;
    at--;
  }
}

/**
 * The documents holding every key (copies left out) and their BM25, as search-sql.ts's SCORE
 * computes it: per key, in the query's order, idf × f × (k1 + 1) / (f + k1 × (1 − b + b × length / avgdl)).
 */
function score(lists: PostingList[], idf: number[], copies: Set<number>, p: Bm25Sql, documents: number, terms: number): { n: number; matches: Float64Array; scores: Float64Array } {
  const avgdl = documents > 0 && terms > 0 ? terms / documents : null;
  const byLength = lists.map((_, i) => i).sort((x, y) => lists[x]!.n - lists[y]!.n);
  const first = byLength[0]!;
  const driver = lists[first]!;
  const at = new Int32Array(lists.length);
  if (scratch.matches.length < driver.n) {
    scratch.matches = new Float64Array(Math.ceil(driver.n * 1.25));
    scratch.scores = new Float64Array(Math.ceil(driver.n * 1.25));
  }
  const { matches, scores } = scratch;
  const k1 = p.k1;
  const b = p.b;
  let n = 0;
  next: for (let d = 0; d < driver.n; d++) {
    const rowid = driver.rowid[d]!;
    for (let o = 1; o < byLength.length; o++) {
      const k = byLength[o]!;
      const ids = lists[k]!.rowid;
      const end = lists[k]!.n;
      let x = at[k]!;
      while (x < end && ids[x]! < rowid) x++;
      at[k] = x;
      if (x === end) break next;
      if (ids[x] !== rowid) continue next;
    }
    at[first] = d;
    if (copies.size > 0 && copies.has(rowid)) continue;
    let s = 0;
    for (let k = 0; k < lists.length; k++) {
      const l = lists[k]!;
      const x = at[k]!;
      const f = p.titleWeight * l.inTitle[x]! + p.bodyWeight * l.inBody[x]!;
      const norm = avgdl === null ? 0 : (b * l.length[x]!) / avgdl;
      s += (idf[k]! * f * (k1 + 1)) / (f + k1 * (1 - b + norm));
    }
    matches[n] = rowid;
    scores[n] = s;
    n++;
  }
  return { n, matches, scores };
}

/** The `rank`-th highest of the first `n` scores (0: the highest), or -Infinity when there are not that many: a heap of the best rank + 1. */
function rankedScore(scores: Float64Array, n: number, rank: number): number {
  if (rank >= n) return -Infinity;
  const size = rank + 1;
  const heap = Float64Array.from(scores.subarray(0, size)).sort(); // a sorted array is a min-heap
  for (let i = size; i < n; i++) {
    const v = scores[i]!;
    if (v <= heap[0]!) continue;
    // replace the least and sift it down
    let j = 0;
    for (;;) {
      const l = 2 * j + 1;
      if (l >= size) break;
      const c = l + 1 < size && heap[l + 1]! < heap[l]! ? l + 1 : l;
      if (heap[c]! >= v) break;
      heap[j] = heap[c]!;
      j = c;
    }
    heap[j] = v;
  }
  return heap[0]!;
}
