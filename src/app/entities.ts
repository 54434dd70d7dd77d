/**
 * Entities over the stored articles: the most mentioned (`toancanh entities`) and one entity with
 * its forms, articles, stories, co-occurring entities and articles by month (`toancanh entity`).
 * Read from the store's entity rows (written with each article: src/app/entity-rows.ts), in a
 * fixed number of queries, whatever the archive's size.
 *
 * An entity linked to the knowledge base is its KB id (`per:xi-jinping`); an unknown name is keyed
 * by its type and folded form (`PER~nguyen thanh son`), the same in every article; a ROLE mention
 * counts for its holder, the credit for the entity it names. Exact copies are not counted.
 */
import { displayTitle } from '../doc/news-doc.js';
import type { EntityCount, Store } from '../store/store.js';
import { TRIGRAM_THRESHOLD, trigramSimilarity, trigrams } from '../text/trigrams.js';
import { nameKey } from './entity-rows.js';
import { AppError } from './errors.js';

export { nameKey } from './entity-rows.js';

export type EntityRow = EntityCount;

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;

export interface EntityFilter {
  type?: string;
  /** Articles published on or after / on or before these days (`YYYY-MM-DD`; an ISO time gives its day as written). */
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

function day(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!DAY.test(value)) throw new AppError('E_USAGE', `--${name}: a date YYYY-MM-DD (not "${value}")`);
  return value.slice(0, 10);
}

/** The entities of the stored articles, most mentioned first (by articles, then mentions, then id). */
export async function listEntities(store: Store, options: EntityFilter & { limit?: number; offset?: number } = {}): Promise<{ entities: EntityRow[]; total: number; articles: number }> {
  const type = options.type?.toUpperCase();
  if (type && !(ENTITY_TYPES as readonly string[]).includes(type)) throw new AppError('E_USAGE', `--type: one of ${ENTITY_TYPES.join(', ')} (not "${options.type}")`);
  const from = day(options.from, 'from');
  const to = day(options.to, 'to');
  return store.entities({ ...(type ? { type } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), limit: options.limit ?? 20, offset: options.offset ?? 0 });
}

export interface EntityDetail {
  entity: EntityRow;
  /** The forms it was written in (its aliases), most frequent first. */
  surfaces: { text: string; count: number }[];
  articles: { id: string; title?: string; publishedAt?: string; mentions: number }[];
  cooccurring: (EntityRow & { together: number })[];
  /** Articles mentioning it by month (`YYYY-MM`, or `undated`). */
  months: Record<string, number>;
  /** The stories its articles are in, most of them first; `headline` as shown (an untitled one: the start of its text). */
  stories: { id: string; headline: string; articles: number }[];
}

/**
 * The id an entity reference names: an id with rows, else the entity most articles name among
 * those named or written so (without case or marks: `tap can binh`), else among those whose name
 * or a form is the closest by trigram similarity (a misspelt name: `Tap Can Binhh`; at least
 * `TRIGRAM_THRESHOLD`, src/text/trigrams.ts).
 */
export async function resolveEntity(store: Store, nameOrId: string): Promise<string> {
  const ref = nameOrId.trim();
  if (!ref) throw new AppError('E_USAGE', 'give an entity id or name');
  if ((await store.entity(ref, { limit: 0 })) !== undefined) return ref;
  const key = nameKey(ref);
  let ids = await store.entityIdsNamed(key);
  if (ids.length === 0) ids = await closest(store, key);
  let best: EntityRow | undefined;
  for (const id of ids) {
    const e = (await store.entity(id, { limit: 0 }))?.entity;
    if (e && (!best || e.articles > best.articles || (e.articles === best.articles && (e.mentions > best.mentions || (e.mentions === best.mentions && e.id < best.id))))) best = e;
  }
  if (!best) throw new AppError('E_NOT_FOUND', `no entity ${JSON.stringify(ref)} in the stored articles`);
  return best.id;
}

/** The entities whose name or a form is the closest to `key` (none close enough: none). */
async function closest(store: Store, key: string): Promise<string[]> {
  const asked = trigrams(key);
  const best = new Map<string, number>();
  for (const c of await store.entityIdsLike(key)) {
    const sim = trigramSimilarity(asked, c.key);
    if (sim >= TRIGRAM_THRESHOLD && sim > (best.get(c.id) ?? 0)) best.set(c.id, sim);
  }
  const top = Math.max(0, ...best.values());
  return [...best].filter(([, sim]) => sim === top).map(([id]) => id);
}

/** One entity by id (`per:xi-jinping`, `PER~nguyen thanh son`) or by a name it was written as. */
export async function getEntity(store: Store, nameOrId: string, options: { limit?: number } = {}): Promise<EntityDetail> {
  const id = await resolveEntity(store, nameOrId);
  const d = await store.entity(id, { limit: options.limit ?? 20 });
  if (!d) throw new AppError('E_NOT_FOUND', `no entity ${JSON.stringify(nameOrId)} in the stored articles`);
  // an untitled article (or a story's untitled headline article) gives the start of its text, as elsewhere
  const untitled = [...new Set([...d.stories.filter((s) => !s.headline && s.headlineId !== undefined).map((s) => s.headlineId!), ...d.articles.filter((a) => !a.title).map((a) => a.id)])];
  const texts = new Map(untitled.length === 0 ? [] : (await store.searchHits(untitled)).map((h) => [h.id, displayTitle({ meta: {}, text: h.text })]));
  return {
    entity: d.entity,
    surfaces: d.aliases,
    articles: d.articles.map((a) => (a.title || !texts.has(a.id) ? a : { ...a, title: texts.get(a.id)! })),
    cooccurring: d.cooccurring,
    months: Object.fromEntries(d.months.map((m) => [m.month, m.articles])),
    stories: d.stories.map((s) => ({ id: s.id, headline: s.headline || (s.headlineId !== undefined ? texts.get(s.headlineId) ?? '' : ''), articles: s.articles })),
  };
}
