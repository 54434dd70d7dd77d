/**
 * The journal of what settling, splitting and removal changed since the last `takeMoves`: articles
 * moved (their latest placement), stories they left, stories left empty, and splits.
 */
import type { Assignment, Member, Story } from './types.js';

/** Untaken moves kept at most; past this, a caller that never takes them keeps only the latest. */
export const MAX_MOVES = 20_000;

export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export class MoveLog {
  private splits = 0;
  private readonly moved = new Map<string, Assignment>();
  private readonly from = new Set<string>();
  private readonly emptied = new Set<string>();

  get size(): number {
    return this.moved.size;
  }

  /** A member's new placement (its story, and its original when it is a copy). */
  move(m: Member, to: Story, newStory: boolean, similarity: number): void {
    this.record({
      id: m.id,
      story: to.id,
      ...(m.copyOf !== undefined ? { copyOf: m.copyOf } : {}),
      newStory,
      similarity: round(similarity),
      dated: m.time !== undefined,
    });
  }

  /** An article's new placement. */
  record(a: Assignment): void {
    this.moved.set(a.id, a);
  }

  /** Forgets the untaken move of an article (removed since). */
  forget(id: string): void {
    this.moved.delete(id);
  }

  /** A story that members left (or that changed otherwise). */
  left(story: string): void {
    this.from.add(story);
  }

  /** A story left empty and dropped. */
  dropped(story: string): void {
    this.emptied.add(story);
  }

  split(): void {
    this.splits++;
  }

  /** Keeps the journal bounded for callers that never take it: past `MAX_MOVES` moves it starts again. */
  bound(): void {
    if (this.moved.size < MAX_MOVES) return;
    this.moved.clear();
    this.from.clear();
    this.emptied.clear();
  }

  /** The journal (stories left that still exist, stories emptied that do not), cleared. */
  take(exists: (story: string) => boolean): { moved: Assignment[]; from: string[]; emptied: string[]; splits: number } {
    const out = {
      splits: this.splits,
      moved: [...this.moved.values()],
      from: [...this.from].filter((id) => exists(id)),
      emptied: [...this.emptied].filter((id) => !exists(id)),
    };
    this.moved.clear();
    this.from.clear();
    this.emptied.clear();
    this.splits = 0;
    return out;
  }
}
