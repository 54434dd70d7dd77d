/**
 * Splitting: a story whose members fall into two groups far apart (two events about the same
 * people on the same days) is cut in two; members keep their evidence `splitDays` for this.
 */
import { accounts, Linkage, meanLink, sortedCosine, sortedUnit } from './linkage.js';
import type { MoveLog } from './moves.js';
import type { StoryPool } from './pool.js';
import { DAY_MS } from './time.js';
import type { Member, Placed, Story } from './types.js';

/** Articles keeping their evidence for splitting at most (+1,000); past this the oldest drop it early (memory bound). */
const MAX_EVIDENCE = 20_000;

export class Splitter {
  /** Members holding their evidence (`placed`), in the order it is dropped. */
  evidence: Member[] = [];
  private readonly linkage = new Linkage();

  constructor(
    private readonly pool: StoryPool,
    private readonly moves: MoveLog,
  ) {}

  /** A new member keeps its evidence `splitDays` after its time (or the clock's, undated), when splitting is on. */
  keep(member: Member, placed: Placed, time: number | undefined): void {
    const p = this.pool.params;
    if (!(p.splitRatio > 0 && p.splitDays > 0)) return;
    const from = time ?? this.pool.clock;
    member.placed = placed;
    if (from !== undefined) member.keepUntil = from + p.splitDays * DAY_MS;
    this.evidence.push(member);
    if (this.evidence.length > MAX_EVIDENCE + 1000) for (const m of this.evidence.splice(0, 1000)) m.placed = undefined;
  }

  /** A member that leaves: it keeps no evidence any more. */
  forget(member: Member): void {
    member.placed = undefined;
    const i = this.evidence.indexOf(member);
    if (i >= 0) this.evidence.splice(i, 1);
  }

  /**
   * Drops the evidence whose time has passed (and with `undated`, that of undated articles placed
   * before the stream had a clock): their stories can no longer be split.
   */
  dropEvidence(undated: boolean): void {
    const clock = this.pool.clock;
    let n = 0;
    while (n < this.evidence.length && this.evidence[n]!.keepUntil !== undefined && clock !== undefined && this.evidence[n]!.keepUntil! <= clock) this.evidence[n++]!.placed = undefined;
    if (n > 0) this.evidence.splice(0, n);
    if (undated && this.evidence.some((m) => m.keepUntil === undefined)) {
      for (const m of this.evidence) if (m.keepUntil === undefined) m.placed = undefined;
      this.evidence = this.evidence.filter((m) => m.keepUntil !== undefined);
    }
  }

  /**
   * Splits a story in two when its members fall into two groups (each of at least
   * `splitMinPart`) whose mean similarity to each other is below `splitRatio` × the mean
   * similarity inside them: two events about the same people on the same days that single-pass
   * placement put together, and settling, which moves one article at a time, cannot pull apart.
   * Similarities use the vectors as the articles were placed (IDF of then), so a check depends on
   * the members alone and an unchanged story is not checked twice. The group holding the story's
   * first member keeps it; the other becomes a new story (moves reported as for settling).
   * Returns the new story and the ids of the originals that moved to it.
   */
  check(s: Story): { story: Story; moving: Set<string> } | undefined {
    const p = this.pool.params;
    if (p.splitRatio <= 0 || s.members.length < 2 * p.splitMinPart) return undefined;
    if (!this.pool.inMemory(s) || s.checkedAt === s.changes) return undefined;
    s.checkedAt = s.changes;
    const roots = s.members.filter((m) => m.copyOf === undefined);
    const n = roots.length;
    if (n < 2 * p.splitMinPart || n > p.splitMaxMembers) return undefined;
    if (roots.some((m) => m.placed === undefined)) {
      s.sims = undefined; // a member's vectors are gone: the story is not checked again
      return undefined;
    }
    const sim = this.memberSimilarities(s, roots);
    const [a, b] = this.linkage.twoGroups(sim, n);
    const [inA, inB] = [accounts(sim, n, a, p.splitRewrite), accounts(sim, n, b, p.splitRewrite)];
    if (inA.count < p.splitMinPart || inB.count < p.splitMinPart) return undefined;
    const cross = meanLink(sim, n, a, b);
    const within = (inA.within + inB.within) / 2;
    if (!(cross < p.splitRatio * within)) return undefined;
    const moving = new Set((a.includes(0) ? b : a).map((i) => roots[i]!.id));
    const movers = s.members.filter((m) => moving.has(m.id) || (m.copyOf !== undefined && moving.has(m.copyOf)));
    const stay = s.members.filter((m) => !movers.includes(m));
    const firstMover = movers.find((m) => m.copyOf === undefined)!;
    const t = this.pool.newStory(firstMover.id);
    for (const [h, name] of s.entityNames) t.entityNames.set(h, name);
    const span = { first: s.first, last: s.last };
    this.pool.rebuild(s, stay, span);
    this.pool.rebuild(t, movers, span);
    this.moves.left(s.id);
    this.moves.split();
    for (const m of movers) this.moves.move(m, t, m === firstMover, 1);
    return { story: t, moving };
  }

  /**
   * The n × n similarities of a story's members (0.7 text cosine + 0.3 title cosine, as in
   * scoring), in a reused buffer. Pairs computed by an earlier check of the story are kept in its
   * cache, so a story that grew by one member costs n new pairs, not n²/2.
   */
  private memberSimilarities(s: Story, roots: Member[]): Float64Array {
    const n = roots.length;
    let c = s.sims;
    let fresh = 0;
    if (c) for (const m of roots) if (!c.at.has(m)) fresh++;
    if (!c || c.members.length + fresh > c.cap) {
      const cap = Math.max(16, 2 * n);
      c = s.sims = { members: [], at: new Map(), cap, sim: new Float64Array(cap * cap) };
    }
    const cache = c;
    const w = this.pool.params.titleSimilarity;
    const idx = roots.map((m) => {
      let i = cache.at.get(m);
      if (i === undefined) {
        i = cache.members.length;
        cache.members.push(m);
        cache.at.set(m, i);
        cache.sim[i * cache.cap + i] = -1; // not computed yet against the others: below
      }
      return i;
    });
    for (let a = 0; a < n; a++) {
      const i = idx[a]!;
      if (cache.sim[i * cache.cap + i] !== -1) continue;
      const text = sortedUnit(roots[a]!.placed!.vec);
      const title = sortedUnit(roots[a]!.placed!.tvec);
      for (let b = 0; b < n; b++) {
        const j = idx[b]!;
        if (j === i || (cache.sim[j * cache.cap + j] === -1 && j > i)) continue; // a pair of two new members is computed once, from the later
        const v = (1 - w) * sortedCosine(text, sortedUnit(roots[b]!.placed!.vec)) + w * sortedCosine(title, sortedUnit(roots[b]!.placed!.tvec));
        cache.sim[i * cache.cap + j] = v;
        cache.sim[j * cache.cap + i] = v;
      }
    }
    for (const i of idx) cache.sim[i * cache.cap + i] = 1;
    const sim = this.linkage.matrix(n);
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) sim[a * n + b] = cache.sim[idx[a]! * cache.cap + idx[b]!]!;
    return sim;
  }
}
