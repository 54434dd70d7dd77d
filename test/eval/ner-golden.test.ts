import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  agreement,
  checkGoldenDocument,
  documentSpans,
  parseJsonl,
  scoreNer,
  type EntitySpan,
  type GoldenDocument,
  type GoldenEntity,
} from '../../eval/scorers/ner.js';
import { DOCUMENTS, FIRST_PASS, SECOND_PASS, documentBatches, goldenParts, goldenStats, inputLines, loadGolden, spansFromLines } from '../../eval/ner.js';
import { mulberry32, shuffle } from '../../scripts/ner-golden-select.js';

// The seed 000_ef62d61ddab68d08's first sentence and byline, annotated as GUIDELINE.md says.
const LEAD = 'Nhà lãnh đạo Triều Tiên Kim Jong Un và Chủ tịch Trung Quốc Tập Cận Bình hôm 23/3 đã cùng chia sẻ thông điệp khẳng định quan hệ đồng minh giữa hai bên.';
const span = (text: string, surface: string, type: string, from = 0): GoldenEntity => {
  const start = text.indexOf(surface, from);
  assert.ok(start >= 0, `${surface} not in text`);
  return { start, end: start + surface.length, type, text: surface };
};
const LEAD_GOLD = [span(LEAD, 'Triều Tiên', 'LOC'), span(LEAD, 'Kim Jong Un', 'PER'), span(LEAD, 'Trung Quốc', 'LOC'), span(LEAD, 'Tập Cận Bình', 'PER')];
const doc = (text: string, entities: GoldenEntity[], id = 'x'): GoldenDocument => ({ id, publishedAt: null, part: 'tuned', text, entities });

test('ner scorer › the same spans score 1, overall and per type', () => {
  const s = scoreNer([LEAD_GOLD], [LEAD_GOLD.map(({ start, end, type }) => ({ start, end, type }))]);
  assert.equal(s.micro.f1, 1);
  assert.equal(s.perType.PER!.tp, 2);
  assert.equal(s.perType.LOC!.tp, 2);
  assert.equal(s.perType.ORG!.f1, 0); // no ORG on either side: nothing to score
});

test('ner scorer › a span with its honorific is a miss and a false positive (exact spans)', () => {
  const text = 'KCNA cho biết ông Kim đã đề cập đến tình trạng quan hệ của Triều Tiên với Mỹ';
  const gold = [span(text, 'KCNA', 'ORG'), span(text, 'Kim', 'PER'), span(text, 'Triều Tiên', 'LOC'), span(text, 'Mỹ', 'LOC')];
  const pred: EntitySpan[] = [span(text, 'KCNA', 'ORG'), span(text, 'ông Kim', 'PER'), span(text, 'Triều Tiên', 'LOC'), span(text, 'Mỹ', 'LOC')];
  const s = scoreNer([gold], [pred]);
  assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [3, 1, 1]);
  assert.equal(s.micro.f1, 0.75);
  assert.equal(s.perType.PER!.f1, 0);
  assert.equal(s.perType.LOC!.f1, 1);
});

test('ner scorer › a wrong type counts against both types', () => {
  const text = 'Ánh Ngọc (Theo Yonhap)';
  const gold = [span(text, 'Ánh Ngọc', 'PER'), span(text, 'Yonhap', 'ORG')];
  const pred = [span(text, 'Ánh Ngọc', 'PER'), span(text, 'Yonhap', 'LOC')];
  const s = scoreNer([gold], [pred]);
  assert.deepEqual([s.perType.ORG!.fn, s.perType.LOC!.fp, s.perType.PER!.tp], [1, 1, 1]);
  assert.equal(s.micro.f1, 0.5);
});

test('ner scorer › MISC and ROLE are annotated but not scored', () => {
  const text = 'Bình luận của lãnh đạo Triều Tiên cho thấy 30 người Ai Cập';
  const gold = [span(text, 'lãnh đạo Triều Tiên', 'ROLE'), span(text, 'Triều Tiên', 'LOC'), span(text, 'người Ai Cập', 'MISC')];
  const s = scoreNer([gold], [[span(text, 'Triều Tiên', 'LOC')]]);
  assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [1, 0, 0]);
});

test('ner scorer › per-line system output maps to document offsets', () => {
  const text = 'Mỹ tăng thuế hơn 5 lần với thép Trung Quốc\n\nBBC cho biết, mức thuế mới';
  const spans = documentSpans(text, [{ entities: [{ start: 0, end: 2, type: 'LOC' }] }, { entities: [] }, { entities: [{ start: 0, end: 3, type: 'ORG' }] }]);
  assert.deepEqual(spans.map((e) => text.slice(e.start, e.end)), ['Mỹ', 'BBC']);
  assert.throws(() => documentSpans(text, [{ entities: [] }]), /3 lines in, 1 outputs/);
  assert.throws(() => documentSpans(text, [{ entities: [{ start: 0, end: 99, type: 'LOC' }] }, {}, {}]), /outside the line/);
});

test('ner scorer › agreement of an annotation with itself is 1, and falls by hand-counted misses', () => {
  const a = [doc(LEAD, LEAD_GOLD)];
  assert.equal(agreement(a, a).micro.f1, 1);
  const b = [doc(LEAD, LEAD_GOLD.slice(1))]; // the second annotator missed Triều Tiên
  const s = agreement(a, b);
  assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [3, 0, 1]);
  assert.equal(s.micro.f1, 6 / 7);
  assert.deepEqual(s.documents, ['x']);
  assert.throws(() => agreement(a, [doc(LEAD + ' ', LEAD_GOLD)]), /differs/);
});

test('golden checks › a right document passes, a ROLE may hold a place', () => {
  const text = 'Kim Jong-un nhấn mạnh quan hệ gần gũi với Bắc Kinh sau khi Chủ tịch Trung Quốc chúc mừng ông';
  const ents = [span(text, 'Kim Jong-un', 'PER'), span(text, 'Bắc Kinh', 'LOC'), span(text, 'Chủ tịch Trung Quốc', 'ROLE'), span(text, 'Trung Quốc', 'LOC')];
  assert.deepEqual(checkGoldenDocument(doc(text, ents)), []);
});

test('golden checks › each kind of mistake is reported', () => {
  const text = 'Ông Tập sau đó đã đáp lại, gọi Triều Tiên là “tài sản quý giá”, theo Tân Hoa Xã.';
  const cases: [GoldenEntity[], RegExp][] = [
    [[{ ...span(text, 'Tập', 'PER'), text: 'Tap' }], /text\.slice/],
    [[span(text, 'Tập', 'PERSON')], /type must be/],
    [[span(text, 'Ông Tập', 'PER'), span(text, 'Tập', 'PER')], /overlapping|not sorted/],
    [[{ start: 31, end: 35, type: 'LOC', text: text.slice(31, 35) }], /cuts a word/],
    [[span(text, 'Tân Hoa Xã.', 'ORG')], /punctuation/],
    [[span(text, 'Triều Tiên', 'LOC'), span(text, 'Tiên là', 'ROLE')], /ROLE .* overlaps|not sorted/],
    [[{ start: 5, end: 500, type: 'PER', text: '' }], /bad offsets/],
  ];
  for (const [ents, re] of cases) {
    const problems = checkGoldenDocument(doc(text, ents));
    assert.ok(problems.some((p) => re.test(p)), `${JSON.stringify(ents)}: ${problems.join('; ')}`);
  }
});

test('golden set › the committed first pass is whole and checked: 78 documents, 12 held out (batch 4), 36 released', () => {
  const docs = loadGolden(); // throws on any problem
  type Source = { id: string; part: string; batch: number; released?: string; secondPass: boolean; source: string };
  const sources = parseJsonl<Source>(readFileSync(DOCUMENTS, 'utf8'), DOCUMENTS);
  assert.deepEqual(docs.map((d) => d.id), sources.map((d) => d.id));
  const stats = goldenStats(docs);
  assert.equal(stats.documents, 78);
  assert.ok(stats.named >= 2400, `${stats.named} entities`);
  for (const d of docs) assert.ok(d.publishedAt && /^\d{4}-\d\d-\d\dT/.test(d.publishedAt), `${d.id} has a date`);
  // at most one article per cluster, the seeds tuned
  const clusters = docs.filter((d) => d.id.startsWith('Cluster_')).map((d) => d.id.split('/')[0]);
  assert.equal(new Set(clusters).size, 76);
  for (const d of docs.filter((x) => !x.id.startsWith('Cluster_'))) assert.equal(d.part, 'tuned');
  // batch 1: the first 42, all tuned now, 12 of them released (held out until 2026-12-03);
  // batch 2: the next 12, held out in their place, then released (2026-12-03, evening);
  // batch 3: the next 12, held out in batch 2's place, measured once, then released (2026-12-03);
  // batch 4: the last 12, the held-out part, with enough entities to measure
  assert.deepEqual(sources.map((d) => d.batch), [
    ...Array<number>(42).fill(1),
    ...Array<number>(12).fill(2),
    ...Array<number>(12).fill(3),
    ...Array<number>(12).fill(4),
  ]);
  const released = sources.filter((d) => d.released !== undefined);
  assert.equal(released.length, 36);
  for (const d of released) assert.deepEqual([d.part, d.released], ['tuned', '2026-12-03']);
  assert.equal(released.filter((d) => d.batch === 1).length, 12);
  assert.equal(released.filter((d) => d.batch === 2).length, 12);
  assert.equal(released.filter((d) => d.batch === 3).length, 12);
  const heldout = sources.filter((d) => d.part === 'heldout');
  assert.equal(heldout.length, 12);
  for (const d of heldout) assert.equal(d.batch, 4);
  const heldoutStats = goldenStats(docs.filter((d) => d.part === 'heldout'));
  assert.ok(heldoutStats.entities.PER! + heldoutStats.entities.LOC! + heldoutStats.entities.ORG! >= 250, 'the held-out part has enough entities');
  // the second pass: batch 1's nine (5 tuned, 3 released, 1 seed), 3 of batch 2, 3 of batch 3 and
  // 3 of batch 4 drawn (marked `secondPass` in documents.jsonl: 18)
  const second = sources.filter((d) => d.secondPass);
  assert.equal(second.length, 18);
  assert.equal(second.filter((d) => d.part === 'heldout').length, 3);
  for (const d of second.filter((x) => x.part === 'heldout')) assert.equal(d.batch, 4);
  assert.equal(second.filter((d) => d.batch === 2).length, 3);
  assert.equal(second.filter((d) => d.batch === 3).length, 3);
  assert.equal(second.filter((d) => d.batch === 1 && d.released !== undefined).length, 3);
  assert.equal(second.filter((d) => d.source === 'seed').length, 1);
});

test('golden set › the parts reported apart: tuned holds the released (batch 1\'s twelve, batches 2 and 3), held out is batch 4 only', () => {
  const docs = loadGolden();
  const parts = new Map(goldenParts());
  const names = ['all', 'tuned', 'released', 'released.batch1', 'released.batch2', 'released.batch3', 'heldout'];
  assert.deepEqual([...parts.keys()], names);
  const count = (name: string) => docs.filter(parts.get(name)!).length;
  assert.deepEqual(names.map(count), [78, 66, 36, 12, 12, 12, 12]);
  const batches = documentBatches();
  for (const d of docs.filter(parts.get('heldout')!)) assert.equal(batches.get(d.id)!.batch, 4);
  for (const d of docs.filter(parts.get('released.batch1')!)) assert.equal(batches.get(d.id)!.batch, 1);
  for (const d of docs.filter(parts.get('released.batch2')!)) assert.equal(batches.get(d.id)!.batch, 2);
  for (const d of docs.filter(parts.get('released.batch3')!)) assert.equal(batches.get(d.id)!.batch, 3);
  for (const d of docs.filter(parts.get('tuned')!)) assert.notEqual(batches.get(d.id)!.batch, 4);
});

test('golden set › gold spans written as a system\'s per-line output score 1 (the whole round trip)', () => {
  const docs = loadGolden();
  const outputs = docs.flatMap((d) => {
    let at = 0;
    return d.text.split('\n').map((line) => {
      const entities = d.entities
        .filter((e) => e.type !== 'ROLE' && e.start >= at && e.end <= at + line.length)
        .map((e) => ({ start: e.start - at, end: e.end - at, type: e.type }));
      at += line.length + 1;
      return { entities };
    });
  });
  assert.equal(outputs.length, inputLines(docs).length);
  const predicted = spansFromLines(docs, outputs);
  assert.equal(scoreNer(docs.map((d) => d.entities), predicted).micro.f1, 1);
  assert.throws(() => spansFromLines(docs, outputs.slice(1)), /lines for/);
});

test('golden selection › the PRNG is seeded and the shuffle a permutation', () => {
  const a = mulberry32(20260415);
  const b = mulberry32(20260415);
  const xs = Array.from({ length: 5 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 5 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const s = shuffle([1, 2, 3, 4, 5, 6], mulberry32(7));
  assert.deepEqual([...s].sort(), [1, 2, 3, 4, 5, 6]);
  assert.ok(FIRST_PASS.endsWith('golden.jsonl'));
});

test('golden set › the second pass holds the 18 second-pass documents, three of each later batch, and nothing else', (t) => {
  if (!existsSync(SECOND_PASS)) {
    t.skip('golden-pass2.jsonl not committed yet');
    return;
  }
  type Source = { id: string; batch: number; secondPass: boolean };
  const sources = parseJsonl<Source>(readFileSync(DOCUMENTS, 'utf8'), DOCUMENTS).filter((d) => d.secondPass);
  const second = new Set(sources.map((d) => d.id));
  const docs = loadGolden(SECOND_PASS);
  for (const d of docs) assert.ok(second.has(d.id), `${d.id} is not a second-pass document`);
  // every second-pass document of every batch is there: batch 1's nine, three of each later batch
  const done = new Set(docs.map((d) => d.id));
  for (const d of sources) assert.ok(done.has(d.id), `${d.id} (batch ${d.batch}) is missing from the second pass`);
  for (const batch of [2, 3, 4]) assert.equal(sources.filter((d) => d.batch === batch).length, 3, `batch ${batch}`);
  assert.equal(docs.length, 18);
});
