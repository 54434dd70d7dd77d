/**
 * The Store contract's types for stories: placements, story summaries and their rows, the
 * clusterer's state as rows, what the clusterer reads. Re-exported by store.ts.
 */
import type { Block, EntityMention } from '../doc/news-doc.js';

/** A related story as the clusterer names it: the story, and the main actors the two share. */
export interface RelatedStory {
  story: string;
  shared: string[];
}

/** A related story as read back: with the headline (and headline article) it has in the store. */
export interface StoredRelated extends RelatedStory {
  headline: string;
  headlineId?: string;
}

/**
 * A story as the store holds it: what `listStories` gives. Headlines are as saved: an untitled
 * headline article gives '' (src/app/stories.ts shows the start of its text instead).
 */
export interface StoredStory {
  id: string;
  headline: string;
  headlineId?: string;
  /** The earliest and latest publication times of its dated articles (none: no times). */
  first?: string;
  last?: string;
  articleCount: number;
  /** Exact and near copies among the articles. */
  copies: number;
  /** The outlets of its articles, most articles first (ties by name). */
  outlets: string[];
  /** Main entities: named entities by their names (`Tập Cận Bình`), or folded entity phrases (`tap can binh`) for articles placed without entities. */
  entities: string[];
  /** In the order saved; `getStory` adds the stories that name this one and that it does not name. */
  related: StoredRelated[];
  open: boolean;
}

export interface StoryArticle {
  id: string;
  title?: string;
  source?: string;
  publishedAt?: string;
  /** The article it copies, when it is a near-duplicate (or exact copy). */
  copyOf?: string;
  similarity: number;
}

export interface StoredStoryDetail extends StoredStory {
  articles: StoryArticle[];
}

/** An article to be placed in a story (again, when `formerStory` says where it was before it changed). */
export interface Unplaced {
  id: string;
  formerStory?: string;
}

/** The parts of the clusterer's state kept as rows (see src/stories/rows.ts). */
export type ClustererStatePart = 'stories' | 'archive' | 'articles' | 'signatures' | 'df';

/** One row of the clusterer's state: its key, its place in its part's order, an opaque payload. */
export interface ClustererStateRow {
  key: string;
  ord: number;
  data: Uint8Array;
}

/** The clusterer's state as the store holds it: the scalars (JSON) and the rows of each part. */
export interface ClustererStateRows {
  scalars: string;
  parts: Record<ClustererStatePart, ClustererStateRow[]>;
}

/**
 * What changed in the clusterer's state: rows written (inserted or replaced) and keys deleted,
 * per part, and the scalars; with `full`, every row of the state (and a state kept as one JSON
 * value) is deleted first.
 */
export interface ClustererStateDelta {
  full: boolean;
  scalars: string;
  upserts: Record<ClustererStatePart, ClustererStateRow[]>;
  removed: Record<ClustererStatePart, string[]>;
}

/**
 * What one batch of a placement run (or a deletion) changes in the stories, saved in one
 * transaction: placements (new ones, and articles that moved to another story), story summaries,
 * the changes of the clusterer's state; `emptied` stories (every article moved away) are deleted;
 * `refresh` stories (an article left them) are deleted when no article is left in them. The times
 * of every story saved or refreshed are taken from its articles placed as dated (none: no times).
 */
export interface StoriesUpdate {
  state?: ClustererStateDelta;
  assignments: StoryAssignment[];
  stories: StorySummaryRow[];
  openIds: string[];
  emptied?: string[];
  refresh?: string[];
}

/** One article's place, as the clusterer decided it. */
export interface StoryAssignment {
  id: string;
  story: string;
  copyOf?: string;
  similarity: number;
  /** Placed with its date: the date counts in its story's times (a future date set aside does not). */
  dated: boolean;
}

/** A story's summary as the clusterer knows it. */
export interface StorySummaryRow {
  id: string;
  /** The headline article's title ('' when it has none). */
  headline: string;
  headlineId?: string;
  entities: string[];
  /** Stored as rows (their headlines are read from the stories named). */
  related: RelatedStory[];
  open: boolean;
}

/** What the clusterer's input is made of, as stored (src/app/place.ts builds the body from the blocks). */
export interface ClusterSource {
  id: string;
  title?: string;
  text: string;
  blocks: Block[];
  publishedAt?: string;
  /** Its entity mentions (the `entities` stage), when the stage ran on it: they feed its stories' entities. */
  entities?: EntityMention[];
}
