import { readFileSync } from 'node:fs';
const D = '/work/wmds/dist';
const { clusterAll } = await import(`${D}/src/stories/index.js`);
const { findTimes } = await import(`${D}/src/nlp/times/index.js`);
const { withEntities } = await import(`${D}/eval/cluster-entities.js`);
const { loadCorpus, withoutDates } = await import(`${D}/eval/cluster-corpus.js`);
const corpus = process.argv[2] ?? 'vietnamese-mds';
const { articles, gold } = loadCorpus('/work/shared/data', corpus);
const ents = new Map(JSON.parse(readFileSync(`/tmp/wmds/ents-${corpus}.json`, 'utf8')));
const arts = withEntities(articles, ents);
const as = clusterAll(withoutDates(arts), { dayGapDays: 0 });
const by = new Map(); for (const a of as) by.set(a.story, [...(by.get(a.story) ?? []), a.id]);
const byId = new Map(arts.map(a => [a.id, a]));
for (const [s, ids] of by) { if (new Set(ids.map(i => gold.get(i))).size < 2) continue;
  console.log('==');
  for (const i of ids.sort((x, y) => gold.get(x) < gold.get(y) ? -1 : 1)) { const a = byId.get(i);
    const t = findTimes(a.title + ' . ' + a.body.slice(0, 400), { reference: a.publishedAt }).map(t => `${t.text}=${t.value}`).slice(0, 4).join('; ');
    console.log(`  [${gold.get(i)}] ${a.publishedAt.slice(0, 10)} ${a.title.slice(0, 50)} || ${t}`); }
}
