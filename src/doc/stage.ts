/**
 * A stage is a step `(doc) => doc` that says what it needs and what it adds (spaCy's
 * `requires`/`assigns`), so the pipeline can check its order once, when it is built. A stage may be
 * asynchronous, and may take a whole batch at once (`runBatch`: a model that wants batches).
 */
import type { DocField, NewsDoc } from './news-doc.js';

export interface Stage {
  name: string;
  /** Bumped whenever the stage's output changes for the same input; recorded on every article. */
  version: string;
  requires: DocField[];
  assigns: DocField[];
  run(doc: NewsDoc): NewsDoc | Promise<NewsDoc>;
  /**
   * The stage over a batch, when it does better than one document at a time. Returns one entry per
   * document, in order: the new document, or the `Rejection` (or error) of that document alone.
   */
  runBatch?(docs: NewsDoc[]): Promise<(NewsDoc | Error)[]>;
}
export type RejectCode =
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'too-large'
  | 'bad-json'
  | 'bad-record'
  | 'unreadable'
  | 'undecidable-encoding'
  | 'corrupt'
  | 'not-a-feed'
  /** A web page that is a section or listing page (a column of teasers), not an article. */
  | 'not-article';

/** A page that is not an article: its title and date where found, and the text read from it (lead and body lines). */
export interface RejectedPage {
  title?: string;
  publishedAt?: string;
  body?: string;
}

/** Thrown by a stage (or a reader) when an input cannot become an article. The message says why. */
export class Rejection extends Error {
  constructor(
    readonly code: RejectCode,
    message: string,
    /** What is known of a page that is not an article: its title and date (a listing page has both), and the text read from it. */
    readonly page?: RejectedPage,
  ) {
    super(message);
    this.name = 'Rejection';
  }
}
