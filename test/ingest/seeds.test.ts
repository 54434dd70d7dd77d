import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsDoc } from '../../src/doc/news-doc.js';
import { defaultPipeline } from '../../src/pipeline/index.js';
import { OffsetMap } from '../../src/text/offsets.js';
import { normalizeText } from '../../src/text/normalize.js';
import { fold } from '../../src/text/fold.js';
import { SEED_2019, SEED_2021, SEEDS } from '../helpers.js';

async function analyse(name: string): Promise<NewsDoc> {
  const bytes = readFileSync(join(SEEDS, `${name}.txt`));
  const sidecar = readFileSync(join(SEEDS, `${name}.meta.json`), 'utf8');
  return defaultPipeline().run({ format: 'text', bytes, sidecar, name, origin: { path: `${name}.txt` } });
}

const SEED_DOCS = new Map([[SEED_2021, await analyse(SEED_2021)], [SEED_2019, await analyse(SEED_2019)]]);
/** A seed article as the default pipeline leaves it. */
const seed = (name: string): NewsDoc => SEED_DOCS.get(name)!;

const BOILERPLATE = ['Embed from Getty Images', 'Xem thêm', '... |', 'Kim Jong-un sẽ gặp Putin vào cuối tháng 4', 'KCNA: Triều Tiên bắn thử vũ khí'];

test('clean › no boilerplate or teaser line is left in the seeds', () => {
  for (const name of [SEED_2021, SEED_2019]) {
    const doc = seed(name);
    for (const b of BOILERPLATE) assert.ok(!doc.text!.includes(b), `${name} still has "${b}"`);
    assert.ok(!/\|\s*$/m.test(doc.text!));
  }
});

test('clean › bylines go to metadata: author and credit', () => {
  const a = seed(SEED_2021);
  assert.equal(a.meta.author, 'Xuân Lan');
  assert.equal(a.meta.credit, undefined);
  assert.ok(!a.text!.includes('Xuân Lan'));
  const b = seed(SEED_2019);
  assert.equal(b.meta.author, 'Ánh Ngọc');
  assert.equal(b.meta.credit, 'Yonhap');
  assert.ok(!b.text!.includes('Ánh Ngọc'));
});

test('clean › photo captions are caption blocks, annotated like the body', () => {
  const b = seed(SEED_2019);
  const captions = b.blocks!.filter((x) => x.kind === 'caption').map((x) => b.text!.slice(x.start, x.end));
  assert.deepEqual(captions, ['Chủ tịch Trung Quốc Tập Cận Bình (phải) bắt tay lãnh đạo Triều Tiên Kim Jong-un tại Bắc Kinh hồi tháng 6/2018. Ảnh: AP.']);
  const cap = b.blocks!.find((x) => x.kind === 'caption')!;
  assert.ok(b.sentences!.some((s) => s.start >= cap.start && s.end <= cap.end && b.text!.slice(s.start, s.end).includes('hồi tháng 6/2018')));
});

test('clean › publication dates come from the sidecars; the lead is the first paragraph', () => {
  assert.equal(seed(SEED_2021).meta.publishedAt, '2021-03-24T08:00:00+07:00');
  assert.equal(seed(SEED_2019).meta.publishedAt, '2019-04-19T08:00:00+07:00');
  const a = seed(SEED_2021);
  assert.equal(a.blocks![0]!.kind, 'lead');
  assert.ok(a.text!.slice(a.blocks![0]!.start, a.blocks![0]!.end).startsWith('Nhà lãnh đạo Triều Tiên Kim Jong Un'));
});

test('clean › every block maps back to the raw input it came from', () => {
  for (const name of [SEED_2021, SEED_2019]) {
    const doc = seed(name);
    const map = OffsetMap.fromJSON(doc.sourceMap!);
    for (const b of doc.blocks!) {
      const s = map.toSource(b.start, 'start');
      const e = map.toSource(b.end, 'end');
      assert.equal(normalizeText(doc.source!.slice(s, e)), doc.text!.slice(b.start, b.end));
    }
    for (const sen of doc.sentences!) {
      const raw = doc.source!.slice(map.toSource(sen.start), map.toSource(sen.end, 'end'));
      assert.equal(fold(normalizeText(raw)), fold(doc.text!.slice(sen.start, sen.end)));
    }
  }
});

test('clean › the seeds are Vietnamese and annotated by every stage', () => {
  const doc = seed(SEED_2021);
  assert.equal(doc.language!.lang, 'vi');
  assert.deepEqual(Object.keys(doc.stages), ['read', 'clean', 'meta', 'sentences', 'times', 'words', 'entities', 'language']);
  assert.equal(doc.id, SEED_2021);
});
