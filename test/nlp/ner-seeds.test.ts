/**
 * Linking over the seeds (issue 15): every mention of the targets that the golden set marks in the
 * two seeds (test/fixtures/ner/golden.jsonl, by hand) is found, with its exact span, and linked to
 * the right entity (a capital standing for its country may link to the capital), the text read
 * line by line as `toancanh nlp ner` reads it, at the seed's date; and the credit through the stage.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packSpans } from '../../src/doc/news-doc.js';
import { loadKnowledgeBase } from '../../src/nlp/ner/kb/index.js';
import { ArticleContext, linkSpans, type EntityMention } from '../../src/nlp/ner/link.js';
import { loadRecogniser } from '../../src/nlp/ner/recognise.js';
import { articleEntities } from '../../src/nlp/ner/stage.js';
import { loadSegmenter } from '../../src/nlp/segment/index.js';
import { ROOT, SEEDS, SEED_2019, SEED_2021 } from '../helpers.js';

const kb = loadKnowledgeBase();

/** Golden surfaces of the targets → the entity they name. */
const TARGETS: Record<string, string> = {
  'Kim Jong-un': 'per:kim-jong-un',
  'Kim Jong Un': 'per:kim-jong-un',
  Kim: 'per:kim-jong-un',
  'Tập Cận Bình': 'per:xi-jinping',
  Tập: 'per:xi-jinping',
  Biden: 'per:joe-biden',
  'Antony Blinken': 'per:antony-blinken',
  'Triệu Lập Kiên': 'per:zhao-lijian',
  'Mike Pompeo': 'per:mike-pompeo',
  'Vladimir Putin': 'per:vladimir-putin',
  Putin: 'per:vladimir-putin',
  KCNA: 'org:kcna',
  'hãng thông tấn trung ương Triều Tiên': 'org:kcna',
  AP: 'org:ap',
  'hãng tin AP': 'org:ap',
  'Tân Hoa Xã': 'org:xinhua',
  Newsweek: 'org:newsweek',
  Yonhap: 'org:yonhap',
  Mỹ: 'country:US',
  'Hoa Kỳ': 'country:US',
  Washington: 'country:US',
  'Trung Quốc': 'country:CN',
  'Bắc Kinh': 'country:CN',
  'Triều Tiên': 'country:KP',
  'Bình Nhưỡng': 'country:KP',
  'Hàn Quốc': 'country:KR',
  'Nhật Bản': 'country:JP',
  Nga: 'country:RU',
  'Điện Kremlin': 'country:RU',
};

interface Golden {
  id: string;
  publishedAt: string;
  text: string;
  entities: { start: number; end: number; type: string; text: string }[];
}
const golden = readFileSync(join(ROOT, 'test/fixtures/ner/golden.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Golden)
  .filter((d) => d.id === SEED_2019 || d.id === SEED_2021);

/** The mentions of a document read line by line, in document offsets. */
function mentions(d: Golden): EntityMention[] {
  const r = loadRecogniser();
  const ctx = new ArticleContext();
  const out: EntityMention[] = [];
  let at = 0;
  for (const line of d.text.split('\n')) {
    for (const m of linkSpans(r.kb, line, r.recogniseLine(line, ctx.names), ctx, { date: d.publishedAt })) out.push({ ...m, start: m.start + at, end: m.end + at });
    at += line.length + 1;
  }
  return out;
}

const referent = (id: string | undefined): string | undefined => (id ? (kb.get(id)?.metonymFor ?? id) : undefined);

test('ner seeds › every mention of the linking targets is found and linked', () => {
  assert.equal(golden.length, 2);
  const wrong: string[] = [];
  let checked = 0;
  for (const d of golden) {
    const got = mentions(d).filter((m) => m.type !== 'ROLE');
    for (const g of d.entities) {
      const want = TARGETS[g.text];
      if (!want || g.type === 'ROLE') continue;
      checked++;
      const m = got.find((x) => x.start === g.start && x.end === g.end);
      if (!m) wrong.push(`${d.id} ${g.text}@${g.start}: not found`);
      else if (referent(m.entity?.id) !== want) wrong.push(`${d.id} ${g.text}@${g.start}: linked to ${m.entity?.id ?? 'nothing'} (want ${want})`);
    }
  }
  assert.ok(checked >= 100, `${checked} target mentions checked`);
  assert.deepEqual(wrong, []);
});

test('ner seeds › roles without a name link to the holder at the date', () => {
  const d = golden.find((x) => x.id === SEED_2019)!;
  const roles = mentions(d).filter((m) => m.type === 'ROLE');
  const first = roles.find((m) => m.text === 'Chủ tịch Trung Quốc');
  assert.equal(first?.entity?.id, 'per:xi-jinping');
  assert.ok(roles.some((m) => /^lãnh đạo Triều Tiên$/i.test(m.text) && m.entity?.id === 'per:kim-jong-un'));
  // `Ngoại trưởng Mỹ Mike Pompeo`: a name follows, so no ROLE; the name links
  assert.ok(!roles.some((m) => m.text === 'Ngoại trưởng Mỹ'));
});

test('ner seeds › the stage links the credit and the article\'s mentions', () => {
  const text = readFileSync(join(SEEDS, `${SEED_2021}.txt`), 'utf8').split('\n').slice(0, 6).join('\n');
  const flat: number[] = [];
  loadSegmenter().segmentFlat(text, 0, text.length, flat);
  const doc = { text, blocks: [{ kind: 'body' as const, start: 0, end: text.length }], words: packSpans(flat), meta: { credit: 'Yonhap', publishedAt: '2021-03-24T08:00:00+07:00' } };
  const out = articleEntities(doc);
  const credit = out.at(-1)!;
  assert.equal(credit.in, 'credit');
  assert.equal(credit.entity?.id, 'org:yonhap');
  for (const m of out.filter((x) => x.in === undefined)) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(out.some((m) => m.entity?.id === 'per:kim-jong-un'));
});
