/** A placement run killed half-way keeps the batches it saved, and the next ingest ends with the stories of a run never killed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli, DEMO, ROOT, tempDir } from '../helpers.js';

const SAMPLE = join(DEMO, 'vims-sample.jsonl');
const CLI = join(ROOT, 'dist/src/cli/main.js');
const BATCH = { TOANCANH_PLACE_BATCH: '10' };

/** What a database holds of stories: placements, summaries, related stories, and the clusterer's state rows. */
function stories(path: string): { placements: unknown[]; stories: unknown[]; related: unknown[]; state: unknown[] } {
  const db = new Database(path, { readonly: true });
  try {
    const state = ['clusterer_stories', 'clusterer_archive', 'clusterer_articles', 'clusterer_signatures', 'clusterer_df'].map((t) =>
      db.prepare(`SELECT id, ord, hex(data) AS data FROM ${t} ORDER BY id`).all());
    return {
      placements: db.prepare('SELECT article_id, story_id, copy_of, similarity, dated, stale FROM story_articles ORDER BY article_id').all(),
      stories: db.prepare('SELECT id, headline, headline_id, first_at, last_at, entities, open FROM stories ORDER BY id').all(),
      related: db.prepare('SELECT story_id, related_id, shared, ord FROM story_related ORDER BY story_id, ord').all(),
      state: [...state, db.prepare('SELECT data FROM clusterer_scalars').all()],
    };
  } finally {
    db.close();
  }
}

function placed(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM story_articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or its tables not yet
  }
}

/** Runs `toancanh ingest` in a child process and kills it (SIGKILL) once `after` articles are placed; the count placed then. */
async function killedIngest(dir: string, db: string, after: number): Promise<number> {
  const child = spawn(process.execPath, [CLI, 'ingest', SAMPLE, '--db', db, '--quiet'], { cwd: dir, env: { ...process.env, ...BATCH }, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && placed(join(dir, db)) < after) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'killed before it ended');
  return placed(join(dir, db));
}

test('stories › an ingest killed (SIGKILL) during placement, run again, ends with the stories of a run not killed', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const at = await killedIngest(dir, 'killed.db', 40);
    assert.ok(at >= 40 && at < 298, `killed with ${at} of 298 articles placed`);
    assert.equal(at % 10, 0, 'whole batches saved');
    const again = JSON.parse((await cli(['ingest', SAMPLE, '--db', 'killed.db', '--format', 'json'], dir, BATCH)).stdout);
    assert.equal(again.unchanged, 298);
    assert.equal(again.stories.placed, 298 - at, 'the next run places the rest');
    await cli(['ingest', SAMPLE, '--db', 'whole.db', '--quiet'], dir, BATCH);
    const [killed, whole] = [stories(join(dir, 'killed.db')), stories(join(dir, 'whole.db'))];
    assert.ok(whole.stories.length > 30, `${whole.stories.length} stories`);
    assert.deepEqual(killed.placements, whole.placements);
    assert.deepEqual(killed.stories, whole.stories);
    assert.deepEqual(killed.state, whole.state, 'the same state, row for row');
    // saving every 10 articles or all at once changes no story (summaries are those of each story's last batch)
    await cli(['ingest', SAMPLE, '--db', 'once.db', '--quiet'], dir);
    const partition = (p: unknown[]): string[] => p.map((x) => `${(x as { article_id: string }).article_id} ${(x as { story_id: string }).story_id}`);
    assert.deepEqual(partition(stories(join(dir, 'once.db')).placements), partition(whole.placements));
  } finally {
    cleanup();
  }
});
