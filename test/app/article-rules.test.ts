/** The write rules, as pure functions: no store, states and inputs built by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CopyBook, decideAnnotations, decideDeletion, decidePut, decidePuts, placementStale } from '../../src/app/article-rules.js';
import type { ArticleMeta, NewsDoc } from '../../src/doc/news-doc.js';
import type { ArticleInput, ArticleState } from '../../src/store/store.js';

/** An input: `text` stands for the content hash, `raw` for the raw hash (and, by default, what the article says). */
function input(id: string, text: string, raw = `${id}:${text}`, meta: ArticleMeta = {}, said = `says ${raw}`): ArticleInput {
  return { doc: { id, meta } as NewsDoc, rawHash: raw, contentHash: text, articleHash: said, index: { title: '', body: '' } };
}

function state(id: string, text: string, parts: Partial<ArticleState> = {}): ArticleState {
  return { id, revision: 1, rawHash: `${id}:${text}`, contentHash: text, summaryOnly: false, ...parts };
}

const kinds = (plan: { writes: { kind: string; article: ArticleInput; copyOf?: string }[] }): [string, string, string | undefined][] =>
  plan.writes.map((w) => [w.kind, w.article.doc.id, w.copyOf]);

test('article rules › decidePut: new, the same raw input or the same article kept, a teaser kept under a full article, else a revision', () => {
  assert.equal(decidePut(undefined, input('a', 'T')), 'insert');
  assert.equal(decidePut(state('a', 'T'), input('a', 'T')), 'keep');
  assert.equal(decidePut(state('a', 'T'), input('a', 'T', 'other raw')), 'revise');
  assert.equal(decidePut(state('a', 'T'), input('a', 'U', 'teaser', { summaryOnly: true })), 'keep');
  assert.equal(decidePut(state('a', 'T', { summaryOnly: true }), input('a', 'U', 'teaser 2', { summaryOnly: true })), 'revise');
  assert.equal(decidePut(state('a', 'T', { summaryOnly: true }), input('a', 'U', 'full')), 'revise');
  // the same article from another input (an export ingested back): kept; an article stored before the hash existed: revised
  assert.equal(decidePut(state('a', 'T', { articleHash: 'same' }), input('a', 'T', 'exported', {}, 'same')), 'keep');
  assert.equal(decidePut(state('a', 'T'), input('a', 'T', 'exported', {}, 'same')), 'revise');
});

test('article rules › placementStale: a changed text or publication instant, nothing else', () => {
  const at = (publishedAt?: string): ArticleInput => input('a', 'T', 'r', publishedAt ? { publishedAt } : {});
  assert.equal(placementStale(state('a', 'T'), at()), false);
  assert.equal(placementStale(state('a', 'T'), input('a', 'U')), true);
  assert.equal(placementStale(state('a', 'T', { publishedAt: '2021-01-01T08:00:00+07:00' }), at('2021-01-01T01:00:00Z')), false, 'the same instant');
  assert.equal(placementStale(state('a', 'T', { publishedAt: '2021-01-01T08:00:00+07:00' }), at('2021-01-02T08:00:00+07:00')), true);
  assert.equal(placementStale(state('a', 'T', { publishedAt: '2021-01-01T08:00:00+07:00' }), at()), true);
});

test('article rules › decidePuts: copies of the first holder, within the batch too; an id twice in a batch is revised by its second put', () => {
  const { plan, results } = decidePuts([input('b', 'T'), input('c', 'T'), input('a', 'U'), input('a', 'T', 'again')], [state('x', 'U')]);
  assert.deepEqual(kinds(plan), [['insert', 'b', undefined], ['insert', 'c', 'b'], ['insert', 'a', 'x'], ['revise', 'a', 'b']]);
  assert.deepEqual(results.map((r) => [r.id, r.outcome, r.copyOf, r.revision]), [
    ['b', 'new', undefined, 1], ['c', 'copy', 'b', 1], ['a', 'copy', 'x', 1], ['a', 'updated', 'b', 2],
  ]);
  assert.deepEqual(plan.copies, []);
});

test('article rules › decidePuts: an original that changes its text leaves its copies to the earliest of them', () => {
  const states = [state('o', 'T'), state('c1', 'T', { copyOf: 'o' }), state('c2', 'T', { copyOf: 'o' }), state('c3', 'T', { copyOf: 'o' })];
  const { plan, results } = decidePuts([input('o', 'V')], states);
  assert.deepEqual(kinds(plan), [['revise', 'o', undefined]]);
  assert.equal(results[0]!.outcome, 'updated');
  assert.deepEqual(plan.copies, [{ id: 'c1' }, { id: 'c2', copyOf: 'c1' }, { id: 'c3', copyOf: 'c1' }]);
});

test('article rules › decidePuts: an article that comes to hold a text copies its original, even when it was ingested earlier', () => {
  const { plan } = decidePuts([input('early', 'T')], [state('early', 'S'), state('o', 'T'), state('c', 'T', { copyOf: 'o' })]);
  assert.deepEqual(kinds(plan), [['revise', 'early', 'o']]);
  assert.deepEqual(plan.copies, []);
});

test('article rules › decidePuts: links settle in batch order (a promoted copy changed later in the batch passes its copies on)', () => {
  const states = [state('o', 'T'), state('c1', 'T', { copyOf: 'o' }), state('c2', 'T', { copyOf: 'o' })];
  const { plan } = decidePuts([input('o', 'V'), input('c1', 'W')], states);
  assert.deepEqual(kinds(plan), [['revise', 'o', undefined], ['revise', 'c1', undefined]]);
  assert.deepEqual(plan.copies, [{ id: 'c1' }, { id: 'c2' }], 'c1 promoted, then c2 promoted after it');
});

test('article rules › decidePuts: a teaser and an unchanged input write nothing and keep the link', () => {
  const { plan, results } = decidePuts([input('c', 'T'), input('f', 'U', 'teaser', { summaryOnly: true })], [state('o', 'T'), state('c', 'T', { copyOf: 'o' }), state('f', 'F')]);
  assert.deepEqual(plan, { writes: [], copies: [] });
  assert.deepEqual(results, [{ id: 'c', outcome: 'unchanged', copyOf: 'o', revision: 1 }, { id: 'f', outcome: 'unchanged', revision: 1 }]);
});

test('article rules › decideAnnotations: unknown ids left out; the raw hash and revision kept; copy links settled as by a put', () => {
  const states = [state('o', 'T'), state('c1', 'T', { copyOf: 'o' }), state('c2', 'T', { copyOf: 'o' }), state('x', 'X', { revision: 3 })];
  const plan = decideAnnotations([input('nobody', 'T'), input('c1', 'V'), input('x', 'T')], states);
  assert.deepEqual(plan.writes.map((w) => [w.kind, w.article.doc.id, w.copyOf, w.kind === 'annotate' && w.stale]), [['annotate', 'c1', undefined, true], ['annotate', 'x', 'o', true]]);
  assert.deepEqual(plan.copies, []);
  assert.deepEqual(decideAnnotations([input('x', 'X')], states).writes.map((w) => w.kind === 'annotate' && w.stale), [false]);
});

test('article rules › decideDeletion: the copies left of a deleted original get the earliest of them; deleted copies are never promoted', () => {
  const states = [state('o', 'T'), state('c1', 'T', { copyOf: 'o' }), state('c2', 'T', { copyOf: 'o' }), state('c3', 'T', { copyOf: 'o' }), state('p', 'P'), state('q', 'Q', { copyOf: 'z' })];
  assert.deepEqual(decideDeletion(['o', 'c1', 'p', 'q'], states), { copies: [{ id: 'c2' }, { id: 'c3', copyOf: 'c2' }], promoted: ['c2'] });
  assert.deepEqual(decideDeletion(['c1'], states), { copies: [], promoted: [] });
});

test('article rules › CopyBook: the original is the first holder that is not a copy (else the first holder)', () => {
  const book = new CopyBook([state('c', 'T', { copyOf: 'gone' }), state('o', 'T'), state('d', 'U', { copyOf: 'gone' })]);
  assert.equal(book.originalOf('T', 'new'), 'o');
  assert.equal(book.originalOf('U', 'new'), 'd');
  assert.equal(book.originalOf('V', 'new'), undefined);
  assert.equal(book.originalOf('T', 'o'), 'c');
});
