import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexTerms, indexText, outletKey } from '../../src/search/fields.js';
import { parseQuery, foldedPhrases } from '../../src/search/query.js';
import { DEMO } from '../helpers.js';

const NAUGHTY = ['', ' ', 'Tập Cận Bình', '  Kim Jong-un, 23/3 (1.500 USD) — “đoàn kết”!  ', 'ĐẠI HỘI Đảng', 'a\u0301 stray', 'emoji 👍 and 𝐁old', 'tab\tnew\nline', 'İstanbul ß ﬁ', '日本語のテキスト', 'हिन्दी'];

test('fields › indexText is the folded terms joined by single spaces, for any text', () => {
  const lines = readFileSync(join(DEMO, 'vims-sample.jsonl'), 'utf8').trim().split('\n').slice(0, 50).map((l) => (JSON.parse(l) as { body: string }).body);
  for (const t of [...NAUGHTY, ...lines]) assert.equal(indexText(t), indexTerms(t).join(' '), JSON.stringify(t.slice(0, 40)));
});

test('fields › a query folds to the terms the index holds', () => {
  for (const q of ['Tập Cận Bình', 'tap can binh', 'TẬP CẬN BÌNH']) assert.deepEqual(foldedPhrases(parseQuery(q)).flat(), indexTerms('Tập Cận Bình'));
  assert.equal(outletKey('Tuổi Trẻ'), outletKey('tuoi tre'));
  assert.equal(outletKey('VnExpress.net'), 'vnexpress net');
});
