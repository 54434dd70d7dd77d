/**
 * Stories for the articles of a store: the clusterer's state is loaded, the articles not yet in a
 * story (or changed since they were placed: they leave their story first) are placed in publication
 * order, and each batch's placements, the summaries of the stories it touched and the changes of
 * the state are saved in one transaction: a run cut short keeps its batches, and the next run
 * places the rest from the state they left, as the run would have. `recluster` starts from nothing
 * and places every article, in publication order, which gives the stories that ingesting in that
 * order would have given.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { bodyText } from '../doc/news-doc.js';
import { clusterEntities } from './cluster-entities.js';
import type { ClusterSource, StoriesUpdate, Store, StorySummaryRow } from '../store/store.js';
import { StoryClusterer, type Assignment, type ClusterInput, type StorySummary } from '../stories/index.js';

/** Most articles a run from nothing places with closed stories kept in memory (see below). */
export const BATCH_KEEP_CLOSED = 50_000;

export interface StoriesReport {
  /** Articles placed in this run. */
  placed: number;
  newStories: number;
  joined: number;
  /** Placed as near-duplicates (or exact copies) of an earlier article. */
  copies: number;
  /** Placed without a date: by content alone, with no time decay. */
  undated: number;
  /**
   * Articles that moved to another story when placed a second time (`settleDays` after their own
   * time, or at the end of the run for undated ones), including articles of earlier runs.
   */
  moved: number;
  /** Stories split in two (two events that had been put in one), including stories of earlier runs. */
  splits: number;
  /** Stories open in memory after the run. */
  openStories: number;
  /** Stories in the store after the run. */
  totalStories: number;
  /** Ids of articles dated in the future (more than two days after the run), placed as undated. */
  futureDated: string[];
  seconds: number;
}

export interface StoriesOptions {
  /** Forget every story and place all articles again (default false). */
  recluster?: boolean;
  /** Articles placed, and then saved in one transaction, at a time (default 1,000). */
  batchSize?: number;
  /**
   * The time of the run (ms since the epoch; the caller reads the clock). An article dated more
   * than two days after it is placed as undated: a wrong future date would otherwise move the
   * stream's clock ahead and close every open story. Default: no check.
   */
  now?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called (once) when another process is placing stories in the same store, and this run waits for it. */
  onWait?: () => void;
  /**
   * A placement lease not renewed for this long was held by a process that died (default two
   * minutes; the queue's workers use their job expiry, so that a killed placement is taken over
   * within a minute). Every batch must be placed and saved within it.
   */
  leaseStaleMs?: number;
}

/** One process at a time places stories: it holds this lease, renewed with every batch saved. */
const PLACEMENT_LEASE = 'placement';
/** A lease not renewed for this long was held by a process that died: another may take it. */
const LEASE_STALE_MS = 120_000;
const LEASE_POLL_MS = 250;

/** Waits until this process holds the placement lease. */
async function takeLease(store: Store, owner: string, staleMs: number, onWait?: () => void): Promise<void> {
  let waiting = false;
  while (!(await store.lease(PLACEMENT_LEASE, owner, staleMs))) {
    if (!waiting) onWait?.();
    waiting = true;
    await new Promise((r) => setTimeout(r, LEASE_POLL_MS));
  }
}

function row(s: StorySummary): StorySummaryRow {
  return {
    id: s.id,
    headline: s.headline,
    headlineId: s.headlineId,
    entities: s.entities,
    related: s.related.map((r) => ({ story: r.story, shared: r.shared })),
    open: s.open,
  };
}

/** What the clusterer reads of an article: the title, the body (lead and body paragraphs), the date, its entities when it has them. */
export function clusterArticle(a: ClusterSource): ClusterInput {
  const entities = clusterEntities(a);
  return { id: a.id, title: a.title ?? '', body: bodyText(a), ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}), ...(entities ? { entities } : {}) };
}

/** What a clusterer changed since it was loaded: placements, and the stories touched, emptied or left. */
export class StoryChanges {
  readonly assignments = new Map<string, Assignment>();
  private readonly touched = new Set<string>();
  private readonly emptied = new Set<string>();
  /** Stories an article left that may no longer be in memory (their times are recomputed, or they go). */
  readonly refresh = new Set<string>();
  readonly movedIds = new Set<string>();
  splits = 0;

  constructor(private readonly clusterer: StoryClusterer) {}

  placed(a: Assignment): void {
    this.assignments.set(a.id, a);
    this.touched.add(a.story);
    this.take();
  }

  /** Takes the moves the clusterer reports (settling, splitting, removals). */
  take(): void {
    const m = this.clusterer.takeMoves();
    for (const a of m.moved) {
      this.assignments.set(a.id, a);
      this.touched.add(a.story);
      this.movedIds.add(a.id);
    }
    for (const id of m.from) this.touched.add(id);
    for (const id of m.emptied) this.emptied.add(id);
    this.splits += m.splits;
  }

  /**
   * The update to save (then forgotten: the next one holds what changes after it); `releaseClosed`
   * archives the closed stories a run from nothing kept.
   */
  update(releaseClosed: boolean): StoriesUpdate {
    for (const id of this.emptied) {
      if (this.clusterer.has(id)) this.emptied.delete(id); // its id was given to a new story since
      else this.touched.delete(id);
    }
    // summaries of every story touched: those in memory (open, or kept closed), the others from the
    // archive; and the open stories whose related list may have grown
    const { summaries, openIds } = this.clusterer.summariesOf(this.touched);
    const seen = new Set(summaries.map((s) => s.id));
    for (const id of this.touched) {
      if (seen.has(id)) continue;
      const s = this.clusterer.story(id);
      if (s) summaries.push(s);
    }
    if (releaseClosed) this.clusterer.releaseClosed();
    const update: StoriesUpdate = {
      state: this.clusterer.takeStateChanges(),
      assignments: [...this.assignments.values()].map((a) => ({ id: a.id, story: a.story, ...(a.copyOf ? { copyOf: a.copyOf } : {}), similarity: a.similarity, dated: a.dated })),
      stories: summaries.map(row),
      openIds,
      emptied: [...this.emptied],
      refresh: [...this.refresh].filter((id) => !this.emptied.has(id)),
    };
    this.assignments.clear();
    this.touched.clear();
    this.emptied.clear();
    this.refresh.clear();
    return update;
  }
}

/**
 * The clusterer as saved in the store, or a new one. A state saved as one JSON value (before its
 * rows existed) is restored from it: its first changes are the whole state, and the first save
 * writes it as rows in place of the JSON value.
 */
export async function loadClusterer(store: Store, fresh: { keepClosed: boolean }): Promise<StoryClusterer> {
  const rows = await store.clustererRows();
  if (rows) return StoryClusterer.fromParts(rows);
  const json = await store.clustererState();
  return json ? StoryClusterer.fromJSON(JSON.parse(json)) : new StoryClusterer({}, fresh);
}

/** Articles placed and saved at a time, when the caller gives no batch size. */
const PLACE_BATCH = 1000;

/**
 * Places the articles not yet in a story. Two processes placing in one store at once would each
 * read the clusterer's state and write their own: so a run first takes the placement lease, waiting
 * while another process holds it, and reads what is left to place once it holds it.
 */
export async function placeStories(store: Store, options: StoriesOptions = {}): Promise<StoriesReport> {
  const owner = `${hostname()}:${process.pid}:${randomUUID()}`;
  await takeLease(store, owner, options.leaseStaleMs ?? LEASE_STALE_MS, options.onWait);
  try {
    return await placeHeld(store, owner, options);
  } finally {
    await store.releaseLease(PLACEMENT_LEASE, owner);
  }
}

async function placeHeld(store: Store, owner: string, options: StoriesOptions): Promise<StoriesReport> {
  const t0 = performance.now();
  if (options.recluster) await store.resetStories();
  const unplaced = await store.unplaced();
  const ids = unplaced.map((u) => u.id);
  // A run from nothing (the first placement, a re-clustering) works as `clusterAll` does: closed
  // stories are kept until the end, so that undated articles, placed last, can still join them.
  // Past BATCH_KEEP_CLOSED articles, memory would grow with every story: then only open ones.
  // A run cut short saved the state of its last batch, closed stories kept: the run that finishes
  // it keeps them too, and releases them at its end.
  const clusterer = await loadClusterer(store, { keepClosed: ids.length <= BATCH_KEEP_CLOSED });
  const changes = new StoryChanges(clusterer);
  // articles that changed since they were placed leave their story before they are placed again
  for (const u of unplaced) {
    if (u.formerStory === undefined) continue;
    clusterer.remove(u.id);
    changes.refresh.add(u.formerStory);
  }
  changes.take();
  const report: StoriesReport = { placed: 0, newStories: 0, joined: 0, copies: 0, undated: 0, moved: 0, splits: 0, openStories: 0, totalStories: 0, futureDated: [], seconds: 0 };
  const latest = options.now !== undefined ? options.now + 2 * 86_400_000 : Infinity;
  const size = options.batchSize ?? PLACE_BATCH;
  for (let i = 0; i < ids.length; i += size) {
    for (let article of (await store.clusterSources(ids.slice(i, i + size))).map(clusterArticle)) {
      if (article.publishedAt && Date.parse(article.publishedAt) > latest) {
        report.futureDated.push(article.id);
        const { publishedAt: _future, ...rest } = article;
        article = rest;
      }
      const a = clusterer.add(article);
      changes.placed(a);
      report.placed++;
      if (a.copyOf) report.copies++;
      else if (a.newStory) report.newStories++;
      else report.joined++;
      if (!a.dated) report.undated++;
    }
    // each batch in one transaction; the last one with the end of the run (below)
    if (i + size < ids.length) {
      await store.saveStories(changes.update(false));
      if (!(await store.lease(PLACEMENT_LEASE, owner, options.leaseStaleMs ?? LEASE_STALE_MS))) throw new Error('the placement lease was taken by another process (this one was too slow to renew it)');
    }
    options.onProgress?.(Math.min(ids.length, i + size), ids.length);
  }
  // undated articles are placed a second time at the end of the run (dated ones as the clock passes them)
  clusterer.settle();
  changes.take();
  report.moved = changes.movedIds.size;
  report.splits = changes.splits;
  await store.saveStories(changes.update(clusterer.keepsClosed));
  report.openStories = clusterer.openStories;
  report.totalStories = (await store.listStories({ limit: 0 })).total;
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}
