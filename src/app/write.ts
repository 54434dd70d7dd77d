/**
 * Writing articles: every caller (ingest, reprocess, the CLI, the evaluations) puts articles and
 * new annotations through here. Per batch: the hashes and index terms are computed, the store is
 * asked once for what it holds of the batch (`articleStates`), the rules of article-rules.ts decide,
 * and the store does the writes in one transaction.
 */
import { bodyText, type NewsDoc } from '../doc/news-doc.js';
import { contentHash, rawInputHash } from '../ingest/identity.js';
import { outletKey, searchFields } from '../search/fields.js';
import type { ArticleInput, Store } from '../store/store.js';
import { decideAnnotations, decidePuts, type PutResult } from './article-rules.js';
import { articleEntities } from './entity-rows.js';
import { datedEvents } from './events.js';

export type { PutOutcome, PutResult } from './article-rules.js';

/** An article with what the store keeps derived from it: its hashes and what search indexes. */
export function articleInput(doc: NewsDoc): ArticleInput {
  const fields = searchFields(doc.meta.title ?? '', doc.text ?? '');
  return {
    doc,
    rawHash: rawInputHash(doc.input),
    contentHash: contentHash(doc.text ?? ''),
    articleHash: articleHash(doc),
    index: { title: fields.title, body: fields.body, ...(doc.meta.source ? { outlet: outletKey(doc.meta.source) } : {}) },
    ...(doc.times ? { events: datedEvents(doc) } : {}),
    ...(doc.entities ? { entities: articleEntities(doc)! } : {}),
  };
}

/**
 * What an article says, hashed: its body (lead and paragraphs, as \`bodyText\`) and its metadata
 * (title, URL, publication instant, outlet, author, credit). Two inputs that give the same are the
 * same article: an export ingested back, a page saved again with other ads around it.
 */
export function articleHash(doc: NewsDoc): string {
  const m = doc.meta;
  const at = m.publishedAt ? Date.parse(m.publishedAt) : null;
  return contentHash(JSON.stringify([bodyText(doc), m.title ?? null, m.url ?? null, Number.isNaN(at) ? m.publishedAt : at, m.source ?? null, m.author ?? null, m.credit ?? null]));
}

/** What the store holds of the batch's articles, their texts, and the copies of them. */
function statesOf(store: Store, inputs: readonly ArticleInput[]): ReturnType<Store['articleStates']> {
  return store.articleStates({
    ids: [...new Set(inputs.map((i) => i.doc.id))],
    contentHashes: [...new Set(inputs.map((i) => i.contentHash))],
  });
}

/**
 * Puts a batch of articles in one transaction (all of it, or none): new, updated (the replaced
 * revision kept), unchanged, or an exact copy; a teaser never replaces a full article; an article
 * whose text or date changed leaves its story (its placement goes stale).
 */
export async function putArticles(store: Store, docs: readonly NewsDoc[]): Promise<PutResult[]> {
  if (docs.length === 0) return [];
  const inputs = docs.map(articleInput);
  const { plan, results } = decidePuts(inputs, await statesOf(store, inputs));
  await store.writeArticles(plan);
  return results;
}

/**
 * Replaces the annotations of stored articles (same raw input) after a re-run of the pipeline, in
 * one transaction; ids the store does not hold are left out. A changed text or date makes the
 * placement stale; a changed text settles the exact copies.
 */
export async function updateAnnotations(store: Store, docs: readonly NewsDoc[]): Promise<void> {
  if (docs.length === 0) return;
  const inputs = docs.map(articleInput);
  await store.writeArticles(decideAnnotations(inputs, await statesOf(store, inputs)));
}
