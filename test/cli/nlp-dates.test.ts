/** `toancanh nlp dates`: time expressions of standard input, one JSON line per input line, against --ref. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli, SEED_2021, SEEDS, tempDir } from '../helpers.js';

test('cli › nlp dates: one {"times"} line per input line, resolved against --ref, never the clock', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = 'KCNA cho biết hôm thứ Ba rằng ông Kim kêu gọi đoàn kết.\n\nĐội nhà thắng với tỉ số 2-1 hồi tuần trước.\nĐiện Kremlin hôm qua thông báo.\n';
    const r = await cli(['nlp', 'dates', '--ref', '2021-03-24T10:00:00+07:00', '--format', 'jsonl'], dir, {}, input);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { times: { start: number; end: number; text: string; value: string | null; granularity: string | null }[] });
    assert.equal(lines.length, 4);
    assert.deepEqual(lines[0]!.times, [{ start: 14, end: 24, text: 'hôm thứ Ba', value: '2021-03-23', granularity: 'day' }]);
    assert.deepEqual(lines[1]!.times, []);
    assert.deepEqual(lines[2]!.times.map((t) => [t.text, t.value, t.granularity]), [['hồi tuần trước', '2021-W11', 'week']]);
    assert.equal(input.split('\n')[2]!.slice(lines[2]!.times[0]!.start, lines[2]!.times[0]!.end), 'hồi tuần trước');
    // without --ref: kept, with its reason
    const noRef = await cli(['nlp', 'dates'], dir, {}, 'Điện Kremlin hôm qua thông báo.\n');
    assert.deepEqual(JSON.parse(noRef.stdout).times, [{ start: 13, end: 20, text: 'hôm qua', value: null, granularity: null, reason: 'no reference time' }]);
    const bad = await cli(['nlp', 'dates', '--ref', 'yesterday'], dir, {}, 'x\n');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /E_USAGE.*not a date/);
    assert.equal((await cli(['nlp', 'dates', '--format', 'csv'], dir, {}, 'x\n')).code, 2);
  } finally {
    cleanup();
  }
});

test('cli › show gives the article its resolved dates (text and JSON "times")', async () => {
  const { dir, cleanup } = tempDir();
  try {
    await cli(['ingest', SEEDS, '--quiet'], dir);
    const json = JSON.parse((await cli(['show', SEED_2021, '--format', 'json'], dir)).stdout) as { text: string; times: { start: number; end: number; text: string; value: string | null }[] };
    const tuesday = json.times.find((t) => t.text === 'hôm thứ Ba');
    assert.equal(tuesday?.value, '2021-03-23');
    assert.equal(json.text.slice(tuesday!.start, tuesday!.end), 'hôm thứ Ba');
    assert.match((await cli(['show', SEED_2021], dir)).stdout, /dates: .*hôm thứ Ba → 2021-03-23/);
  } finally {
    cleanup();
  }
});

test('cli › story shows its timeline: dated sentences in calendar order, each with its article', async () => {
  const { dir, cleanup } = tempDir();
  try {
    await cli(['ingest', SEEDS, '--quiet'], dir);
    const json = JSON.parse((await cli(['story', '--article', SEED_2021, '--format', 'json'], dir)).stdout) as { timeline: { day: string; value: string; text: string; sentence: string; articleId: string }[] };
    assert.deepEqual(json.timeline.map((e) => [e.value, e.text]), [['2021-W11', 'hồi tuần trước'], ['2021-03-23', 'hôm 23/3'], ['2021-03-23', 'hôm thứ Ba']]);
    assert.ok(json.timeline.every((e) => e.articleId === SEED_2021 && e.sentence.includes(e.text)));
    const days = json.timeline.map((e) => e.day);
    assert.deepEqual(days, [...days].sort());
    const text = (await cli(['story', '--article', SEED_2021], dir)).stdout;
    assert.match(text, /Timeline:\n {2}2021-W11 {4}.*hồi tuần trước/);
  } finally {
    cleanup();
  }
});
