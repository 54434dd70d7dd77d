/** Article extraction from HTML pages: `extractArticle` gives the body, lead, captions and metadata of a page. */
export { extractArticle, runReadability } from './extract.js';
export { keepBody, readTail } from './body.js';
export { DEFAULT_PARAMS, type ExtractParams } from './params.js';
export { readMetadata, type PageMeta } from './metadata.js';
export { guardPage, nestingDepth, MAX_DEPTH, MAX_LENGTH } from './guard.js';
export type { ExtractedArticle, ExtractOptions, ExtractTimings } from './types.js';
