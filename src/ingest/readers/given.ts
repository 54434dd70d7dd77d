/**
 * Metadata given with an input (a JSONL record, a sidecar, a feed item, a page's own metadata),
 * cleaned the same way whatever carried it: dates to ISO 8601, bylines split into author and
 * credit, titles and outlet names normalised.
 */
import type { ArticleMeta } from '../../doc/news-doc.js';
import { normalizeText } from '../../text/normalize.js';
import { parsePublicationDate } from '../../text/dates/index.js';
import { parseByline } from '../meta.js';
import { canonicalOutlet } from '../outlet.js';
import { META_FIELDS, type SidecarRecord } from '../record.js';

/** Metadata as given, and an id when the record names one. */
export type Given = ArticleMeta & { id?: string };

export function givenMeta(record: SidecarRecord, warnings: string[], where: string): Given {
  const meta: Given = {};
  for (const key of [...META_FIELDS, 'id'] as const) if (record[key] !== undefined) meta[key] = record[key];
  if (meta.publishedAt !== undefined) {
    // ISO 8601 as the format asks, but also what sidecars and scrapers write (`23/03/2021 10:15`, RFC 822)
    // any four-digit year: a date in the future is the clusterer's to report (placed as undated), not dropped here
    const iso = parsePublicationDate(meta.publishedAt, { minYear: 1000, maxYear: 9999 });
    if (iso) meta.publishedAt = iso;
    else {
      warnings.push(`${where}: publishedAt "${meta.publishedAt}" is not a date; ignored`);
      delete meta.publishedAt;
    }
  }
  if (meta.author) {
    const byline = parseByline(meta.author);
    if (byline.author) meta.author = byline.author;
    else delete meta.author;
    if (byline.credit && !meta.credit) meta.credit = byline.credit;
  }
  if (meta.title) meta.title = normalizeText(meta.title).replace(/\s+/g, ' ').trim();
  if (meta.source) meta.source = canonicalOutlet(normalizeText(meta.source));
  return meta;
}
