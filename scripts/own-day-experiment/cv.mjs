// F1 per fold of gold clusters (hash of cluster id mod 2), undated, for a param grid
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
const D = '/work/wmds/dist';
const { clusterAll } = await import(`${D}/src/stories/index.js`);
const { withEntities } = await import(`${D}/eval/cluster-entities.js`);
const { loadCorpus, withoutDates, scorePredicted } = await import(`${D}/eval/cluster-corpus.js`);
const fold = c => createHash('md5').update(c).digest()[0] % 2;
const grid = JSON.parse(process.argv[2]);
const mode = process.env.MODE ?? 'undated';
for (const params of grid) {
  const row = [];
  for (const corpus of ['vims-dev', 'vietnamese-mds', 'dev-merged']) {
    const ents = new Map(JSON.parse(readFileSync(`/tmp/wmds/ents-${corpus}.json`, 'utf8')));
    const { articles, gold } = loadCorpus('/work/shared/data', corpus);
    const arts = withEntities(articles, ents);
    const as = clusterAll(mode === 'undated' ? withoutDates(arts) : arts, params);
    const pred = new Map(as.map(a => [a.id, a.story]));
    for (const f of [0, 1]) {
      const p = new Map([...pred].filter(([id]) => fold(gold.get(id)) === f));
      const g = new Map([...gold].filter(([id]) => fold(gold.get(id)) === f));
      row.push(`${corpus.slice(0, 4)}${f} ${scorePredicted(p, g, 0).f1.toFixed(4)}`);
    }
  }
  console.log(JSON.stringify(params), row.join(' '));
}
