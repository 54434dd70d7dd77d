/**
 * What a reader browses besides search and stories: a page of articles in ingest order, the
 * outlets over time, the leads of articles. These read ids in
 * batches and what results show of them (`searchHits`); the store has no listing query of its own
 * yet, so a page far down a large archive costs a scan of ids (cheap: no article is loaded).
 */
import { displayTitle } from '../doc/news-doc.js';
import { outletKey } from '../search/fields.js';
import type { SearchHit, Store } from '../store/store.js';
import { AppError } from './errors.js';

export interface ArticleRow {
  id: string;
  title?: string;
  headline: string;
  source?: string;
  publishedAt?: string;
  copyOf?: string;
  copies?: number;
}

export interface ArticlePage {
  articles: ArticleRow[];
  /** Articles matching the filter (all articles when none). */
  total: number;
  /** Where the next page starts (a position in ingest order), when there is one. */
  next?: number;
}

/** A stored hit as a list shows it: its headline (an untitled one: the start of its text), outlet, date, copies. */
export function articleRow(h: SearchHit): ArticleRow {
  return {
    id: h.id,
    ...(h.title ? { title: h.title } : {}),
    headline: displayTitle({ meta: h.title ? { title: h.title } : {}, text: h.text }),
    ...(h.source ? { source: h.source } : {}),
    ...(h.publishedAt ? { publishedAt: h.publishedAt } : {}),
    ...(h.copyOf ? { copyOf: h.copyOf } : {}),
    ...(h.copies ? { copies: h.copies } : {}),
  };
}

/**
 * Articles in ingest order from position `start`, `limit` of them; `source` keeps those of one
 * outlet (compared without case or marks, as search does).
 */
export async function listArticles(store: Store, options: { start?: number; limit?: number; source?: string } = {}): Promise<ArticlePage> {
  const start = options.start ?? 0;
  const limit = options.limit ?? 20;
  if (!Number.isInteger(start) || start < 0) throw new AppError('E_BAD_REQUEST', `bad start position ${start}`);
  if (!options.source) {
    const total = await store.count();
    const ids: string[] = [];
    let seen = 0;
    for await (const batch of store.articleIds({ batchSize: 1000 })) {
      for (const id of batch) {
        if (seen >= start && ids.length < limit) ids.push(id);
        seen++;
      }
      if (ids.length >= limit) break;
    }
    const articles = (await store.searchHits(ids)).map(articleRow);
    return { articles, total, ...(start + ids.length < total ? { next: start + ids.length } : {}) };
  }
  // an outlet: every article's outlet is read (positions count the matching articles only)
  const want = outletKey(options.source);
  const articles: ArticleRow[] = [];
  let total = 0;
  for await (const batch of store.articleIds({ batchSize: 500 })) {
    for (const h of await store.searchHits(batch)) {
      if (!h.source || outletKey(h.source) !== want) continue;
      if (total >= start && articles.length < limit) articles.push(articleRow(h));
      total++;
    }
  }
  return { articles, total, ...(start + articles.length < total ? { next: start + articles.length } : {}) };
}

export interface OutletsOverview {
  /** Every outlet (`(unknown)` for articles without one), most articles first. */
  outlets: { source: string; count: number; byYear: Record<string, number> }[];
  /** The years with dated articles, oldest first. */
  years: string[];
}

/** Every outlet with its articles counted by year of publication (a scan of every article's outlet and date). */
export async function outletsOverview(store: Store): Promise<OutletsOverview> {
  const outlets = new Map<string, { count: number; byYear: Record<string, number> }>();
  const years = new Set<string>();
  for await (const batch of store.articleIds({ batchSize: 500 })) {
    for (const h of await store.searchHits(batch)) {
      const source = h.source ?? '(unknown)';
      const o = outlets.get(source) ?? { count: 0, byYear: {} };
      o.count++;
      const year = h.publishedAt?.slice(0, 4);
      if (year) {
        o.byYear[year] = (o.byYear[year] ?? 0) + 1;
        years.add(year);
      }
      outlets.set(source, o);
    }
  }
  return {
    outlets: [...outlets].map(([source, o]) => ({ source, ...o })).sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)),
    years: [...years].sort(),
  };
}

/** How many articles the store holds (the health check's one read). */
export async function countArticles(store: Store): Promise<number> {
  return store.count();
}

/**
 * The lead of each article (its lead block, else its first paragraph), cut to `maxSyllables`, in
 * one read: what the list of stories shows under a headline until summaries exist.
 */
export async function leadsOf(store: Store, ids: string[], maxSyllables = 45): Promise<Map<string, string>> {
  const leads = new Map<string, string>();
  for (const a of await store.getArticles([...new Set(ids)])) {
    const blocks = a.doc.blocks ?? [];
    const b = blocks.find((x) => x.kind === 'lead') ?? blocks.find((x) => x.kind === 'body');
    if (!b) continue;
    const words = a.text.slice(b.start, b.end).split(/\s+/).filter(Boolean);
    leads.set(a.id, words.length > maxSyllables ? `${words.slice(0, maxSyllables).join(' ')} …` : words.join(' '));
  }
  return leads;
}
