/**
 * Legacy encodings on real text nobody here wrote (`legacy/`: uchardet's Vietnamese test paragraph
 * in VISCII and Windows-1258 with its UTF-8 truth, chardet's Windows-1258 web text), decoded as
 * `extract`/`ingest` decode a text file, without being told the encoding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../src/ingest/readers/text.js';
import type { Evaluation } from './types.js';

const FILES: { file: string; encoding: string; truth?: string }[] = [
  { file: 'uchardet-vi-viscii.txt', encoding: 'viscii', truth: 'uchardet-vi-utf-8.txt' },
  { file: 'uchardet-vi-windows-1258.txt', encoding: 'windows-1258', truth: 'uchardet-vi-utf-8.txt' },
  { file: 'chardet-cp1258-culturax_OSCAR-2019_85698.txt', encoding: 'windows-1258' },
  { file: 'uchardet-vi-utf-8.txt', encoding: 'utf-8' },
];

export const evaluation: Evaluation = {
  name: 'encodings',
  description: 'real legacy-encoded Vietnamese text detected and decoded as ingest does',
  requires: FILES.map((f) => `legacy/${f.file}`),
  async run(dataDir) {
    let detected = 0;
    let exact = 0;
    let withTruth = 0;
    const notes: string[] = [];
    for (const f of FILES) {
      const bytes = readFileSync(join(dataDir, 'legacy', f.file));
      let got: string;
      let text = '';
      try {
        const r = decodeBytes(bytes, 'text');
        got = r.encoding;
        text = r.text;
      } catch (e) {
        got = `rejected: ${(e as Error).message}`;
      }
      if (got === f.encoding) detected++;
      if (f.truth) {
        withTruth++;
        if (text.normalize('NFC') === readFileSync(join(dataDir, 'legacy', f.truth), 'utf8').normalize('NFC')) exact++;
      }
      notes.push(`${f.file}: ${got}${got === f.encoding ? '' : ` (want ${f.encoding})`}`);
    }
    return {
      metrics: { 'encoding detected (share of files)': detected / FILES.length, 'decoded exactly (share with truth)': exact / withTruth },
      floors: { 'encoding detected (share of files)': 1, 'decoded exactly (share with truth)': 1 },
      notes,
    };
  },
};
