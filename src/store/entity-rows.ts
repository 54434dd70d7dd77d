/**
 * Entity reads as both stores answer them: each store runs its own fixed SQL for each read
 * (`EntityReads`: sqlite/entities.ts, postgres/entities.ts) and the rows are put together here, the
 * same way for both, so that SQLite and PostgreSQL cannot drift apart in what they return.
 */
import type { EntityCount, EntityPage, EntityQuery, StoredEntityDetail } from './entity-types.js';

type Row = Record<string, unknown>;

/** The reads a store runs, each one query. Counts are over the articles that are not exact copies. */
export interface EntityReads {
  /** A page of `{ id, type, name, en, linked, mentions, articles }`, most articles, then mentions, then id. */
  page(q: EntityQuery): Promise<Row[]>;
  /** `{ entities, articles }`: the entities counted (with the type filter) and the articles with a mention (without it). */
  totals(q: EntityQuery): Promise<Row>;
  /** The same columns as `page`, for these ids (any order; an entity no article names left out). */
  counts(ids: string[]): Promise<Row[]>;
  /** `{ entity_id, text }`: each entity's forms, most written first (ties by text). */
  names(ids: string[]): Promise<Row[]>;
  /** `{ text, count }`, most first, ties by text. */
  aliases(id: string): Promise<Row[]>;
  /** `{ id, title, published_at, mentions }`, most mentions first, ties by ingest order. */
  articles(id: string, limit: number): Promise<Row[]>;
  /** `{ month, articles }` by month (`undated` for an undated article), in that order. */
  months(id: string): Promise<Row[]>;
  /** `{ entity_id, together }`, most articles together first, ties by id. */
  cooccurring(id: string, limit: number): Promise<Row[]>;
  /** `{ id, headline, headline_id, articles }`, most of its articles first, then newest, then id. */
  stories(id: string, limit: number): Promise<Row[]>;
}

function countOf(r: Row, names: Map<string, string>): EntityCount {
  const linked = r.linked === true || r.linked === 1;
  return {
    id: r.id as string,
    type: r.type as string,
    name: (linked ? undefined : names.get(r.id as string)) ?? (r.name as string),
    ...(r.en !== null && r.en !== undefined ? { en: r.en as string } : {}),
    linked,
    mentions: r.mentions as number,
    articles: r.articles as number,
  };
}

/** Each unlinked entity's form written most (the first row per entity). */
async function shownNames(reads: EntityReads, rows: Row[]): Promise<Map<string, string>> {
  const unlinked = rows.filter((r) => !(r.linked === true || r.linked === 1)).map((r) => r.id as string);
  const names = new Map<string, string>();
  if (unlinked.length === 0) return names;
  for (const r of await reads.names(unlinked)) if (!names.has(r.entity_id as string)) names.set(r.entity_id as string, r.text as string);
  return names;
}

export async function entityPage(reads: EntityReads, q: EntityQuery): Promise<EntityPage> {
  const [rows, totals] = [await reads.page(q), await reads.totals(q)];
  const names = await shownNames(reads, rows);
  return { entities: rows.map((r) => countOf(r, names)), total: totals.entities as number, articles: totals.articles as number };
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function entityDetail(reads: EntityReads, id: string, limit: number): Promise<StoredEntityDetail | undefined> {
  const self = await reads.counts([id]);
  if (self.length === 0) return undefined;
  const together = await reads.cooccurring(id, limit);
  const others = new Map((await reads.counts(together.map((r) => r.entity_id as string))).map((r) => [r.id as string, r]));
  const names = await shownNames(reads, [...self, ...others.values()]);
  const stories = await reads.stories(id, limit);
  return {
    entity: countOf(self[0]!, names),
    aliases: (await reads.aliases(id)).map((r) => ({ text: r.text as string, count: r.count as number })),
    articles: (await reads.articles(id, limit)).map((r) => ({
      id: r.id as string,
      ...(r.title !== null ? { title: r.title as string } : {}),
      ...(r.published_at !== null ? { publishedAt: r.published_at as string } : {}),
      mentions: r.mentions as number,
    })),
    cooccurring: together
      .filter((r) => others.has(r.entity_id as string))
      .map((r) => ({ ...countOf(others.get(r.entity_id as string)!, names), together: r.together as number }))
      .sort((a, b) => b.together - a.together || byId(a.id, b.id)),
    months: (await reads.months(id)).map((r) => ({ month: r.month as string, articles: r.articles as number })),
    stories: stories.map((r) => ({
      id: r.id as string, headline: r.headline as string, ...(r.headline_id !== null ? { headlineId: r.headline_id as string } : {}), articles: r.articles as number,
    })),
  };
}
