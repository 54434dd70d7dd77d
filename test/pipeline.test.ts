import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Stage } from '../src/doc/stage.js';
import { defaultPipeline, Pipeline } from '../src/pipeline.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({
  name, version: '1', requires, assigns, run: (d) => d,
});

test('pipeline › a stage whose requirement no earlier stage assigns is refused when built', () => {
  assert.throws(() => new Pipeline([stage('sentences', ['text'], ['sentences'])]), /requires "text"/);
  assert.doesNotThrow(() => new Pipeline([stage('a', [], ['text']), stage('b', ['text'], ['sentences'])]));
});

test('pipeline › a stage that returns something else than a NewsDoc is refused', () => {
  const bad: Stage = { ...stage('bad', [], []), run: () => 42 as never };
  assert.throws(() => new Pipeline([bad]).run({ format: 'text', bytes: Buffer.from('x') }), /did not return a NewsDoc/);
});

test('pipeline › re-running from a stage restarts where stored fields would be assigned twice', () => {
  const p = defaultPipeline();
  assert.deepEqual(p.names, ['decode', 'clean', 'sentences', 'language']);
  assert.equal(p.restartIndex(p.names.indexOf('clean')), 0); // clean completes meta that decode read
  assert.equal(p.restartIndex(p.names.indexOf('sentences')), 2);
  assert.equal(p.restartIndex(p.names.indexOf('language')), 3);
  assert.match(p.version, /^decode@\d+ clean@\d+ sentences@\d+ language@\d+$/);
});
