/**
 * Entities over the stored articles: the most mentioned (`toancanh entities`) and one entity with
 * its surfaces, articles, co-occurring entities and mentions by month (`toancanh entity`). Read
 * from the `entities` each stored article carries (the entities stage), by one pass over the
 * store: no rows of their own yet (docs/ner.md), so this costs a scan of the articles.
 *
 * An entity linked to the knowledge base is its KB id (`per:xi-jinping`); an unknown name is keyed
 * by its type and folded surface (`PER~nguyen thanh son`), the same in every article; a ROLE
 * mention counts for its holder, the credit for the entity it names.
 */
import type { EntityMention } from '../doc/news-doc.js';
import type { Store, StoredArticle } from '../store/store.js';
import { fold } from '../text/fold.js';
import { AppError } from './errors.js';

export interface EntityRow {
  /** The KB id, or `TYPE~folded surface` for a name the KB does not know. */
  id: string;
  type: string;
  /** The KB's name, or the surface seen most. */
  name: string;
  en?: string;
  linked: boolean;
  mentions: number;
  articles: number;
}

export interface EntityFilter {
  type?: string;
  /** Articles published on or after / before (ISO dates). */
  from?: string;
  to?: string;
}

interface Tally {
  row: EntityRow;
  surfaces: Map<string, number>;
  articleIds: Map<string, number>;
  months: Map<string, number>;
  with: Map<string, number>;
}

/** The key of a mention's entity, or undefined for a mention that names nobody (a ROLE unresolved). */
function keyOf(m: EntityMention): { id: string; type: string; name: string; en?: string; linked: boolean } | undefined {
  if (m.entity) return { id: m.entity.id, type: m.type === 'ROLE' ? 'PER' : m.type, name: m.entity.name, en: m.entity.en, linked: true };
  if (m.type === 'ROLE') return undefined;
  return { id: `${m.type}~${fold(m.text).replace(/\s+/g, ' ').trim()}`, type: m.type, name: m.text, linked: false };
}

function inRange(a: StoredArticle, f: EntityFilter): boolean {
  const d = a.meta.publishedAt?.slice(0, 10);
  if ((f.from || f.to) && !d) return false;
  if (f.from && d! < f.from.slice(0, 10)) return false;
  if (f.to && d! > f.to.slice(0, 10)) return false;
  return true;
}

async function tally(store: Store, f: EntityFilter): Promise<{ tallies: Map<string, Tally>; articles: number }> {
  const tallies = new Map<string, Tally>();
  let articles = 0;
  for await (const batch of store.articles()) {
    for (const a of batch) {
      if (a.copyOf || !a.doc.entities || !inRange(a, f)) continue;
      articles++;
      const here = new Set<string>();
      const month = a.meta.publishedAt?.slice(0, 7) ?? 'undated';
      for (const m of a.doc.entities) {
        const k = keyOf(m);
        if (!k || (f.type && k.type !== f.type)) continue;
        let t = tallies.get(k.id);
        if (!t) {
          t = { row: { ...k, mentions: 0, articles: 0 }, surfaces: new Map(), articleIds: new Map(), months: new Map(), with: new Map() };
          tallies.set(k.id, t);
        }
        t.row.mentions++;
        t.surfaces.set(m.text, (t.surfaces.get(m.text) ?? 0) + 1);
        t.articleIds.set(a.id, (t.articleIds.get(a.id) ?? 0) + 1);
        if (!here.has(k.id)) t.months.set(month, (t.months.get(month) ?? 0) + 1);
        here.add(k.id);
      }
      for (const id of here) {
        const t = tallies.get(id)!;
        t.row.articles++;
        for (const other of here) if (other !== id) t.with.set(other, (t.with.get(other) ?? 0) + 1);
      }
    }
  }
  for (const t of tallies.values()) {
    if (!t.row.linked) t.row.name = [...t.surfaces.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  }
  return { tallies, articles };
}

const byCount = (a: EntityRow, b: EntityRow): number => b.articles - a.articles || b.mentions - a.mentions || a.id.localeCompare(b.id);

/** The entities of the stored articles, most mentioned first (by articles, then mentions). */
export async function listEntities(store: Store, options: EntityFilter & { limit?: number; offset?: number } = {}): Promise<{ entities: EntityRow[]; total: number; articles: number }> {
  if (options.type && !['PER', 'LOC', 'ORG', 'MISC'].includes(options.type)) throw new AppError('E_USAGE', `--type: one of PER, LOC, ORG, MISC (not "${options.type}")`);
  const { tallies, articles } = await tally(store, options);
  const rows = [...tallies.values()].map((t) => t.row).sort(byCount);
  const offset = options.offset ?? 0;
  return { entities: rows.slice(offset, offset + (options.limit ?? 20)), total: rows.length, articles };
}

export interface EntityDetail {
  entity: EntityRow;
  /** The surfaces it was written as, most frequent first. */
  surfaces: { text: string; count: number }[];
  articles: { id: string; title?: string; publishedAt?: string; mentions: number }[];
  cooccurring: (EntityRow & { together: number })[];
  /** Articles mentioning it by month (`YYYY-MM`, or `undated`). */
  months: Record<string, number>;
}

/** One entity by id (`per:xi-jinping`, `PER~nguyen thanh son`) or by a name it was written as. */
export async function getEntity(store: Store, nameOrId: string, options: { limit?: number } = {}): Promise<EntityDetail> {
  if (!nameOrId.trim()) throw new AppError('E_USAGE', 'give an entity id or name');
  const { tallies } = await tally(store, {});
  const folded = fold(nameOrId).trim();
  const t = tallies.get(nameOrId) ??
    [...tallies.values()].filter((x) => fold(x.row.name) === folded || [...x.surfaces.keys()].some((s) => fold(s) === folded)).sort((a, b) => byCount(a.row, b.row))[0];
  if (!t) throw new AppError('E_NOT_FOUND', `no entity ${JSON.stringify(nameOrId)} in the stored articles`);
  const limit = options.limit ?? 20;
  const ids = [...t.articleIds.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  const stored = new Map((await store.getArticles(ids.map(([id]) => id))).map((a) => [a.id, a]));
  return {
    entity: t.row,
    surfaces: [...t.surfaces.entries()].sort((a, b) => b[1] - a[1]).map(([text, count]) => ({ text, count })),
    articles: ids.map(([id, mentions]) => ({ id, title: stored.get(id)?.meta.title, publishedAt: stored.get(id)?.meta.publishedAt, mentions })),
    cooccurring: [...t.with.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([id, together]) => ({ ...tallies.get(id)!.row, together })),
    months: Object.fromEntries([...t.months.entries()].sort((a, b) => a[0].localeCompare(b[0]))),
  };
}
