import { readFileSync } from 'node:fs';
const D = '/work/wmds/dist';
const { clusterAll } = await import(`${D}/src/stories/index.js`);
const { ownDay, circularDays } = await import(`${D}/src/stories/own-day.js`);
const { withEntities } = await import(`${D}/eval/cluster-entities.js`);
const { loadCorpus, withoutDates } = await import(`${D}/eval/cluster-corpus.js`);
const corpus = process.argv[2] ?? 'vietnamese-mds';
const { articles, gold } = loadCorpus('/work/shared/data', corpus);
const ents = new Map(JSON.parse(readFileSync(`/tmp/wmds/ents-${corpus}.json`, 'utf8')));
const arts = withEntities(articles, ents);
const as = clusterAll(withoutDates(arts), { dayGapDays: 0 });
const pred = new Map(as.map(a => [a.id, a.story]));
const day = new Map(arts.map(a => [a.id, ownDay(a.title, a.body)]));
const h = { same: {}, wrong: {} };
const bucket = g => g <= 1 ? '0-1' : g <= 3 ? '2-3' : g <= 7 ? '4-7' : g <= 14 ? '8-14' : g <= 30 ? '15-30' : '>30';
for (let i = 0; i < arts.length; i++) for (let j = i + 1; j < arts.length; j++) {
  const a = arts[i], b = arts[j]; const da = day.get(a.id), db = day.get(b.id);
  if (da === undefined || db === undefined) continue;
  const sameGold = gold.get(a.id) === gold.get(b.id), samePred = pred.get(a.id) === pred.get(b.id);
  const k = sameGold ? 'same' : samePred ? 'wrong' : null; if (!k) continue;
  const g = bucket(circularDays(da, db)); h[k][g] = (h[k][g] ?? 0) + 1;
}
console.log(corpus, JSON.stringify(h));
