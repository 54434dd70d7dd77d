/**
 * Readers: one per input format, each from a raw input to its source text, the encoding it was
 * decoded from, and the metadata given with it. They run ahead of the analysis stages (as the
 * pipeline's first stage, `read`), so a new format is a new reader and nothing else.
 */
import type { InputFormat } from '../../doc/news-doc.js';
import { readJsonl } from './jsonl.js';
import { readText } from './text.js';
import type { Reader } from './types.js';

/**
 * The page and feed-item readers, loaded on first use: the HTML extractor under them (Readability,
 * linkedom, htmlparser2) costs about 0.3 s of CPU to import, in every pipeline worker and in the
 * main thread, and text and JSONL never need it.
 */
let pages: Promise<[typeof import('./page.js'), typeof import('./feed-item.js')]> | undefined;
const pageReaders = (): NonNullable<typeof pages> => (pages ??= Promise.all([import('./page.js'), import('./feed-item.js')]));

export const READERS: Record<InputFormat, Reader> = {
  text: readText,
  jsonl: readJsonl,
  html: async (input) => (await pageReaders())[0].readPage(input),
  'feed-item': async (input) => (await pageReaders())[1].readFeedItem(input),
};

export type { Given } from './given.js';
export type { Reader, SourceRead } from './types.js';
