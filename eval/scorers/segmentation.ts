/**
 * Word segmentation score: precision, recall and F1 over word spans.
 *
 * A line is read as words separated by whitespace, the syllables of a word joined by `_`. A word's
 * span is its [start, end) in the line's characters with all whitespace and `_` removed, so two
 * segmentations of the same text are compared word for word whatever their spacing.
 */

export interface SegmentationScore {
  precision: number;
  recall: number;
  f1: number;
  /** Words in the gold lines, in the predicted lines, and predicted words whose span is in gold. */
  gold: number;
  predicted: number;
  correct: number;
}

/** Word spans of one segmented line, encoded as start * 2^21 + end (lines up to 2M characters). */
export function wordSpans(line: string): number[] {
  const spans: number[] = [];
  let pos = 0;
  for (const word of line.split(/\s+/)) {
    if (word === '') continue;
    let len = 0;
    for (const ch of word) if (ch !== '_') len += ch.length;
    if (len === 0) continue; // a lone `_` is a join, not a word
    spans.push(pos * 2097152 + pos + len);
    pos += len;
  }
  return spans;
}

/** Scores predicted lines against gold lines, line i against line i. */
export function scoreSegmentation(gold: readonly string[], predicted: readonly string[]): SegmentationScore {
  if (gold.length !== predicted.length) throw new Error(`segmentation score: ${gold.length} gold lines, ${predicted.length} predicted`);
  let g = 0;
  let p = 0;
  let c = 0;
  for (let i = 0; i < gold.length; i++) {
    const gs = wordSpans(gold[i]!);
    const ps = wordSpans(predicted[i]!);
    g += gs.length;
    p += ps.length;
    const set = new Set(gs);
    for (const s of ps) if (set.has(s)) c++;
  }
  const precision = p === 0 ? 0 : c / p;
  const recall = g === 0 ? 0 : c / g;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: g, predicted: p, correct: c };
}
