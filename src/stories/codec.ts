/**
 * The clusterer's state as plain JSON and back (`StoryClusterer.toJSON`/`fromJSON`): stories,
 * archive, articles not settled yet and the evidence kept for splitting; vectors as base64.
 */
import { articleVector, Centroid, type ArticleVector, type CentroidJSON } from './centroid.js';
import type { DuplicateIndex } from './dedup.js';
import type { DocumentFrequencies } from './idf.js';
import type { ClusterParams } from './params.js';
import type { StoryPool } from './pool.js';
import type { ArchivedStory, ClustererParts, Member, Placed, Story } from './types.js';

/** An article's evidence (`Placed` without id and time). */
interface PlacedJSON {
  vec: VectorJSON;
  evec: VectorJSON;
  tvec: VectorJSON;
  keys: number[];
  entities: [number, number][];
}

/** A pending article; its evidence is in its member's when that member keeps it (`splitDays`). */
interface PendingJSON extends Partial<PlacedJSON> {
  id: string;
  time?: number;
  due?: number;
  story: string;
}

/**
 * An article vector: base64 of its tf, idf (float64) and terms (int32), 20 bytes a term, about half
 * the size of decimal numbers and exact; states saved before this hold `[terms, tf, idf]`.
 */
type VectorJSON = string | [number[], number[], number[]];

interface MemberJSON {
  id: string;
  title: string;
  titleTerms: [number, number][];
  copyOf?: string;
  time?: number;
  placed?: PlacedJSON;
  keepUntil?: number;
}

interface StoryJSON {
  id: string;
  seq: number;
  first?: number;
  last?: number;
  centroid: CentroidJSON;
  entityCentroid: CentroidJSON;
  /** Missing in states saved before headline similarity: rebuilt from the members' titles. */
  titleCentroid?: CentroidJSON;
  entityCounts: [number, number][];
  entityNames: [number, string][];
  keys: number[];
  members: MemberJSON[];
  closed: boolean;
}

/** The serialised state of a `StoryClusterer` (plain JSON). */
export interface ClustererJSON {
  version: 1;
  params: ClusterParams;
  keepClosed: boolean;
  clock?: number;
  lastSweep?: number;
  seq: number;
  df: ReturnType<DocumentFrequencies['toJSON']>;
  dedup: ReturnType<DuplicateIndex['toJSON']>;
  open: StoryJSON[];
  closedKept: StoryJSON[];
  archive: ArchivedStory[];
  /** Articles not settled yet (missing in states saved before settling existed). */
  pending?: PendingJSON[];
  /** Ids of the members keeping their evidence, in the order it is dropped (missing before splitting existed). */
  evidence?: string[];
}

/** The pool's parameters, clock and story counter (saved as JSON, and with the rows). */
export function poolScalars(pool: StoryPool): Pick<ClustererJSON, 'params' | 'keepClosed' | 'clock' | 'lastSweep' | 'seq'> {
  return {
    params: pool.params,
    keepClosed: pool.keepClosed,
    ...(pool.clock !== undefined ? { clock: pool.clock } : {}),
    ...(pool.lastSweep !== undefined ? { lastSweep: pool.lastSweep } : {}),
    seq: pool.seq,
  };
}

/** The whole state of a clusterer's parts. */
export function encodeState({ pool, settler, splitter }: ClustererParts): ClustererJSON {
  return {
    version: 1,
    ...poolScalars(pool),
    df: pool.df.toJSON(),
    dedup: pool.dedup.toJSON(),
    open: [...pool.open.values()].map(storyJSON),
    closedKept: [...pool.closedKept.values()].map(storyJSON),
    archive: [...pool.archive.values()],
    pending: [...settler.waiting, ...settler.pending].map((u) => ({
      id: u.id,
      ...(u.time !== undefined ? { time: u.time } : {}),
      ...(u.due !== undefined ? { due: u.due } : {}),
      story: u.story.id,
      ...(u.story.members.some((m) => m.id === u.id && m.placed !== undefined) ? {} : placedJSON(u)),
    })),
    evidence: splitter.evidence.filter((m) => m.placed !== undefined).map((m) => m.id),
  };
}

/**
 * Restores a saved state into fresh parts (whose pool already holds the saved document frequencies
 * and near-duplicate index).
 */
export function restoreState({ pool, settler, splitter }: ClustererParts, json: ClustererJSON): void {
  pool.clock = json.clock;
  pool.lastSweep = json.lastSweep;
  pool.seq = json.seq;
  const story = (j: StoryJSON): Story => {
    const st: Story = {
      id: j.id,
      seq: j.seq,
      ...(j.first !== undefined ? { first: j.first } : {}),
      ...(j.last !== undefined ? { last: j.last } : {}),
      centroid: Centroid.fromJSON(j.centroid),
      entityCentroid: Centroid.fromJSON(j.entityCentroid),
      titleCentroid: j.titleCentroid ? Centroid.fromJSON(j.titleCentroid) : new Centroid(),
      entityCounts: new Map(j.entityCounts),
      entityNames: new Map(j.entityNames),
      keys: new Set(j.keys),
      members: j.members.map(memberOf),
      closed: j.closed,
    };
    if (!j.titleCentroid) {
      const p = pool.params;
      for (const m of st.members) if (m.copyOf === undefined) st.titleCentroid.add(articleVector(m.titleTerms, pool.df, p.maxArticleTerms), pool.df, p.maxCentroidTerms);
    }
    return st;
  };
  pool.restore(json.open.map(story), json.closedKept.map(story), json.archive);
  for (const u of json.pending ?? []) {
    const st = pool.get(u.story);
    if (!st) continue;
    const placed = u.vec && u.evec && u.tvec && u.keys && u.entities ? placedOf(u.id, u.time, u as PlacedJSON) : pool.member(u.id)?.placed;
    if (!placed) continue;
    (u.due === undefined ? settler.waiting : settler.pending).push({ ...placed, ...(u.due !== undefined ? { due: u.due } : {}), story: st });
  }
  for (const id of json.evidence ?? []) {
    const m = pool.member(id);
    if (m?.placed) splitter.evidence.push(m);
  }
}

function storyJSON(st: Story): StoryJSON {
  return {
    id: st.id,
    seq: st.seq,
    ...(st.first !== undefined ? { first: st.first } : {}),
    ...(st.last !== undefined ? { last: st.last } : {}),
    centroid: st.centroid.toJSON(),
    entityCentroid: st.entityCentroid.toJSON(),
    titleCentroid: st.titleCentroid.toJSON(),
    entityCounts: [...st.entityCounts],
    entityNames: [...st.entityNames],
    keys: [...st.keys],
    members: st.members.map((m) => ({
      id: m.id,
      title: m.title,
      titleTerms: [...m.titleTerms],
      ...(m.copyOf !== undefined ? { copyOf: m.copyOf } : {}),
      ...(m.time !== undefined ? { time: m.time } : {}),
      ...(m.placed !== undefined ? { placed: placedJSON(m.placed) } : {}),
      ...(m.keepUntil !== undefined ? { keepUntil: m.keepUntil } : {}),
    })),
    closed: st.closed,
  };
}

function memberOf(m: MemberJSON): Member {
  return {
    id: m.id,
    title: m.title,
    titleTerms: new Map(m.titleTerms),
    ...(m.copyOf !== undefined ? { copyOf: m.copyOf } : {}),
    ...(m.time !== undefined ? { time: m.time } : {}),
    ...(m.placed !== undefined ? { placed: placedOf(m.id, m.time, m.placed) } : {}),
    ...(m.keepUntil !== undefined ? { keepUntil: m.keepUntil } : {}),
  };
}

function placedJSON(a: Placed): PlacedJSON {
  return { vec: vectorJSON(a.vec), evec: vectorJSON(a.evec), tvec: vectorJSON(a.tvec), keys: a.keys, entities: [...a.entities] };
}

function placedOf(id: string, time: number | undefined, j: PlacedJSON): Placed {
  return { id, ...(time !== undefined ? { time } : {}), vec: vectorOf(j.vec), evec: vectorOf(j.evec), tvec: vectorOf(j.tvec), keys: j.keys, entities: new Map(j.entities) };
}

function vectorJSON(v: ArticleVector): VectorJSON {
  const n = v.terms.length;
  const buffer = new ArrayBuffer(20 * n);
  new Float64Array(buffer, 0, n).set(v.tf);
  new Float64Array(buffer, 8 * n, n).set(v.idf);
  new Int32Array(buffer, 16 * n, n).set(v.terms);
  return Buffer.from(buffer).toString('base64');
}

function vectorOf(j: VectorJSON): ArticleVector {
  if (typeof j !== 'string') return { terms: Int32Array.from(j[0]), tf: Float64Array.from(j[1]), idf: Float64Array.from(j[2]) };
  const bytes = Buffer.from(j, 'base64');
  const n = bytes.length / 20;
  // copied out: a Buffer's offset in its pool need not be aligned for float64 views
  const copy = new Uint8Array(bytes).buffer;
  return { tf: new Float64Array(copy, 0, n), idf: new Float64Array(copy, 8 * n, n), terms: new Int32Array(copy, 16 * n, n) };
}
