/** Stories as every interface shows them: the list, newest first; one story; the story of an article; a rebuild. */
import type { Store, StoryDetail, StoryRow } from '../store/store.js';
import { AppError } from './errors.js';
import { placeStories, type StoriesReport } from './place.js';

export type { StoryRow } from '../store/store.js';

export async function listStories(store: Store, options: { limit?: number; offset?: number } = {}): Promise<{ stories: StoryRow[]; total: number; offset: number }> {
  const offset = options.offset ?? 0;
  return { ...(await store.listStories({ limit: options.limit ?? 20, offset })), offset };
}

/** One story, by its id or by the id of an article in it. */
export async function getStory(store: Store, ref: { id?: string; article?: string }): Promise<StoryDetail> {
  let id = ref.id;
  if (ref.article) {
    id = await store.storyOf(ref.article);
    if (!id) {
      const known = await store.getArticle(ref.article);
      throw new AppError('E_NOT_FOUND', known ? `article ${JSON.stringify(ref.article)} is in no story yet (run \`toancanh recluster\`)` : `no article with id ${JSON.stringify(ref.article)}`);
    }
  }
  if (!id) throw new AppError('E_USAGE', 'no story id given');
  const story = await store.getStory(id);
  if (!story) throw new AppError('E_NOT_FOUND', `no story with id ${JSON.stringify(id)}`, 'List stories and their ids with `toancanh stories`; `toancanh story --article ID` finds the story of an article.');
  return story;
}

/** Forgets every story and places every stored article again, in publication order. */
export async function recluster(store: Store, options: { now?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<StoriesReport> {
  return placeStories(store, { recluster: true, now: options.now ?? Date.now(), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}
