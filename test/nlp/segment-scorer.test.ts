import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MODEL_PATH } from '../../src/nlp/segment/index.js';
import { SegmentModel, type SegmentModelJSON } from '../../src/nlp/segment/model.js';
import { DenseScorer } from '../../src/nlp/segment/scorer.js';
import { B, I, NONE, collectFeatures, FEATURES } from '../../src/nlp/segment/features.js';
import { allocTokens, segmentationTokens } from '../../src/nlp/segment/tokens.js';

const SEEDS = fileURLToPath(new URL('../../../test/fixtures/seeds/', import.meta.url));

test('the dense scorer gives the feature sum to the last bit, for every token and history of the seeds', () => {
  const model = SegmentModel.fromJSON(JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8')) as SegmentModelJSON);
  const scorer = new DenseScorer(model.weights, model.frequent);
  let checked = 0;
  let nonZero = 0;
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    // odd capitalisation too: the shapes the dense tables index must all be covered
    for (const variant of [text, text.toUpperCase(), text.toLowerCase()]) {
      const tokens = segmentationTokens(variant, 0, variant.length, allocTokens(256));
      const texts = Array.from({ length: tokens.n }, (_, i) => variant.slice(tokens.start[i], tokens.end[i]));
      const s = model.prepare(texts, tokens.n, false);
      for (let i = 0; i < s.n; i++) {
        for (const [p1, p2] of [[NONE, NONE], [B, NONE], [B, B], [B, I], [I, B], [I, I]] as const) {
          const n = collectFeatures(s, i, p1, p2);
          let expected = 0;
          for (let k = 0; k < n; k++) expected += model.weights.get(FEATURES[k]!);
          const got = scorer.score(s, i, p1, p2);
          assert.equal(got, expected, `token ${i} (${texts[i]}) after ${p2},${p1}`);
          checked++;
          if (got !== 0) nonZero++;
        }
      }
    }
  }
  assert.ok(checked > 10_000 && nonZero > checked * 0.9, `${checked} scores checked, ${nonZero} non-zero`);
});
