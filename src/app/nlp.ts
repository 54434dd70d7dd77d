/** Vietnamese analysis of loose text (not articles): what `toancanh nlp` and the API's analysis routes run. */
import { loadSegmenter } from '../nlp/segment/index.js';

export const NLP_TASKS = ['segment'] as const;
export type NlpTask = (typeof NLP_TASKS)[number];

/** A function from one line of text to its analysis, one line out (the segmenter is loaded once). */
export function lineAnalyser(task: NlpTask): (line: string) => string {
  const segmenter = loadSegmenter();
  switch (task) {
    case 'segment':
      return (line) => segmenter.segmentLine(line);
  }
}
