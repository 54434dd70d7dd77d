/** Regression tests for defects a code review reproduced: each failed before its fix. */
import { updateAnnotations } from '../../src/app/write.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, DEMO, SEED_2019, SEEDS, tempDir } from '../helpers.js';
import { ingestPaths, openStore, placeStories, reprocess } from '../../src/app/index.js';
import type { Store } from '../../src/store/store.js';

const SAMPLE = join(DEMO, 'vims-sample.jsonl');

test('ingest › an unknown --encoding is a usage error naming the known ones, with no stack trace and no database created', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const r = await cli(['ingest', SEEDS, '--encoding', 'foo'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /E_BAD_ENCODING: unknown encoding "foo"; known: utf-8, .*tcvn3, vni/);
    assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/);
    assert.equal(existsSync(join(dir, 'toancanh.db')), false);
    const ok = await cli(['ingest', SEEDS, '--encoding', 'UTF8', '--quiet', '--format', 'json'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).new, 2);
  } finally {
    cleanup();
  }
});

test('ingest › an article re-ingested with a new date leaves its story and is placed again', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const lines = readFileSync(SAMPLE, 'utf8').trim().split('\n').slice(0, 40);
    writeFileSync(join(dir, 'a.jsonl'), lines.join('\n'));
    await cli(['ingest', join(dir, 'a.jsonl'), SEEDS, '--quiet'], dir);
    const before = JSON.parse((await cli(['story', '--article', SEED_2019, '--format', 'json'], dir)).stdout);
    assert.equal(before.last.slice(0, 4), '2019');
    // the same article, re-dated to 2025 by its sidecar
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, `${SEED_2019}.txt`), readFileSync(join(SEEDS, `${SEED_2019}.txt`)));
    const side = JSON.parse(readFileSync(join(SEEDS, `${SEED_2019}.meta.json`), 'utf8'));
    writeFileSync(join(seeds, `${SEED_2019}.meta.json`), JSON.stringify({ ...side, publishedAt: '2025-06-01T08:00:00+07:00' }));
    const r = JSON.parse((await cli(['ingest', seeds, '--quiet', '--format', 'json'], dir)).stdout);
    assert.equal(r.updated, 1);
    assert.equal(r.stories.placed, 1, 'placed again, not "no new article to place"');
    const after = JSON.parse((await cli(['story', '--article', SEED_2019, '--format', 'json'], dir)).stdout);
    assert.equal(after.last.slice(0, 4), '2025');
    assert.equal(after.articles.filter((a: { id: string }) => a.id === SEED_2019).length, 1);
    // nowhere else: the story it left, if any, no longer lists it
    const list = JSON.parse((await cli(['stories', '--limit', '1000', '--format', 'json'], dir)).stdout);
    let seen = 0;
    for (const s of list.stories) {
      const d = JSON.parse((await cli(['story', s.id, '--format', 'json'], dir)).stdout);
      seen += d.articles.filter((a: { id: string }) => a.id === SEED_2019).length;
    }
    assert.equal(seen, 1);
  } finally {
    cleanup();
  }
});

test('reprocess › an article whose annotations change its date is placed again', async () => {
  const { dir, cleanup } = tempDir();
  const store = await openStore(join(dir, 'x.db'), 'write');
  try {
    await ingestPaths(store, { paths: [SEEDS] });
    const a = (await store.getArticle(SEED_2019))!;
    const storyBefore = await store.storyOf(SEED_2019);
    await updateAnnotations(store, [{ ...a.doc, meta: { ...a.doc.meta, publishedAt: '2031-01-01T00:00:00+07:00' } }]);
    assert.deepEqual((await store.unplaced()).map((u) => u.id), [SEED_2019]);
    const r = await placeStories(store, {});
    assert.equal(r.placed, 1);
    assert.deepEqual(await store.unplaced(), []);
    const story = (await store.getStory((await store.storyOf(SEED_2019))!))!;
    assert.equal(story.last?.slice(0, 4), '2031');
    if (storyBefore !== story.id) assert.equal(await store.getStory(storyBefore!), undefined, 'the story it left alone is gone');
  } finally {
    await store.close();
    cleanup();
  }
});

test('reprocess › collects ids without loading every article, and loads each article once', async () => {
  const { dir, cleanup } = tempDir();
  const store = await openStore(join(dir, 'x.db'), 'write');
  try {
    await ingestPaths(store, { paths: [SAMPLE], stories: false });
    let listed = 0;
    let loaded = 0;
    const counting = new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'articles') listed++;
        if (key === 'getArticle') loaded++;
        if (key === 'getArticles') return async (ids: string[]) => ((loaded += ids.length), target.getArticles(ids));
        const v = Reflect.get(target, key, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    }) as Store;
    const r = await reprocess(counting, { all: true, batchSize: 100 });
    assert.equal(r.reprocessed, 298);
    assert.equal(listed, 0, 'no full article listed');
    assert.equal(loaded, 298, 'each article loaded once');
  } finally {
    await store.close();
    cleanup();
  }
});

test('ingest › a sidecar that is there but cannot be read rejects its article with the reason', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const d = join(dir, 'in');
    mkdirSync(d);
    writeFileSync(join(d, 'a.txt'), readFileSync(join(SEEDS, `${SEED_2019}.txt`)));
    mkdirSync(join(d, 'a.meta.json')); // a folder where the sidecar should be: unreadable as a file
    const r = await cli(['ingest', d, '--quiet', '--format', 'json'], dir);
    assert.equal(r.code, 3, r.stderr);
    const rep = JSON.parse(r.stdout);
    assert.equal(rep.new, 0);
    assert.match(rep.rejected[0].reason, /sidecar .*a\.meta\.json cannot be read: is a folder/);
  } finally {
    cleanup();
  }
});

test('cluster › reads JSONL as ingest does: same ids, same rejections, streamed output', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const lines = readFileSync(SAMPLE, 'utf8').trim().split('\n').slice(0, 30);
    const noId = JSON.parse(lines[0]!) as Record<string, unknown>;
    delete noId.id;
    noId.url = 'https://vnexpress.net/tin-moi-123.html';
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, [...lines.slice(1), JSON.stringify(noId), '{"id":"x","title":"no body"}', '{broken'].join('\n'));
    const r = await cli(['cluster', file], dir);
    assert.equal(r.code, 3);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; story: string });
    assert.equal(out.length, 30);
    assert.equal(out[29]!.id, 'vnexpress.net/tin-moi-123.html', 'the id ingest gives a record without one');
    assert.match(r.stderr, /c\.jsonl:31: missing "body"/);
    assert.match(r.stderr, /c\.jsonl:32: invalid JSON/);
    const ingested = JSON.parse((await cli(['ingest', file, '--quiet', '--format', 'json'], dir)).stdout);
    assert.equal(ingested.new + ingested.copies, 30);
    assert.deepEqual(ingested.rejected.map((x: { where: string }) => x.where.replace(`${dir}/`, '')), ['c.jsonl:31', 'c.jsonl:32']);
  } finally {
    cleanup();
  }
});
