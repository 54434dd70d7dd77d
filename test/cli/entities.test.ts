import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli, SEED_2019, SEED_2021, SEEDS, tempDir } from '../helpers.js';

test('entities › the seeds ingested: entities on the articles, the most mentioned listed, one entity by name or id', async () => {
  const { dir, cleanup } = tempDir();
  try {
    assert.equal((await cli(['ingest', SEEDS, '--quiet'], dir)).code, 0);
    const shown = JSON.parse((await cli(['show', SEED_2019, '--format', 'json'], dir)).stdout) as { text: string; entities: { start: number; end: number; text: string; in?: string; entity?: { id: string } }[] };
    for (const e of shown.entities.filter((x) => !x.in)) assert.equal(shown.text.slice(e.start, e.end), e.text);
    const credit = shown.entities.find((e) => e.in === 'credit');
    assert.equal(credit?.entity?.id, 'org:yonhap');

    const list = JSON.parse((await cli(['entities', '--format', 'json', '--limit', '50'], dir)).stdout) as { entities: { id: string; articles: number; mentions: number }[]; articles: number };
    assert.equal(list.articles, 2);
    const ids = list.entities.map((e) => e.id);
    for (const id of ['per:kim-jong-un', 'per:xi-jinping', 'country:KP', 'country:CN', 'org:kcna']) assert.ok(ids.includes(id), `${id} in ${ids.join(' ')}`);
    const kim = list.entities.find((e) => e.id === 'per:kim-jong-un')!;
    assert.equal(kim.articles, 2);
    assert.ok(kim.mentions >= 10);
    const people = JSON.parse((await cli(['entities', '--type', 'PER', '--format', 'json'], dir)).stdout) as { entities: { type: string }[] };
    assert.ok(people.entities.every((e) => e.type === 'PER'));
    assert.equal(JSON.parse((await cli(['entities', '--from', '2021-01-01', '--format', 'json'], dir)).stdout).articles, 1);

    const xi = JSON.parse((await cli(['entity', 'tap can binh', '--format', 'json'], dir)).stdout) as { entity: { id: string }; surfaces: { text: string }[]; articles: { id: string }[]; cooccurring: { id: string }[] };
    assert.equal(xi.entity.id, 'per:xi-jinping');
    assert.ok(xi.surfaces.some((s) => s.text === 'Tập') && xi.surfaces.some((s) => s.text === 'Tập Cận Bình'));
    assert.deepEqual(xi.articles.map((a) => a.id).sort(), [SEED_2021, SEED_2019].sort());
    assert.ok(xi.cooccurring.some((e) => e.id === 'per:kim-jong-un'));
    assert.match((await cli(['entity', 'per:xi-jinping'], dir)).stdout, /Xi Jinping/);
    assert.equal((await cli(['entity', 'Nobody Here'], dir)).code, 4);
    assert.equal((await cli(['entities', '--type', 'XYZ'], dir)).code, 2);
  } finally {
    cleanup();
  }
});

test('entities › ingest --no-entities keeps the words and leaves entities out; --no-words leaves both out', async () => {
  const { dir, cleanup } = tempDir();
  try {
    for (const [db, flag] of [['a.db', '--no-entities'], ['b.db', '--no-words']] as const) {
      assert.equal((await cli(['ingest', SEEDS, '--quiet', '--db', db, flag], dir)).code, 0);
      const shown = JSON.parse((await cli(['show', SEED_2019, '--format', 'json', '--db', db], dir)).stdout) as { entities?: unknown[] };
      assert.equal(shown.entities, undefined, `${flag}: no entities`);
      const stats = JSON.parse((await cli(['stats', '--format', 'json', '--db', db], dir)).stdout) as { byPipeline: Record<string, number> };
      const pipeline = Object.keys(stats.byPipeline).join(' ');
      assert.doesNotMatch(pipeline, /entities@/);
      if (flag === '--no-entities') assert.match(pipeline, /words@/);
      else assert.doesNotMatch(pipeline, /words@/);
    }
  } finally {
    cleanup();
  }
});

test('entities › search --entity: a query among the entity\'s articles, or its articles newest first; entity shows its stories', async () => {
  const { dir, cleanup } = tempDir();
  try {
    assert.equal((await cli(['ingest', SEEDS, '--quiet'], dir)).code, 0);
    const all = JSON.parse((await cli(['search', '--entity', 'per:xi-jinping', '--format', 'json'], dir)).stdout) as { entity: string; total: number; hits: { id: string; publishedAt: string }[] };
    assert.equal(all.entity, 'per:xi-jinping');
    assert.deepEqual(all.hits.map((h) => h.id), [SEED_2021, SEED_2019]);
    const named = JSON.parse((await cli(['search', 'Bình Nhưỡng', '--entity', 'Tập Cận Bình', '--format', 'json'], dir)).stdout) as { entity: string; hits: { id: string }[] };
    assert.equal(named.entity, 'per:xi-jinping');
    assert.ok(named.hits.length >= 1 && named.hits.every((h) => [SEED_2021, SEED_2019].includes(h.id)));
    assert.match((await cli(['search', '--entity', 'per:xi-jinping'], dir)).stdout, /^2 articles naming per:xi-jinping, newest first:/);
    assert.equal((await cli(['search', '--entity', 'Nobody Here'], dir)).code, 4);
    assert.equal((await cli(['search'], dir)).code, 2);
    const xi = JSON.parse((await cli(['entity', 'per:xi-jinping', '--format', 'json'], dir)).stdout) as { stories: { id: string; headline: string; articles: number }[] };
    assert.equal(xi.stories.reduce((n, s) => n + s.articles, 0), 2);
    assert.ok(xi.stories.every((s) => s.headline.length > 0));
  } finally {
    cleanup();
  }
});

test('entities › a database without entity rows (made before them) gets them from `reprocess --stage language`', async () => {
  const { dir, cleanup } = tempDir();
  try {
    assert.equal((await cli(['ingest', SEEDS, '--quiet'], dir)).code, 0);
    const before = (await cli(['entities', '--format', 'json', '--limit', '100'], dir)).stdout;
    const db = new Database(join(dir, 'toancanh.db'));
    db.exec('DELETE FROM entity_aliases; DELETE FROM entities;');
    db.close();
    assert.equal(JSON.parse((await cli(['entities', '--format', 'json'], dir)).stdout).total, 0);
    assert.match((await cli(['entities'], dir)).stdout, /reprocess --stage language/);
    assert.equal((await cli(['reprocess', '--stage', 'language', '--quiet'], dir)).code, 0);
    assert.equal((await cli(['entities', '--format', 'json', '--limit', '100'], dir)).stdout, before);
  } finally {
    cleanup();
  }
});
