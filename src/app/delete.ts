/**
 * Deleting articles (a takedown, a bad ingest): each goes with its revisions, raw input, search
 * entries and placement; an exact copy of it becomes the original in its place (the others copy
 * that one); the story it left is updated, or removed when it is left empty. One transaction.
 */
import type { Store } from '../store/store.js';
import { decideDeletion } from './article-rules.js';
import { AppError } from './errors.js';
import { loadClusterer, StoryChanges } from './place.js';

export interface DeleteReport {
  deleted: string[];
  /** Ids given that no article has. */
  missing: string[];
  /** Exact copies that became originals. */
  promoted: string[];
  /** Stories the articles were in. */
  stories: string[];
}

export async function deleteArticles(store: Store, ids: string[]): Promise<DeleteReport> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) throw new AppError('E_USAGE', 'no article id given');
  const found = new Set((await store.getArticles(wanted)).map((a) => a.id));
  const gone = wanted.filter((id) => found.has(id));
  const missing = wanted.filter((id) => !found.has(id));
  if (gone.length === 0) return { deleted: [], missing, promoted: [], stories: [] };
  // exact copies: the first copy left becomes the original of the others (article-rules.ts)
  const { copies, promoted } = decideDeletion(gone, await store.articleStates({ ids: gone, contentHashes: [] }));
  // stories: the clusterer forgets them; their stories are updated in the same transaction
  const placements = await store.placements(gone);
  let stories;
  if (placements.size > 0) {
    const clusterer = await loadClusterer(store, { keepClosed: false });
    const changes = new StoryChanges(clusterer);
    for (const id of gone) clusterer.remove(id);
    changes.take();
    for (const [id, story] of placements) {
      changes.assignments.delete(id);
      changes.refresh.add(story);
    }
    stories = changes.update(false);
  }
  const deleted = await store.deleteArticles(gone, { copies, ...(stories ? { stories } : {}) });
  return { deleted, missing, promoted, stories: [...new Set(placements.values())] };
}
