/**
 * Story clustering evaluation: `clusterAll` with the default parameters on the dev corpora,
 * B-cubed against the gold clusters, with robustness runs (dates dropped, light rewrites); then the
 * same corpora through the store as `toancanh ingest` places them (eval/cluster-store.ts), under the
 * same floors. Run alone: `npx tsc -p . && node dist/eval/cluster.js`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { clusterAll, type ClusterInput } from '../src/stories/index.js';
import type { ClusterParams } from '../src/stories/params.js';
import { checkFloors } from './gate.js';
import { corpusEntities, withEntities } from './cluster-entities.js';
import { CORPORA, FLOORS, formatScore, loadCorpus, scorePredicted, withoutDates, type CorpusScore } from './cluster-corpus.js';
import { STORE_FLOORS, storePathScores } from './cluster-store.js';
import type { Evaluation, EvalResult } from './types.js';

/** The project's targets, reported beside the floors. */
const TARGETS: Record<string, number> = { 'vims-dev.f1': 0.98, 'vietnamese-mds.f1': 0.95, 'dev-merged.f1': 0.96 };

/**
 * Clusters one corpus and scores it; `dropDates` removes every publication date first. The
 * articles carry their named entities (the pipeline's, as ingest computes them), unless `noEntities`.
 */
export async function scoreCorpus(
  dataDir: string,
  corpus: string,
  params: Partial<Omit<ClusterParams, 'dedup'>> = {},
  options: { dropDates?: boolean; noEntities?: boolean } = {},
): Promise<CorpusScore> {
  const loaded = loadCorpus(dataDir, corpus);
  const gold = loaded.gold;
  const articles = options.noEntities ? loaded.articles : withEntities(loaded.articles, await corpusEntities(dataDir, corpus));
  const assignments = clusterAll(options.dropDates ? withoutDates(articles) : articles, params);
  const predicted = new Map(assignments.map((a) => [a.id, a.story]));
  return scorePredicted(predicted, gold, assignments.filter((a) => a.copyOf !== undefined).length);
}

/**
 * Robustness to light rewrites: for each vims-dev event of 5 dated articles or more, two outlets'
 * rewrites of its first article (each keeping 3 sentences of 5, under the near-duplicate
 * threshold, an hour and two later) are added, and the article must stay in the story where most
 * of its event went. Returns the share of events where it does, and the events where it does not.
 */
export async function rewriteProbe(dataDir: string, params: Partial<Omit<ClusterParams, 'dedup'>> = {}): Promise<{ kept: number; apart: string[] }> {
  const loaded = loadCorpus(dataDir, 'vims-dev');
  const gold = loaded.gold;
  const articles = withEntities(loaded.articles, await corpusEntities(dataDir, 'vims-dev'));
  const events = new Map<string, ClusterInput[]>();
  for (const a of articles) if (a.publishedAt) events.set(gold.get(a.id)!, [...(events.get(gold.get(a.id)!) ?? []), a]);
  const apart: string[] = [];
  let tried = 0;
  for (const [event, members] of [...events].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (members.length < 5) continue;
    tried++;
    const base = members.reduce((m, a) => (a.id < m.id ? a : m));
    const sentences = base.body.split(/(?<=[.!?])\s+/);
    // a rewrite names what its article names (its entities are the article's)
    const rewrites = [1, 2].map((k) => ({
      ...base,
      id: `${base.id}#rewrite${k}`,
      body: sentences.filter((_, i) => (i + k) % 5 !== 1 && (i + k) % 5 !== 3).join(' '),
      publishedAt: new Date(Date.parse(base.publishedAt!) + k * 3_600_000).toISOString(),
    }));
    const story = new Map(clusterAll([...articles, ...rewrites], params).map((a) => [a.id, a.story]));
    const others = members.filter((a) => a !== base).map((a) => story.get(a.id)!);
    const count = (s: string): number => others.filter((o) => o === s).length;
    const main = others.reduce((m, s) => (count(s) > count(m) ? s : m));
    if (story.get(base.id) !== main) apart.push(event);
  }
  return { kept: tried > 0 ? 1 - apart.length / tried : 1, apart };
}

export const evaluation: Evaluation = {
  name: 'cluster',
  description: 'Incremental story clustering: B-cubed P/R/F1 against gold clusters (ViMs dev, VietnameseMDS, both merged)',
  requires: CORPORA.flatMap((c) => [`jsonl/${c}.articles.jsonl`, `jsonl/${c}.gold.jsonl`]),
  async run(dataDir: string): Promise<EvalResult> {
    const metrics: Record<string, number> = {};
    const notes: string[] = [];
    for (const corpus of CORPORA) {
      const s = await scoreCorpus(dataDir, corpus);
      metrics[`${corpus}.precision`] = s.precision;
      metrics[`${corpus}.recall`] = s.recall;
      metrics[`${corpus}.f1`] = s.f1;
      notes.push(`${corpus}: ${formatScore(s)}`);
    }
    for (const corpus of CORPORA) {
      const s = await scoreCorpus(dataDir, corpus, {}, { dropDates: true });
      metrics[`${corpus}.undated.f1`] = s.f1;
      notes.push(`${corpus}, dates dropped (file order, no time decay): ${formatScore(s)}`);
    }
    // the same without the articles' named entities (as ingested `--no-entities`), for comparison
    for (const dropDates of [false, true]) {
      const f1s: string[] = [];
      for (const corpus of CORPORA) f1s.push((await scoreCorpus(dataDir, corpus, {}, { dropDates, noEntities: true })).f1.toFixed(4));
      notes.push(`without named entities${dropDates ? ', dates dropped' : ''}: F1 ${CORPORA.map((c, i) => `${c} ${f1s[i]}`).join(', ')}`);
    }
    const store = await storePathScores(dataDir, metrics);
    Object.assign(metrics, store.metrics);
    notes.push(...store.notes);
    const probe = await rewriteProbe(dataDir);
    metrics['vims-dev.rewrites.kept'] = probe.kept;
    notes.push(`vims-dev, two light rewrites of each event's first article added: it stays with its event in ${(probe.kept * 100).toFixed(0)} % of events${probe.apart.length ? ` (not: ${probe.apart.join(', ')})` : ''}`);
    for (const [k, t] of Object.entries(TARGETS)) notes.push(`target ${k} ≥ ${t}: ${metrics[k]! >= t ? 'reached' : 'not reached'} (${metrics[k]!.toFixed(4)})`);
    return { metrics, floors: { ...FLOORS, ...STORE_FLOORS }, notes };
  },
};

// Run directly: print the scores and fail as `npm run eval` does (a score below its floor, a floor without its metric).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dataDir = resolve(process.argv[2] ?? '../shared/data');
  const r = await evaluation.run(dataDir);
  const gate = checkFloors(r.metrics, r.floors);
  for (const line of gate.lines) console.log(line);
  for (const n of r.notes ?? []) console.log(n);
  process.exitCode = gate.failures.length > 0 ? 1 : 0;
}
