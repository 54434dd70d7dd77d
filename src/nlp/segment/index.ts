/**
 * Vietnamese word segmentation: joins syllables into words (`Chủ tịch Trung Quốc Tập Cận Bình` →
 * `Chủ_tịch Trung_Quốc Tập_Cận_Bình`) following the VLSP / VietTreebank conventions: names are one
 * word, numbers and dates keep their inner punctuation, other punctuation is a word of its own.
 *
 * The model (data/models/segment.json) is trained by scripts/train-segment.ts. Features use the
 * normalised lower-cased text; the output is always made of the input's own characters.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../text/syllables.js';
import { B, SegmentModel, type SegmentModelJSON } from './model.js';
import { allocTokens, segmentationTokens, type TokenList } from './tokens.js';

export interface Segmenter {
  /**
   * The line's tokens, the syllables of one word joined by `_`, tokens separated by one space:
   * `Chủ_tịch Trung_Quốc Tập_Cận_Bình gửi điện chúc_mừng`. Only whitespace changes.
   */
  segmentLine(line: string): string;
  /** Word spans (UTF-16 offsets into `text`, end exclusive) of `text[from, to)`. */
  segmentSpans(text: string, from?: number, to?: number): Span[];
  /** The same spans, appended to `out` as start, end pairs (no object per word: the words stage). */
  segmentFlat(text: string, from: number, to: number, out: number[]): void;
  /** Word boundaries of ready-made tokens: `result[i]` is true when token i starts a word. */
  segmentTokens(tokens: readonly string[]): boolean[];
}

/** Where the shipped model lives: data/models/segment.json at the package root (this file is dist/src/nlp/segment/index.js). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../../data/models/segment.json', import.meta.url));

const loaded = new Map<string, Segmenter>();

/** Loads (once per path) the segmenter from a model file. */
export function loadSegmenter(path: string = DEFAULT_MODEL_PATH): Segmenter {
  let s = loaded.get(path);
  if (!s) {
    const json = JSON.parse(readFileSync(path, 'utf8')) as SegmentModelJSON;
    s = createSegmenter(SegmentModel.fromJSON(json));
    loaded.set(path, s);
  }
  return s;
}

/** A segmenter over a model in memory (training and tests). */
export function createSegmenter(model: SegmentModel): Segmenter {
  let tags = new Uint8Array(256);
  let tokens: TokenList = allocTokens(256);
  let texts: string[] = [];

  /** Tokenises text[from, to) into `tokens` and tags them into `tags`. */
  function run(text: string, from: number, to: number): number {
    tokens = segmentationTokens(text, from, to, tokens);
    const n = tokens.n;
    if (texts.length < n) texts = new Array<string>(Math.max(n, texts.length * 2)).fill('');
    for (let i = 0; i < n; i++) texts[i] = text.slice(tokens.start[i], tokens.end[i]);
    const s = model.prepare(texts, n);
    for (let i = 1; i < n; i++) {
      for (let k = tokens.end[i - 1]!; k < tokens.start[i]!; k++) {
        const c = text.charCodeAt(k);
        if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
          s.lineStart[i] = 1;
          break;
        }
      }
    }
    if (tags.length < n) tags = new Uint8Array(Math.max(n, tags.length * 2));
    model.tag(s, tags);
    return n;
  }

  function segmentSpans(text: string, from = 0, to = text.length): Span[] {
    const n = run(text, Math.max(0, from), Math.min(text.length, to));
    const words: Span[] = [];
    for (let i = 0; i < n; i++) {
      if (tags[i] === B || words.length === 0) words.push({ start: tokens.start[i]!, end: tokens.end[i]! });
      else words[words.length - 1]!.end = tokens.end[i]!;
    }
    return words;
  }

  function segmentFlat(text: string, from: number, to: number, out: number[]): void {
    const n = run(text, Math.max(0, from), Math.min(text.length, to));
    for (let i = 0; i < n; i++) {
      if (tags[i] === B || i === 0) out.push(tokens.start[i]!, tokens.end[i]!);
      else out[out.length - 1] = tokens.end[i]!;
    }
  }

  function segmentLine(line: string): string {
    const n = run(line, 0, line.length);
    let out = '';
    for (let i = 0; i < n; i++) {
      // Inside a word, the whitespace between two syllables becomes `_` (none if there was none).
      if (i > 0) out += tags[i] === B ? ' ' : tokens.start[i]! > tokens.end[i - 1]! ? '_' : '';
      out += texts[i];
    }
    return out;
  }

  function segmentTokens(list: readonly string[]): boolean[] {
    const s = model.prepare(list, list.length);
    if (tags.length < s.n) tags = new Uint8Array(Math.max(s.n, tags.length * 2));
    model.tag(s, tags);
    return Array.from({ length: list.length }, (_, i) => tags[i] === B);
  }

  return { segmentLine, segmentSpans, segmentFlat, segmentTokens };
}

export { SegmentModel };
