/**
 * Story clustering through the store, the path users run: each corpus file is ingested into a fresh
 * SQLite store as `toancanh ingest FILE` does, the stories are read back from the store (each
 * article's story) and scored with B-cubed against the gold, under the floors of `clusterAll` for
 * the same corpus (`store.` + name). The dates-dropped runs ingest a copy of the file, in its order,
 * with `publishedAt` removed from every record.
 *
 * Why the figures can differ from `clusterAll` on the same file (the texts the store gives back,
 * cleaned by the pipeline, made no difference when this was written):
 * - `placeStories` places undated articles again at the end of a run, but dated ones only once the
 *   stream's clock is `settleDays` past them; `clusterAll` places every article again at the end
 *   (`settle(true)`). So the articles of the corpus's last day keep their first placement here.
 * - The store places articles in publication order with ties, and undated articles, by id
 *   (`unplaced`); `clusterAll` keeps the file's order for them. With dates dropped the whole
 *   corpus is placed in id order here (and these corpora's ids begin with the gold cluster's name).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, openStore, type IngestReport, type StoriesReport } from '../src/app/index.js';
import type { Store } from '../src/store/store.js';
import { CORPORA, FLOORS, articlesPath, formatScore, loadCorpus, scorePredicted, withoutDates, type CorpusScore } from './cluster-corpus.js';

/** What `toancanh ingest PATH...` does to the store: the application layer's ingest, stories placed. */
export async function ingestAndPlace(store: Store, paths: string[]): Promise<{ ingested: IngestReport; placed: StoriesReport }> {
  const { stories, ...ingested } = await ingestPaths(store, { paths });
  return { ingested, placed: stories! };
}

export interface StoreScore extends CorpusScore {
  /** Inputs the ingest rejected, and articles of the file the store has in no story (scored as stories of their own). */
  rejected: number;
  unplaced: number;
  futureDated: number;
}

/** Ingests one corpus into a fresh store in a temporary folder and scores the stories it holds. */
export async function scoreStorePath(dataDir: string, corpus: string, options: { dropDates?: boolean } = {}): Promise<StoreScore> {
  const { articles, gold } = loadCorpus(dataDir, corpus);
  const tmp = mkdtempSync(join(tmpdir(), 'toancanh-eval-stories-'));
  try {
    let file = articlesPath(dataDir, corpus);
    if (options.dropDates) {
      file = join(tmp, `${corpus}.undated.articles.jsonl`);
      writeFileSync(file, withoutDates(articles).map((a) => `${JSON.stringify(a)}\n`).join(''));
    }
    const store = await openStore(join(tmp, 'eval.db'), 'write');
    try {
      const { ingested, placed } = await ingestAndPlace(store, [file]);
      const predicted = new Map<string, string>();
      let unplaced = 0;
      for (const a of articles) {
        const story = await store.storyOf(a.id);
        if (story === undefined) unplaced++;
        predicted.set(a.id, story ?? `unplaced:${a.id}`);
      }
      return {
        ...scorePredicted(predicted, gold, placed.copies),
        rejected: ingested.rejected.length,
        unplaced,
        futureDated: placed.futureDated.length,
      };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The store path's floors: those of `clusterAll` on the same corpus, dated and dates dropped. */
export const STORE_FLOORS: Record<string, number> = Object.fromEntries(
  CORPORA.flatMap((c) => [`${c}.f1`, `${c}.undated.f1`]).map((k) => [`store.${k}`, FLOORS[k]!]),
);

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(4)}`;

/**
 * Scores every corpus through the store, dated and dates dropped; `batch` holds the `clusterAll`
 * metrics of the same run (`CORPUS[.undated].f1`), and each note says how far the store path is from them.
 */
export async function storePathScores(dataDir: string, batch: Readonly<Record<string, number>>): Promise<{ metrics: Record<string, number>; notes: string[] }> {
  const metrics: Record<string, number> = {};
  const notes: string[] = [];
  for (const dropDates of [false, true]) {
    for (const corpus of CORPORA) {
      const key = dropDates ? `${corpus}.undated` : corpus;
      const s = await scoreStorePath(dataDir, corpus, { dropDates });
      if (!dropDates) {
        metrics[`store.${key}.precision`] = s.precision;
        metrics[`store.${key}.recall`] = s.recall;
      }
      metrics[`store.${key}.f1`] = s.f1;
      const odd = [
        s.rejected ? `${s.rejected} rejected by the ingest` : '',
        s.unplaced ? `${s.unplaced} in no story` : '',
        s.futureDated ? `${s.futureDated} future-dated` : '',
      ].filter(Boolean);
      const against = batch[`${key}.f1`];
      const diff = against === undefined ? '' : `; F1 ${signed(s.f1 - against)} vs clusterAll`;
      notes.push(`store path, ${corpus}${dropDates ? ', dates dropped (id order, as the store places undated articles)' : ''}: ${formatScore(s)}${diff}${odd.length ? ` (${odd.join(', ')})` : ''}`);
    }
  }
  return { metrics, notes };
}
