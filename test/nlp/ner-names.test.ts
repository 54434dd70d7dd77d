/**
 * Linking names in their Vietnamese forms (eval/names.ts): a person's whole name read as a place or
 * an organisation, a place with its head, a phonetic spelling with other marks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchAlias } from '../../src/nlp/ner/kb/index.js';
import { ArticleContext, linkSpans } from '../../src/nlp/ner/link.js';
import { loadRecogniser } from '../../src/nlp/ner/recognise.js';

const r = loadRecogniser();
const linked = (line: string, date: string) =>
  linkSpans(r.kb, line, r.recogniseLine(line), new ArticleContext(), { date }).map((m) => `${m.type}:${m.text}=${m.entity?.id ?? '-'}`);

test('a person named in full is a PER, whatever the words read as (`Hồ` a lake)', () => {
  assert.ok(linked('Tổng Bí thư Hồ Cẩm Đào đọc báo cáo chính trị.', '2012-11-08').includes('PER:Hồ Cẩm Đào=per:hu-jintao'));
});

test('a place with a head naming the place itself links to the place; a port does not', () => {
  assert.ok(linked('Động đất làm rung chuyển tỉnh Vân Nam.', '2014-08-04').includes('LOC:tỉnh Vân Nam=loc:yunnan'));
  assert.ok(linked('Hai vụ nổ tại cảng Thiên Tân.', '2015-08-13').includes('LOC:cảng Thiên Tân=-'));
});

test('a phonetic spelling may carry other marks; a Vietnamese name may not', () => {
  assert.notEqual(matchAlias('Giôn Kê-ri', 'Giôn Ke-ri'), undefined);
  assert.notEqual(matchAlias('Mát-xcơ-va', 'Mat-xcơ-va'), undefined);
  assert.equal(matchAlias('Nguyễn Văn Bính', 'Nguyễn Văn Bình'), undefined);
  assert.equal(matchAlias('Bính', 'Bình'), undefined);
});
