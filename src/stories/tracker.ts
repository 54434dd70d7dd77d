/**
 * What changed in a clusterer's state since it was last saved, as rows to write and keys to
 * delete (`rows.ts`), so a store writes a batch's changes and not the whole state. The story pool
 * and the near-duplicate index record the ids they change; the document frequencies their changed
 * chunks and the terms counted (`idf-rows.ts`); the articles not settled yet and the evidence kept
 * for splitting are compared with what was last saved (a day or three of articles: cheap beside
 * placing a batch).
 */
import type { ArticleVector } from './centroid.js';
import { poolScalars } from './codec.js';
import { DfRows } from './idf-rows.js';
import {
  emptyParts, encodeArchived, encodeArticle, encodeSignature, encodeStory,
  type ArticleState, type ClustererDelta, type SavedArticles, type StateRow, type StateScalars,
} from './rows.js';
import type { ClustererParts, Member, Pending, Placed, Story } from './types.js';

function normsAt(s: Story): string {
  return `${s.centroid.normsAt} ${s.entityCentroid.normsAt} ${s.titleCentroid.normsAt}`;
}

function articleKey(a: Omit<ArticleState, 'placed'>): string {
  const p = a.pending;
  return p ? `${p.pos}|${p.story}|${p.due ?? ''}|${a.evidence ?? ''}` : `||${a.evidence ?? ''}`;
}

export class StateTracker {
  /** The next take is of everything (nothing saved yet, or saved as one JSON value). */
  private full: boolean;
  /** The last place given in the orders of the pending and evidence entries. */
  private pos = 0;
  private pendingPos = new Map<Pending, number>();
  private evidencePos = new Map<Member, number>();
  /** The articles' rows as the store holds them: their key (`articleKey`) and vectors. */
  private saved = new Map<string, { key: string; vec: ArticleVector }>();
  /** The norms' document counts of each story as last saved (see `Centroid.normsAt`). */
  private readonly norms = new WeakMap<Story, string>();

  private readonly dfRows: DfRows;

  constructor(private readonly parts: ClustererParts, saved?: SavedArticles, dfRows?: DfRows) {
    parts.pool.changed ??= { stories: new Set(), archive: new Set() };
    parts.pool.dedup.track();
    this.dfRows = dfRows ?? new DfRows(parts.pool.df);
    this.full = saved === undefined;
    for (const s of parts.pool.stories()) this.norms.set(s, normsAt(s));
    if (!saved) return;
    this.pendingPos = saved.pending;
    this.evidencePos = saved.evidence;
    for (const [id, a] of saved.rows) {
      this.saved.set(id, { key: articleKey(a), vec: a.placed.vec });
      this.pos = Math.max(this.pos, a.pending?.pos ?? 0, a.evidence ?? 0);
    }
  }

  /** The changes since the last take (everything on the first, unless restored from rows), as rows. */
  take(): ClustererDelta {
    const { pool } = this.parts;
    const full = this.full;
    const upserts = emptyParts<StateRow[]>(() => []);
    const removed = emptyParts<string[]>(() => []);
    const changed = pool.changed!;
    // norms recomputed when compared (the document count grew) change a story's row too
    for (const s of pool.stories()) {
      const at = normsAt(s);
      if (this.norms.get(s) !== at) changed.stories.add(s.id);
      this.norms.set(s, at);
    }
    for (const id of full ? pool.stories().map((s) => s.id) : changed.stories) {
      const s = pool.get(id);
      if (s) upserts.stories.push({ key: id, ord: s.ord ?? 0, data: encodeStory(s) });
      else removed.stories.push(id);
    }
    for (const id of full ? pool.archive.keys() : changed.archive) {
      const a = pool.archive.get(id);
      if (a) upserts.archive.push({ key: id, ord: pool.archiveOrd.get(id) ?? 0, data: encodeArchived(a) });
      else removed.archive.push(id);
    }
    for (const id of pool.dedup.takeChanged(full)) {
      const e = pool.dedup.entry(id);
      if (e) upserts.signatures.push({ key: id, ord: e.seq, data: encodeSignature(e.root, e.signature) });
      else removed.signatures.push(id);
    }
    this.articles(full, upserts.articles, removed.articles);
    const df = this.dfRows.take(full);
    upserts.df = df.upserts;
    removed.df = df.removed;
    changed.stories.clear();
    changed.archive.clear();
    this.full = false;
    const scalars: StateScalars = {
      version: 2,
      ...poolScalars(pool),
      tick: pool.tick,
      docs: pool.df.docs,
      log2Size: pool.df.log2Size,
    };
    if (full) for (const part of Object.values(removed)) part.length = 0;
    return { full, scalars: JSON.stringify(scalars), upserts, removed };
  }

  /** The rows of the articles whose vectors are held: written when new or changed, deleted when gone. */
  private articles(full: boolean, upserts: StateRow[], removed: string[]): void {
    const { pool, settler, splitter } = this.parts;
    const evidencePos = new Map<Member, number>();
    const pendingPos = new Map<Pending, number>();
    const current = new Map<string, { placed: Placed; member?: Member; pending?: Pending }>();
    for (const m of splitter.evidence) {
      if (!m.placed) continue;
      evidencePos.set(m, this.evidencePos.get(m) ?? ++this.pos);
      current.set(m.id, { placed: m.placed, member: m });
    }
    // each list in its order: an entry not saved yet is after every saved one
    for (const list of [settler.waiting, settler.pending]) {
      for (const u of list) {
        if (pool.get(u.story.id) !== u.story) continue; // its story left memory: not restored (as `fromJSON`)
        pendingPos.set(u, this.pendingPos.get(u) ?? ++this.pos);
        const c = current.get(u.id);
        if (c) c.pending = u;
        else current.set(u.id, { placed: u, pending: u });
      }
    }
    this.evidencePos = evidencePos;
    this.pendingPos = pendingPos;
    const saved = new Map<string, { key: string; vec: ArticleVector }>();
    for (const [id, c] of current) {
      const u = c.pending;
      const state: Omit<ArticleState, 'placed'> = {
        ...(u ? { pending: { pos: pendingPos.get(u)!, story: u.story.id, ...(u.due !== undefined ? { due: u.due } : {}) } } : {}),
        ...(c.member ? { evidence: evidencePos.get(c.member)! } : {}),
      };
      const key = articleKey(state);
      saved.set(id, { key, vec: c.placed.vec });
      const old = this.saved.get(id);
      if (!full && old && old.key === key && old.vec === c.placed.vec) continue;
      upserts.push({ key: id, ord: 0, data: encodeArticle({ placed: c.placed, ...state }) });
    }
    for (const id of this.saved.keys()) if (!saved.has(id)) removed.push(id);
    this.saved = saved;
  }
}
