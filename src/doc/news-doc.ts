/**
 * NewsDoc: the one article type that flows through every stage of the pipeline.
 *
 * Offsets are UTF-16 code units, `start` inclusive, `end` exclusive, into `text`. `text` is the
 * article as clean, normalised text made of blocks (title, lead, body paragraphs, captions) joined by
 * blank lines; `sourceMap` leads from any offset in it back to `source`, the decoded input, which
 * `input` keeps byte for byte. Stages add fields; none rewrites what an earlier stage assigned
 * (`DocField` names them all, and the pipeline checks each stage's declarations when it is built).
 */
import type { OffsetMapJSON } from '../text/offsets.js';
import type { Span } from '../text/syllables.js';

/**
 * `text`: a plain-text file; `jsonl`: one bulk-import line; `html`: a saved web page; `feed-item`:
 * one item of an RSS/Atom feed, kept as the JSON of the parsed item.
 */
export type InputFormat = 'text' | 'jsonl' | 'html' | 'feed-item';

/** The article as it arrived, kept so that any stage can be re-run later. */
export interface RawInput {
  format: InputFormat;
  /** The bytes as read: a file's content, or one JSONL line (without its newline). */
  bytes: Uint8Array;
  /** The sidecar `NAME.meta.json` of a text file, as read. */
  sidecar?: string;
  /** Where it came from: a path, with the line for JSONL or the item for a feed. Not part of identity. */
  origin?: { path: string; line?: number; item?: number };
  /** An encoding the user named (`--encoding`), instead of detection. */
  encoding?: string;
  /** Identity hint from the reader: the file's name relative to the folder ingested. */
  name?: string;
}

export type BlockKind = 'title' | 'lead' | 'body' | 'caption';

export interface Block extends Span {
  kind: BlockKind;
}

/** A line of the input left out of the article text, and why. */
export interface RemovedLine {
  /** Offsets into `source`. */
  start: number;
  end: number;
  reason: 'boilerplate' | 'related' | 'byline' | 'dateline' | 'empty';
}

export interface ArticleMeta {
  title?: string;
  url?: string;
  /** ISO 8601 with offset. */
  publishedAt?: string;
  /** The outlet that published the article (VnExpress, Tuổi Trẻ). */
  source?: string;
  author?: string;
  /** Who the outlet credits for the content (`Theo Yonhap` gives `Yonhap`). */
  credit?: string;
  /** A feed item that carried only a summary: the article itself is at `url`, to be fetched. */
  summaryOnly?: boolean;
}

export interface Language {
  lang: 'vi' | 'en' | 'fr' | 'und';
  confidence: number;
}

/**
 * A time expression resolved against the article's publication time (the `times` stage):
 * `hôm thứ Ba` → `2021-03-23`. `value` is ISO 8601 (`2021-03-23`, `2021-W11`, `2018-06`, `2020`,
 * `2021-03-23T02:45+07:00`, an interval `start/end`), or null with the `reason` it could not be resolved.
 */
export interface TimeMention extends Span {
  text: string;
  value: string | null;
  granularity: 'instant' | 'day' | 'week' | 'month' | 'year' | 'interval' | null;
  reason?: string;
}

export interface NewsDoc {
  /** Assigned by `read`: the id given, else from the URL, the file's name, or the content. */
  id: string;
  input: RawInput;
  /**
   * Assigned by `read`: the input as text, before any change. For a web page or a feed item, the
   * text extracted from it, one block a line (the page itself is kept in `input`).
   */
  source?: string;
  /** Assigned by `read`: the encoding the bytes were decoded from. */
  encoding?: string;
  /** Assigned by `read`, for a source that comes with its structure (a web page): the kind of each of its lines. */
  lineKinds?: BlockKind[];
  /** Assigned by `read`: metadata given with the input (JSONL fields, sidecar, feed item, page). */
  given?: ArticleMeta;
  /** Assigned by `clean`. */
  text?: string;
  blocks?: Block[];
  sourceMap?: OffsetMapJSON;
  removed?: RemovedLine[];
  /** Assigned by `clean`: what the text itself says (title line, byline, credit, dateline's outlet). */
  found?: ArticleMeta;
  /** Assigned by `meta`: the article's metadata, what was given first, then what was found. Empty before. */
  meta: ArticleMeta;
  /** Assigned by `sentences`. */
  sentences?: Span[];
  /**
   * Assigned by `words`: word spans (syllables of one word together), in every block, packed (see
   * `packSpans`: a gap and a length per word), since an article has hundreds of them.
   */
  words?: number[];
  /**
   * Assigned by `entities`: named-entity mentions (PER, LOC, ORG, MISC; ROLE for a role naming its
   * holder), offsets into `text`, sorted by start, linked to the knowledge base where it knows them.
   * The credit (`Theo Yonhap`), which is not in the text, is the last mention, `in: 'credit'`, with
   * offsets into `meta.credit`.
   */
  entities?: EntityMention[];
  /** Assigned by `language`. */
  language?: Language;
  /** Assigned by `times`: the time expressions of the text, resolved against `meta.publishedAt`. */
  times?: TimeMention[];
  /** Problems that did not stop the article, for the report (`publishedAt "x" is not a date`). */
  warnings: string[];
  /** stage name -> version of the stage that produced the current annotations. */
  stages: Record<string, string>;
}

/** A knowledge-base entity a mention is linked to. */
export interface EntityRef {
  id: string;
  /** Its canonical Vietnamese name. */
  name: string;
  en?: string;
}

/** One entity mention (docs/ner.md). */
export interface EntityMention {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC' | 'ROLE';
  text: string;
  entity?: EntityRef;
  /** `credit`: the mention is the article's credit (offsets into `meta.credit`), not in its text. */
  in?: 'credit';
}

/** The fields a stage can declare it requires or assigns: every field of a NewsDoc but `input`, `warnings` and `stages`. */
export const DOC_FIELDS = [
  'id', 'source', 'encoding', 'lineKinds', 'given', 'text', 'blocks', 'sourceMap', 'removed', 'found', 'meta', 'sentences', 'words', 'entities', 'language', 'times',
] as const;
export type DocField = (typeof DOC_FIELDS)[number];

/** The text of a span. */
export function spanText(doc: Pick<NewsDoc, 'text'>, span: Span): string {
  return (doc.text ?? '').slice(span.start, span.end);
}

/** The blocks of given kinds. */
export function blocksOf(doc: Pick<NewsDoc, 'blocks'>, ...kinds: BlockKind[]): Block[] {
  return (doc.blocks ?? []).filter((b) => kinds.includes(b.kind));
}

/** The body paragraphs (lead and body, no title or captions) joined by line breaks. */
export function bodyText(doc: Pick<NewsDoc, 'text' | 'blocks'>): string {
  return blocksOf(doc, 'lead', 'body').map((b) => spanText(doc, b)).join('\n');
}

/** A title to show: the given title, else the start of the text. */
export function displayTitle(doc: { meta: ArticleMeta; text?: string }, maxSyllables = 14): string {
  if (doc.meta.title) return doc.meta.title;
  const words = (doc.text ?? '').split(/\s+/).filter(Boolean);
  const head = words.slice(0, maxSyllables).join(' ');
  return words.length > maxSyllables ? `${head} …` : head;
}

/** Fails to compile when a field of NewsDoc is missing from DOC_FIELDS. */
export const EVERY_FIELD_LISTED: [Exclude<keyof NewsDoc, DocField | 'input' | 'warnings' | 'stages'>] extends [never] ? true : false = true;

/**
 * Spans packed as numbers, two a span: the gap from the end of the span before (from 0 for the
 * first) and the length. Word spans of an article are hundreds of small numbers this way, instead
 * of as many objects (a third of the JSON, and no allocation per word).
 */
export function packSpans(flat: readonly number[]): number[] {
  const out = new Array<number>(flat.length);
  let end = 0;
  for (let i = 0; i < flat.length; i += 2) {
    out[i] = flat[i]! - end;
    out[i + 1] = flat[i + 1]! - flat[i]!;
    end = flat[i + 1]!;
  }
  return out;
}

/** The spans of `packSpans`' output. */
export function unpackSpans(packed: readonly number[]): Span[] {
  const spans: Span[] = [];
  let end = 0;
  for (let i = 0; i + 1 < packed.length; i += 2) {
    const start = end + packed[i]!;
    end = start + packed[i + 1]!;
    spans.push({ start, end });
  }
  return spans;
}

/** The article's word spans (empty when the `words` stage did not run). */
export function wordsOf(doc: Pick<NewsDoc, 'words'>): Span[] {
  return doc.words ? unpackSpans(doc.words) : [];
}
