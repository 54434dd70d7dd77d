import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFeatures, placedBody, PLACED_BODY_CHARS } from '../../src/stories/features.js';
import { SEED_2019, SEED_2021, SEEDS } from '../helpers.js';

const seed2019 = readFileSync(join(SEEDS, `${SEED_2019}.txt`), 'utf8');
const seed2021 = readFileSync(join(SEEDS, `${SEED_2021}.txt`), 'utf8');

test('features › a body past the placed length is read up to it, cut at a space; a shorter one whole', () => {
  assert.equal(placedBody(seed2019), seed2019);
  const long = Array.from({ length: Math.ceil((PLACED_BODY_CHARS * 3) / seed2021.length) }, () => seed2021).join('\n');
  const cut = placedBody(long);
  assert.ok(cut.length <= PLACED_BODY_CHARS && cut.length > PLACED_BODY_CHARS - 100, String(cut.length));
  assert.ok(long.startsWith(cut) && long[cut.length] === ' ');
});

test('features › names mentioned alone after their full form (`ông Tập` after `Tập Cận Bình`) are found', () => {
  // the seeds name Tập Cận Bình and Kim Jong-un in full, then as `ông Tập`, `ông Kim`
  const f = articleFeatures('', seed2019, 3);
  const names = new Map([...f.entityNames].map(([h, n]) => [n, f.entities.get(h) ?? 0]));
  assert.ok((names.get('tap can') ?? 0) >= 2, JSON.stringify([...names].slice(0, 30)));
  assert.ok((names.get('kim jong') ?? 0) >= 2);
  // many lone mentions over a long text: each finds the latest full name before it
  const text = 'Chủ tịch Tập Cận Bình tới Bình Nhưỡng. ' + Array.from({ length: 2000 }, (_, i) => `Ông Tập nói lần ${i}. Ông Nguyễn Văn An đáp lời.`).join(' ');
  const g = articleFeatures('', text, 3);
  const counts = new Map([...g.entityNames].map(([h, n]) => [n, g.entities.get(h) ?? 0]));
  assert.equal(counts.get('tap can'), 2001);
  assert.equal(counts.get('tap can binh'), 2001);
});
