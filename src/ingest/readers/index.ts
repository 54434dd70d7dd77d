/**
 * Readers: one per input format, each from a raw input to its source text, the encoding it was
 * decoded from, and the metadata given with it. They run ahead of the analysis stages (as the
 * pipeline's first stage, `read`), so a new format is a new reader and nothing else.
 */
import type { InputFormat } from '../../doc/news-doc.js';
import { readFeedItem } from './feed-item.js';
import { readJsonl } from './jsonl.js';
import { readPage } from './page.js';
import { readText } from './text.js';
import type { Reader } from './types.js';

export const READERS: Record<InputFormat, Reader> = {
  text: readText,
  jsonl: readJsonl,
  html: readPage,
  'feed-item': readFeedItem,
};

export type { Given } from './given.js';
export type { Reader, SourceRead } from './types.js';
