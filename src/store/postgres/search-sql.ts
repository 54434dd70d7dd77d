/**
 * The SQL of the PostgreSQL search primitive, put together for the shape of a query (how many
 * phrases, which of them are longer than two terms, which filters are set) from fixed fragments;
 * every value is a bound parameter, never part of the text. Each phrase is a list of postings
 * (migration 005): a term's, or a pair's (`a b`) for a phrase of two terms, both read by an
 * index-only scan of `search_postings` with their occurrences and the document's length; a phrase
 * of three terms or more is looked for, and its occurrences counted, in the fields
 * (`article_search`) of the documents holding all its pairs only. The lists are joined on the
 * document, the score of each match is BM25 (src/search/bm25.ts) summed phrase by phrase in the
 * query's order (as FTS5 sums it, so that the floating-point sums are the SQLite store's), copies
 * left out through the set of copies (`ex`), and `articles` is read only for filters, and for the
 * matches that can reach the page (a score at least the page's last, for ties' order).
 */

/** A phrase as the SQL reads it: one posting key (a term, or a pair `a b`), or a long phrase's pairs and needle. */
export type PhraseKey =
  /** `known`: its document count at an index generation, when the caller knows it (else counted). */
  | { kind: 'key'; key: string; known?: { generation: number; documents: number } }
  | { kind: 'long'; pairs: string[]; needle: string; overlaps: boolean };

export function phraseKey(terms: string[]): PhraseKey {
  if (terms.length <= 2) return { kind: 'key', key: terms.join(' ') };
  const pairs = [...new Set(terms.slice(1).map((t, i) => `${terms[i]!} ${t}`))];
  // a phrase whose terms all differ never overlaps itself: its occurrences are counted by one replace
  return { kind: 'long', pairs, needle: ` ${terms.join('  ')} `, overlaps: new Set(terms).size < terms.length };
}

export interface Filters {
  fromMs?: number;
  toMs?: number;
  outlet?: string;
  entity?: string;
  includeCopies?: boolean;
}

/** Bound parameters, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown, type: string): string {
    this.values.push(v);
    return '$' + String(this.values.length) + '::' + type;
  }
}

const SHORT = `p{i} AS (SELECT rowid, {wt} * in_title + {wb} * in_body AS f, length FROM search_postings WHERE term = {k})`;
/** A term's or pair's document count: the one the caller knows for this generation of the index, else counted. */
const SHORT_N = `n{i} AS MATERIALIZED (SELECT CASE WHEN st.generation = {gen} THEN {known}
  ELSE (SELECT count(*)::float8 FROM search_postings WHERE term = {k}) END AS n FROM st)`;
/** Occurrences of a long phrase in a field: in bytes (`octet_length` reads a value's size, `length` counts its characters). */
const OCC = `CASE WHEN {overlaps} THEN phrase_occurrences(s.{field}, {needle})
  ELSE (octet_length(s.{field}) - octet_length(replace(s.{field}, {needle}, ''))) / octet_length({needle}) END`;
const LONG = `c{i} AS MATERIALIZED (SELECT s.rowid, s.length, {occTitle} AS in_title, {occBody} AS in_body
  FROM (SELECT rowid FROM search_postings WHERE term = ANY({pairs}) GROUP BY rowid HAVING count(*) = {npairs}) d
  JOIN article_search s ON s.rowid = d.rowid),
p{i} AS (SELECT rowid, {wt} * in_title + {wb} * in_body AS f, length FROM c{i} WHERE in_title + in_body > 0)`;
const LONG_N = `n{i} AS MATERIALIZED (SELECT count(*)::float8 AS n FROM p{i})`;
const IDF = `i{i} AS MATERIALIZED (SELECT CASE WHEN ln((st.n - n{i}.n + 0.5) / (n{i}.n + 0.5)) > 0 THEN ln((st.n - n{i}.n + 0.5) / (n{i}.n + 0.5)) ELSE 1e-6 END AS idf
  FROM st CROSS JOIN n{i})`;
/**
 * A phrase's part of a match's score. The constants are scalar subqueries (each run once), not
 * relations of the join: the planner orders the phrases' postings only (with them in the join, a
 * query of four words took 93 ms to plan over 26,000 articles not yet analysed, 16–20 ms without;
 * once analysed, 2.5 ms either way).
 * The operations, and their order, are those of src/search/bm25.ts (the same floating-point
 * result); `avgdl` (`total / n`) is computed once, not for every match.
 */
const SCORE = `(SELECT idf FROM i{i}) * p{i}.f * ({k1} + 1)
  / (p{i}.f + {k1} * (1 - {b} + coalesce(({b} * p{i}.length) / (SELECT avgdl FROM st), 0)))`;
/** The index's statistics; `avgdl` null when the index is empty (the length then counts for nothing). */
const STATS = `st AS MATERIALIZED (SELECT documents::float8 AS n, terms::float8 AS total, generation,
  CASE WHEN documents > 0 AND terms > 0 THEN terms::float8 / documents::float8 END AS avgdl FROM search_stats WHERE id = 1)`;
/**
 * Copies: exact ones, and near-duplicates placed in a story as copies (both indexed partially: as
 * many rows read as copies; a near-duplicate's row looked up by its id, never a scan of \`articles\`).
 */
const COPIES = `ex AS MATERIALIZED (SELECT rowid FROM articles WHERE copy_of IS NOT NULL
  UNION SELECT (SELECT a.rowid FROM articles a WHERE a.id = sa.article_id) FROM story_articles sa WHERE sa.copy_of IS NOT NULL)`;
/** Not a copy: tested on the phrase with the fewest documents (`{i}`), the other lists are only joined to it. */
const NOT_COPY = 'p{i}.rowid NOT IN (SELECT rowid FROM ex)';
const FILTERED = ' JOIN articles a ON a.rowid = p1.rowid';
const FROM_MS = 'a.published_ms >= {v}';
const TO_MS = 'a.published_ms <= {v}';
const OUTLET = 'a.source_key = {v}';
const ENTITY = 'EXISTS (SELECT 1 FROM entity_aliases em WHERE em.article_id = a.id AND em.entity_id = {v})';
const MATCHES = 'm AS MATERIALIZED (SELECT {select} FROM {from}{where})';
const WHERE = ' WHERE {conds}';
const JOIN_PHRASE = ' JOIN p{i} ON p{i}.rowid = p1.rowid';
/**
 * The page: the matches scoring at least the page's last (the rest cannot reach it), each article
 * looked up by its key (never a scan of \`articles\`), ordered by score, newest, id.
 */
const PAGE = `cut AS (SELECT score FROM m ORDER BY score DESC LIMIT 1 OFFSET {cut}),
top AS MATERIALIZED (SELECT rowid, score FROM m WHERE score >= coalesce((SELECT score FROM cut), '-Infinity'::float8))
SELECT (SELECT count(*) FROM m) AS total, (SELECT generation FROM st) AS generation, ARRAY[{dfs}]::float8[] AS dfs, page.id, page.score
FROM (SELECT 1) one
LEFT JOIN LATERAL (
  SELECT a.id, top.score FROM top CROSS JOIN LATERAL (SELECT id, published_ms FROM articles WHERE rowid = top.rowid LIMIT 1) a
  ORDER BY top.score DESC, a.published_ms DESC NULLS LAST, a.id LIMIT {limit} OFFSET {offset}
) page ON true`;
const FACETS = `SELECT a.source, substr(a.published_at, 1, 7) AS month, count(*)::int AS n
FROM m JOIN articles a ON a.rowid = m.rowid GROUP BY a.source, month`;

/** A fragment with its `{name}` holes filled (with other fragments and parameters' placeholders, never values). */
export function fill(fragment: string, values: Record<string, string>): string {
  return fragment.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = values[k];
    if (v === undefined) throw new Error(`no value for {${k}}`);
    return v;
  });
}

/** The phrase known to have the fewest documents (a long phrase: few, its pairs all present; unknown: many). */
function fewest(phrases: PhraseKey[]): number {
  const size = (k: PhraseKey): number => (k.kind === 'long' ? 0 : k.known?.documents ?? Infinity);
  return phrases.reduce((best, k, i) => (size(k) < size(phrases[best]!) ? i : best), 0);
}

export interface Bm25Sql {
  titleWeight: number;
  bodyWeight: number;
  k1: number;
  b: number;
}

/**
 * The statement for a query: `page` the candidates (total, the index's generation and each phrase's
 * document count, then the page's ids and scores; one row without an id when the page is empty),
 * or `facets` the outlets and months of every match.
 */
export function searchStatement(phrases: PhraseKey[], filters: Filters, out:
  | { kind: 'page'; bm25: Bm25Sql; limit: number; offset: number }
  | { kind: 'facets' }): { text: string; values: unknown[] } {
  const p = new Params();
  const weights = out.kind === 'page' ? out.bm25 : { titleWeight: 1, bodyWeight: 1, k1: 1.2, b: 0.75 };
  const wt = p.add(weights.titleWeight, 'float8');
  const wb = p.add(weights.bodyWeight, 'float8');
  const ctes: string[] = [];
  const scored = out.kind === 'page';
  if (scored) ctes.push(STATS);
  phrases.forEach((ph, n) => {
    const i = String(n + 1);
    if (ph.kind === 'key') {
      const k = p.add(ph.key, 'text');
      ctes.push(fill(SHORT, { i, k, wt, wb }));
      if (scored) ctes.push(fill(SHORT_N, { i, k, gen: p.add(ph.known?.generation ?? -1, 'bigint'), known: p.add(ph.known?.documents ?? 0, 'float8') }));
    } else {
      const needle = p.add(ph.needle, 'text');
      const overlaps = p.add(ph.overlaps, 'boolean');
      ctes.push(fill(LONG, {
        i, wt, wb, pairs: p.add(ph.pairs, 'text[]'), npairs: String(ph.pairs.length),
        occTitle: fill(OCC, { overlaps, needle, field: 'title_p' }), occBody: fill(OCC, { overlaps, needle, field: 'body_p' }),
      }));
      if (scored) ctes.push(fill(LONG_N, { i }));
    }
    if (scored) ctes.push(fill(IDF, { i }));
  });
  if (!filters.includeCopies) ctes.push(COPIES);
  let from = 'p1';
  for (let n = 2; n <= phrases.length; n++) from += fill(JOIN_PHRASE, { i: String(n) });
  const where: string[] = [];
  if (!filters.includeCopies) where.push(fill(NOT_COPY, { i: String(fewest(phrases) + 1) }));
  if (filters.fromMs !== undefined) where.push(fill(FROM_MS, { v: p.add(filters.fromMs, 'bigint') }));
  if (filters.toMs !== undefined) where.push(fill(TO_MS, { v: p.add(filters.toMs, 'bigint') }));
  if (filters.outlet !== undefined) where.push(fill(OUTLET, { v: p.add(filters.outlet, 'text') }));
  if (filters.entity !== undefined) where.push(fill(ENTITY, { v: p.add(filters.entity, 'text') }));
  const filtered = filters.fromMs !== undefined || filters.toMs !== undefined || filters.outlet !== undefined || filters.entity !== undefined;
  if (filtered) from += FILTERED;
  let select = 'p1.rowid';
  if (out.kind === 'page') {
    const k1 = p.add(out.bm25.k1, 'float8');
    const b = p.add(out.bm25.b, 'float8');
    select += ', ' + phrases.map((_, n) => fill(SCORE, { i: String(n + 1), k1, b })).join('\n  + ') + ' AS score';
  }
  ctes.push(fill(MATCHES, { select, from, where: where.length > 0 ? fill(WHERE, { conds: where.join(' AND ') }) : '' }));
  let tail: string;
  if (out.kind === 'page') {
    const limit = p.add(out.limit, 'bigint');
    const offset = p.add(out.offset, 'bigint');
    const dfs = phrases.map((_, n) => fill('(SELECT n FROM n{i})', { i: String(n + 1) })).join(', ');
    ctes.push(fill(PAGE, { cut: p.add(Math.max(0, out.limit + out.offset - 1), 'bigint'), limit, offset, dfs }));
    tail = ctes.pop()!;
    return { text: 'WITH ' + ctes.join(',\n') + ',\n' + tail, values: p.values };
  }
  tail = FACETS;
  return { text: 'WITH ' + ctes.join(',\n') + '\n' + tail, values: p.values };
}
