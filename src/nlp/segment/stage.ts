/**
 * The words stage: word spans (VLSP conventions: `Tập Cận Bình`, `Chủ tịch`, `23/3` are one word
 * each) over every block of the article, from the shipped segmenter model, packed (`packSpans`).
 */
import { packSpans } from '../../doc/news-doc.js';
import type { Stage } from '../../doc/stage.js';
import { loadSegmenter } from './index.js';

export const wordsStage: Stage = {
  name: 'words',
  version: '2',
  requires: ['text', 'blocks'],
  assigns: ['words'],
  run(doc) {
    const segmenter = loadSegmenter();
    const text = doc.text!;
    const flat: number[] = [];
    for (const b of doc.blocks!) segmenter.segmentFlat(text, b.start, b.end, flat);
    return { ...doc, words: packSpans(flat) };
  },
};
