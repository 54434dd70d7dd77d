import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO } from '../helpers.js';
import {
  STATE_PARTS, StoryClusterer, publicationOrder,
  type Assignment, type ClusterInput, type ClustererDelta, type ClustererRows, type StatePart, type StateRow,
} from '../../src/stories/index.js';

// The demo sample: 298 ViMs articles over 10 days, 28 of them undated (placed last).
const SAMPLE: ClusterInput[] = publicationOrder(readFileSync(join(DEMO, 'vims-sample.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ClusterInput));

/** The rows a store holds: each delta applied in turn, as a store does. */
class Rows {
  scalars = '';
  readonly parts = Object.fromEntries(STATE_PARTS.map((p) => [p, new Map<string, StateRow>()])) as Record<StatePart, Map<string, StateRow>>;
  written = 0;

  apply(d: ClustererDelta): void {
    if (d.full) for (const p of STATE_PARTS) this.parts[p].clear();
    for (const p of STATE_PARTS) {
      for (const k of d.removed[p]) this.parts[p].delete(k);
      for (const r of d.upserts[p]) {
        this.parts[p].set(r.key, { ...r, data: r.data.slice() });
        this.written += r.data.length;
      }
    }
    this.scalars = d.scalars;
  }

  rows(): ClustererRows {
    return { scalars: this.scalars, parts: Object.fromEntries(STATE_PARTS.map((p) => [p, [...this.parts[p].values()]])) as ClustererRows['parts'] };
  }
}

/** Places articles as the store does: moves taken after each, the state's changes after each batch. */
function place(c: StoryClusterer, articles: readonly ClusterInput[], rows: Rows, batch: number, out: Map<string, Assignment>): void {
  articles.forEach((a, i) => {
    out.set(a.id, c.add(a));
    for (const m of c.takeMoves().moved) out.set(m.id, m);
    if ((i + 1) % batch === 0) rows.apply(c.takeStateChanges());
  });
  rows.apply(c.takeStateChanges());
}

test('state rows › the first delta is the whole state; fromParts of the rows gives toJSON of the original', () => {
  const c = new StoryClusterer({}, { keepClosed: true });
  const rows = new Rows();
  for (const a of SAMPLE.slice(0, 50)) c.add(a);
  const first = c.takeStateChanges();
  assert.equal(first.full, true);
  rows.apply(first);
  assert.deepEqual(StoryClusterer.fromParts(rows.rows()).toJSON(), c.toJSON());
  const again = c.takeStateChanges();
  assert.equal(again.full, false);
  assert.deepEqual(Object.values(again.upserts).flat(), [], 'nothing changed: nothing written');
  assert.deepEqual(Object.values(again.removed).flat(), []);
});

test('state rows › restored from the rows after any batch, a clusterer continues exactly as the original (moves, splits, closing, undated, release)', () => {
  const whole = new StoryClusterer({}, { keepClosed: true });
  const expected = new Map<string, Assignment>();
  const wholeRows = new Rows();
  place(whole, SAMPLE, wholeRows, 20, expected);
  whole.settle();
  for (const m of whole.takeMoves().moved) expected.set(m.id, m);
  whole.releaseClosed();
  wholeRows.apply(whole.takeStateChanges());
  assert.deepEqual(StoryClusterer.fromParts(wholeRows.rows()).toJSON(), whole.toJSON());

  for (const cut of [40, 150, 280]) {
    const first = new StoryClusterer({}, { keepClosed: true });
    const rows = new Rows();
    const got = new Map<string, Assignment>();
    place(first, SAMPLE.slice(0, cut), rows, 20, got);
    const restored = StoryClusterer.fromParts(rows.rows());
    assert.deepEqual(restored.toJSON(), first.toJSON(), `state after ${cut}`);
    place(restored, SAMPLE.slice(cut), rows, 20, got);
    restored.settle();
    for (const m of restored.takeMoves().moved) got.set(m.id, m);
    restored.releaseClosed();
    rows.apply(restored.takeStateChanges());
    assert.deepEqual(restored.toJSON(), whole.toJSON(), `continued after ${cut}`);
    assert.deepEqual([...got.values()].map((a) => [a.id, a.story, a.copyOf]).sort(), [...expected.values()].map((a) => [a.id, a.story, a.copyOf]).sort());
    assert.deepEqual(StoryClusterer.fromParts(rows.rows()).toJSON(), whole.toJSON());
  }
});

test('state rows › removals and a state from toJSON: the first delta after fromJSON is whole, later ones follow', () => {
  const c = new StoryClusterer();
  for (const a of SAMPLE.slice(0, 150)) c.add(a);
  const migrated = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(c.toJSON())));
  const rows = new Rows();
  const d = migrated.takeStateChanges();
  assert.equal(d.full, true);
  rows.apply(d);
  for (const id of [SAMPLE[140]!.id, SAMPLE[3]!.id, SAMPLE[149]!.id]) migrated.remove(id);
  for (const a of SAMPLE.slice(150, 200)) migrated.add(a);
  rows.apply(migrated.takeStateChanges());
  assert.deepEqual(StoryClusterer.fromParts(rows.rows()).toJSON(), migrated.toJSON());
});

test('state rows › a small batch writes a small part of the state', () => {
  const c = new StoryClusterer();
  const rows = new Rows();
  for (const a of SAMPLE.slice(0, 250)) c.add(a);
  rows.apply(c.takeStateChanges());
  const whole = rows.written;
  rows.written = 0;
  for (const a of SAMPLE.slice(250, 255)) c.add(a);
  rows.apply(c.takeStateChanges());
  assert.ok(rows.written < whole / 4, `${rows.written} bytes written of ${whole}`);
});
