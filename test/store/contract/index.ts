/**
 * The Store contract: every implementation (SQLite now, PostgreSQL later) passes these tests. A
 * store runs them with a file of a few lines, as test/store/sqlite.test.ts does. A store is storage
 * only: writes.ts calls its write primitives directly; the other files put articles through
 * src/app/write.ts and search through src/search, as every caller does, so that they check what a
 * user gets of a store under the one set of rules (src/app/article-rules.ts, src/search).
 *
 * A store MUST:
 * - give `articleStates` in one query: the articles with one of the ids, with one of the content
 *   hashes, or copying one of the ids, each once, in ingest order;
 * - do a `writeArticles` plan as told, in one transaction (all or nothing): writes in order
 *   (`insert` after every stored article in ingest order; `revise` with the replaced article kept
 *   as a revision, `revisions()` oldest first, and the revision number given; `annotate` keeping the
 *   raw input, its hash and the revision), each article's `copyOf` as given, a placement stale
 *   when `stale` says so and only then, then the `copies` links; a revise or annotate of an id it
 *   does not hold fails the plan;
 * - do a deletion with its copy links and its stories update in one transaction, and so a stories
 *   update;
 * - keep search entries with the article: the terms it is given (`ArticleInput.index`), replaced
 *   when the article is written again, gone when it goes;
 * - keep dated events with the article likewise (`ArticleInput.events`; none given, none kept), and
 *   give them for a list of articles in one query in calendar order: by `day`, then the articles'
 *   ingest order, then the expression's offset (`datedEvents`);
 * - keep entity rows with the article likewise (`ArticleInput.entities`: its aliases and mentions
 *   replaced and gone with it; an entity row written once, a linked one following the KB's name),
 *   and read them in the orders of src/store/entity-types.ts, exact copies not counted;
 * - list a stale article in `unplaced()` with its former story; it stays in that story until it
 *   is placed again;
 * - return articles in ingest order (the first insert; a revise or annotate keeps the place) in
 *   `articles`, `articleIds` (batches of `batchSize`, never an empty one), `copiesOf` and
 *   `articleStates`; in the order of the ids asked in `getArticles`, `clusterSources` and
 *   `searchHits` (unknown ids left out, an id asked twice given twice); `unplaced()` in publication
 *   order (by instant), undated last, ties by id; `listStories` newest activity first, stories with
 *   no dated article last by id; a story's articles in publication order, undated last in placement
 *   order; its related stories in the order saved, then the stories that name it (by id); search
 *   candidates by score (higher is better), then newest, then by id;
 * - take a story's times from its articles placed as dated (`StoryAssignment.dated`) whenever it is
 *   saved or refreshed: none left, no times;
 * - delete a story named in `emptied` or `refresh` only once no article is left in it, with its
 *   related rows; leave out of `related` the stories that are gone;
 * - read stories in a fixed number of queries, whatever their number (no query per row);
 * - give in `dumpArticles` everything it keeps of each article (the document with its raw input,
 *   hashes as stored, earlier revisions with theirs, times, its placement with its order and stale
 *   mark), in ingest order, and write them back with `restoreArticles` as they were, in one
 *   transaction per call, after every stored article (what one store dumps, another restores: the
 *   same dump, the same search results).
 *
 * A store MUST NOT:
 * - decide anything the rules decide: which put is new, unchanged, a revision or a copy, which
 *   article is the original of a text, whether a teaser replaces an article, whether a placement
 *   goes stale (src/app/article-rules.ts); near-duplicates are the clusterer's, and arrive as an
 *   assignment's `copyOf`;
 * - compute hashes or index terms (src/app/write.ts gives them), tokenise, fold or parse queries:
 *   phrases come from src/search (`queryPlans`), ranking from src/search/bm25.ts and rank.ts;
 * - format what is shown: a headline as saved ('' for an untitled headline article: src/app/stories.ts
 *   shows the start of its text), blocks as stored (src/app/place.ts builds the clusterer's body);
 * - place articles or change a story's members beyond what a `StoriesUpdate` says;
 * - leave half of a plan, a deletion or a stories update behind after a failure;
 * - return an exact copy among search candidates unless asked (`includeCopies`), nor count it in `total`;
 * - build SQL (or any query text) from values: values are bound (test/store/sql-text.test.ts).
 */
import type { Store } from '../../../src/store/store.js';
import { articleTests } from './articles.js';
import { deleteTests } from './delete.js';
import { entityTests } from './entities.js';
import { eventTests } from './events.js';
import { dumpTests } from './dump.js';
import { readTests } from './reads.js';
import { searchFacetTests } from './search-facets.js';
import { searchTests } from './search.js';
import { statsTests } from './stats.js';
import { storyTests } from './stories.js';
import { writeTests } from './writes.js';
import { storeTest } from './support.js';

export { jsonlDoc } from './support.js';

/** Registers every contract test, named `<name> › behaviour`, each on a fresh store from `open`. */
export function storeContract(name: string, open: () => Promise<Store>): void {
  const t = storeTest(name, open);
  writeTests(t);
  articleTests(t);
  readTests(t);
  statsTests(t);
  searchTests(t);
  searchFacetTests(t);
  storyTests(t);
  deleteTests(t);
  eventTests(t);
  entityTests(t, open);
  dumpTests(t, open);
}
