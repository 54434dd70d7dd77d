import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/main.js';
import { cli, SEED_2019, SEED_2021, SEEDS, tempDir } from '../helpers.js';

function seedsCopy(dir: string): string {
  const d = join(dir, 'seeds');
  mkdirSync(d);
  for (const n of [SEED_2021, SEED_2019]) {
    copyFileSync(join(SEEDS, `${n}.txt`), join(d, `${n}.txt`));
    copyFileSync(join(SEEDS, `${n}.meta.json`), join(d, `${n}.meta.json`));
  }
  return d;
}

test('cli › ingest seeds, search with and without diacritics, ingest again, edit one', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const seeds = seedsCopy(dir);
    const first = await cli(['ingest', seeds, '--format', 'json'], dir);
    assert.equal(first.code, 0, first.stderr);
    const r1 = JSON.parse(first.stdout);
    assert.equal(r1.new, 2);
    assert.equal(r1.db, join(dir, 'toancanh.db'));

    for (const q of [['Tập', 'Cận', 'Bình'], ['tap can binh'], ['TẬP CẬN BÌNH'], ['Kim Jong Un'], ['Kim Jong-un']]) {
      const s = await cli(['search', ...q, '--format', 'json'], dir);
      assert.equal(s.code, 0, s.stderr);
      const ids = JSON.parse(s.stdout).hits.map((h: { id: string }) => h.id).sort();
      assert.deepEqual(ids, [SEED_2021, SEED_2019], q.join(' '));
    }
    const dk = JSON.parse((await cli(['search', 'doan ket', '--format', 'json'], dir)).stdout);
    assert.deepEqual(dk.hits.map((h: { id: string }) => h.id), [SEED_2021]);
    assert.match(dk.hits[0].snippet, /đoàn kết/);
    const hl = dk.hits[0].highlights[0];
    assert.equal(dk.hits[0].snippet.slice(hl.start, hl.end), 'đoàn kết');

    const text = await cli(['search', 'Tập Cận Bình'], dir);
    assert.match(text.stdout, /2 articles match/);
    assert.match(text.stdout, /\[Tập Cận Bình\]/);

    const again = JSON.parse((await cli(['ingest', seeds, '--format', 'json'], dir)).stdout);
    assert.deepEqual([again.new, again.unchanged, again.updated], [0, 2, 0]);

    const file = join(seeds, `${SEED_2021}.txt`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Xuân Lan', 'Một đoạn mới được thêm vào.\n\nXuân Lan'));
    const edited = JSON.parse((await cli(['ingest', seeds, '--format', 'json'], dir)).stdout);
    assert.deepEqual([edited.new, edited.unchanged, edited.updated], [0, 1, 1]);
    const shown = JSON.parse((await cli(['show', SEED_2021, '--format', 'json', '--revisions'], dir)).stdout);
    assert.equal(shown.revision, 2);
    assert.equal(shown.revisions.length, 1);
    assert.equal(shown.author, 'Xuân Lan');
    for (const b of shown.blocks) assert.ok(b.end <= shown.text.length);
  } finally {
    cleanup();
  }
});

test('cli › bad inputs are reported one by one; good ones are stored; exit code 3', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'empty.txt'), '');
    writeFileSync(join(inbox, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4]));
    // high bytes that read as no language in any encoding (Latin-1 would give `Ãé¿Ò Ý×ÂÑ`)
    writeFileSync(join(inbox, 'noise.txt'), Buffer.from([0xc3, 0xe9, 0xbf, 0xd2, 0x20, 0xdd, 0xd7, 0xc2, 0xd1, 0x20, 0xa7, 0xfe, 0xb6, 0x8f]));
    writeFileSync(join(inbox, 'big.txt'), 'Một câu tiếng Việt. '.repeat(60_000)); // ~1.5 MB
    writeFileSync(join(inbox, 'english.txt'), 'The leaders of North Korea and China exchanged messages on Tuesday.\nThe state news agency said that the two sides would strengthen their ties.\n');
    writeFileSync(join(inbox, 'good.txt'), 'Hà Nội mưa lớn\nSáng nay Hà Nội có mưa lớn trên diện rộng. Nhiều tuyến phố bị ngập.\n');
    writeFileSync(join(inbox, 'notes.md'), 'not an article');
    writeFileSync(join(inbox, 'bulk.jsonl'), [
      JSON.stringify({ id: 'j/1', title: 'Tin một', body: 'Nội dung của tin một về kinh tế Việt Nam.' }),
      '{"id": "j/2", "title": "broken',
      JSON.stringify({ id: 'j/3', title: 'Không có nội dung' }),
      '',
      JSON.stringify({ id: 'j/4', title: 'Tin bốn', body: 'Nội dung của tin bốn về giáo dục.' }),
      '["not", "an", "object"]',
    ].join('\n'));
    writeFileSync(join(inbox, 'bad-bytes.jsonl'), Buffer.concat([Buffer.from('{"id":"x","body":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const r = await cli(['ingest', inbox, join(dir, 'missing-folder'), '--max-article-mb', '1', '--format', 'json'], dir);
    assert.equal(r.code, 3, r.stderr);
    const rep = JSON.parse(r.stdout);
    const reasons = Object.fromEntries(rep.rejected.map((x: { where: string; code: string }) => [x.where.replace(dir, ''), x.code]));
    assert.deepEqual(reasons, {
      '/missing-folder': 'unreadable',
      '/inbox/big.txt': 'too-large',
      '/inbox/binary.txt': 'binary',
      '/inbox/bulk.jsonl:2': 'bad-json',
      '/inbox/bulk.jsonl:3': 'bad-record',
      '/inbox/bulk.jsonl:6': 'bad-record',
      '/inbox/bad-bytes.jsonl:1': 'invalid-utf8',
      '/inbox/empty.txt': 'empty',
      '/inbox/noise.txt': 'undecidable-encoding',
    });
    assert.equal(rep.new, 4); // english, good, j/1, j/4
    assert.deepEqual(rep.otherLanguage, [{ id: 'english', lang: 'en' }]);
    assert.equal(rep.skipped.length, 1);
    const text = await cli(['ingest', inbox, '--max-article-mb', '1'], dir);
    assert.match(text.stdout, /bulk\.jsonl:2: invalid JSON/);
    assert.match(text.stdout, /big\.txt: 1\.\d MB is more than the 1 MB limit/);
    const stats = JSON.parse((await cli(['stats', '--format', 'json'], dir)).stdout);
    assert.equal(stats.articles, 4);
    assert.deepEqual(stats.byLang, { vi: 3, en: 1 });
  } finally {
    cleanup();
  }
});

test('cli › a folder with a link back to itself is read once, with a warning, and nothing is stored twice', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const seeds = seedsCopy(dir);
    mkdirSync(join(seeds, 'sub'));
    symlinkSync('..', join(seeds, 'sub', 'loop'));
    symlinkSync(seeds, join(dir, 'again'));
    const r = await cli(['ingest', seeds, join(dir, 'again'), '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout);
    assert.deepEqual([rep.new, rep.copies, rep.rejected.length], [2, 0, 0]);
    assert.equal(rep.warnings.filter((w: string) => w.includes('the same folder as')).length, 2, rep.warnings.join('\n'));
    const text = await cli(['ingest', seeds, '--db', join(dir, 'other.db')], dir);
    assert.match(text.stdout, /sub\/loop: the same folder as/);
    // counts agree with their nouns: `1 new story`, `1 story in all`
    assert.match(text.stdout, /Stories: 2 articles placed in [\d.]+ s: (1 new story|2 new stories), /);
    assert.match(text.stdout, /; (1 story|2 stories) in all\./);
  } finally {
    cleanup();
  }
});

test('cli › usage errors, unknown ids and a missing database have clear messages and exit codes', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const none = await cli(['search', 'x'], dir);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /E_DB_MISSING: no database at .*toancanh\.db/);
    assert.equal((await cli(['frobnicate'], dir)).code, 2);
    assert.equal((await cli(['ingest'], dir)).code, 2);
    // a path that is not there is not found (4), for ingest (no database created) as for extract
    const gone = await cli(['ingest', join(dir, 'nonexistent')], dir);
    assert.equal(gone.code, 4, gone.stderr);
    assert.match(gone.stderr, /E_PATH_NOT_FOUND: .*nonexistent: no such file or folder/);
    assert.equal(existsSync(join(dir, 'toancanh.db')), false);
    assert.equal((await cli(['extract', join(dir, 'nonexistent')], dir)).code, 4);
    // extract names the line of a JSONL record it cannot use
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"a","body":"Nội dung bài một."}\n{"id":"b", broken\n{"id":"c","title":"không có nội dung"}\n');
    const ex = await cli(['extract', join(dir, 'b.jsonl')], dir);
    assert.equal(ex.code, 3);
    assert.match(ex.stderr, /b\.jsonl:2: invalid JSON/);
    assert.match(ex.stderr, /b\.jsonl:3: missing "body"/);
    assert.equal((await cli(['search', '--bogus', 'x'], dir)).code, 2);
    await cli(['ingest', SEEDS, '--quiet'], dir);
    // TOANCANH_DB picks the database when --db is not given
    const viaEnv = await cli(['ingest', SEEDS, '--quiet', '--format', 'json'], dir, { TOANCANH_DB: join(dir, 'other.db') });
    assert.equal(JSON.parse(viaEnv.stdout).db, join(dir, 'other.db'));
    assert.equal(JSON.parse(viaEnv.stdout).new, 2);
    const noStory = await cli(['story', 'no-such-story'], dir);
    assert.equal(noStory.code, 4);
    assert.match(noStory.stderr, /toancanh stories/);
    const missing = await cli(['show', 'no/such/id'], dir);
    assert.equal(missing.code, 4);
    assert.match(missing.stderr, /E_NOT_FOUND/);
    const bad = await cli(['search', 'x', '--from', 'yesterday'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /not a date/);
    for (const c of COMMANDS.map((x) => x.name)) {
      const h = await cli([c, '--help'], dir);
      assert.equal(h.code, 0);
      assert.match(h.stdout, new RegExp(`^Usage: toancanh ${c}`));
    }
  } finally {
    cleanup();
  }
});

test('cli › export writes JSONL that ingests back unchanged, and CSV', async () => {
  const { dir, cleanup } = tempDir();
  try {
    await cli(['ingest', SEEDS, '--quiet'], dir);
    const ex = await cli(['export'], dir);
    assert.equal(ex.code, 0);
    const lines = ex.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.equal(lines[0].author, 'Xuân Lan');
    writeFileSync(join(dir, 'out.jsonl'), ex.stdout);
    const back = JSON.parse((await cli(['ingest', join(dir, 'out.jsonl'), '--db', join(dir, 'b.db'), '--format', 'json'], dir)).stdout);
    assert.equal(back.new, 2);
    // the export ingested back into the database it came from: the same articles, unchanged
    const same = JSON.parse((await cli(['ingest', join(dir, 'out.jsonl'), '--format', 'json'], dir)).stdout);
    assert.deepEqual([same.unchanged, same.updated, same.new], [2, 0, 0]);
    const csv = await cli(['export', '--format', 'csv'], dir);
    assert.match(csv.stdout, /^id,title,source,publishedAt,author,credit,url,lang,copyOf,body\r\n/);
    assert.equal(csv.stdout.split('\r\n').filter(Boolean).length >= 3, true);
  } finally {
    cleanup();
  }
});

test('cli › reprocess re-runs stored articles and records the pipeline version', async () => {
  const { dir, cleanup } = tempDir();
  try {
    await cli(['ingest', SEEDS, '--quiet'], dir);
    const none = await cli(['reprocess', '--quiet'], dir);
    assert.match(none.stdout, /Reprocessed 0 articles/);
    const all = await cli(['reprocess', '--all', '--quiet'], dir);
    assert.match(all.stdout, /Reprocessed 2 articles from stage "read"/);
    const fromSentences = await cli(['reprocess', '--stage', 'sentences', '--quiet'], dir);
    assert.match(fromSentences.stdout, /Reprocessed 2 articles from stage "sentences"/);
    const shown = JSON.parse((await cli(['show', SEED_2019, '--format', 'json'], dir)).stdout);
    assert.equal(shown.credit, 'Yonhap');
    assert.ok(shown.sentences.length > 5);
    const bad = await cli(['reprocess', '--stage', 'nope'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /stages: read, clean, meta, sentences, times, words, entities, language/);
  } finally {
    cleanup();
  }
});

test('cli › nlp segment: one output line per input line, only whitespace and _ joins change', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = 'Chủ tịch Trung Quốc Tập Cận Bình gửi điện chúc mừng\n\n  Kim Jong-un,  hôm 23/3!\n😀 ... ###\nThe quick brown fox\n';
    const r = await cli(['nlp', 'segment'], dir, {}, input);
    assert.equal(r.code, 0, r.stderr);
    const inLines = input.split('\n');
    const outLines = r.stdout.split('\n');
    assert.equal(outLines.length, inLines.length);
    assert.equal(outLines[0], 'Chủ_tịch Trung_Quốc Tập_Cận_Bình gửi điện chúc_mừng');
    assert.equal(outLines[1], '');
    for (let i = 0; i < inLines.length; i++) assert.equal(outLines[i]!.replace(/[_\s]/g, ''), inLines[i]!.replace(/\s/g, ''));
    assert.equal((await cli(['nlp'], dir)).code, 2);
  } finally {
    cleanup();
  }
});

test('cli › nlp ner: one JSON line per input line, spans into the line, linked at --ref; bad input never throws', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const long = 'Ông Kim Jong-un gặp Tổng thống Putin tại Mát-xcơ-va. '.repeat(2000);
    const input = ['Chủ tịch Trung Quốc Tập Cận Bình gửi điện chúc mừng', '', 'NGOẠI TRƯỞNG MỸ ĐẾN HÀ NỘI', 'hôm nay trời đẹp và không có ai', 'ông tập cận bình nói', '김정은 习近平 Путин встретился', '😀 ... ###', long].join('\n') + '\n';
    const r = await cli(['nlp', 'ner', '--format', 'jsonl', '--ref', '2021-03-24'], dir, {}, input);
    assert.equal(r.code, 0, r.stderr);
    const inLines = input.split('\n').slice(0, -1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { entities: { start: number; end: number; type: string; text: string; entity?: { id: string } }[] });
    assert.equal(out.length, inLines.length);
    out.forEach((o, i) => {
      for (const e of o.entities) assert.equal(inLines[i]!.slice(e.start, e.end), e.text);
    });
    const first = out[0]!.entities;
    assert.deepEqual(first.filter((e) => e.type !== 'ROLE').map((e) => [e.text, e.type, e.entity?.id]), [
      ['Trung Quốc', 'LOC', 'country:CN'],
      ['Tập Cận Bình', 'PER', 'per:xi-jinping'],
    ]);
    assert.deepEqual(out[1]!.entities, []);
    assert.ok(out[2]!.entities.some((e) => e.text === 'HÀ NỘI' && e.type === 'LOC'), JSON.stringify(out[2]));
    assert.deepEqual(out[3]!.entities, []);
    assert.ok(out[7]!.entities.filter((e) => e.entity?.id === 'per:vladimir-putin').length >= 1000);
    assert.equal((await cli(['nlp', 'ner', '--format', 'text'], dir, {}, 'x\n')).code, 2);
    assert.equal((await cli(['nlp', 'ner', '--ref', 'yesterday'], dir, {}, 'x\n')).code, 2);
  } finally {
    cleanup();
  }
});

test('cli › ingest stores word spans by default, --no-words skips them; the pipeline version says which; reprocess settles', async () => {
  const { dir, cleanup } = tempDir();
  try {
    await cli(['ingest', SEEDS, '--quiet'], dir);
    const shown = JSON.parse((await cli(['show', SEED_2021, '--format', 'json'], dir)).stdout);
    assert.match(shown.pipeline, /words@/);
    const words = shown.words.map((w: { start: number; end: number }) => shown.text.slice(w.start, w.end));
    assert.ok(words.includes('Tập Cận Bình'), words.slice(0, 30).join('|'));
    assert.ok(words.includes('Triều Tiên'));
    await cli(['ingest', SEEDS, '--no-words', '--quiet', '--db', 'fast.db'], dir);
    const fast = JSON.parse((await cli(['show', SEED_2021, '--format', 'json', '--db', 'fast.db'], dir)).stdout);
    assert.doesNotMatch(fast.pipeline, /words@/);
    assert.equal(fast.words, undefined);
    assert.equal(fast.text, shown.text);
    // words added later by reprocess, once: a second reprocess finds nothing left to do
    assert.match((await cli(['reprocess', '--quiet', '--db', 'fast.db'], dir)).stdout, /Reprocessed 2 articles/);
    assert.match((await cli(['reprocess', '--quiet', '--db', 'fast.db'], dir)).stdout, /Reprocessed 0 articles/);
    const later = JSON.parse((await cli(['show', SEED_2021, '--format', 'json', '--db', 'fast.db'], dir)).stdout);
    assert.deepEqual(later.words, shown.words);
    assert.equal(later.pipeline, shown.pipeline);
    const both = await cli(['ingest', SEEDS, '--words', '--no-words'], dir);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /contradict/);
  } finally {
    cleanup();
  }
});
