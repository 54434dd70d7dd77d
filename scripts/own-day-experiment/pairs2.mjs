// coverage and pair statistics of text days, undated baseline clustering
import { readFileSync } from 'node:fs';
const D = '/work/wmds/dist';
const { clusterAll } = await import(`${D}/src/stories/index.js`);
const { findTimes } = await import(`${D}/src/nlp/times/index.js`);
const { circularDays } = await import(`${D}/src/stories/own-day.js`);
const { withEntities } = await import(`${D}/eval/cluster-entities.js`);
const { loadCorpus, withoutDates } = await import(`${D}/eval/cluster-corpus.js`);
const corpus = process.argv[2] ?? 'vietnamese-mds';
const { articles, gold } = loadCorpus('/work/shared/data', corpus);
const ents = new Map(JSON.parse(readFileSync(`/tmp/wmds/ents-${corpus}.json`, 'utf8')));
const arts = withEntities(articles, ents);
const as = clusterAll(withoutDates(arts), {});
const pred = new Map(as.map(a => [a.id, a.story]));
const DM = /\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s+tháng\s+\d{1,2}/iu;
const MS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const days = t => findTimes(t, { reference: '2001-07-01T12:00:00+07:00' }).filter(x => x.granularity === 'day' && x.value && DM.test(x.text)).map(x => MS[+x.value.slice(5, 7) - 1] + +x.value.slice(8, 10) - 1);
const title = new Map(arts.map(a => [a.id, days(a.title)[0]]));
const all = new Map(arts.map(a => [a.id, new Set(days(a.title + ' . ' + a.body))]));
let cov = { title: 0, any: 0 }; for (const a of arts) { if (title.get(a.id) !== undefined) cov.title++; if (all.get(a.id).size) cov.any++; }
const st = { wrongPairs: 0, wrongTitleBoth: 0, wrongTitleDiffer: 0, wrongAnyBoth: 0, wrongAnyDisjoint: 0, samePairs: 0, sameTitleBoth: 0, sameTitleDiffer: 0, sameAnyBoth: 0, sameAnyDisjoint: 0 };
for (let i = 0; i < arts.length; i++) for (let j = i + 1; j < arts.length; j++) {
  const a = arts[i].id, b = arts[j].id; const sg = gold.get(a) === gold.get(b), sp = pred.get(a) === pred.get(b);
  const k = sg ? 'same' : sp ? 'wrong' : null; if (!k) continue;
  st[k + 'Pairs']++;
  const ta = title.get(a), tb = title.get(b);
  if (ta !== undefined && tb !== undefined) { st[k + 'TitleBoth']++; if (ta !== tb) st[k + 'TitleDiffer']++; }
  const A = all.get(a), B = all.get(b);
  if (A.size && B.size) { st[k + 'AnyBoth']++; if (![...A].some(x => [...B].some(y => circularDays(x, y) <= 1))) st[k + 'AnyDisjoint']++; }
}
console.log(corpus, arts.length, 'articles; title day', cov.title, 'any day-month', cov.any, JSON.stringify(st));
