/**
 * The types of story clustering: what callers see (input, placements, story summaries) and the
 * internal records of stories, members and the evidence an article brings to its story.
 */
import type { ArticleVector, Centroid } from './centroid.js';
import type { MoveLog } from './moves.js';
import type { StoryPool } from './pool.js';
import type { Settler } from './settle.js';
import type { Splitter } from './split.js';

export interface ClusterInput {
  id: string;
  title: string;
  body: string;
  /** ISO 8601; missing or unparsable means undated. */
  publishedAt?: string;
  /**
   * The article's named entities (the `entities` stage, linked or not), when it ran: its heaviest
   * are index keys (more candidate stories beside the text's, `entityKeys`, `entityCandidates`), and they give the story's main entities,
   * its actors and related stories in place of the capitalised phrases (see `linked.ts`); the score
   * does not change. Missing: the phrases serve, as before entities existed.
   */
  entities?: readonly ClusterEntity[];
}

/** A named entity of an article, counted. */
export interface ClusterEntity {
  /** Stable id: a knowledge-base id (`per:xi-jinping`) or an unlinked name's key (`PER~nguyen thanh son`). */
  id: string;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
  /** The name shown (the canonical name, or the form written most). */
  name: string;
  /** Mentions in the lead and body. */
  count: number;
  /** Mentions in the title. */
  title?: number;
  /**
   * An entity that frames the news rather than acts in it (a news agency, a parliament, a party):
   * shown among a story's main entities, never one of its actors (so no reason to relate stories).
   */
  generic?: boolean;
}

export interface Assignment {
  /** The article's id. */
  id: string;
  /** The story it was placed in. */
  story: string;
  /** When the article is a near-duplicate: the id of the earliest article it copies. */
  copyOf?: string;
  /** True when the article started the story. */
  newStory: boolean;
  /**
   * For a copy, the estimated Jaccard similarity to the original; otherwise the score against
   * the best candidate story (below the threshold when `newStory`), 0 when there was none.
   */
  similarity: number;
  /**
   * False when the article had no usable date: it was then compared with the open stories by
   * content, with the fixed `undatedDecay` factor instead of a time decay, and it does not move
   * the stream's clock.
   */
  dated: boolean;
}

export interface StoryMember {
  id: string;
  title: string;
  copyOf?: string;
  publishedAt?: string;
}

export interface StorySummary {
  id: string;
  /** The member title closest to the story centroid (ties: the earliest). */
  headline: string;
  headlineId: string;
  /** Members in arrival order, copies included. */
  articles: StoryMember[];
  /** ISO time of the first and last dated members, when any. */
  first?: string;
  last?: string;
  /**
   * Main entities, highest count × IDF first: the named entities by their names (`Tập Cận Bình`)
   * when its articles came with them, else folded entity phrases (`tap can binh`).
   */
  entities: string[];
  /**
   * Stories (open or closed) sharing at least `relatedMinShared` main actors, most shared first.
   * Actors here leave out places (by type, or `lexicon/places.ts` for phrases), entities flagged
   * generic, currencies and generic abbreviations.
   */
  related: { story: string; headline: string; shared: string[] }[];
  open: boolean;
}

export interface ClustererOptions {
  /**
   * Keep closed stories in memory so that undated articles can still join them (dated articles
   * never do). For batch runs (`clusterAll`), where the whole corpus is in memory anyway.
   * Default false: closed stories are dropped.
   */
  keepClosed?: boolean;
}

export interface Member {
  id: string;
  title: string;
  titleTerms: Map<number, number>;
  copyOf?: string;
  time?: number;
  /** The article's evidence, kept `splitDays` (for splitting its story); none for copies. */
  placed?: Placed;
  /** Stream time at which `placed` is dropped; none for an undated article placed before any dated one (dropped at `settle`). */
  keepUntil?: number;
}

export interface Story {
  id: string;
  seq: number;
  first?: number;
  last?: number;
  centroid: Centroid;
  entityCentroid: Centroid;
  /** The members' title vectors (copies excluded), for the headline similarity. */
  titleCentroid: Centroid;
  /** Entity phrase → mentions in the member articles (title mentions weighted as title terms). */
  entityCounts: Map<number, number>;
  /** Entity phrase hash → its folded text. */
  entityNames: Map<number, string>;
  keys: Set<number>;
  members: Member[];
  closed: boolean;
  /**
   * The pool's tick when the story was last moved to the most-recently-updated end of the open
   * stories (or, closed and kept, when it closed): their order, saved with the story's row.
   */
  ord?: number;
  /** Membership changes so far, and the count at the last split check (not saved: a check is a function of the members). */
  changes?: number;
  checkedAt?: number;
  /** Pairwise similarities of members computed by earlier split checks (not saved: recomputed alike). */
  sims?: SimilarityCache;
}

/** Member similarities, row-major in a `cap × cap` matrix, by the members' order in `members`. */
export interface SimilarityCache {
  members: Member[];
  at: Map<Member, number>;
  cap: number;
  sim: Float64Array;
}

/** An article's evidence as placed: what settling needs to take it out of a story and place it again. */
export interface Placed {
  id: string;
  time?: number;
  vec: ArticleVector;
  evec: ArticleVector;
  tvec: ArticleVector;
  keys: number[];
  /** Entity phrase → mentions. */
  entities: Map<number, number>;
}

/** A placed article not settled yet, the story it is in, and when it is due to be placed again. */
export interface Pending extends Placed {
  story: Story;
  /**
   * Stream time at which it is placed again: `settleDays` after its own time, or for an undated
   * article after the stream's clock when it came; none for an undated article placed before any
   * dated one (then only `settle` places it again).
   */
  due?: number;
}

/** What is kept of a closed story: enough to show it and relate later stories to it. */
export interface ArchivedStory {
  id: string;
  headline: string;
  headlineId: string;
  articles: StoryMember[];
  first?: number;
  last?: number;
  /** Actors (see `actors`): hashes, and their names in `actorNames`. */
  main: number[];
  actorNames?: string[];
  /** Main entities shown. */
  mainNames: string[];
}

/** The parts a `StoryClusterer` is made of, each owning its share of the state. */
export interface ClustererParts {
  pool: StoryPool;
  moves: MoveLog;
  splitter: Splitter;
  settler: Settler;
}
