/**
 * The words stage: word spans (VLSP conventions: `Tập Cận Bình`, `Chủ tịch`, `23/3` are one word
 * each) over every block of the article, from the shipped segmenter model.
 */
import type { Stage } from '../../doc/stage.js';
import { loadSegmenter } from './index.js';

export const wordsStage: Stage = {
  name: 'words',
  version: '1',
  requires: ['text', 'blocks'],
  assigns: ['words'],
  run(doc) {
    const segmenter = loadSegmenter();
    const text = doc.text!;
    const words = doc.blocks!.flatMap((b) => segmenter.segmentSpans(text, b.start, b.end));
    return { ...doc, words };
  },
};
