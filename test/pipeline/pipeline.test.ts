import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NewsDoc, RawInput } from '../../src/doc/news-doc.js';
import { Rejection, type Stage } from '../../src/doc/stage.js';
import { buildPipeline, defaultPipeline, defaultSpec, Pipeline, STAGE_NAMES } from '../../src/pipeline/index.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns'], run: Stage['run'] = (d) => d): Stage => ({
  name, version: '1', requires, assigns, run,
});
const jsonl = (record: Record<string, unknown>): RawInput => ({ format: 'jsonl', bytes: Buffer.from(JSON.stringify(record)) });
const A = { id: 'a/1', title: 'Hội nghị thượng đỉnh', body: 'Ông Kim Jong-un đến Hà Nội hôm thứ Ba.\nHai bên ký kết nhiều văn kiện.', url: 'https://vnexpress.net/a-1.html' };

test('pipeline › a stage whose requirement no earlier stage assigns is refused when built', () => {
  assert.throws(() => new Pipeline([stage('sentences', ['text'], ['sentences'])]), /requires "text"/);
  assert.doesNotThrow(() => new Pipeline([stage('a', [], ['text']), stage('b', ['text'], ['sentences'])]));
});

test('pipeline › a field assigned by two stages is refused when built', () => {
  assert.throws(() => new Pipeline([stage('a', [], ['text']), stage('b', ['text'], ['text'])]), /stage "b" assigns "text", which stage "a" assigns already/);
});

test('pipeline › a stage that returns something else than a NewsDoc is refused', async () => {
  const bad: Stage = { ...stage('bad', [], []), run: () => 42 as never };
  await assert.rejects(new Pipeline([bad]).run({ format: 'text', bytes: Buffer.from('x') }), /did not return a NewsDoc/);
});

test('pipeline › the default pipeline is data: a spec of stage names, words on unless asked off', () => {
  assert.deepEqual(defaultPipeline().names, ['read', 'clean', 'meta', 'sentences', 'times', 'words', 'entities', 'language']);
  assert.deepEqual(defaultPipeline({ words: false }).names, ['read', 'clean', 'meta', 'sentences', 'times', 'language']);
  const spec = JSON.parse(JSON.stringify(defaultSpec())) as ReturnType<typeof defaultSpec>; // survives a thread or a file
  const rebuilt = buildPipeline(spec);
  assert.equal(rebuilt.version, defaultPipeline().version);
  assert.match(rebuilt.version, /^read@\d+ clean@\d+ meta@\d+ sentences@\d+ times@\d+ words@\d+ entities@\d+ language@\d+$/);
  assert.deepEqual(rebuilt.spec, spec);
  assert.throws(() => buildPipeline({ stages: [{ name: 'read' }, { name: 'nope' }] }), new RegExp(`no stage named "nope" \\(stages: ${STAGE_NAMES.join(', ')}\\)`));
  assert.throws(() => buildPipeline({ stages: [{ name: 'clean' }] }), /requires "source"/);
  assert.equal(new Pipeline([stage('a', [], ['text'])]).spec, undefined); // hand-made: runs only here
});

test('pipeline › every field is assigned by one stage, and meta is what was given completed by what was found', async () => {
  const doc = await defaultPipeline().run({ format: 'text', bytes: Buffer.from('Tiêu đề của bài\n\nHà Nội (TTXVN) - Nội dung bài viết ở đây, đủ dài.\n\nTheo Yonhap'), name: 'x' });
  assert.equal(doc.given?.title, undefined);
  assert.equal(doc.found?.title, 'Tiêu đề của bài');
  assert.equal(doc.meta.title, 'Tiêu đề của bài');
  assert.equal(doc.meta.credit, 'Yonhap');
  const given = await defaultPipeline().run({ format: 'text', bytes: Buffer.from('Tiêu đề của bài\n\nNội dung bài viết ở đây, đủ dài.'), sidecar: '{"title":"Tựa đề khác"}', name: 'y' });
  assert.equal(given.meta.title, 'Tựa đề khác'); // what was given comes first
  assert.equal(given.id, 'y');
});

test('pipeline › stages may be asynchronous or take the batch; a rejection stops one article, never the batch', async () => {
  const seen: number[] = [];
  const asyncStage: Stage = { ...stage('later', ['text'], ['language']), run: async (d) => ({ ...d, language: { lang: 'vi', confidence: 1 } }) };
  const batchStage: Stage = {
    ...stage('batch', ['language'], ['sentences']),
    run: () => assert.fail('the batch stage runs by batch'),
    runBatch: async (docs: NewsDoc[]) => {
      seen.push(docs.length);
      return docs.map((d) => (d.text!.includes('bad') ? new Rejection('empty', 'bad one') : { ...d, sentences: [] }));
    },
  };
  const first = defaultPipeline({ words: false }).stages.slice(0, 3);
  const p = new Pipeline([...first, asyncStage, batchStage]);
  const results = await p.runBatch([jsonl(A), jsonl({ id: 'b', body: 'bad text' }), jsonl({ id: 'c' }), jsonl({ ...A, id: 'd' })]);
  assert.deepEqual(results.map((r) => (r.ok ? r.doc.id : r.code)), ['a/1', 'empty', 'bad-record', 'd']);
  assert.deepEqual(seen, [3]); // the record without a body left before the batch stage
  const ok = results[0]!;
  assert.ok(ok.ok && ok.doc.language?.lang === 'vi' && ok.doc.stages.batch === '1');
});

test('pipeline › a re-run keeps current earlier stages, restarts at the first that is not, and records the pipeline\'s version', async () => {
  const without = defaultPipeline({ words: false });
  const withWords = defaultPipeline();
  const stored = await without.run(jsonl(A));
  // words added: from `words` on, the earlier stages kept
  const again = await withWords.rerun(stored, 'words');
  assert.ok(again.words && again.words.length > 0);
  assert.equal(again.text, stored.text);
  assert.equal(Object.entries(again.stages).map(([k, v]) => `${k}@${v}`).join(' '), withWords.version); // settles: in the pipeline's order
  // and back: words removed with their stage
  const back = await without.rerun(again, 'language');
  assert.equal(back.words, undefined);
  assert.equal(Object.entries(back.stages).map(([k, v]) => `${k}@${v}`).join(' '), without.version);
  // a stage at another version earlier than asked: the re-run starts there
  const old = { ...stored, stages: { ...stored.stages, clean: '0' } };
  assert.equal(withWords.rerunStart(old, withWords.indexOf('language')), withWords.indexOf('clean'));
  // an article of an older pipeline (no `given`, `found`): from the input itself
  const { given: _g, found: _f, ...older } = stored;
  assert.equal(withWords.rerunStart({ ...older, stages: { decode: '2', clean: '2', sentences: '1', language: '1' } }, withWords.indexOf('sentences')), 0);
  const redone = await withWords.rerun({ ...older, stages: { decode: '2' } } as NewsDoc, 'language');
  assert.deepEqual(redone, await withWords.run(jsonl(A)));
  await assert.rejects(withWords.rerun(stored, 'nope'), /no stage named "nope"/);
});

test('pipeline › word spans are packed, and unpack to the words of the text', async () => {
  const { wordsOf } = await import('../../src/doc/news-doc.js');
  const doc = await defaultPipeline().run(jsonl(A));
  const words = wordsOf(doc).map((w) => doc.text!.slice(w.start, w.end));
  assert.ok(words.includes('Kim Jong-un'), words.join('|'));
  assert.ok(words.includes('Hà Nội'), words.join('|'));
  assert.ok(words.includes('văn kiện'), words.join('|'));
  assert.ok(doc.words!.every((n) => Number.isInteger(n) && n >= 0));
});
