/**
 * Settling: each article kept after its first placement is placed once more when the stream's clock
 * has moved `settleDays` past it (undated ones at `settle`), against the stories as they are then.
 */
import type { MoveLog } from './moves.js';
import { bestStory } from './placement.js';
import type { StoryPool } from './pool.js';
import type { Splitter } from './split.js';
import { DAY_MS } from './time.js';
import type { Pending, Placed, Story } from './types.js';

/** Articles kept for a second placement at most; past this the oldest is placed again at once (memory bound). */
const MAX_UNSETTLED = 20_000;

export class Settler {
  /** Articles placed but not settled yet, in placement order (the dated ones in publication order). */
  pending: Pending[] = [];
  /** Undated articles placed before the stream had a clock: placed again by `settle` only. */
  waiting: Pending[] = [];

  constructor(
    private readonly pool: StoryPool,
    private readonly moves: MoveLog,
    private readonly splitter: Splitter,
  ) {}

  /** Articles placed but not settled yet. */
  get size(): number {
    return this.pending.length + this.waiting.length;
  }

  /**
   * Keeps an article just placed in `story`, to be placed again `settleDays` after its time (or
   * after the clock's, undated; with no clock yet, at `settle`).
   */
  keep(placed: Placed, story: Story): void {
    const from = placed.time ?? this.pool.clock;
    const u: Pending = { ...placed, story, ...(from !== undefined ? { due: from + this.pool.params.settleDays * DAY_MS } : {}) };
    if (u.due === undefined) this.waiting.push(u);
    else this.pending.push(u);
    if (this.size > MAX_UNSETTLED) this.replace((this.waiting.length > 0 ? this.waiting : this.pending).shift()!);
  }

  /** Places again the articles whose time has come (in placement order: one not due yet holds back those after it). */
  settleDue(): void {
    const clock = this.pool.clock;
    if (clock === undefined) return;
    let n = 0;
    const touched = new Set<Story>();
    while (n < this.pending.length && this.pending[n]!.due! <= clock) touched.add(this.replace(this.pending[n++]!));
    if (n > 0) this.pending.splice(0, n);
    for (const s of touched) this.splitCheck(s);
  }

  /** Places again the undated articles kept, and with `all` the dated ones too (see `StoryClusterer.settle`). */
  settle(all: boolean): void {
    const touched = new Set<Story>();
    for (const u of this.waiting) touched.add(this.replace(u));
    this.waiting = [];
    const keep: Pending[] = [];
    for (const u of this.pending) {
      if (u.time === undefined || all) touched.add(this.replace(u));
      else keep.push(u);
    }
    this.pending = keep;
    for (const s of touched) this.splitCheck(s);
  }

  /** Stops keeping an article (removed); returns what was kept of it. */
  forget(id: string): Pending | undefined {
    for (const list of [this.pending, this.waiting]) {
      const i = list.findIndex((u) => u.id === id);
      if (i >= 0) return list.splice(i, 1)[0];
    }
    return undefined;
  }

  /**
   * Places a kept article once more: its evidence and members (it and its copies) leave its story,
   * it is scored against the candidates (its own story among them, without it) and goes to the
   * best, or to a story of its own when none reaches the threshold.
   */
  private replace(u: Pending): Story {
    const pool = this.pool;
    const from = u.story;
    if (!pool.inMemory(from)) return from; // gone from memory: stays where it is
    const members = from.members.filter((m) => m.id === u.id || m.copyOf === u.id);
    if (!members.some((m) => m.id === u.id)) return from;
    pool.takeOut(from, u);
    pool.leave(from, members);
    const { story: best, score } = bestStory(pool, u, true);
    let to: Story;
    if (best !== undefined && score >= pool.params.settleThreshold) to = best;
    else to = from.members.length === 0 ? from : pool.newStory(u.id);
    for (const [h, name] of from.entityNames) if (u.entities.has(h) && !to.entityNames.has(h)) to.entityNames.set(h, name);
    pool.addTo(to, u, members);
    u.story = to;
    if (to === from) return to;
    if (from.members.length === 0) {
      pool.drop(from);
      this.moves.dropped(from.id);
    } else this.moves.left(from.id);
    this.moves.bound();
    for (const m of members) this.moves.move(m, to, m.id === u.id && to.members.length === members.length, m.id === u.id ? score : 1);
    return to;
  }

  /** A split check of a story settling touched; the articles kept of a part split off follow it. */
  private splitCheck(s: Story): void {
    const split = this.splitter.check(s);
    if (!split) return;
    for (const list of [this.pending, this.waiting]) for (const u of list) if (u.story === s && split.moving.has(u.id)) u.story = split.story;
  }
}
