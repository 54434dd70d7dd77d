/**
 * Entity mentions packed for storage and for the way back from a worker thread
 * (src/doc/entity-codec.ts): what comes back is what the `entities` stage gave, on real articles
 * (the seeds and the demo sample, through the default pipeline), through a store and through the
 * worker pool; a document stored before packing (a list) still reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packEntities, unpackEntities } from '../../src/doc/entity-codec.js';
import type { NewsDoc, RawInput } from '../../src/doc/news-doc.js';
import { defaultPipeline } from '../../src/pipeline/index.js';
import { PipelinePool } from '../../src/pipeline/pool.js';
import { docJSON, docOf } from '../../src/store/sqlite/rows.js';
import { DEMO, ROOT } from '../helpers.js';

function inputs(): RawInput[] {
  const seeds = join(ROOT, 'test/fixtures/seeds.articles.jsonl');
  const lines = readFileSync(seeds, 'utf8').split('\n').filter(Boolean).map((l, i) => ({ format: 'jsonl' as const, bytes: Buffer.from(l), origin: { path: seeds, line: i + 1 } }));
  const demo = readdirSync(DEMO).filter((f) => f.endsWith('.jsonl')).map((f) => join(DEMO, f))[0]!;
  const more = readFileSync(demo, 'utf8').split('\n').filter(Boolean).slice(0, 40).map((l, i) => ({ format: 'jsonl' as const, bytes: Buffer.from(l), origin: { path: demo, line: i + 1 } }));
  return [...lines, ...more];
}

async function analysed(): Promise<NewsDoc[]> {
  const results = await defaultPipeline().runBatch(inputs());
  return results.flatMap((r) => (r.ok ? [r.doc] : []));
}

test('packed mentions unpack to what the stage gave, credit and links included', async () => {
  const docs = await analysed();
  assert.ok(docs.length >= 40);
  let mentions = 0;
  let credits = 0;
  for (const d of docs) {
    const packed = packEntities(d.entities!, d.text!, d.meta.credit);
    assert.equal(packed.t, undefined, 'every mention text is the slice of its offsets');
    assert.deepEqual(unpackEntities(packed, d.text!, d.meta.credit), d.entities);
    assert.ok(JSON.stringify(packed).length < JSON.stringify(d.entities).length / 2 || d.entities!.length < 3);
    mentions += d.entities!.length;
    credits += d.entities!.filter((m) => m.in === 'credit').length;
  }
  assert.ok(mentions > 500 && credits > 0, `${mentions} mentions, ${credits} in credits`);
});

test('a mention whose text is not the slice of its offsets keeps its text', () => {
  const text = 'Ông Tập Cận Bình nói.';
  const m = [{ start: 4, end: 16, type: 'PER' as const, text: 'Tập Cận Bình', entity: { id: 'per:xi-jinping', name: 'Tập Cận Bình', en: 'Xi Jinping' } }, { start: 0, end: 3, type: 'MISC' as const, text: 'other' }];
  assert.deepEqual(unpackEntities(packEntities(m, text, undefined), text, undefined), m);
});

test('a stored document keeps its mentions; one stored before packing (a list) reads as it was', async () => {
  const [doc] = await analysed();
  const row = { id: doc!.id, text: doc!.text, doc: docJSON(doc!), raw: Buffer.from(doc!.input.bytes), raw_format: 'jsonl', sidecar: null };
  assert.ok(!Array.isArray((JSON.parse(row.doc) as { entities: unknown }).entities), 'stored packed');
  assert.deepEqual(docOf(row).entities, doc!.entities);
  const old = JSON.parse(row.doc) as Record<string, unknown>;
  old.entities = doc!.entities;
  assert.deepEqual(docOf({ ...row, doc: JSON.stringify(old) }).entities, doc!.entities);
});

test('mentions come back from a worker thread as the stage gave them', async () => {
  const docs = await analysed();
  const pool = new PipelinePool(1, { stages: defaultPipeline().names.map((name) => ({ name })) });
  try {
    const back = await pool.run(inputs());
    assert.deepEqual(back.flatMap((r) => (r.ok ? [r.doc.entities] : [])), docs.map((d) => d.entities));
  } finally {
    await pool.close();
  }
});
