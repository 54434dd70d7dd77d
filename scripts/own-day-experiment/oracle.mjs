import { readFileSync } from 'node:fs';
const D = '/work/wmds/dist';
const { clusterAll } = await import(`${D}/src/stories/index.js`);
const { withEntities } = await import(`${D}/eval/cluster-entities.js`);
const { loadCorpus, withoutDates, scorePredicted } = await import(`${D}/eval/cluster-corpus.js`);
const grid = JSON.parse(process.argv[2]);
const MS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
for (const params of grid) { const row = [];
  for (const corpus of ['vims-dev', 'vietnamese-mds', 'dev-merged']) {
    const ents = new Map(JSON.parse(readFileSync(`/tmp/wmds/ents-${corpus}.json`, 'utf8')));
    const { articles, gold } = loadCorpus('/work/shared/data', corpus);
    const arts = withEntities(articles, ents).map(a => ({ ...a, oracleDay: a.publishedAt ? MS[+a.publishedAt.slice(5, 7) - 1] + +a.publishedAt.slice(8, 10) - 1 : undefined }));
    const as = clusterAll(withoutDates(arts), params);
    row.push(`${corpus} ${scorePredicted(new Map(as.map(a => [a.id, a.story])), gold, 0).f1.toFixed(4)}`);
  }
  console.log('oracle', JSON.stringify(params), row.join(' | '));
}
