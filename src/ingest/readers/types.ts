/** What a reader makes of one raw input: the source text, how it was decoded, what was given with it. */
import type { BlockKind, RawInput } from '../../doc/news-doc.js';
import type { Given } from './given.js';

export interface SourceRead {
  /** The input as text; for a web page or a feed item, the text extracted from it, one block a line. */
  source: string;
  encoding: string;
  /** For a source that comes with its structure (a page), the kind of each of its lines. */
  lineKinds?: BlockKind[];
  given: Given;
  warnings: string[];
}

/**
 * A reader for one input format. Throws (or rejects with) `Rejection` for input that cannot become
 * an article; asynchronous where it loads what it needs on first use (the page readers).
 */
export type Reader = (input: RawInput) => SourceRead | Promise<SourceRead>;
