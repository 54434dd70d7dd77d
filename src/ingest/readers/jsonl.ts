/** The JSONL reader: one line of a bulk-import file, a record with its `body` and metadata. */
import type { RawInput } from '../../doc/news-doc.js';
import { Rejection } from '../../doc/stage.js';
import { articleRecordSchema, readRecord } from '../record.js';
import { givenMeta } from './given.js';
import type { SourceRead } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readJsonl(input: RawInput): SourceRead {
  let line: string;
  try {
    line = utf8.decode(input.bytes);
  } catch {
    throw new Rejection('invalid-utf8', 'the line is not valid UTF-8; save the file as UTF-8');
  }
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    throw new Rejection('bad-json', `invalid JSON: ${(e as Error).message}`);
  }
  const warnings: string[] = [];
  const r = readRecord(record, articleRecordSchema, 'record', warnings);
  return { source: r.body, encoding: 'utf-8', given: givenMeta(r, warnings, 'record'), warnings };
}
