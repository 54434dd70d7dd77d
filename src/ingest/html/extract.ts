/**
 * Article extraction from one HTML page: metadata from JSON-LD and meta tags, body through Mozilla
 * Readability over a linkedom DOM, cleaned before (lead, captions, page chrome, boilerplate
 * blocks) and after (link lists, furniture lines, bylines).
 */
import { Readability } from '@mozilla/readability';
import { paragraphsOf, type Paragraph } from './blocks.js';
import { cleanPage, type Cleaned } from './clean.js';
import { blocksToRecover, keptBlocks, markBlocks, parentsOf, type RecoveredBlock } from './recover.js';
import { parseDocument, squash, type DomDocument, type DomElement } from './dom.js';
import { guardPage, stripScripts } from './guard.js';
import { readMetadata } from './metadata.js';
import { BOILERPLATE_LINES, BYLINE_LINE, DATE_ONLY, isDateLine } from './patterns.js';
import type { ExtractedArticle, ExtractOptions, ExtractTimings, RemovedReason } from './types.js';

export type { ExtractedArticle, ExtractOptions, ExtractTimings } from './types.js';

/** A body shorter than this is reported as possibly not an article. */
const MIN_BODY_CHARS = 150;

type ReadabilityDoc = ConstructorParameters<typeof Readability>[0];

/** Runs Readability on a parsed document; returns the article element, or null when it found none. */
export function runReadability(doc: DomDocument): { content: DomElement; title?: string } | null {
  const reader = new Readability<DomElement>(doc as unknown as ReadabilityDoc, {
    serializer: (node) => node as unknown as DomElement,
    charThreshold: 300,
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
  if (opts.readabilityOnly) return readabilityAlone(doc);
  const meta = readMetadata(doc, opts.url);
  clock('metadata');
  const cleaned: Cleaned = doc.body ? cleanPage(doc.body) : { captions: [], removed: {} };
  const recover = doc.body && !guarded.flattened && opts.recover !== false;
  const records = recover ? markBlocks(doc.body!) : [];
  const parents = recover ? parentsOf(doc.body!) : new Map<DomElement, DomElement | null>();
  clock('clean');
  let paras: Paragraph[];
  let bestEffort = guarded.flattened || guarded.truncated;
  const found = guarded.flattened ? null : runReadability(doc);
  clock('readability');
  if (found) {
    paras = paragraphsOf(found.content);
    if (records.length > 0) paras = withRecovered(paras, blocksToRecover(records, keptBlocks(found.content), parents));
  } else {
    // No article container: the page's remaining text, furniture filtered, marked as best effort.
    paras = doc.body ? paragraphsOf(doc.body) : [];
    bestEffort = true;
    if (!guarded.flattened) warnings.push('no article found: text of the whole page returned');
  }
  const title = meta.title ?? (found?.title ? squash(found.title) : undefined);
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
  const lead = cleaned.lead ?? (meta.lead && !repeats(meta.lead, paragraphs) ? meta.lead : undefined);
  const out: ExtractedArticle = { paragraphs, captions: cleaned.captions, removed, removedBlocks: cleaned.removed, warnings, bestEffort };
  if (title) out.title = title;
  if (lead) out.lead = lead;
  const author = meta.author ?? tail.author;
  if (author) out.author = author;
  if (tail.credit) out.credit = tail.credit;
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

/** Puts recovered blocks among Readability's paragraphs, in page order. */
function withRecovered(paras: Paragraph[], recovered: RecoveredBlock[]): Paragraph[] {
  if (recovered.length === 0) return paras;
  const keyed: { key: number; p: Paragraph }[] = [];
  let key = -1;
  for (const p of paras) {
    if (p.source !== undefined) key = p.source;
    keyed.push({ key, p });
  }
  for (const r of recovered) keyed.push({ key: r.index, p: { text: r.text, tag: 'P', linkDensity: r.linkDensity, source: r.index } });
  // stable sort: paragraphs without a number keep their place after the numbered one before them
  return keyed.map((x, i) => ({ ...x, i })).sort((a, b) => a.key - b.key || a.i - b.i).map((x) => x.p);
}

/** True when `lead` is (the start of) one of the first body paragraphs. */
function repeats(lead: string, paragraphs: string[]): boolean {
  const k = key(lead).slice(0, 120);
  return paragraphs.slice(0, 3).some((p) => key(p).startsWith(k) || k.startsWith(key(p).slice(0, 120)));
}

// "Ánh Ngọc (Theo Yonhap)", "Theo AP", "Xuân Lan": the signature that closes Vietnamese articles.
const CREDIT_LINE = /^\(?theo\s+([^()]{2,60}?)\)?\.?$/iu;
const SIGNED_CREDIT = /^([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,4})\s*\((?:[Tt]heo|[Nn]guồn:?)\s+([^()]{2,60})\)\.?$/u;
// "Xuân Lan", "Hồng Nhung/VOV.VN", "NGỌC HIỂN"
const SIGNATURE = /^((?:[\p{Lu}][\p{L}\p{M}]*\.?)(?:\s+[\p{Lu}][\p{L}\p{M}]*\.?){0,4})(?:\s*\/\s*[\p{Lu}][\p{L}.]{1,15})?$/u;
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáãèéìíòóõùúýĂÂĐÊÔƠƯ]/u;

/** Takes the closing signature lines (author, `Theo ...` credit) off the end of the body. */
export function readTail(paragraphs: string[]): { paragraphs: string[]; author?: string; credit?: string } {
  const out = [...paragraphs];
  let author: string | undefined;
  let credit: string | undefined;
  for (let k = 0; k < 2 && out.length > 1; k++) {
    const last = out[out.length - 1]!.trim();
    let m: RegExpExecArray | null;
    if ((m = SIGNED_CREDIT.exec(last))) {
      author ??= m[1]!.trim();
      credit ??= m[2]!.trim();
    } else if ((m = CREDIT_LINE.exec(last))) credit ??= m[1]!.trim();
    else if (last.length <= 40 && (m = SIGNATURE.exec(last)) && VIETNAMESE_LETTER.test(last)) author ??= m[1]!;
    else break;
    out.pop();
  }
  return { paragraphs: out, ...(author ? { author } : {}), ...(credit ? { credit } : {}) };
}

/** Splits Readability's paragraphs into body text and what is not (with the reason). */
export function keepBody(paras: Paragraph[], title?: string): { kept: string[]; removed: ExtractedArticle['removed'] } {
  const kept: string[] = [];
  const removed: ExtractedArticle['removed'] = [];
  const titleKey = title ? key(title) : '';
  for (const p of paras) {
    const t = p.text;
    const why = notBody(p, titleKey);
    if (why) removed.push({ text: t, reason: why });
    else kept.push(t);
  }
  return { kept, removed };
}

function notBody(p: Paragraph, titleKey: string): RemovedReason | undefined {
  const t = p.text;
  const words = t.split(' ').length;
  // a link list (related, tags, navigation); a linked sentence of prose stays
  if (p.linkDensity > 0.5 && words < 40 && !(words >= 12 && /[.!?…"”]$/.test(t))) return 'related';
  if (words <= 25 && BOILERPLATE_LINES.some((re) => re.test(t))) return 'boilerplate';
  if (words <= 12 && (DATE_ONLY.test(t) || isDateLine(t))) return 'date';
  if (words <= 12 && BYLINE_LINE.test(t)) return 'byline';
  if (titleKey && key(t) === titleKey) return 'title';
  if (/^[\d\s|/·•-]*$/.test(t)) return 'separator'; // gallery counters, separators
  return undefined;
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The baseline: Readability's own article text, cut into lines, nothing else. */
function readabilityAlone(doc: DomDocument): ExtractedArticle {
  const result = new Readability(doc as unknown as ReadabilityDoc).parse();
  const text = result?.textContent ?? '';
  const paragraphs = text.split(/\n+/).map(squash).filter(Boolean);
  const out: ExtractedArticle = { paragraphs, captions: [], removed: [], removedBlocks: {}, warnings: [], bestEffort: !result };
  if (result?.title) out.title = result.title;
  return out;
}
