/** Stories as every interface shows them: the list, newest first; one story; the story of an article; a rebuild. */
import { displayTitle } from '../doc/news-doc.js';
import type { Store, StoredEvent, StoredRelated, StoredStory, StoryArticle } from '../store/store.js';
import { AppError } from './errors.js';
import { placeStories, type StoriesReport } from './place.js';

/** A story as shown: its headline, and those of its related stories, never empty while their headline article has text. */
export interface StoryRow extends Omit<StoredStory, 'related'> {
  related: { story: string; headline: string; shared: string[] }[];
}

export interface StoryDetail extends StoryRow {
  articles: StoryArticle[];
  /**
   * What happened when: the dated events of its articles (copies left out), in calendar order, each
   * with its sentence and article; an event told by several articles is listed once, from the first.
   */
  timeline: StoredEvent[];
}

/**
 * Stories as shown: an untitled headline article (headline '') gives the start of its text, as
 * elsewhere (`displayTitle`); the headline articles' texts are read in one call.
 */
async function shown<T extends StoredStory>(store: Store, stories: T[]): Promise<(Omit<T, 'related'> & StoryRow)[]> {
  const untitled = (x: { headline: string; headlineId?: string }): boolean => !x.headline && x.headlineId !== undefined;
  const wanted = new Set<string>();
  for (const s of stories) for (const x of [s, ...s.related]) if (untitled(x)) wanted.add(x.headlineId!);
  const texts = new Map(wanted.size === 0 ? [] : (await store.searchHits([...wanted])).map((h) => [h.id, displayTitle({ meta: {}, text: h.text })]));
  const headline = (x: { headline: string; headlineId?: string }): string => (untitled(x) ? texts.get(x.headlineId!) ?? '' : x.headline);
  return stories.map((s) => ({
    ...s,
    headline: headline(s),
    related: s.related.map((r: StoredRelated) => ({ story: r.story, headline: headline(r), shared: r.shared })),
  }));
}

export async function listStories(store: Store, options: { limit?: number; offset?: number } = {}): Promise<{ stories: StoryRow[]; total: number; offset: number }> {
  const offset = options.offset ?? 0;
  const { stories, total } = await store.listStories({ limit: options.limit ?? 20, offset });
  return { stories: await shown(store, stories), total, offset };
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
  const originals = story.articles.filter((a) => !a.copyOf).map((a) => a.id);
  const [detail, events] = await Promise.all([shown(store, [story]), store.datedEvents(originals)]);
  return { ...detail[0]!, timeline: timeline(events) };
}

/** Events in calendar order, one per value and sentence (`hôm thứ Ba` told twice by two outlets is one). */
function timeline(events: StoredEvent[]): StoredEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.value}\u0000${e.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Forgets every story and places every stored article again, in publication order. */
export async function recluster(store: Store, options: { now?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<StoriesReport> {
  return placeStories(store, { recluster: true, now: options.now ?? Date.now(), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}
