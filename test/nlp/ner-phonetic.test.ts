/** Vietnamese phonetic spellings matched by rule to the KB's Latin names (src/nlp/ner/kb/phonetic.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKnowledgeBase, parseEntries } from '../../src/nlp/ner/kb/index.js';
import { hasPhoneticWord, latinSkeleton, phoneticMatch, vietnameseSkeleton } from '../../src/nlp/ner/kb/phonetic.js';
import { ArticleContext, linkSpans } from '../../src/nlp/ner/link.js';

// no phonetic alias written: whatever links, the rule found
const kb = buildKnowledgeBase(
  parseEntries(
    [
      { id: 'per:putin', type: 'PER', name: 'Vladimir Putin', en: 'Vladimir Putin', source: 'test' },
      { id: 'per:obama', type: 'PER', name: 'Barack Obama', en: 'Barack Obama', source: 'test' },
      { id: 'per:merkel', type: 'PER', name: 'Angela Merkel', en: 'Angela Merkel', source: 'test' },
      { id: 'per:medvedev', type: 'PER', name: 'Dmitry Medvedev', en: 'Dmitry Medvedev', source: 'test' },
      { id: 'loc:washington', type: 'LOC', name: 'Washington', en: 'Washington, D.C.', source: 'test' },
      { id: 'loc:kiev', type: 'LOC', name: 'Kiev', source: 'test' },
      { id: 'per:kim-jong-un', type: 'PER', name: 'Kim Jong-un', source: 'test', country: 'country:KP' },
      { id: 'per:hollande', type: 'PER', name: 'François Hollande', en: 'François Hollande', source: 'test' },
      { id: 'per:cho-hyun', type: 'PER', name: 'Cho Hyun', en: 'Cho Hyun', source: 'test' },
      { id: 'loc:geneva', type: 'LOC', name: 'Geneva', source: 'test' },
      { id: 'loc:seoul', type: 'LOC', name: 'Seoul', source: 'test' },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n'),
  ),
);
const match = (s: string, type = 'PER') => phoneticMatch(kb, s, type)?.id;

test('phonetic › skeletons of both spellings meet', () => {
  assert.equal(vietnameseSkeleton('Pu-tin'), latinSkeleton('Putin'));
  assert.equal(vietnameseSkeleton('Ô-ba-ma'), latinSkeleton('Obama'));
  assert.equal(vietnameseSkeleton('Mét-vê-đép'), latinSkeleton('Medvedev'));
  assert.equal(vietnameseSkeleton('Bra-xin'), latinSkeleton('Brazil'));
});

test('phonetic › a spelling links to the Latin name it sounds like, word by word', () => {
  assert.equal(match('Pu-tin'), 'per:putin'); // the call name
  assert.equal(match('V.Pu-tin'), 'per:putin'); // an initial before it
  assert.equal(match('Ô-ba-ma'), 'per:obama');
  assert.equal(match('Ăng-ghê-la Méc-ken'), 'per:merkel');
  assert.equal(match('Đmi-tri Mét-vê-đép'), 'per:medvedev');
  assert.equal(match('Oa-sinh-tơn', 'LOC'), 'loc:washington');
  assert.equal(match('Ki-ép', 'LOC'), 'loc:kiev');
  // a vowel spelt otherwise costs half (`Giơ-ne-vơ`, `Xơ-un`); a French h is silent, a g before e soft
  assert.equal(match('Giơ-ne-vơ', 'LOC'), 'loc:geneva');
  assert.equal(match('Xơ-un', 'LOC'), 'loc:seoul');
  assert.equal(match('Phrăng-xoa Ô-lăng'), 'per:hollande');
});

test('phonetic › a near miss, another type or word count, or a non-phonetic name stays unlinked', () => {
  assert.equal(match('Ô-ma-ba'), undefined); // two letters swapped of five: over the threshold
  assert.equal(match('Pu-tin', 'LOC'), undefined); // a person's name is no place
  assert.equal(match('Ăng-ghê-la'), undefined); // Angela alone is no call name
  assert.equal(match('Ô-ba-ma', 'ORG'), undefined);
  assert.equal(hasPhoneticWord('Kim Jong-un'), false); // a Korean name, not a Vietnamese spelling
  assert.equal(match('Kim Jong-nam'), undefined);
  assert.equal(hasPhoneticWord('Giôn Kê-ri'), true);
  // a Korean name in Latin letters is no Vietnamese spelling (`hee` is no Vietnamese syllable)
  assert.equal(hasPhoneticWord('Choi Yun-hee'), false);
  assert.equal(match('Choi Yun-hee'), undefined);
});

test('phonetic › the linker uses the rule only when no alias matches', () => {
  const text = 'Tổng thống Pu-tin gặp ông Ô-ma-ba.';
  const spans = [
    { start: 11, end: 17, type: 'PER' as const },
    { start: 26, end: 33, type: 'PER' as const },
  ];
  const ms = linkSpans(kb, text, spans, new ArticleContext());
  assert.deepEqual(
    ms.map((m) => [m.text, m.entity?.id]),
    [
      ['Pu-tin', 'per:putin'],
      ['Ô-ma-ba', undefined],
    ],
  );
});
