/**
 * The stories in memory: open ones (least recently updated first), closed ones kept for a batch,
 * the archive of those that left memory, which story holds each article, the inverted index (term →
 * stories), and the stream's clock that closes quiet stories.
 */
import { Centroid } from './centroid.js';
import type { DuplicateIndex } from './dedup.js';
import type { DocumentFrequencies } from './idf.js';
import type { ClusterParams } from './params.js';
import { archiveEntry } from './summary.js';
import { DAY_MS } from './time.js';
import type { ArchivedStory, Member, Placed, Story } from './types.js';

export class StoryPool {
  /** Index term → stories holding it. */
  readonly index = new Map<number, Set<Story>>();
  /** Open stories, least recently updated first. */
  readonly open = new Map<string, Story>();
  /** Closed stories kept whole (only with `keepClosed`). */
  readonly closedKept = new Map<string, Story>();
  /** Article id → its story, for the articles of stories in memory. */
  readonly articleStory = new Map<string, Story>();
  readonly archive = new Map<string, ArchivedStory>();
  /** Each archived story's place in the archive's order (a `tick`). */
  readonly archiveOrd = new Map<string, number>();
  /** The latest publication time seen. */
  clock: number | undefined;
  lastSweep: number | undefined;
  seq = 0;
  /** Orders the open stories (last updated), the closed ones kept and the archive (see `Story.ord`). */
  tick = 0;
  /** Stories and archive entries changed since the last save, when the state is tracked (`tracker.ts`). */
  changed: { stories: Set<string>; archive: Set<string> } | undefined;

  constructor(
    readonly params: ClusterParams,
    readonly df: DocumentFrequencies,
    readonly dedup: DuplicateIndex,
    public keepClosed: boolean,
  ) {}

  /** A story in memory (open, or closed and kept). */
  get(id: string): Story | undefined {
    return this.open.get(id) ?? this.closedKept.get(id);
  }

  /** False for a story that closed and left memory (its object may still be referred to). */
  inMemory(s: Story): boolean {
    return !s.closed || this.closedKept.has(s.id);
  }

  /** The stories in memory, oldest first. */
  stories(): Story[] {
    return [...this.open.values(), ...this.closedKept.values()].sort((a, b) => a.seq - b.seq);
  }

  /** An article's member record, when its story is in memory. */
  member(id: string): Member | undefined {
    return this.articleStory.get(id)?.members.find((m) => m.id === id);
  }

  newStory(firstId: string): Story {
    let id = 's' + firstId;
    if (this.open.has(id) || this.closedKept.has(id) || this.archive.has(id)) id = `s${firstId}~${this.seq}`;
    const s: Story = {
      id,
      seq: this.seq++,
      centroid: new Centroid(),
      entityCentroid: new Centroid(),
      titleCentroid: new Centroid(),
      entityCounts: new Map(),
      entityNames: new Map(),
      keys: new Set(),
      members: [],
      closed: false,
      ord: ++this.tick,
    };
    this.open.set(id, s);
    this.changed?.stories.add(id);
    return s;
  }

  /** Adds a member (no evidence: see `addTo`); the story's times follow. */
  join(story: Story, member: Member): void {
    story.members.push(member);
    story.changes = (story.changes ?? 0) + 1;
    this.changed?.stories.add(story.id);
    this.articleStory.set(member.id, story);
    const t = member.time;
    if (t !== undefined) {
      if (story.first === undefined || t < story.first) story.first = t;
      if (story.last === undefined || t > story.last) story.last = t;
    } else if (story.last === undefined && this.clock !== undefined) {
      // An undated story is placed at the stream's clock so that it can close in time.
      story.first = story.last = this.clock;
    }
    if (!story.closed) {
      // Move to the most-recently-updated end.
      this.open.delete(story.id);
      this.open.set(story.id, story);
      story.ord = ++this.tick;
    }
  }

  /** Adds an article's evidence (vectors, entity mentions, index keys) and its members (it and its copies) to a story. */
  addTo(story: Story, a: Placed, members: Member[]): void {
    const p = this.params;
    story.centroid.add(a.vec, this.df, p.maxCentroidTerms);
    story.entityCentroid.add(a.evec, this.df, p.maxCentroidTerms);
    story.titleCentroid.add(a.tvec, this.df, p.maxCentroidTerms);
    for (const [h, mentions] of a.entities) story.entityCounts.set(h, (story.entityCounts.get(h) ?? 0) + mentions);
    for (const k of a.keys) {
      if (story.keys.has(k)) continue;
      story.keys.add(k);
      this.indexKey(k, story);
    }
    for (const m of members) this.join(story, m);
  }

  /** Takes an article's evidence (vectors, entity mentions) back out of a story: the inverse of `addTo` but for the index keys. */
  takeOut(story: Story, a: Placed): void {
    this.changed?.stories.add(story.id);
    story.centroid.remove(a.vec);
    story.entityCentroid.remove(a.evec);
    story.titleCentroid.remove(a.tvec);
    for (const [h, mentions] of a.entities) {
      const left = (story.entityCounts.get(h) ?? 0) - mentions;
      if (left > 1e-9) story.entityCounts.set(h, left);
      else story.entityCounts.delete(h);
    }
  }

  /** Members leave a story (their evidence is not touched: see `takeOut`); its times follow. */
  leave(story: Story, members: readonly Member[]): void {
    story.members = story.members.filter((m) => !members.includes(m));
    story.changes = (story.changes ?? 0) + 1;
    this.changed?.stories.add(story.id);
    this.retime(story);
  }

  /** Empties a story and adds the given members again (their evidence, when kept). */
  rebuild(s: Story, members: Member[], span: { first?: number; last?: number }): void {
    this.changed?.stories.add(s.id);
    this.unindex(s);
    s.keys = new Set();
    s.centroid = new Centroid();
    s.entityCentroid = new Centroid();
    s.titleCentroid = new Centroid();
    s.entityCounts = new Map();
    s.members = [];
    s.first = undefined;
    s.last = undefined;
    const roots = new Set(members.filter((m) => m.copyOf === undefined).map((m) => m.id));
    for (const m of members) {
      if (m.copyOf !== undefined && roots.has(m.copyOf)) continue;
      const copies = members.filter((c) => c.copyOf === m.id);
      if (m.placed) this.addTo(s, m.placed, [m, ...copies]);
      else for (const c of [m, ...copies]) this.join(s, c);
    }
    if (s.first === undefined) {
      if (span.first !== undefined) s.first = span.first;
      if (span.last !== undefined) s.last = span.last;
    }
  }

  /** Forgets a story left empty. */
  drop(s: Story): void {
    this.changed?.stories.add(s.id);
    this.open.delete(s.id);
    this.closedKept.delete(s.id);
    this.unindex(s);
  }

  /**
   * Restores saved stories (in the order they were saved) and the archive; stories without an
   * `ord`, and archive entries without one in `archiveOrd`, take the next ticks in that order.
   */
  restore(open: Story[], closedKept: Story[], archive: ArchivedStory[], archiveOrd: readonly number[] = []): void {
    for (const st of [...open, ...closedKept]) {
      st.ord ??= ++this.tick;
      for (const m of st.members) this.articleStory.set(m.id, st);
    }
    for (const st of open) this.open.set(st.id, st);
    for (const st of closedKept) this.closedKept.set(st.id, st);
    for (const st of this.stories()) for (const k of st.keys) this.indexKey(k, st);
    archive.forEach((a, i) => {
      this.archive.set(a.id, a);
      this.archiveOrd.set(a.id, archiveOrd[i] ?? ++this.tick);
    });
  }

  /** Forgets an archive entry. */
  unarchive(id: string): void {
    this.archive.delete(id);
    this.archiveOrd.delete(id);
    this.changed?.archive.add(id);
  }

  /** An archive entry changed in place (an article left it). */
  archiveChanged(id: string): void {
    this.changed?.archive.add(id);
  }

  /** Moves the stream's clock to a publication time, closing the stories quiet since `quietDays` (swept once per day). */
  advanceClock(t: number): void {
    if (this.clock === undefined || t > this.clock) this.clock = t;
    // Sweep for quiet stories at most once per day of stream time.
    if (this.lastSweep !== undefined && this.clock - this.lastSweep < DAY_MS) return;
    this.lastSweep = this.clock;
    const limit = this.clock - this.params.quietDays * DAY_MS;
    for (const s of [...this.open.values()]) if (s.last !== undefined && s.last < limit) this.close(s);
    const horizon = this.clock - this.params.relatedHorizonDays * DAY_MS;
    for (const a of [...this.archive.values()]) if (a.last !== undefined && a.last < horizon) this.unarchive(a.id);
  }

  /** Closes the least recently updated stories past `maxOpenStories`. */
  evictOverflow(): void {
    while (this.open.size > this.params.maxOpenStories) {
      const first = this.open.values().next().value as Story;
      this.close(first);
    }
  }

  /** Stops keeping closed stories: those kept so far leave memory (see `StoryClusterer.releaseClosed`). */
  releaseClosed(): void {
    this.keepClosed = false;
    const kept = [...this.closedKept.values()].sort((a, b) => a.seq - b.seq);
    this.closedKept.clear();
    for (const s of kept) this.close(s);
  }

  private close(s: Story): void {
    this.open.delete(s.id);
    s.closed = true;
    this.changed?.stories.add(s.id);
    if (this.keepClosed) {
      this.closedKept.set(s.id, s);
      s.ord = ++this.tick;
      return;
    }
    this.unindex(s);
    for (const m of s.members) {
      this.articleStory.delete(m.id);
      this.dedup.remove(m.id);
      m.placed = undefined;
    }
    if (this.params.maxArchivedStories > 0) {
      this.archive.set(s.id, archiveEntry(s, this.df, this.params));
      this.archiveOrd.set(s.id, ++this.tick);
      this.changed?.archive.add(s.id);
      while (this.archive.size > this.params.maxArchivedStories) this.unarchive(this.archive.keys().next().value as string);
    }
  }

  /** A story's first and last times from its dated members (after one left). */
  private retime(s: Story): void {
    let first: number | undefined;
    let last: number | undefined;
    for (const m of s.members) {
      if (m.time === undefined) continue;
      if (first === undefined || m.time < first) first = m.time;
      if (last === undefined || m.time > last) last = m.time;
    }
    if (first === undefined) return; // undated members only: the story keeps the clock time it was given
    s.first = first;
    s.last = last;
  }

  private indexKey(k: number, story: Story): void {
    let set = this.index.get(k);
    if (!set) this.index.set(k, (set = new Set()));
    set.add(story);
  }

  /** Takes a story out of the inverted index. */
  private unindex(s: Story): void {
    for (const k of s.keys) {
      const set = this.index.get(k);
      if (!set) continue;
      set.delete(s);
      if (set.size === 0) this.index.delete(k);
    }
  }
}
