import type { ExtractParams } from './params.js';

/** The result of article extraction from one HTML page. */
export interface ExtractedArticle {
  title?: string;
  /** The lead (sapo): the summary paragraph Vietnamese outlets print above the body. */
  lead?: string;
  /** Body paragraphs in reading order (headings and list items each a paragraph). */
  paragraphs: string[];
  /** Photo and video captions, kept apart from the body. */
  captions: string[];
  author?: string;
  /** Who the outlet credits for the content (`Theo Yonhap` gives `Yonhap`). */
  credit?: string;
  /** ISO 8601 with offset; a time with no zone is read as Vietnam time (+07:00). */
  publishedAt?: string;
  /** The outlet's name (VnExpress, Tuổi Trẻ). */
  source?: string;
  /** The canonical URL. */
  url?: string;
  /**
   * Text left out of the body, and why (`related`, `boilerplate`, `date`, `byline`, `title`,
   * `signature`, `dateline`): nothing is dropped silently. Blocks removed from the page before
   * Readability are counted in `removedBlocks` by reason instead.
   */
  removed: { text: string; reason: RemovedReason }[];
  /** Blocks removed from the page before Readability, by reason (`boilerplate`, `chrome:nav`, `caption` ...). */
  removedBlocks: Record<string, number>;
  /** Problems met on the way (`no article found; text of the whole page returned`). */
  warnings: string[];
  /** True when the body is a fallback (no article found, page too deep or too big). */
  bestEffort: boolean;
  /** Set when the page is not an article (a section or listing page): why, in a few words. */
  notArticle?: string;
  /** What the article-or-not decision read (listing.ts): teasers in the page, their share of the main text, body characters. */
  listing?: { teasers: number; teaserShare: number; bodyChars: number };
}

export interface ExtractOptions {
  /** The URL the page was fetched from: resolves relative canonical links, names the outlet. */
  url?: string;
  /** Tunable numbers other than the defaults (for cross-validation). */
  params?: Partial<ExtractParams>;
  /** When given, milliseconds spent in each step are added to it (for the benchmark). */
  timings?: ExtractTimings;
}

/** Milliseconds per step of `extractArticle`, summed over calls. */
export interface ExtractTimings {
  /** Size and depth guards on the HTML string. */
  guard: number;
  /** linkedom parse. */
  parse: number;
  /** JSON-LD and meta tags. */
  metadata: number;
  /** Lead, captions and boilerplate removal before Readability. */
  clean: number;
  /** Mozilla Readability. */
  readability: number;
  /** Paragraphs, furniture filters, signature. */
  post: number;
}

export type RemovedReason = 'related' | 'boilerplate' | 'date' | 'byline' | 'title' | 'separator' | 'signature' | 'dateline';
