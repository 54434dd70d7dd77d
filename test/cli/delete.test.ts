import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, tempDir } from '../helpers.js';

test('delete › an article goes with everything kept of it; its exact copy takes its place; a story left empty goes', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const [s2021, s2019] = readFileSync(join(ROOT, 'test/fixtures/seeds.articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, [
      { ...s2021, id: 'a' },
      { ...s2021, id: 'a-copy', publishedAt: '2021-03-24T09:00:00+07:00' },
      { ...s2019, id: 'b' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const ing = JSON.parse((await cli(['ingest', file, '--quiet', '--format', 'json'], dir)).stdout);
    assert.equal(ing.copies, 1);
    const storyA = JSON.parse((await cli(['story', '--article', 'a', '--format', 'json'], dir)).stdout);
    const storyB = JSON.parse((await cli(['story', '--article', 'b', '--format', 'json'], dir)).stdout);
    assert.deepEqual(storyA.articles.map((x: { id: string }) => x.id).sort(), ['a', 'a-copy']);
    assert.equal(JSON.parse((await cli(['search', 'Tập Cận Bình', '--format', 'json'], dir)).stdout).hits.some((h: { id: string }) => h.id === 'a-copy'), false);

    // without --yes: a dry run
    const dry = await cli(['delete', 'a'], dir);
    assert.equal(dry.code, 2);
    assert.match(dry.stderr, /Would delete:\n {2}a .*its copy a-copy takes its place/);
    assert.match(dry.stderr, /E_CONFIRM/);
    assert.equal((await cli(['show', 'a'], dir)).code, 0, 'nothing deleted');

    const del = await cli(['delete', 'a', '--yes'], dir);
    assert.equal(del.code, 0, del.stderr);
    assert.match(del.stdout, /Deleted 1 article; a-copy became the original of its copies; 1 story updated/);
    assert.equal((await cli(['show', 'a'], dir)).code, 4);
    const copy = JSON.parse((await cli(['show', 'a-copy', '--format', 'json'], dir)).stdout);
    assert.equal(copy.copyOf, undefined);
    const hits = JSON.parse((await cli(['search', 'Tập Cận Bình', '--format', 'json'], dir)).stdout).hits.map((h: { id: string }) => h.id);
    assert.ok(hits.includes('a-copy') && !hits.includes('a'), hits.join(' '));
    const after = JSON.parse((await cli(['story', '--article', 'a-copy', '--format', 'json'], dir)).stdout);
    assert.deepEqual(after.articles.map((x: { id: string; copyOf?: string }) => [x.id, x.copyOf]), [['a-copy', undefined]]);
    assert.equal(after.last.slice(0, 10), '2021-03-24');

    // the last article of a story: the story goes; an unknown id is reported (exit 4)
    const r = await cli(['delete', 'b', 'nope', '--yes', '--format', 'json'], dir);
    assert.equal(r.code, 4);
    const rep = JSON.parse(r.stdout);
    assert.deepEqual(rep.deleted, ['b']);
    assert.deepEqual(rep.missing, ['nope']);
    assert.equal((await cli(['story', storyB.id], dir)).code, 4, 'its story is gone');
    const stats = JSON.parse((await cli(['stats', '--format', 'json'], dir)).stdout);
    assert.equal(stats.articles, 1);
    assert.equal(stats.copies, 0);
    assert.equal(JSON.parse((await cli(['stories', '--format', 'json'], dir)).stdout).total, 1);
    // ingested again, b is new, and a is now the copy of a-copy
    const again = JSON.parse((await cli(['ingest', file, '--quiet', '--format', 'json'], dir)).stdout);
    assert.deepEqual([again.new, again.copies, again.unchanged], [1, 1, 1]);
    assert.equal(JSON.parse((await cli(['show', 'a', '--format', 'json'], dir)).stdout).copyOf, 'a-copy');
    // optimize (after deletions: FTS5's merge) changes no search result
    const before = (await cli(['search', 'Tập Cận Bình', '--all', '--format', 'json'], dir)).stdout;
    const optimized = await cli(['optimize', '--quiet'], dir);
    assert.equal(optimized.code, 0, optimized.stderr);
    assert.match(optimized.stdout, /full-text index merged/);
    assert.equal((await cli(['search', 'Tập Cận Bình', '--all', '--format', 'json'], dir)).stdout, before);
  } finally {
    cleanup();
  }
});
