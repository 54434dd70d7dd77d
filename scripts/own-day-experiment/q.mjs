// quick: clusterAll F1 on the 3 corpora, dated and undated; entities cached on disk
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
const D = process.env.DIST ?? '/work/wmds/dist';
const { clusterAll } = await import(`${D}/src/stories/index.js`);
const { corpusEntities, withEntities } = await import(`${D}/eval/cluster-entities.js`);
const { loadCorpus, withoutDates, scorePredicted } = await import(`${D}/eval/cluster-corpus.js`);
const data = '/work/shared/data';
const params = process.env.PARAMS ? JSON.parse(process.env.PARAMS) : {};
const corpora = (process.env.CORPORA ?? 'vims-dev,vietnamese-mds,dev-merged').split(',');
const modes = (process.env.MODES ?? 'dated,undated').split(',');
const out = [];
for (const mode of modes) for (const corpus of corpora) {
  const cache = `/tmp/wmds/ents-${corpus}.json`;
  let ents;
  if (existsSync(cache)) ents = new Map(JSON.parse(readFileSync(cache, 'utf8')));
  else { ents = await corpusEntities(data, corpus); writeFileSync(cache, JSON.stringify([...ents])); }
  const { articles, gold } = loadCorpus(data, corpus);
  const arts = withEntities(articles, ents);
  const as = clusterAll(mode === 'undated' ? withoutDates(arts) : arts, params);
  const s = scorePredicted(new Map(as.map(a => [a.id, a.story])), gold, 0);
  out.push(`${mode} ${corpus} ${s.f1.toFixed(4)}`);
}
console.log(`LEAD=${process.env.LEAD ?? "-"} PASSES=${process.env.PASSES ?? "-"}`, JSON.stringify(params), out.join(' | '));
