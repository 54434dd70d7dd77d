/**
 * Who a story is about: its main entities (shown), and its actors (to relate stories), which leave
 * out places, currencies and the generic abbreviations of news text.
 */
import { fold } from '../text/fold.js';
import { hashString } from './hash.js';
import { COUNTRIES_AND_REGIONS, GENERIC_ABBREVIATIONS, VIETNAMESE_PLACES } from '../text/lexicon/places.js';
import type { DocumentFrequencies } from './idf.js';
import { isLinked, parseLinked, type LinkedName } from './linked.js';
import type { Story } from './types.js';

/** Folded names that are no story's actors (places, currencies, generic abbreviations): not used to relate stories. */
const NOT_ACTORS = new Set(
  [...COUNTRIES_AND_REGIONS, ...VIETNAMESE_PLACES, ...GENERIC_ABBREVIATIONS].map((n) => fold(n).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()),
);
/** Every run of two or more words inside a listed place name (`tay ban` of `tay ban nha`). */
const NOT_ACTOR_WINDOWS = new Set<string>();
for (const n of NOT_ACTORS) {
  const w = n.split(' ');
  for (let i = 0; i < w.length; i++) for (let j = i + 2; j <= w.length; j++) if (j - i < w.length) NOT_ACTOR_WINDOWS.add(w.slice(i, j).join(' '));
}

/** Share of a window's mentions inside a longer phrase past which the longer phrase stands for it (see `mainEntities`). */
const SUBSUMED = 0.6;

/**
 * An entity phrase as an actor: '' for a place (or part of one), else the phrase with places before
 * and after it taken off. A one-syllable place (`Mỹ`, `Anh`, `Đức`, also given names: `Mỹ Tâm`) is
 * taken off only when two syllables or more remain (`my barack obama` → `barack obama`).
 */
function actorCore(name: string): string {
  let core = actorCores.get(name);
  if (core === undefined) {
    if (actorCores.size >= 100_000) actorCores.clear();
    actorCores.set(name, (core = stripPlaces(name)));
  }
  return core;
}
/** `actorCore` results (a memo of a pure function: names recur across stories; the cache is bounded). */
const actorCores = new Map<string, string>();

function stripPlaces(name: string): string {
  if (NOT_ACTORS.has(name) || NOT_ACTOR_WINDOWS.has(name)) return '';
  let w = name.split(' ');
  for (let changed = true; changed && w.length > 0; ) {
    changed = false;
    for (let k = Math.min(3, w.length); k >= 1; k--) {
      if (k === 1 && w.length < 3) break;
      if (NOT_ACTORS.has(w.slice(0, k).join(' '))) {
        w = w.slice(k);
        changed = true;
        break;
      }
      if (NOT_ACTORS.has(w.slice(w.length - k).join(' '))) {
        w = w.slice(0, w.length - k);
        changed = true;
        break;
      }
    }
  }
  return w.join(' ');
}

/** True when a story counts named entities (`linked.ts`): they then stand for its phrases. */
export function hasLinked(s: Story): boolean {
  for (const h of s.entityCounts.keys()) if (isLinked(s.entityNames.get(h))) return true;
  return false;
}

/** A story's named entities with count × IDF, highest first (ties by hash); `keep` filters. */
function rankedLinked(s: Story, df: DocumentFrequencies, keep: (e: LinkedName) => boolean): [number, number, LinkedName][] {
  const scored: [number, number, LinkedName][] = [];
  for (const [h, n] of s.entityCounts) {
    const e = parseLinked(s.entityNames.get(h) ?? '');
    if (e && keep(e)) scored.push([h, n * df.idf(h), e]);
  }
  return scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** Main entities from named entities: any type, the `limit` most weighty. */
function linkedMain(s: Story, df: DocumentFrequencies, limit: number): number[] {
  return rankedLinked(s, df, () => true).slice(0, limit).map(([h]) => h);
}

/**
 * Actors from named entities: people and organisations (places, entities flagged generic such as
 * news agencies and parliaments, and the generic names of news text such as `UBND`, `Bộ`, are no
 * story's actors), the `limit` most weighty; keyed by entity id.
 */
function linkedActors(s: Story, df: DocumentFrequencies, limit: number): { hash: number; name: string }[] {
  const actor = (e: LinkedName): boolean => (e.type === 'PER' || e.type === 'ORG') && !e.generic && !NOT_ACTORS.has(fold(e.name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  return rankedLinked(s, df, actor).slice(0, limit).map(([, , e]) => ({ hash: hashString('a' + e.id) | 0, name: e.name }));
}

/**
 * Main actors: the entity phrases mentioned most, weighted by IDF (ties by hash), one phrase per
 * name: entity phrases are 2–3-syllable windows, so `kim jong un` also yields `kim jong` and
 * `jong un`. A window mostly mentioned inside a longer phrase (at least `SUBSUMED` of its
 * mentions) gives way to it; a longer phrase mentioned much less than a window inside it (`Venezuela
 * Nicolas Maduro` against `Nicolas Maduro`) is two names run together and gives way to the window.
 * At most `limit` (`mainEntities`).
 */
export function mainEntities(s: Story, df: DocumentFrequencies, limit: number): number[] {
  if (hasLinked(s)) return linkedMain(s, df, limit);
  const scored: [number, number][] = [];
  for (const [h, n] of s.entityCounts) if (!isLinked(s.entityNames.get(h))) scored.push([h, n * df.idf(h)]);
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const pool = scored.slice(0, limit * 4);
  const name = (h: number): string => ` ${s.entityNames.get(h) ?? ''} `;
  const count = (h: number): number => s.entityCounts.get(h) ?? 0;
  const kept: number[] = [];
  for (const [h] of pool) {
    const me = name(h);
    let drop = false;
    for (const [o] of pool) {
      if (o === h) continue;
      const other = name(o);
      if (other.length > me.length && other.includes(me) && count(o) >= SUBSUMED * count(h)) drop = true; // a window of a longer name
      else if (me.length > other.length && me.includes(other) && count(h) < SUBSUMED * count(o)) drop = true; // two names run together
      if (drop) break;
    }
    if (!drop) kept.push(h);
    if (kept.length === limit) break;
  }
  return kept;
}

/**
 * The story's actors, to relate stories: its entity phrases without places, currencies and generic
 * abbreviations, a place before or after a name taken off (`my obama` → `obama`), one phrase per
 * name (the longest: `kim jong un`, not `kim jong`); the `limit` most weighty (count × IDF).
 */
export function actors(s: Story, df: DocumentFrequencies, limit: number): { hash: number; name: string }[] {
  if (hasLinked(s)) return linkedActors(s, df, limit);
  const best = new Map<string, number>();
  for (const [h, n] of s.entityCounts) {
    const kept = s.entityNames.get(h) ?? '';
    if (isLinked(kept)) continue;
    const core = actorCore(kept);
    if (core === '') continue;
    const score = n * df.idf(h);
    if ((best.get(core) ?? -1) < score) best.set(core, score);
  }
  const pool = [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit * 4).map(([core]) => core);
  // a phrase inside a longer one of the pool stands for the same name: the longer is kept, in its place
  const longest = (core: string): string => pool.reduce((l, o) => (o.length > l.length && ` ${o} `.includes(` ${l} `) ? o : l), core);
  const kept: string[] = [];
  for (const core of pool) {
    const name = longest(core);
    if (!kept.includes(name)) kept.push(name);
    if (kept.length === limit) break;
  }
  return kept.map((name) => ({ hash: hashString('a' + name) | 0, name }));
}

/**
 * How many different names a list of entity phrases holds: phrases sharing a word are counted once
 * (`venezuela nicolas` and `nicolas maduro`, `bo gd` and `gd dt` are windows of one name).
 */
export function distinctNames(phrases: readonly string[]): number {
  const used = new Set<string>();
  let n = 0;
  for (const p of phrases) {
    const words = p.split(' ');
    if (words.some((w) => used.has(w))) continue;
    for (const w of words) used.add(w);
    n++;
  }
  return n;
}
