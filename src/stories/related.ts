/**
 * Related stories: stories in memory or in the archive that share at least `relatedMinShared`
 * different actors (see `actors.ts`), most shared first.
 */
import { distinctNames } from './actors.js';
import type { ArchivedStory, StorySummary } from './types.js';

/**
 * Fills in `related` of each summary, given the actors of each (same order) and the archive:
 * a story is related to the stories, open or archived, whose actors it shares.
 */
export function relateStories(
  summaries: StorySummary[],
  actorsOf: readonly { hash: number; name: string }[][],
  archive: Iterable<ArchivedStory>,
  minShared: number,
): void {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const related = relatedOf(byId.keys(), summaries.map((s, i) => [s.id, actorsOf[i]!]), archive, minShared, (id) => byId.get(id)!.headline);
  for (const s of summaries) s.related = related.get(s.id)!;
}

/**
 * The related stories of each of `targets`, among the stories in memory (`stories`: id and actors,
 * oldest first) and the archive; the headlines of the stories in memory are asked for only when
 * one is related to a target.
 */
export function relatedOf(
  targets: Iterable<string>,
  stories: readonly (readonly [string, readonly { hash: number; name: string }[]])[],
  archive: Iterable<ArchivedStory>,
  minShared: number,
  headlineOf: (id: string) => string,
): Map<string, StorySummary['related']> {
  const mains = new Map<string, number[]>();
  const names = new Map<number, string>();
  const byEntity = new Map<number, string[]>();
  const archived = new Map<string, string>();
  const put = (id: string, main: number[]): void => {
    mains.set(id, main);
    for (const e of main) {
      let l = byEntity.get(e);
      if (!l) byEntity.set(e, (l = []));
      l.push(id);
    }
  };
  for (const a of archive) {
    a.main.forEach((h, i) => names.set(h, (a.actorNames ?? a.mainNames)[i]!));
    put(a.id, a.main);
    archived.set(a.id, a.headline);
  }
  const inMemory = new Set<string>();
  for (const [id, actors] of stories) {
    for (const a of actors) names.set(a.hash, a.name);
    put(id, actors.map((a) => a.hash));
    inMemory.add(id);
  }
  const headline = (id: string): string => (inMemory.has(id) ? headlineOf(id) : archived.get(id) ?? '');
  return new Map([...targets].map((id) => [id, relatedFrom(id, mains, byEntity, headline, names, minShared)]));
}

function relatedFrom(
  id: string,
  mains: Map<string, number[]>,
  byEntity: Map<number, string[]>,
  headline: (id: string) => string,
  names: Map<number, string>,
  minShared: number,
): StorySummary['related'] {
  const mine = mains.get(id) ?? [];
  const shared = new Map<string, number[]>();
  for (const e of mine) {
    for (const other of byEntity.get(e) ?? []) {
      if (other === id) continue;
      let l = shared.get(other);
      if (!l) shared.set(other, (l = []));
      l.push(e);
    }
  }
  return [...shared.entries()]
    .map(([story, es]) => ({ story, shared: es.map((e) => names.get(e) ?? String(e)) }))
    .map((r) => ({ ...r, distinct: distinctNames(r.shared) }))
    .filter((r) => r.distinct >= minShared)
    .sort((a, b) => b.distinct - a.distinct || b.shared.length - a.shared.length || (a.story < b.story ? -1 : 1))
    .map(({ story, shared: names }) => ({ story, headline: headline(story), shared: names }));
}
