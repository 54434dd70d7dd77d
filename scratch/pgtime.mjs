import { postgresServer } from '/work/wt-pg/dist/test/store/postgres-server.js';
import { PostgresStore } from '/work/wt-pg/dist/src/store/postgres/postgres-store.js';
import { ingestPaths, DEMO_INPUTS, searchArticles, listStories, getStory } from '/work/wt-pg/dist/src/app/index.js';
const QUERIES = [
  { text: 'Tập Cận Bình' }, { text: 'tap can binh' }, { text: '"Kim Jong Un"' }, { text: 'Triều Tiên' }, { text: 'trieu tien', limit: 50 },
  { text: 'Hillary Clinton', all: true }, { text: 'kinh tế', limit: 30, offset: 5 }, { text: 'Mỹ', from: '2016-01-01', to: '2016-06-30' },
  { text: 'bóng đá' }, { text: 'học sinh', source: 'Tuổi Trẻ' }, { text: 'chính phủ', limit: 100 }, { text: 'Việt Nam', all: true, limit: 100 },
];
const server = await postgresServer();
const s = await PostgresStore.open(server.url, { schema: 't1' });
let t = Date.now();
await ingestPaths(s, { paths: DEMO_INPUTS });
console.log('ingest', Date.now() - t);
for (const q of QUERIES) { t = Date.now(); const r = await searchArticles(s, q); console.log(q.text, r.total, Date.now() - t); }
t = Date.now(); const l = await listStories(s, { limit: 1000 }); for (const st of l.stories) await getStory(s, { id: st.id }); console.log('stories', Date.now() - t);
await s.close();
