/**
 * Article extraction from one HTML page: metadata from JSON-LD and meta tags, title and byline as
 * Readability's metadata finds them, body through Mozilla Readability over a linkedom DOM, cleaned
 * before (lead, captions, page chrome, boilerplate blocks) and after (furniture lines, bylines), and
 * whether the page is an article at all (listing.ts).
 */
import { Readability } from '@mozilla/readability';
import { paragraphsOf, type Paragraph } from './blocks.js';
import { cleanPage, type Cleaned } from './clean.js';
import { parseDocument, squash, type DomDocument, type DomElement } from './dom.js';
import { guardPage, stripScripts } from './guard.js';
import { jsonLdObjects, readMetadata } from './metadata.js';
import { keepBody, readTail } from './body.js';
import { chooseAuthor, personAuthors } from './byline.js';
import { decodeEntities } from './entities.js';
import { listingFeatures, listingReason, teaserShare } from './listing.js';
import { DEFAULT_PARAMS } from './params.js';
import { readerMeta } from './reader-meta.js';
import type { ExtractedArticle, ExtractOptions, ExtractTimings } from './types.js';

export type { ExtractedArticle, ExtractOptions, ExtractTimings } from './types.js';

/** A body shorter than this is reported as possibly not an article. */
const MIN_BODY_CHARS = 150;

type ReadabilityDoc = ConstructorParameters<typeof Readability>[0];

/** Runs Readability on a parsed document; returns the article element, or null when it found none. */
export function runReadability(doc: DomDocument): { content: DomElement; title?: string } | null {
  const reader = new Readability<DomElement>(doc as unknown as ReadabilityDoc, {
    serializer: (node) => node as unknown as DomElement,
    disableJSONLD: true, // read by metadata.ts already
  });
  const result = reader.parse();
  if (!result || !result.content) return null;
  return { content: result.content, ...(result.title ? { title: result.title } : {}) };
}

/**
 * Extracts the article of one HTML page. Never throws on bad input: a page with no article, too
 * deep or too big gives what text it has with `bestEffort: true` and a warning that says why.
 */
export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractedArticle {
  if (typeof html !== 'string' || html.trim() === '') {
    return { paragraphs: [], captions: [], removed: [], removedBlocks: {}, warnings: ['empty page'], bestEffort: true };
  }
  try {
    return extractFromPage(html, opts);
  } catch (e) {
    // A DOM or Readability failure on a page nobody foresaw: the page's text, marked as such.
    const text = stripScripts(html).replace(/<[^>]*>/g, '\n').replace(/&nbsp;/g, ' ');
    return {
      paragraphs: text.split(/\n\s*\n/).map(squash).filter((p) => p.length > 0),
      captions: [],
      removed: [],
      removedBlocks: {},
      warnings: [`extraction failed (${e instanceof Error ? e.message : String(e)}): tag-stripped text returned`],
      bestEffort: true,
    };
  }
}

function extractFromPage(html: string, opts: ExtractOptions): ExtractedArticle {
  const clock = stopwatch(opts.timings);
  const guarded = guardPage(html);
  clock('guard');
  const warnings = [...guarded.warnings];
  const doc = parseDocument(guarded.html);
  clock('parse');
  const params = { ...DEFAULT_PARAMS, ...opts.params };
  const meta = readMetadata(doc, opts.url, html);
  const reader = readerMeta(doc);
  const persons = personAuthors(jsonLdObjects(doc));
  const links = doc.body ? listingFeatures(doc.body) : undefined;
  clock('metadata');
  const cleaned: Cleaned = doc.body ? cleanPage(doc.body, params) : { captions: [], removed: {} };
  clock('clean');
  let paras: Paragraph[];
  let share = 0;
  let bestEffort = guarded.flattened || guarded.truncated;
  const found = guarded.flattened ? null : runReadability(doc);
  clock('readability');
  if (found) {
    paras = paragraphsOf(found.content);
    share = teaserShare(found.content);
  } else {
    // No article container: the page's remaining text, furniture filtered, marked as best effort.
    paras = doc.body ? paragraphsOf(doc.body) : [];
    bestEffort = true;
    if (!guarded.flattened) warnings.push('no article found: text of the whole page returned');
  }
  // the title as the reader view finds it (JSON-LD checked against <title>, then meta tags), entities decoded
  const rawTitle = reader.title ?? meta.title;
  const title = rawTitle ? squash(decodeEntities(rawTitle)) || undefined : undefined;
  const body = keepBody(paras, title);
  const tail = readTail(body.kept);
  const paragraphs = tail.paragraphs;
  const removed = [...body.removed, ...body.kept.slice(paragraphs.length).map((text) => ({ text, reason: 'signature' as const }))];
  if (cleaned.leadTag) removed.push({ text: cleaned.leadTag, reason: 'dateline' });
  const bodyChars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (paragraphs.length === 0) {
    bestEffort = true;
    warnings.push(doc.body && squash(doc.body.textContent ?? '') === '' ? 'the page has no visible text (script-only page?)' : 'no body text found');
  } else if (bodyChars < MIN_BODY_CHARS) {
    bestEffort = true;
    warnings.push(`very short body (${bodyChars} characters): the page may hold no article`);
  }
  // only a lead the page shows (a sapo or standfirst): a meta description is not article text
  const lead = cleaned.lead;
  const out: ExtractedArticle = { paragraphs, captions: cleaned.captions, removed, removedBlocks: cleaned.removed, warnings, bestEffort, listing: { teasers: 0, teaserShare: 0, bodyChars: 0 } };
  if (title) out.title = title;
  if (lead) out.lead = lead;
  const outletNames = [reader.siteName, meta.source].filter((x): x is string => !!x);
  const author = chooseAuthor([reader.metaByline, tail.author, reader.pageByline, meta.author], { outletNames, persons });
  if (author) out.author = author;
  if (tail.credit) out.credit = tail.credit;
  out.listing = { teasers: links?.teasers ?? 0, teaserShare: share, bodyChars: bodyChars + (lead?.length ?? 0) };
  // a page whose structured data declares an article is taken at its word, whatever teasers surround
  // it (news pages with long related lists: theargus, couriermail in htmldate's pages); section
  // pages declare a CollectionPage, an ItemList or nothing
  const notArticle = links && !meta.declaresArticle ? listingReason(links, share, bodyChars + (lead?.length ?? 0), MIN_BODY_CHARS, params) : undefined;
  if (notArticle) out.notArticle = notArticle;
  if (meta.publishedAt) out.publishedAt = meta.publishedAt;
  if (meta.source) out.source = meta.source;
  if (meta.url) out.url = meta.url;
  if (meta.aggregatorUrl) warnings.push(`republished by an aggregator (${meta.aggregatorUrl}); url is the original article`);
  clock('post');
  return out;
}

/** Adds the time since the last lap to `timings[step]`; a no-op without `timings`. */
function stopwatch(timings: ExtractTimings | undefined): (step: keyof ExtractTimings) => void {
  if (!timings) return () => {};
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    timings[step] += now - last;
    last = now;
  };
}

