/**
 * A stage is a pure step `(doc) => doc` that says what it needs and what it adds (spaCy's
 * `requires`/`assigns`), so the pipeline can check its order once, when it is built.
 */
import type { DocField, NewsDoc } from './news-doc.js';

export interface Stage {
  name: string;
  /** Bumped whenever the stage's output changes for the same input; recorded on every article. */
  version: string;
  requires: DocField[];
  assigns: DocField[];
  run(doc: NewsDoc): NewsDoc;
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
  | 'not-a-feed';

/** Thrown by a stage (or a reader) when an input cannot become an article. The message says why. */
export class Rejection extends Error {
  constructor(
    readonly code: RejectCode,
    message: string,
  ) {
    super(message);
    this.name = 'Rejection';
  }
}
