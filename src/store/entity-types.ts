/**
 * The Store contract's types for entities: the rows written with an article (`ArticleInput.entities`,
 * computed by src/app/entity-rows.ts from the `entities` stage's mentions) and what the entity reads
 * give back. Re-exported by store.ts.
 *
 * Two kinds of rows: `entities` (one per entity: its id, type, name, English name, whether the
 * knowledge base knows it) and `entity_aliases` (per article, each form an entity was written in,
 * with its count: an entity's mentions in the article are the sum of its forms' counts). Aliases are
 * written, replaced and deleted with their article; an entity row stays once written (its id is
 * stable: the KB id, or `TYPE~folded name` for a name the KB does not know). A mention's offsets are
 * no row: the stored document keeps them (`NewsDoc.entities`, packed: src/doc/entity-codec.ts).
 */

/** An entity as a write names it. */
export interface EntityInput {
  /** The KB id (`per:xi-jinping`), or `TYPE~folded name` (`PER~nguyen thanh son`). */
  id: string;
  /** PER, LOC, ORG or MISC (a ROLE mention counts for its holder, a PER). */
  type: string;
  /** The KB's name, or the name as written. */
  name: string;
  en?: string;
  linked: boolean;
  /** The name folded (`nameKey`), for look-up by name. */
  key: string;
}

/** A form an entity was written in within one article, and how often (its mentions so written). */
export interface AliasInput {
  entity: string;
  text: string;
  /** The form folded (`nameKey`), for look-up by name. */
  key: string;
  count: number;
}

/** An article's entity rows: each entity once, and each form of each with its count (none: the article names no entity). */
export interface ArticleEntities {
  entities: EntityInput[];
  aliases: AliasInput[];
}

/**
 * The entities most mentioned: counted over the articles that are not exact copies, by articles
 * then mentions (ties by id, byte order); `from` / `to` bound the publication day as written
 * (`YYYY-MM-DD`, inclusive; an undated article is then left out).
 */
export interface EntityQuery {
  type?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** An entity with its counts; `name` for an entity the KB does not know is its form written most (ties by text). */
export interface EntityCount {
  id: string;
  type: string;
  name: string;
  en?: string;
  linked: boolean;
  mentions: number;
  articles: number;
}

export interface EntityPage {
  entities: EntityCount[];
  /** Entities counted, before limit and offset. */
  total: number;
  /** Articles with a mention in the bounds (of any type). */
  articles: number;
}

/** One entity with what is known of it, over the articles that are not exact copies. */
export interface StoredEntityDetail {
  entity: EntityCount;
  /** The forms it was written in, most first (ties by text). */
  aliases: { text: string; count: number }[];
  /** The articles naming it most (ties by ingest order), `limit` of them. */
  articles: { id: string; title?: string; publishedAt?: string; mentions: number }[];
  /** Entities named in the same articles, most articles together first (ties by id), `limit` of them. */
  cooccurring: (EntityCount & { together: number })[];
  /** Articles naming it by month (`YYYY-MM` of the publication day as written, or `undated`), in that order. */
  months: { month: string; articles: number }[];
  /** The stories its articles are in, most of its articles first (then newest, then id), `limit` of them; headlines as saved. */
  stories: { id: string; headline: string; headlineId?: string; articles: number }[];
}

/** The articles naming an entity, newest first (undated last, then latest ingested); copies left out unless asked. */
export interface EntityArticlesQuery {
  entity: string;
  /** Inclusive bounds on the publication time, epoch ms, as search's (`CandidateQuery`). */
  fromMs?: number;
  toMs?: number;
  /** `outletKey` of the outlet. */
  outlet?: string;
  includeCopies?: boolean;
  limit: number;
  offset: number;
}
