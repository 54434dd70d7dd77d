/**
 * NewsDoc: the one article type that flows through every stage of the pipeline.
 *
 * Offsets are UTF-16 code units, `start` inclusive, `end` exclusive, into `text`. `text` is the
 * article as clean, normalised text made of blocks (title, lead, body paragraphs, captions) joined by
 * blank lines; `sourceMap` leads from any offset in it back to `source`, the decoded input, which
 * `input` keeps byte for byte. Stages add fields; none rewrites what an earlier stage assigned.
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

export interface NewsDoc {
  id: string;
  input: RawInput;
  /**
   * Assigned by `decode`: the input as text, before any change. For a web page or a feed item, the
   * text extracted from it, one block a line (the page itself is kept in `input`).
   */
  source?: string;
  encoding?: string;
  /** For a source that comes with its structure (a web page), the kind of each of its lines. */
  lineKinds?: BlockKind[];
  /** Metadata given with the input (JSONL fields, sidecar); `clean` adds what it finds in the text. */
  meta: ArticleMeta;
  /** Assigned by `clean`. */
  text?: string;
  blocks?: Block[];
  sourceMap?: OffsetMapJSON;
  removed?: RemovedLine[];
  /** Assigned by `sentences`. */
  sentences?: Span[];
  /** Assigned by `words`: word spans (syllables of one word together), in every block. */
  words?: Span[];
  /** Assigned by `language`. */
  language?: Language;
  /** Problems that did not stop the article, for the report (`publishedAt "x" is not a date`). */
  warnings: string[];
  /** stage name -> version of the stage that produced the current annotations. */
  stages: Record<string, string>;
}

/** The fields a stage can declare it requires or assigns. */
export type DocField = 'source' | 'text' | 'blocks' | 'meta' | 'sentences' | 'words' | 'language';

/** The text of a span. */
export function spanText(doc: NewsDoc, span: Span): string {
  return (doc.text ?? '').slice(span.start, span.end);
}

/** The blocks of given kinds. */
export function blocksOf(doc: NewsDoc, ...kinds: BlockKind[]): Block[] {
  return (doc.blocks ?? []).filter((b) => kinds.includes(b.kind));
}

/** The body paragraphs (lead and body, no title or captions) joined by line breaks. */
export function bodyText(doc: NewsDoc): string {
  return blocksOf(doc, 'lead', 'body').map((b) => spanText(doc, b)).join('\n');
}

/** A title to show: the given title, else the start of the text. */
export function displayTitle(doc: { meta: ArticleMeta; text?: string }, maxSyllables = 14): string {
  if (doc.meta.title) return doc.meta.title;
  const words = (doc.text ?? '').split(/\s+/).filter(Boolean);
  const head = words.slice(0, maxSyllables).join(' ');
  return words.length > maxSyllables ? `${head} …` : head;
}
