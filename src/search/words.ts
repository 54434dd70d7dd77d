/** Query words for search, from the shipped segmenter (loaded on first use). */
import { loadSegmenter } from '../nlp/segment/index.js';
import type { Span } from '../text/syllables.js';

export function wordSpans(text: string): Span[] {
  return loadSegmenter().segmentSpans(text);
}
