/**
 * The feed-item reader: one RSS/Atom item (kept as the JSON of the parsed item). Full content is
 * extracted as a page is; an item with only a summary is kept as a teaser (`summaryOnly`), with its
 * link, for the article to be fetched later.
 */
import type { BlockKind, RawInput } from '../../doc/news-doc.js';
import { Rejection } from '../../doc/stage.js';
import type { FeedItem } from '../feed/index.js';
import { extractArticle } from '../html/index.js';
import { readRecord, sidecarSchema } from '../record.js';
import { givenMeta } from './given.js';
import { pageSource } from './page.js';
import type { SourceRead } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readFeedItem(input: RawInput): SourceRead {
  const item = JSON.parse(utf8.decode(input.bytes)) as FeedItem;
  const warnings: string[] = [];
  const given = givenMeta(readRecord({ title: item.title, url: item.link, publishedAt: item.publishedAt, author: item.author }, sidecarSchema, 'feed item', warnings), warnings, 'feed item');
  if (item.hasFullContent && item.contentHtml) {
    const page = pageSource(extractArticle(item.contentHtml, item.link ? { url: item.link } : {}), warnings);
    return { source: page.source, encoding: 'utf-8', lineKinds: page.lineKinds, given: { ...page.given, ...given }, warnings };
  }
  // the summary's paragraphs: the first is the lead
  const lines = (item.summary ?? '').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (lines.length === 0) throw new Rejection('empty', 'the feed item has neither content nor summary');
  warnings.push(`feed item carries only a summary; the article is at ${item.link ?? '(no link)'}`);
  const lineKinds = lines.map((_, i): BlockKind => (i === 0 ? 'lead' : 'body'));
  return { source: lines.join('\n'), encoding: 'utf-8', lineKinds, given: { ...given, summaryOnly: true }, warnings };
}
