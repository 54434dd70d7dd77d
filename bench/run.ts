/**
 * `npm run bench`: the benchmarks, each on a fixed corpus, printed with the machine they ran on.
 * Run one: `npm run bench -- NAME`.
 */
import { cpus } from 'node:os';
import { benchIngestSearch } from './ingest-search.js';
import { benchSegment } from './segment.js';
import { benchNer } from './ner.js';
import { benchHtml } from './html.js';
import { benchCluster } from './cluster.js';
import { benchCli } from './cli.js';
import { benchLongArticle } from './long-article.js';
import { benchStartup } from './startup.js';
import { benchPgSearch } from './pg-search.js';
import { benchServe } from './serve.js';
import { benchTimes } from './times.js';
import { benchScale } from './scale.js';
import { dataDir } from '../eval/data.js';

const BENCHES: { name: string; run: () => Promise<Record<string, number | string>>; onlyWhenNamed?: boolean }[] = [
  { name: 'cli', run: benchCli },
  { name: 'ingest-search', run: benchIngestSearch },
  { name: 'segment', run: benchSegment },
  { name: 'ner', run: benchNer },
  { name: 'html', run: () => benchHtml(dataDir()) },
  { name: 'cluster', run: () => benchCluster(dataDir()) },
  { name: 'long-article', run: benchLongArticle },
  { name: 'startup', run: benchStartup },
  { name: 'pg-search', run: benchPgSearch },
  { name: 'serve', run: benchServe },
  { name: 'times', run: benchTimes },
  // minutes, and several processes: only when named (`npm run bench -- scale`)
  { name: 'scale', run: benchScale, onlyWhenNamed: true },
];

const only = process.argv.slice(2);
console.log(`toancanh benchmarks · node ${process.version} · ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}\n`);
for (const b of BENCHES) {
  if (only.length > 0 ? !only.includes(b.name) : b.onlyWhenNamed) continue;
  const r = await b.run();
  console.log(`## ${b.name}`);
  for (const [k, v] of Object.entries(r)) {
    const shown = typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v);
    console.log(`  ${k.padEnd(40)} ${shown.padStart(12)}`);
  }
  console.log('');
}
