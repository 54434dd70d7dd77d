import { startPostgres } from '/work/wt-pg/dist/test/store/postgres-server.js';
import { PostgresStore } from '/work/wt-pg/dist/src/store/postgres/postgres-store.js';
import { ingest } from '/work/wt-pg/dist/src/app/ingest-loop.js';
import { defaultPipeline } from '/work/wt-pg/dist/src/pipeline/index.js';
import { search } from '/work/wt-pg/dist/src/search/engine.js';
import { queryPlans, foldedPhrases } from '/work/wt-pg/dist/src/search/query.js';
import { QUERIES } from '/work/wt-pg/dist/bench/ingest-search.js';
import { CANDIDATES } from '/work/wt-pg/dist/src/store/postgres/search.js';
import pg from 'pg';
const server = await startPostgres();
const s = await PostgresStore.open(server.url, { schema: 'b' });
await ingest(['/work/shared/data/jsonl/vims-dev.articles.jsonl', '/work/shared/data/jsonl/vietnamese-mds.articles.jsonl'], s, defaultPipeline({ words: false }));
const c = new pg.Client({ connectionString: server.url, options: '-c search_path=b' }); await c.connect(); await c.query('VACUUM ANALYZE');
const calls = [];
const c0 = s.searchCandidates.bind(s), h0 = s.searchHits.bind(s);
s.searchCandidates = async (q) => { const a = performance.now(); const r = await c0(q); calls.push(['cand', JSON.stringify(q.phrases), q.limit, Math.round(performance.now() - a)]); return r; };
s.searchHits = async (q) => { const a = performance.now(); const r = await h0(q); calls.push(['hits', q.length, Math.round(performance.now() - a)]); return r; };
for (const q of QUERIES) await search(s, { text: q, limit: 10 });
for (const q of QUERIES) { calls.length = 0; const a = performance.now(); await search(s, { text: q, limit: 10 }); console.log(q, Math.round(performance.now() - a), JSON.stringify(calls)); }
const wanted = process.argv[2];
if (wanted) { const r = await c.query('EXPLAIN (ANALYZE) ' + CANDIDATES, [JSON.parse(wanted).map((p) => p.join(' ')), [...new Set(JSON.parse(wanted).flat())], null, null, null, false, 3, 1, 1.2, 0.75, 200, 0]); console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n')); }
await c.end(); await s.close(); server.stop();
