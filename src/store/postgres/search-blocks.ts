/**
 * Posting blocks (migration 009): the postings of the frequent terms and pairs, packed, so that a
 * search reads a list of tens of thousands of postings as a few rows instead of as many index
 * entries (at 100,000 articles, `thu` alone is 68,000 postings: 15 ms to read from the index, about
 * 2 ms as blocks). `search_postings` stays the whole truth, written by every write as before; the
 * blocks are a copy of its frequent lists up to a watermark (`search_frozen.upto`, a rowid), made by
 * `optimize` and read by search (search-lists.ts) with what came after: the postings past the
 * watermark, and those of the documents written again or deleted since (`search_stale`, which every
 * write that removes postings fills) read from `search_postings` itself.
 *
 * A block is a run of at most BLOCK postings of one key in rowid order: the count, then per posting
 * the rowid (from the previous one; the first from 0), the document's length and the occurrences in
 * the title and in the text, each a variable-length integer (7 bits a byte), padded with zero bytes
 * to a multiple of 3 bytes so that its base64 text has no padding and blocks read as one text when
 * joined. About 5 bytes a posting.
 *
 * Optimising holds the articles table in SHARE mode: every write of postings first takes it in
 * ROW EXCLUSIVE mode (an insert, a revision and a deletion all touch `articles` before the
 * postings), so the optimiser waits for the writes under way and sees every posting up to the
 * highest rowid, and writes wait for it (seconds at 100,000 articles when built anew; readers never wait).
 */
import type pg from 'pg';
import { one, rows, type Queryable } from './db.js';
import { fill } from './search-sql.js';

/** Postings of one key in rowid order, as parallel arrays (the first `n` entries used). */
export interface PostingList {
  n: number;
  rowid: Float64Array;
  length: Int32Array;
  inTitle: Int32Array;
  inBody: Int32Array;
}

/** Postings a block holds at most. */
const BLOCK = 16_384;
/** Keys read from the postings per statement while building. */
const KEYS_PER_READ = 64;

export function emptyList(capacity: number): PostingList {
  return { n: 0, rowid: new Float64Array(capacity), length: new Int32Array(capacity), inTitle: new Int32Array(capacity), inBody: new Int32Array(capacity) };
}

/** Postings as `search_postings` rows give them packed (FIXED): int8 rowid, int4 length, int4 in_title, int4 in_body, big-endian. */
export const FIXED = 'int8send(rowid) || int4send(length) || int4send(in_title) || int4send(in_body)';
export const FIXED_SIZE = 20;

/** The postings of FIXED records, skipping those whose rowid `skip` returns true for. */
export function readFixed(buf: Buffer | null, out: PostingList, skip?: (rowid: number) => boolean): void {
  if (!buf) return;
  for (let at = 0; at + FIXED_SIZE <= buf.length; at += FIXED_SIZE) {
    const rowid = buf.readUInt32BE(at) * 4294967296 + buf.readUInt32BE(at + 4);
    if (skip?.(rowid)) continue;
    push(out, rowid, buf.readInt32BE(at + 8), buf.readInt32BE(at + 12), buf.readInt32BE(at + 16));
  }
}

function push(out: PostingList, rowid: number, length: number, inTitle: number, inBody: number): void {
  const i = out.n++;
  out.rowid[i] = rowid;
  out.length[i] = length;
  out.inTitle[i] = inTitle;
  out.inBody[i] = inBody;
}

/** Packs postings into blocks (base64 texts) of at most BLOCK postings, with each block's last rowid. */
export function encodeBlocks(list: PostingList): { upto: number; n: number; data: string }[] {
  const out: { upto: number; n: number; data: string }[] = [];
  for (let from = 0; from < list.n; from += BLOCK) {
    const to = Math.min(list.n, from + BLOCK);
    const bytes = Buffer.alloc(5 + (to - from) * 4 * 8 + 3);
    let at = 0;
    const put = (v: number): void => {
      while (v >= 128) {
        bytes[at++] = (v % 128) | 128;
        v = Math.floor(v / 128);
      }
      bytes[at++] = v;
    };
    put(to - from);
    let previous = 0;
    for (let i = from; i < to; i++) {
      put(list.rowid[i]! - previous);
      previous = list.rowid[i]!;
      put(list.length[i]!);
      put(list.inTitle[i]!);
      put(list.inBody[i]!);
    }
    at = Math.ceil(at / 3) * 3; // zero bytes: no base64 padding
    out.push({ upto: previous, n: to - from, data: bytes.subarray(0, at).toString('base64') });
  }
  return out;
}

/** Appends the postings of joined blocks (their bytes, from base64) to `out`, skipping those whose rowid `skip` returns true for. */
export function decodeBlocks(bytes: Buffer, out: PostingList, skip?: (rowid: number) => boolean): void {
  const { rowid: rowids, length: lengths, inTitle: titles, inBody: bodies } = out;
  let n = out.n;
  let at = 0;
  while (at < bytes.length) {
    const start = at;
    const fields = new Float64Array(4);
    let count = 0;
    // the count, then four variable-length integers a posting (inlined: this loop reads every posting of a search)
    for (let shift = 1, x = 128; x >= 128; shift *= 128) {
      x = bytes[at++]!;
      count += (x & 127) * shift;
    }
    let rowid = 0;
    for (let i = 0; i < count; i++) {
      for (let f = 0; f < 4; f++) {
        let x = bytes[at++]!;
        let v = x & 127;
        for (let shift = 128; x >= 128; shift *= 128) {
          x = bytes[at++]!;
          v += (x & 127) * shift;
        }
        fields[f] = v;
      }
      rowid += fields[0]!;
      if (skip?.(rowid)) continue;
      rowids[n] = rowid;
      lengths[n] = fields[1]!;
      titles[n] = fields[2]!;
      bodies[n] = fields[3]!;
      n++;
    }
    at = start + Math.ceil((at - start) / 3) * 3;
  }
  out.n = n;
}

export interface OptimizeReport {
  /** `full`: the blocks made anew; `more`: the postings written since added; `none`: nothing to do. */
  kind: 'full' | 'more' | 'none';
  /** Keys (terms and pairs) with blocks. */
  keys: number;
  /** Postings packed by this run. */
  postings: number;
  /** The watermark: every posting of a key with blocks up to this rowid is in them. */
  upto: number;
}

export interface OptimizeOptions {
  /** Make the blocks anew even when only the postings written since would be added. */
  full?: boolean;
  /** A key gets blocks when this many documents hold it (default 1,000). */
  minDocuments?: number;
  /**
   * Only when due, and only to extend: the blocks exist and at least 2,000 articles (and 5 % of
   * those in blocks) were written past them. A full build (the first, or one due) is left to
   * `toancanh optimize`. What `ingest` and the queue's place jobs run after placement.
   */
  auto?: boolean;
  /** `auto`'s least number of articles written past the blocks (default 2,000; the tests' small stores set it). */
  autoMin?: number;
  /** Told of progress (keys packed so far, of how many). */
  progress?: (done: number, of: number) => void;
}

const MIN_DOCUMENTS = 1_000;
/** `auto`: the blocks are extended once this many articles, and this share of those in blocks, were written past them. */
const AUTO_MIN = 2_000;
const AUTO_SHARE = 0.05;
/** The postings of some keys (`$1`) in a range of rowids (`$2` < rowid ≤ `$3`), FIXED records, one value a key. */
const READ_KEYS = fill(`SELECT k.term, (SELECT string_agg({fixed}, ''::bytea ORDER BY rowid)
  FROM search_postings p WHERE p.term = k.term AND p.rowid > $2 AND p.rowid <= $3) AS data FROM unnest($1::text[]) AS k(term)`, { fixed: FIXED });

/**
 * Builds or extends the blocks; the caller holds the transaction on `c`. Made anew (every key held
 * by `minDocuments` documents or more) when there are none yet, when asked, when the keys' threshold
 * changed, when the documents doubled since they were last made anew (keys that became frequent), or
 * when many documents were written again since (stale: their postings read from the rows); else
 * the postings past the watermark are added to the keys that have blocks.
 */
export async function optimizeBlocks(c: pg.PoolClient, options: OptimizeOptions = {}): Promise<OptimizeReport> {
  const min = options.minDocuments ?? MIN_DOCUMENTS;
  // when due only: decided before any lock, so that writers never wait for nothing
  if (options.auto) {
    const s = await blockState(c);
    if (s.upto === 0 || s.last - s.upto < Math.max(options.autoMin ?? AUTO_MIN, s.upto * AUTO_SHARE)) return { kind: 'none', keys: 0, postings: 0, upto: s.upto };
  }
  await c.query('LOCK TABLE articles IN SHARE MODE');
  const state = await blockState(c);
  const { upto, last, documents } = state;
  const full = !options.auto && (options.full === true || fullDue(state, min));
  if (!full && last <= upto) return { kind: 'none', keys: await keysWithBlocks(c), postings: 0, upto };
  let keys: string[];
  if (full) {
    await c.query('DELETE FROM search_blocks');
    await c.query('DELETE FROM search_stale');
    keys = (await rows(c, 'SELECT term FROM search_postings GROUP BY term HAVING count(*) >= $1 ORDER BY term', [min])).map((r) => r.term as string);
  } else {
    keys = (await rows(c, 'SELECT DISTINCT term FROM search_blocks ORDER BY term')).map((r) => r.term as string);
    await c.query('DELETE FROM search_stale WHERE rowid > $1', [upto]);
  }
  let postings = 0;
  for (let i = 0; i < keys.length; i += KEYS_PER_READ) {
    const part = keys.slice(i, i + KEYS_PER_READ);
    const read = await rows(c, READ_KEYS, [part, full ? 0 : upto, last]);
    const terms: string[] = [];
    const uptos: number[] = [];
    const counts: number[] = [];
    const data: string[] = [];
    for (const r of read) {
      const buf = r.data as Buffer | null;
      if (!buf) continue;
      const list = emptyList(buf.length / FIXED_SIZE);
      readFixed(buf, list);
      postings += list.n;
      for (const b of encodeBlocks(list)) {
        terms.push(r.term as string);
        uptos.push(b.upto);
        counts.push(b.n);
        data.push(b.data);
      }
    }
    if (terms.length > 0) await c.query('INSERT INTO search_blocks (term, upto, n, data) SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::text[])', [terms, uptos, counts, data]);
    options.progress?.(Math.min(keys.length, i + KEYS_PER_READ), keys.length);
  }
  if (full) await c.query('UPDATE search_frozen SET upto = $1, min_documents = $2, documents = $3 WHERE id = 1', [last, min, documents]);
  else await c.query('UPDATE search_frozen SET upto = $1 WHERE id = 1', [last]);
  return { kind: full ? 'full' : 'more', keys: keys.length, postings, upto: last };
}

interface BlockState {
  upto: number;
  /** The documents when the blocks were last made anew, and the threshold then. */
  built: number;
  min: number;
  documents: number;
  stale: number;
  /** The highest article rowid. */
  last: number;
}

async function blockState(c: Queryable): Promise<BlockState> {
  const r = (await one(c, `SELECT f.upto, f.documents AS built, f.min_documents AS min, s.documents,
    (SELECT count(*) FROM search_stale) AS stale, (SELECT coalesce(max(rowid), 0) FROM articles) AS last
    FROM search_frozen f CROSS JOIN search_stats s WHERE f.id = 1 AND s.id = 1`))!;
  return { upto: r.upto as number, built: r.built as number, min: r.min as number, documents: r.documents as number, stale: r.stale as number, last: r.last as number };
}

/** Blocks to make anew: none yet, another threshold, twice the documents since (keys become frequent), or many stale documents. */
function fullDue(s: BlockState, min: number): boolean {
  return s.upto === 0 || s.min !== min || s.documents >= 2 * s.built || s.stale > Math.max(1_000, s.documents / 50);
}

async function keysWithBlocks(c: Queryable): Promise<number> {
  return (await one(c, 'SELECT count(DISTINCT term) AS n FROM search_blocks'))!.n as number;
}

/** Marks documents whose postings were removed (written again, or deleted): their postings in blocks are no longer read. */
export async function markStale(c: Queryable, rowids: number[]): Promise<void> {
  if (rowids.length === 0) return;
  await c.query(`INSERT INTO search_stale (rowid) SELECT r FROM unnest($1::bigint[]) AS r
    WHERE r <= (SELECT upto FROM search_frozen WHERE id = 1) ON CONFLICT DO NOTHING`, [rowids]);
}
