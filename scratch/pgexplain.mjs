import { postgresServer } from '/work/wt-pg/dist/test/store/postgres-server.js';
import { PostgresStore } from '/work/wt-pg/dist/src/store/postgres/postgres-store.js';
import { ingestPaths, DEMO_INPUTS } from '/work/wt-pg/dist/src/app/index.js';
import { CANDIDATES } from '/work/wt-pg/dist/src/store/postgres/search.js';
import pg from 'pg';
const server = await postgresServer();
const s = await PostgresStore.open(server.url, { schema: 't1' });
await ingestPaths(s, { paths: DEMO_INPUTS, words: false });
const c = new pg.Client({ connectionString: server.url, options: '-c search_path=t1' }); await c.connect();
const params = [['viet', 'nam'], ['viet', 'nam'], null, null, null, false, 3, 1, 1.2, 0.75, 1000, 0];
for (let i = 0; i < 2; i++) { const t = Date.now(); await c.query(CANDIDATES, params); console.log('ms', Date.now() - t); }
const r = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + CANDIDATES, params);
console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
await c.end(); await s.close();
