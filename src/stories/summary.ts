/**
 * What a story shows: its headline (the member title closest to its centroid), its summary
 * (members, times, main entities), and the archive entry that stays when it leaves memory.
 */
import { actors, mainEntities } from './actors.js';
import { articleVector } from './centroid.js';
import type { DocumentFrequencies } from './idf.js';
import { shownName } from './linked.js';
import type { ClusterParams } from './params.js';
import { iso } from './time.js';
import type { ArchivedStory, Story, StorySummary } from './types.js';

/** The member title whose title vector is closest to the centroid (ties: the earliest member). */
export function headline(s: Story, df: DocumentFrequencies): { id: string; title: string } {
  let best = s.members[0]!;
  let bestCos = -1;
  for (const m of s.members) {
    if (m.title.trim() === '') continue;
    const c = s.centroid.cosine(articleVector(m.titleTerms, df, 1000), df);
    if (c > bestCos) {
      bestCos = c;
      best = m;
    }
  }
  return { id: best.id, title: best.title };
}

/** A story in memory as shown, without its related stories. */
export function summaryOf(s: Story, h: { id: string; title: string }, df: DocumentFrequencies, params: ClusterParams): Omit<StorySummary, 'related'> {
  return {
    id: s.id,
    headline: h.title,
    headlineId: h.id,
    articles: s.members.map((m) => ({
      id: m.id,
      title: m.title,
      ...(m.copyOf ? { copyOf: m.copyOf } : {}),
      ...(m.time !== undefined ? { publishedAt: iso(m.time)! } : {}),
    })),
    ...(s.first !== undefined ? { first: iso(s.first)! } : {}),
    ...(s.last !== undefined ? { last: iso(s.last)! } : {}),
    entities: mainEntities(s, df, params.mainEntities).map((e) => shownName(s.entityNames.get(e) ?? String(e))),
    open: !s.closed,
  };
}

/** What is kept of a story closing and leaving memory. */
export function archiveEntry(s: Story, df: DocumentFrequencies, params: ClusterParams): ArchivedStory {
  const { id, headline: title, headlineId, articles, entities } = summaryOf(s, headline(s, df), df, params);
  const main = actors(s, df, params.mainEntities);
  return {
    id,
    headline: title,
    headlineId,
    articles,
    ...(s.first !== undefined ? { first: s.first } : {}),
    ...(s.last !== undefined ? { last: s.last } : {}),
    main: main.map((a) => a.hash),
    actorNames: main.map((a) => a.name),
    mainNames: entities,
  };
}

/** An archived story as shown (no related list). */
export function archivedSummary(a: ArchivedStory): StorySummary {
  return {
    id: a.id,
    headline: a.headline,
    headlineId: a.headlineId,
    articles: a.articles,
    ...(a.first !== undefined ? { first: iso(a.first)! } : {}),
    ...(a.last !== undefined ? { last: iso(a.last)! } : {}),
    entities: a.mainNames,
    related: [],
    open: false,
  };
}
