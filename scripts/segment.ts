/**
 * Segments text line by line: stdin to stdout, one output line per input line, the syllables of a
 * word joined by `_` (the evaluation format).
 *
 *   node dist/scripts/segment.js < sentences.txt > segmented.txt
 *   node dist/scripts/segment.js --model path/to/segment.json < in > out
 */
import { createInterface } from 'node:readline';
import { loadSegmenter } from '../src/nlp/segment/index.js';

const args = process.argv.slice(2);
const at = args.indexOf('--model');
const seg = at >= 0 && args[at + 1] ? loadSegmenter(args[at + 1]) : loadSegmenter();

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out: string[] = [];
for await (const line of lines) {
  out.push(seg.segmentLine(line));
  if (out.length >= 1000) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
