/**
 * The Store contract: every implementation (SQLite now, PostgreSQL later) passes these tests. A
 * store runs them with a file of a few lines, as test/store/sqlite.test.ts does. Tests marked
 * `todo` state the right behaviour where the SQLite store does not have it yet.
 *
 * A store MUST:
 * - put a batch of articles in one transaction (all or nothing), and so a deletion with its copies
 *   and its stories update, and a stories update;
 * - say of each article put: `new`, `unchanged` (same raw input), `updated` (the replaced revision
 *   kept, `revisions()` oldest first) or `copy` (same text as an earlier article under another id);
 * - keep a full article when a feed teaser (`meta.summaryOnly`) comes under its id;
 * - make a placement stale when an article's text or publication time changes (put or
 *   `updateAnnotations`), and only then; a stale article is listed by `unplaced()` with its former
 *   story, and stays in that story until it is placed again;
 * - keep the raw input and the revision in `updateAnnotations`, and create no article there;
 * - keep search entries with the article: replaced when its text changes, gone when it goes;
 * - return articles in ingest order (the first put; an update keeps the place) in `articles`,
 *   `articleIds` (batches of `batchSize`, never an empty one) and `copiesOf`; in the order of the ids
 *   asked in `getArticles` and `clusterArticles` (unknown ids left out, an id asked twice given
 *   twice); `unplaced()` in publication order (by instant), undated last, ties by id; `listStories`
 *   newest activity first, stories with no dated article last by id; a story's articles in
 *   publication order, undated last in placement order; search hits with the exact-diacritics
 *   matches first, then those holding the whole query in a row, then by score (higher is better);
 * - take a story's times from its dated articles, not from the clusterer's summary;
 * - delete a story named in `emptied` or `refresh` only once no article is left in it.
 *
 * A store MUST NOT:
 * - decide copies beyond the content-hash rule (same text → copy of the earliest article with it);
 *   near-duplicates are the clusterer's, and arrive as an assignment's `copyOf`;
 * - tokenise, fold or parse queries itself: phrases come from src/search (`queryPlans`), folding
 *   from src/text; ranking rules from src/search/rank.ts;
 * - place articles or change a story's members beyond what a `StoriesUpdate` says;
 * - leave half of a batch, a deletion or a stories update behind after a failure;
 * - show an exact copy in search unless asked (`includeCopies`), nor count it in `total`.
 */
import type { Store } from '../../../src/store/store.js';
import { articleTests } from './articles.js';
import { deleteTests } from './delete.js';
import { readTests } from './reads.js';
import { searchTests } from './search.js';
import { statsTests } from './stats.js';
import { storyTests } from './stories.js';
import { storeTest } from './support.js';

export { jsonlDoc } from './support.js';

/** Registers every contract test, named `<name> › behaviour`, each on a fresh store from `open`. */
export function storeContract(name: string, open: () => Promise<Store>): void {
  const t = storeTest(name, open);
  articleTests(t);
  readTests(t);
  statsTests(t);
  searchTests(t);
  storyTests(t);
  deleteTests(t);
}
