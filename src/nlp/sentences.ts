/** The sentences stage: sentence spans within each block (a sentence never crosses a block). */
import type { Stage } from '../doc/stage.js';
import { splitSentences } from '../text/sentences.js';

export const sentencesStage: Stage = {
  name: 'sentences',
  version: '1',
  requires: ['text', 'blocks'],
  assigns: ['sentences'],
  run(doc) {
    const text = doc.text!;
    const sentences = doc.blocks!.flatMap((b) => splitSentences(text, b.start, b.end));
    return { ...doc, sentences };
  },
};
