/**
 * Search relevance on vims-dev: for one article per event (the first by id that is not an exact
 * copy), the query a user would type is the first 4 syllables of its title without diacritics; that
 * article has gain 2, the rest of its event gain 1, and nDCG@10 of `search` is reported beside plain
 * SQLite FTS5 BM25 (default bm25(), no weights, no re-ranking) over the same folded title and text
 * with the same terms ANDed, in the same run. The scoring is ours; the judgements are the corpus's
 * gold clusters.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, openStore, searchArticles } from '../src/app/index.js';
import { fold } from '../src/text/fold.js';
import { searchTerms } from '../src/text/syllables.js';
import { loadCorpus } from './cluster-corpus.js';
import type { Evaluation } from './types.js';

const K = 10;

/** nDCG@k with linear gains: `ranked` the ids returned, `gains` every relevant id's gain. */
export function ndcg(ranked: readonly string[], gains: ReadonlyMap<string, number>, k = K): number {
  const dcg = ranked.slice(0, k).reduce((s, id, i) => s + (gains.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...gains.values()].sort((a, b) => b - a).slice(0, k).reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

/** The query typed for an article: the first 4 syllables of its title, folded, punctuation dropped. */
export function userQuery(title: string): string {
  return title
    .split(/\s+/)
    .map((s) => searchTerms(s).map((t) => fold(s.slice(t.start, t.end))).join(' '))
    .filter(Boolean)
    .slice(0, 4)
    .join(' ');
}

export const evaluation: Evaluation = {
  name: 'search',
  description: 'search relevance: nDCG@10 on vims-dev (query: 4 title syllables, no marks; gain 2 the article, 1 its event)',
  requires: ['jsonl/vims-dev.articles.jsonl', 'jsonl/vims-dev.gold.jsonl'],
  async run(dataDir) {
    const tmp = mkdtempSync(join(tmpdir(), 'toancanh-eval-search-'));
    try {
      const store = await openStore(join(tmp, 'eval.db'), 'write');
      await ingestPaths(store, { paths: [join(dataDir, 'jsonl/vims-dev.articles.jsonl')], stories: false });
      const { articles, gold } = loadCorpus(dataDir, 'vims-dev');
      // the searchable articles (exact copies are left out of results by default, and so of the ideal)
      const searchable = new Map<string, { title: string; text: string }>();
      for await (const batch of store.articles()) for (const a of batch) if (!a.copyOf) searchable.set(a.id, { title: a.meta.title ?? '', text: a.text });
      // plain FTS5 over the same folded text
      const fts = new Database(':memory:');
      fts.exec("CREATE VIRTUAL TABLE f USING fts5(id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 0')");
      const put = fts.prepare('INSERT INTO f (id, title, body) VALUES (?, ?, ?)');
      fts.transaction(() => {
        for (const [id, a] of searchable) put.run(id, fold(a.title), fold(a.text));
      })();
      const plain = fts.prepare('SELECT id FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT ?');
      const events = new Map<string, string[]>();
      for (const a of articles) if (searchable.has(a.id)) events.set(gold.get(a.id)!, [...(events.get(gold.get(a.id)!) ?? []), a.id]);
      let ours = 0;
      let baseline = 0;
      let n = 0;
      let found = 0;
      for (const [, members] of [...events].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
        const target = [...members].sort()[0]!;
        const query = userQuery(searchable.get(target)!.title);
        if (!query) continue;
        const gains = new Map(members.map((id) => [id, id === target ? 2 : 1]));
        const hits = (await searchArticles(store, { text: query, limit: K })).hits.map((h) => h.id);
        const terms = searchTerms(query).map((t) => `"${query.slice(t.start, t.end)}"`).join(' AND ');
        const base = (plain.all(terms, K) as { id: string }[]).map((r) => r.id);
        ours += ndcg(hits, gains);
        baseline += ndcg(base, gains);
        if (hits[0] === target) found++;
        n++;
      }
      fts.close();
      await store.close();
      return {
        metrics: {
          queries: n,
          'ndcg@10': ours / n,
          'fts5-bm25.ndcg@10': baseline / n,
          'target first (share)': found / n,
        },
        floors: { 'ndcg@10': 0.67 },
        notes: ['plain FTS5: bm25() with equal column weights over the folded title and text, the query\'s folded terms ANDed'],
      };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
