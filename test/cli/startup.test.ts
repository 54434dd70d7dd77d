/**
 * What a short command loads (issue 14: `search` within 100 ms of bare node). Start-up is mostly
 * compiling modules, so the guard is on which modules `search` loads, not on a time: the command
 * runs in a child process whose module loader reports every module, and none of the analysis
 * pipeline, the knowledge base (its schema loads zod, a hundred modules) or the thread pool may be
 * among them. The time itself is measured by `npm run bench -- startup`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cli, ROOT, SEEDS, tempDir } from '../helpers.js';

// A module loader hook that prints each module's URL on stderr, registered before the CLI loads.
const HOOK = `export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
const REGISTER = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}));`;

test('cli › search loads no analysis, knowledge base, zod or thread pool', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const db = join(dir, 'seeds.db');
    assert.equal((await cli(['ingest', SEEDS, '--db', db, '--quiet'], dir)).code, 0);
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, join(ROOT, 'dist/src/cli/main.js'), 'search', 'Tập Cận Bình', '--db', db], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /match/);
    const loaded = r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
    assert.ok(loaded.some((u) => u.includes('/src/cli/commands/search.js')), 'the hook saw the modules loaded');
    const heavy = loaded.filter((u) => /\/node_modules\/(zod|piscina|linkedom|@mozilla)\/|\/src\/(nlp|pipeline|ingest|stories)\//.test(u));
    assert.deepEqual(heavy, [], `search loaded ${heavy.length} modules it does not need`);
  } finally {
    cleanup();
  }
});
