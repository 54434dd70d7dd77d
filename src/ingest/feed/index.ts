/** RSS and Atom feeds: `parseFeed` turns a feed into items to ingest or to fetch. */
export { parseFeed, FeedError, MAX_FEED_CHARS, FULL_CONTENT_MIN_CHARS } from './parse.js';
export type { Feed, FeedItem, FeedErrorCode } from './parse.js';
