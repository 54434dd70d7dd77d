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
import { segmentationTokens } from './tokens.js';

export interface Segmenter {
  /**
   * The line's tokens, the syllables of one word joined by `_`, tokens separated by one space:
   * `Chủ_tịch Trung_Quốc Tập_Cận_Bình gửi điện chúc_mừng`. Only whitespace changes.
   */
  segmentLine(line: string): string;
  /** Word spans (UTF-16 offsets into `text`, end exclusive) of `text[from, to)`. */
  segmentSpans(text: string, from?: number, to?: number): Span[];
  /** Word boundaries of ready-made tokens: `result[i]` is true when token i starts a word. */
  segmentTokens(tokens: readonly string[]): boolean[];
}

/** Where the shipped model lives: data/models/segment.json at the package root. */
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

  function tagTokens(tokens: readonly string[]): Uint8Array {
    const s = model.prepare(tokens);
    if (tags.length < s.n) tags = new Uint8Array(Math.max(s.n, tags.length * 2));
    model.tag(s, tags);
    return tags;
  }

  function segmentSpans(text: string, from = 0, to = text.length): Span[] {
    const tokens = segmentationTokens(text, from, to);
    if (tokens.length === 0) return [];
    const t = tagTokens(tokens.map((x) => text.slice(x.start, x.end)));
    const words: Span[] = [];
    let cur: Span = { start: tokens[0]!.start, end: tokens[0]!.end };
    for (let i = 1; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (t[i] === B) {
        words.push(cur);
        cur = { start: tok.start, end: tok.end };
      } else cur.end = tok.end;
    }
    words.push(cur);
    return words;
  }

  function segmentLine(line: string): string {
    const words = segmentSpans(line);
    const parts: string[] = new Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const w = line.slice(words[k]!.start, words[k]!.end);
      parts[k] = /\s/.test(w) ? w.replace(/\s+/g, '_') : w;
    }
    return parts.join(' ');
  }

  function segmentTokens(tokens: readonly string[]): boolean[] {
    const t = tagTokens(tokens);
    return Array.from({ length: tokens.length }, (_, i) => t[i] === B);
  }

  return { segmentLine, segmentSpans, segmentTokens };
}

export { SegmentModel };
