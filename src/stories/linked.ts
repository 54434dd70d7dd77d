/**
 * Named entities as the clusterer keeps them (`ClusterInput.entities`, from the `entities` stage):
 * counted per story beside the capitalised phrases, in the same maps (`Story.entityCounts`,
 * `entityNames`), under their own hashes, and named with a mark that no folded phrase carries
 * (`@PER\tper:xi-jinping\tTập Cận Bình`). A story that holds any of them takes its main entities,
 * actors and related stories from them (`actors.ts`); one that holds none (articles placed without
 * entities, states saved before them) keeps the phrases. The saved state's format is unchanged.
 */
import { hashString } from './hash.js';
import type { ClusterEntity } from './types.js';

const MARK = '@';

/** An entity's hash in a story's entity counts (never a phrase's: those hash `'e' + phrase`). */
export function linkedHash(id: string): number {
  return hashString('i' + id) | 0;
}

/** The name kept for an entity in `Story.entityNames` (a generic entity's type marked `TYPE*`). */
export function linkedName(e: Pick<ClusterEntity, 'type' | 'id' | 'name' | 'generic'>): string {
  return `${MARK}${e.type}${e.generic ? '*' : ''}\t${e.id}\t${e.name}`;
}

export interface LinkedName {
  type: string;
  id: string;
  name: string;
  generic: boolean;
}

/** The entity a kept name stands for; undefined for a phrase. */
export function parseLinked(kept: string): LinkedName | undefined {
  if (kept.charCodeAt(0) !== 0x40) return undefined;
  const a = kept.indexOf('\t');
  const b = kept.indexOf('\t', a + 1);
  if (a < 0 || b < 0) return undefined;
  const generic = kept.charCodeAt(a - 1) === 0x2a;
  return { type: kept.slice(1, generic ? a - 1 : a), id: kept.slice(a + 1, b), name: kept.slice(b + 1), generic };
}

/** True when a kept name is an entity's (not a phrase's). */
export function isLinked(kept: string | undefined): boolean {
  return kept !== undefined && kept.charCodeAt(0) === 0x40;
}

/** The name shown for a kept name: an entity's name, or the phrase. */
export function shownName(kept: string): string {
  return parseLinked(kept)?.name ?? kept;
}

/**
 * An article's entities as counts (title mentions weighted `titleWeight`, as title terms are) and
 * their kept names, added to `counts` and `names`.
 */
export function addLinked(entities: readonly ClusterEntity[], titleWeight: number, counts: Map<number, number>, names: Map<number, string>): void {
  for (const e of entities) {
    const n = e.count + titleWeight * (e.title ?? 0);
    if (!(n > 0)) continue;
    const h = linkedHash(e.id);
    counts.set(h, (counts.get(h) ?? 0) + n);
    if (!names.has(h)) names.set(h, linkedName(e));
  }
}
