import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allocTokens, segmentationTokens } from '../../src/nlp/segment/tokens.js';

function tokens(text: string): string[] {
  const t = segmentationTokens(text, 0, text.length, allocTokens(4));
  return Array.from({ length: t.n }, (_, i) => text.slice(t.start[i], t.end[i]));
}

const CASES: [string, string[]][] = [
  ['bên.', ['bên', '.']],
  ['“đoàn', ['“', 'đoàn']],
  ['Jong-un,', ['Jong-un', ',']],
  ['hôm 23/3, 1.500 tấn', ['hôm', '23/3', ',', '1.500', 'tấn']],
  ['3,5% và 95 %', ['3,5%', 'và', '95', '%']],
  ['chờ... mãi!!!', ['chờ', '...', 'mãi', '!!!']],
  ['TP. HCM', ['TP.', 'HCM']],
  ['tp. Hồ Chí Minh', ['tp.', 'Hồ', 'Chí', 'Minh']],
  ['h. Bình Chánh', ['h.', 'Bình', 'Chánh']],
  ['J. Trump', ['J.', 'Trump']],
  // a period at the very end ends the sentence, not an abbreviation
  ['ở TP.', ['ở', 'TP', '.']],
  ['TP.HCM', ['TP.HCM']],
  ['  ', []],
  ['a\u00a0b\u3000c', ['a', 'b', 'c']],
];

for (const [input, want] of CASES) {
  test(`segment tokens › ${JSON.stringify(input)}`, () => assert.deepEqual(tokens(input), want));
}

test('segment tokens › from/to limit the range, offsets stay in the text', () => {
  const text = 'xx Hà Nội yy';
  const t = segmentationTokens(text, 3, 9, allocTokens(1));
  assert.deepEqual([t.n, t.start[0], t.end[1]], [2, 3, 9]);
});
