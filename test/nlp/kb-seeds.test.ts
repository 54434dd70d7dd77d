/**
 * The linking targets of issue 15 over the seeds: each name in the Vietnamese form the seed writes
 * is in the seed's text, and the alias index gives the right entity first (at the seed's date).
 * Forms that name a person for short (`ông Kim`) list the right one among their candidates: which
 * one is meant is the tagger's to decide from the article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/nlp/ner/kb/index.js';
import { SEEDS, SEED_2019, SEED_2021 } from '../helpers.js';

const kb = loadKnowledgeBase();
const seed = (id: string) => ({
  text: readFileSync(join(SEEDS, `${id}.txt`), 'utf8'),
  date: (JSON.parse(readFileSync(join(SEEDS, `${id}.meta.json`), 'utf8')) as { publishedAt: string }).publishedAt,
});

/** [seed, surface as written, entity id, followed through metonymy (a capital for its country)]. */
const TARGETS: [string, string, string][] = [
  [SEED_2021, 'Kim Jong Un', 'per:kim-jong-un'],
  [SEED_2019, 'Kim Jong-un', 'per:kim-jong-un'],
  [SEED_2021, 'Tập Cận Bình', 'per:xi-jinping'],
  [SEED_2019, 'Tập Cận Bình', 'per:xi-jinping'],
  [SEED_2021, 'Biden', 'per:joe-biden'], // chính quyền Biden
  [SEED_2021, 'Antony Blinken', 'per:antony-blinken'],
  [SEED_2021, 'Triệu Lập Kiên', 'per:zhao-lijian'],
  [SEED_2019, 'Mike Pompeo', 'per:mike-pompeo'],
  [SEED_2019, 'Vladimir Putin', 'per:vladimir-putin'],
  [SEED_2019, 'Putin', 'per:vladimir-putin'],
  [SEED_2021, 'KCNA', 'org:kcna'],
  [SEED_2019, 'hãng thông tấn trung ương Triều Tiên', 'org:kcna'],
  [SEED_2021, 'AP', 'org:ap'],
  [SEED_2021, 'Tân Hoa Xã', 'org:xinhua'],
  [SEED_2021, 'Newsweek', 'org:newsweek'],
  [SEED_2019, 'Yonhap', 'org:yonhap'],
  [SEED_2021, 'Mỹ', 'country:US'],
  [SEED_2021, 'Hoa Kỳ', 'country:US'],
  [SEED_2021, 'Washington', 'country:US'],
  [SEED_2021, 'Trung Quốc', 'country:CN'],
  [SEED_2019, 'Bắc Kinh', 'country:CN'],
  [SEED_2021, 'Triều Tiên', 'country:KP'],
  [SEED_2019, 'Cộng hòa Dân chủ Nhân dân Triều Tiên', 'country:KP'],
  [SEED_2021, 'Bình Nhưỡng', 'country:KP'],
  [SEED_2021, 'Hàn Quốc', 'country:KR'],
  [SEED_2021, 'Nhật Bản', 'country:JP'],
  [SEED_2019, 'Nga', 'country:RU'],
  [SEED_2019, 'Điện Kremlin', 'country:RU'],
];

test('kb seeds › every linking target is found from its Vietnamese form in the seeds', () => {
  const wrong: string[] = [];
  for (const [id, surface, want] of TARGETS) {
    const { text, date } = seed(id);
    assert.ok(text.includes(surface), `${surface} is written in ${id}`);
    const top = kb.candidates(surface, { date, exclude: ['short'] }).concat(kb.candidates(surface, { date }))[0];
    const got = top && (top.entity.metonymFor ?? top.entity.id);
    if (got !== want) wrong.push(`${surface} → ${got} (want ${want})`);
  }
  assert.deepEqual(wrong, []);
});

test('kb seeds › short names and roles of the seeds at their dates', () => {
  const { date: d2021 } = seed(SEED_2021);
  const { date: d2019 } = seed(SEED_2019);
  const among = (surface: string, date: string) => kb.candidates(surface, { date }).map((c) => c.entity.id);
  // `ông Kim` names several people: those in office at the date come first
  assert.deepEqual(among('ông Kim', d2021).slice(0, 2).sort(), ['per:kim-jong-un', 'per:kim-tok-hun']);
  assert.deepEqual(among('ông Kim', '2021-06-01').slice(0, 3).sort(), ['per:kim-boo-kyum', 'per:kim-jong-un', 'per:kim-tok-hun']);
  assert.ok(among('ông Kim', d2021).includes('per:kim-jae-ryong'), 'the others follow');
  assert.deepEqual(among('ông Tập', d2021), ['per:xi-jinping']);
  assert.deepEqual(among('Tập', d2021), ['per:xi-jinping'], 'the PER of `ông Tập` is `Tập`');
  assert.deepEqual(among('tập', d2021), [], 'the word');
  const role = (surface: string, date: string) => kb.role(surface, date)?.holders.map((e) => e.id);
  assert.deepEqual(role('Chủ tịch Trung Quốc', d2021), ['per:xi-jinping']);
  assert.deepEqual(role('Chủ tịch Trung Quốc', d2019), ['per:xi-jinping']);
  assert.deepEqual(role('Ngoại trưởng Mỹ', d2021), ['per:antony-blinken']);
  assert.deepEqual(role('Ngoại trưởng Mỹ', d2019), ['per:mike-pompeo']);
  assert.deepEqual(role('lãnh đạo Triều Tiên', d2019), ['per:kim-jong-un']);
  assert.ok(role('người phát ngôn Bộ Ngoại giao Trung Quốc', d2021)!.includes('per:zhao-lijian'));
  assert.deepEqual(role('Tổng thống Vladimir', d2019), undefined);
});

test('kb seeds › names the segmenter joins are split at the longest alias', () => {
  const split = (text: string): string[] => {
    const words = text.split(' ');
    const out: string[] = [];
    for (let i = 0; i < words.length;) {
      const hit = kb.longestAt(words, i, { exclude: ['short', 'title'] });
      const n = hit?.length ?? 1;
      out.push(hit ? `[${words.slice(i, i + n).join(' ')}=${hit.candidates[0]!.entity.id}]` : words[i]!);
      i += n;
    }
    return out;
  };
  assert.deepEqual(split('Ngoại trưởng Trung Quốc Vương Nghị'), ['Ngoại', 'trưởng', '[Trung Quốc=country:CN]', '[Vương Nghị=per:wang-yi]']);
  assert.deepEqual(split('Trung Quốc Tập Cận Bình'), ['[Trung Quốc=country:CN]', '[Tập Cận Bình=per:xi-jinping]']);
  assert.deepEqual(split('Tổng thống Vladimir Putin'), ['Tổng', 'thống', '[Vladimir Putin=per:vladimir-putin]']);
  assert.ok(kb.maxWords >= 5);
});
