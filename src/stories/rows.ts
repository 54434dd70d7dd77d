/**
 * The clusterer's state as rows, for a store that writes only what changed (`tracker.ts` finds the
 * changes): the scalars (JSON), a row per story in memory, per archived story, per article whose
 * vectors are held (not settled yet, or kept for splitting), per near-duplicate signature, and
 * per chunk of document frequencies. Payloads are binary (`bytes.ts`), exact; archive entries JSON.
 */
import { ByteReader, ByteWriter } from './bytes.js';
import { Centroid, type ArticleVector } from './centroid.js';
import { DuplicateIndex } from './dedup.js';
import type { DocumentFrequencies } from './idf.js';
import { DfRows } from './idf-rows.js';
import type { ClusterParams } from './params.js';
import type { ArchivedStory, ClustererParts, Member, Pending, Placed, Story } from './types.js';

// The store's interface (src/store/store.ts) declares the same shapes (`ClustererStateRows`,
// `ClustererStateDelta`): the layers keep the store and the stories from importing each other.

/** The tables of the state, each a set of rows. */
export const STATE_PARTS = ['stories', 'archive', 'articles', 'signatures', 'df'] as const;
export type StatePart = (typeof STATE_PARTS)[number];

/** One row: its key (a story or article id, a chunk's number), its place in its part's order, its payload. */
export interface StateRow {
  key: string;
  ord: number;
  data: Uint8Array;
}

/** The whole state as rows (what a store loads). */
export interface ClustererRows {
  scalars: string;
  parts: Record<StatePart, StateRow[]>;
}

/**
 * What changed since the last save: the rows to write and the keys to delete; with `full`, every
 * row of the state is to be deleted first (the first save, or a state migrated from one JSON value).
 */
export interface ClustererDelta {
  full: boolean;
  scalars: string;
  upserts: Record<StatePart, StateRow[]>;
  removed: Record<StatePart, string[]>;
}

/** The scalars: parameters, clock, counters. */
export interface StateScalars {
  version: 2;
  params: ClusterParams;
  keepClosed: boolean;
  clock?: number;
  lastSweep?: number;
  seq: number;
  tick: number;
  docs: number;
  log2Size: number;
}

export function emptyParts<T>(make: () => T): Record<StatePart, T> {
  return Object.fromEntries(STATE_PARTS.map((p) => [p, make()])) as Record<StatePart, T>;
}

/** An article's row: its evidence, and where it is in the lists of articles not settled yet and of evidence kept. */
export interface ArticleState {
  placed: Placed;
  /** Not settled yet: its place in the settler's order, its story, when it is due (none: waiting). */
  pending?: { pos: number; story: string; due?: number };
  /** Kept for splitting: its place in the splitter's order. */
  evidence?: number;
}

export function encodeArticle(a: ArticleState): Uint8Array {
  const w = new ByteWriter().maybe(a.placed.time);
  if (a.pending) w.uint(1).uint(a.pending.pos).str(a.pending.story).maybe(a.pending.due);
  else w.uint(0);
  w.maybe(a.evidence);
  for (const v of [a.placed.vec, a.placed.evec, a.placed.tvec]) w.i32s(v.terms).f64s(v.tf).f64s(v.idf);
  w.i32s(a.placed.keys).i32s([...a.placed.entities.keys()]).f64s([...a.placed.entities.values()]);
  return w.bytes();
}

export function decodeArticle(id: string, data: Uint8Array): ArticleState {
  const r = new ByteReader(data);
  const time = r.maybe();
  const pending = r.uint() === 1 ? { pos: r.uint(), story: r.str(), due: r.maybe() } : undefined;
  const evidence = r.maybe();
  const vector = (): ArticleVector => ({ terms: r.i32s(), tf: r.f64s(), idf: r.f64s() });
  const [vec, evec, tvec] = [vector(), vector(), vector()];
  const keys = [...r.i32s()];
  const ek = r.i32s();
  const ev = r.f64s();
  const placed: Placed = { id, ...(time !== undefined ? { time } : {}), vec, evec, tvec, keys, entities: new Map([...ek].map((k, i) => [k, ev[i]!])) };
  return {
    placed,
    ...(pending ? { pending: { pos: pending.pos, story: pending.story, ...(pending.due !== undefined ? { due: pending.due } : {}) } } : {}),
    ...(evidence !== undefined ? { evidence } : {}),
  };
}

/** A story in memory, without its members' evidence (that is in their articles' rows). */
export function encodeStory(s: Story): Uint8Array {
  const w = new ByteWriter().uint(s.seq).uint(s.closed ? 1 : 0).maybe(s.first).maybe(s.last);
  s.centroid.write(w);
  s.entityCentroid.write(w);
  s.titleCentroid.write(w);
  w.i32s([...s.entityCounts.keys()]).f64s([...s.entityCounts.values()]);
  w.i32s([...s.entityNames.keys()]);
  for (const name of s.entityNames.values()) w.str(name);
  w.i32s([...s.keys]).uint(s.members.length);
  for (const m of s.members) {
    w.str(m.id).str(m.title).i32s([...m.titleTerms.keys()]).f64s([...m.titleTerms.values()]);
    if (m.copyOf !== undefined) w.uint(1).str(m.copyOf);
    else w.uint(0);
    w.maybe(m.time).maybe(m.keepUntil);
  }
  return w.bytes();
}

export function decodeStory(id: string, ord: number, data: Uint8Array): Story {
  const r = new ByteReader(data);
  const seq = r.uint();
  const closed = r.uint() === 1;
  const first = r.maybe();
  const last = r.maybe();
  const [centroid, entityCentroid, titleCentroid] = [Centroid.read(r), Centroid.read(r), Centroid.read(r)];
  const countKeys = r.i32s();
  const counts = r.f64s();
  const nameKeys = r.i32s();
  const entityNames = new Map([...nameKeys].map((k) => [k, r.str()]));
  const keys = new Set(r.i32s());
  const members: Member[] = [];
  for (let n = r.uint(); n > 0; n--) {
    const mid = r.str();
    const title = r.str();
    const tk = r.i32s();
    const tv = r.f64s();
    const copyOf = r.uint() === 1 ? r.str() : undefined;
    const time = r.maybe();
    const keepUntil = r.maybe();
    members.push({
      id: mid,
      title,
      titleTerms: new Map([...tk].map((k, i) => [k, tv[i]!])),
      ...(copyOf !== undefined ? { copyOf } : {}),
      ...(time !== undefined ? { time } : {}),
      ...(keepUntil !== undefined ? { keepUntil } : {}),
    });
  }
  return {
    id,
    seq,
    ...(first !== undefined ? { first } : {}),
    ...(last !== undefined ? { last } : {}),
    centroid,
    entityCentroid,
    titleCentroid,
    entityCounts: new Map([...countKeys].map((k, i) => [k, counts[i]!])),
    entityNames,
    keys,
    members,
    closed,
    ord,
  };
}

export function encodeSignature(root: string, signature: Uint32Array): Uint8Array {
  return new ByteWriter().str(root).i32s(signature).bytes();
}

export function encodeArchived(a: ArchivedStory): Uint8Array {
  return Buffer.from(JSON.stringify(a), 'utf8');
}

const byOrd = (a: StateRow, b: StateRow): number => a.ord - b.ord;

/** What the store holds of the articles' rows, and the places of the pending and evidence entries in their orders. */
export interface SavedArticles {
  rows: Map<string, ArticleState>;
  pending: Map<Pending, number>;
  evidence: Map<Member, number>;
}

/**
 * Fresh parts for a state saved as rows (`fresh` makes them from the scalars' parameters, the
 * document frequencies and the near-duplicate index), restored; also returns what the articles'
 * rows hold, for the tracker (`tracker.ts`) to know what is in the store.
 */
export function restoreRows(
  rows: ClustererRows,
  fresh: (params: ClusterParams, df: DocumentFrequencies, dedup: DuplicateIndex, keepClosed: boolean) => ClustererParts,
): { parts: ClustererParts; saved: SavedArticles; dfRows: DfRows } {
  const sc = JSON.parse(rows.scalars) as StateScalars;
  if (sc.version !== 2) throw new Error(`stories: unknown clusterer state version ${String(sc.version)}`);
  const { df, rows: dfRows } = DfRows.restore(sc.log2Size, sc.docs, rows.parts.df);
  const dedup = new DuplicateIndex(sc.params.dedup);
  for (const row of [...rows.parts.signatures].sort(byOrd)) {
    const r = new ByteReader(row.data);
    const root = r.str();
    dedup.insert(row.key, r.u32s(), root, row.ord);
  }
  const parts = fresh(sc.params, df, dedup, sc.keepClosed);
  const { pool, settler, splitter } = parts;
  pool.clock = sc.clock;
  pool.lastSweep = sc.lastSweep;
  pool.seq = sc.seq;
  pool.tick = sc.tick;
  const stories = [...rows.parts.stories].sort(byOrd).map((row) => decodeStory(row.key, row.ord, row.data));
  const archive = [...rows.parts.archive].sort(byOrd);
  pool.restore(
    stories.filter((s) => !s.closed),
    stories.filter((s) => s.closed),
    archive.map((row) => JSON.parse(Buffer.from(row.data).toString('utf8')) as ArchivedStory),
    archive.map((row) => row.ord),
  );
  const articles = new Map(rows.parts.articles.map((row) => [row.key, decodeArticle(row.key, row.data)]));
  const pending: [number, Pending][] = [];
  const evidence: [number, Member][] = [];
  for (const [id, a] of articles) {
    if (a.evidence !== undefined) {
      const m = pool.member(id);
      if (m) {
        m.placed = a.placed;
        evidence.push([a.evidence, m]);
      }
    }
    const st = a.pending && pool.get(a.pending.story);
    if (a.pending && st) pending.push([a.pending.pos, { ...a.placed, ...(a.pending.due !== undefined ? { due: a.pending.due } : {}), story: st }]);
  }
  pending.sort((x, y) => x[0] - y[0]);
  evidence.sort((x, y) => x[0] - y[0]);
  for (const [, u] of pending) (u.due === undefined ? settler.waiting : settler.pending).push(u);
  splitter.evidence = evidence.map(([, m]) => m);
  return { parts, dfRows, saved: { rows: articles, pending: new Map(pending.map(([p, u]) => [u, p])), evidence: new Map(evidence.map(([p, m]) => [m, p])) } };
}
