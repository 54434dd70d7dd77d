/**
 * Rows as both stores read them back: the same columns (search hits, dated events, stories with
 * their members and related stories) decoded the same way, so that SQLite and PostgreSQL cannot
 * drift apart in what they return.
 */
import type { DatedEvent, FacetCounts, SearchHit, StoredEvent, StoredRelated, StoredStory } from './store.js';

type Row = Record<string, unknown>;

/** Search hits for `ids`, in that order, from rows holding `id`, `title`, `source`, `published_at`, `text`, `copy_of`, `copies`. */
export function hitsFromRows(ids: string[], rows: Row[]): SearchHit[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
      id,
      ...(r.title ? { title: r.title as string } : {}),
      ...(r.source ? { source: r.source as string } : {}),
      ...(r.published_at ? { publishedAt: r.published_at as string } : {}),
      text: r.text as string,
      ...(r.copy_of ? { copyOf: r.copy_of as string } : {}),
      ...((r.copies as number) > 0 ? { copies: r.copies as number } : {}),
    }];
  });
}

/**
 * Facet counts from rows of (`source`, `month`, `n`), one per outlet and month: the total, outlets
 * by count (then name), months newest first.
 */
export function facetCounts(rows: Row[]): FacetCounts {
  const outlets = new Map<string, number>();
  const months = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    const n = Number(r.n);
    total += n;
    if (r.source) outlets.set(r.source as string, (outlets.get(r.source as string) ?? 0) + n);
    if (r.month) months.set(r.month as string, (months.get(r.month as string) ?? 0) + n);
  }
  return {
    total,
    byOutlet: [...outlets].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)),
    byMonth: [...months].map(([month, count]) => ({ month, count })).sort((a, b) => b.month.localeCompare(a.month)),
  };
}

/** A `dated_events` row as an event (its article left out). */
export function eventOf(r: Row): DatedEvent {
  return {
    day: r.day as string,
    value: r.value as string,
    granularity: r.granularity as string,
    start: r.start as number,
    end: r.end as number,
    text: r.text as string,
    sentenceStart: r.sentence_start as number,
    sentenceEnd: r.sentence_end as number,
  };
}

/**
 * Events read with their articles' texts (`id`, `text` rows): each with its sentence sliced from
 * the text (offsets are UTF-16 code units, so the slice is JavaScript's, not SQL's `substr`).
 */
export function storedEvents(events: Row[], texts: Row[]): StoredEvent[] {
  const textOf = new Map<string, string>();
  for (const t of texts) textOf.set(t.id as string, t.text as string);
  return events.map((r) => {
    const e = eventOf(r);
    const id = r.article_id as string;
    return { articleId: id, ...e, sentence: (textOf.get(id) ?? '').slice(e.sentenceStart, e.sentenceEnd) };
  });
}

/**
 * Stories from their rows: `members` (`story_id`, `source`, `copy_of`) and `related` (`story_id`,
 * `related_id`, `shared`, `headline`, `headline_id`, in order) of any of them. `open` is read by the
 * caller's store (an integer in SQLite, a boolean in PostgreSQL).
 */
export function storiesFromRows(stories: Row[], members: Row[], related: Row[], open: (r: Row) => boolean): StoredStory[] {
  const membersOf = groupByStory(members);
  const relatedOf = groupByStory(related);
  return stories.map((r) => {
    const ms = membersOf.get(r.id as string) ?? [];
    const outlets = new Map<string, number>();
    for (const m of ms) if (m.source) outlets.set(m.source as string, (outlets.get(m.source as string) ?? 0) + 1);
    return {
      id: r.id as string,
      headline: r.headline as string,
      ...(r.headline_id ? { headlineId: r.headline_id as string } : {}),
      ...(r.first_at ? { first: r.first_at as string } : {}),
      ...(r.last_at ? { last: r.last_at as string } : {}),
      articleCount: ms.length,
      copies: ms.filter((m) => m.copy_of).length,
      outlets: [...outlets.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o),
      entities: JSON.parse(r.entities as string) as string[],
      related: (relatedOf.get(r.id as string) ?? []).map((x) => relatedRow(x, x.related_id as string)),
      open: open(r),
    };
  });
}

/** Rows by their `story_id`, in their order. */
function groupByStory(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    let l = out.get(r.story_id as string);
    if (!l) out.set(r.story_id as string, (l = []));
    l.push(r);
  }
  return out;
}

/** A related story from a `story_related` row joined with the story it names. */
export function relatedRow(r: Row, story: string): StoredRelated {
  return { story, headline: r.headline as string, ...(r.headline_id ? { headlineId: r.headline_id as string } : {}), shared: JSON.parse(r.shared as string) as string[] };
}
