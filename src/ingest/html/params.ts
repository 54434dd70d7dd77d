/**
 * The extraction's tunable numbers, in one object with their defaults. Each default was chosen by
 * cross-validation over sites (`npm run eval` prints the folds), never fitted to one page.
 */
export interface ExtractParams {
  /** A block holding this share of the page's paragraph text (and 200 characters) is never removed by the cleaning rules. */
  holdsArticleShare: number;
  /** A block named as furniture (`share`, `related`, `modal` ...) goes when shorter than this, or linky, or not a text block. */
  furnitureChars: number;
  /** Not an article: at least this many teasers (a linked headline with its summary) ... */
  listingMinTeasers: number;
  /** ... holding this share of the article container's text or more (or leaving almost no other text). */
  listingTeaserShare: number;
}

export const DEFAULT_PARAMS: ExtractParams = {
  holdsArticleShare: 0.25,
  furnitureChars: 250,
  listingMinTeasers: 10,
  listingTeaserShare: 0.5,
};
