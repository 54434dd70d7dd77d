import { readFileSync } from 'node:fs';
import { findTimes } from '/work/wmds/dist/src/nlp/times/index.js';
const corpus = process.argv[2] ?? 'vietnamese-mds';
const lead = +(process.argv[3] ?? 300);
const arts = readFileSync(`/work/shared/data/jsonl/${corpus}.articles.jsonl`,'utf8').trim().split('\n').map(l=>JSON.parse(l));
const REF = '2001-07-01T12:00:00+07:00';
const DM = /\d{1,2}\s*[\/\-.]\s*\d{1,2}|\d{1,2}\s+tháng\s+\d{1,2}/;
function days(text){ return findTimes(text,{reference:REF}).filter(t=>t.value && t.granularity==='day' && DM.test(t.text)).map(t=>({at:t.start,text:t.text,md:t.value.slice(5,10)})); }
const doy = md => { const [m,d]=md.split('-').map(Number); return (Date.UTC(2001,m-1,d)-Date.UTC(2001,0,1))/864e5; };
const circ = (a,b)=>{const d=Math.abs(a-b)%365; return Math.min(d,365-d);};
let n=0, found=0; const hist={};
for (const a of arts){ n++;
  const t=days(a.title), b=days(a.body.slice(0,lead));
  const own = t[0] ?? b[0];
  if(!own) continue; found++;
  if(!a.publishedAt) continue;
  const pub = a.publishedAt.slice(5,10);
  const g = circ(doy(own.md), doy(pub)); const k = g<=1?'0-1':g<=3?'2-3':g<=7?'4-7':g<=30?'8-30':'>30';
  hist[k]=(hist[k]??0)+1;
  if (process.env.V && g>7) console.log(a.id, a.publishedAt, own.text, '|', a.title.slice(0,60));
}
console.log(corpus, 'articles', n, 'with own day', found, hist);
