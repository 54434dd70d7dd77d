/**
 * Search queries: words and "quoted phrases", matched without diacritics (`tap can binh` finds
 * `Tập Cận Bình`), with articles that carry the query's diacritics exactly ranked first.
 */
import { fold, hasMarks } from '../text/fold.js';
import { normalizeText } from '../text/normalize.js';
import { searchTerms, type Span } from '../text/syllables.js';
import { DEFAULT_RANK_PARAMS, type RankParams } from './rank.js';

export interface SearchQuery {
  text: string;
  /** Inclusive bounds on the publication time: `YYYY-MM-DD` or ISO 8601. */
  from?: string;
  to?: string;
  /** Outlet name, compared without case or diacritics. */
  source?: string;
  limit?: number;
  offset?: number;
  /** Include exact copies of other articles (left out by default). */
  includeCopies?: boolean;
  /**
   * Match the query's words as units (`hợp tác` as a phrase, not `hợp` and `tác` anywhere), falling
   * back to its syllables when that finds nothing. Default true.
   */
  words?: boolean;
  rank?: RankParams;
}

export interface ParsedQuery {
  /** Each entry one phrase: its terms, normalised and lower-cased (a bare word is a phrase of one). */
  phrases: string[][];
  /** Whether the query carries diacritics, so that exact matches rank first. */
  exact: boolean;
  /** Whether some phrase is a multi-syllable word found by segmentation (not quoted by the user). */
  usesWords: boolean;
}

/** Word spans of a text (the segmenter's `segmentSpans`). */
export type WordSpans = (text: string) => Span[];

/**
 * Splits a query into phrases. Quoted text is one phrase; `Jong-un` is the phrase `jong un`; with a
 * segmenter, the words of unquoted text are phrases too: `"Kim Jong Un" hợp tác` →
 * [[kim, jong, un], [hợp, tác]]; without one, every syllable stands alone.
 */
export function parseQuery(input: string, segment?: WordSpans): ParsedQuery {
  const text = normalizeText(input);
  const phrases: string[][] = [];
  let usesWords = false;
  const termsOf = (chunk: string): string[] => searchTerms(chunk).map((s) => chunk.slice(s.start, s.end).toLowerCase());
  const re = /"([^"]*)"?|([^"]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[1] !== undefined) {
      const terms = termsOf(m[1]);
      if (terms.length > 0) phrases.push(terms);
      continue;
    }
    const chunk = m[2]!;
    const units = segment ? segment(chunk).map((w) => chunk.slice(w.start, w.end)) : chunk.split(/\s+/);
    for (const unit of units) {
      const terms = termsOf(unit);
      if (terms.length === 0) continue;
      if (segment && terms.length > 1 && /\s/.test(unit)) usesWords = true;
      phrases.push(terms);
    }
  }
  return { phrases, exact: phrases.some((p) => p.some((t) => hasMarks(t))), usesWords };
}

/**
 * The queries to try, in order: by words first when asked (and when that differs), then by
 * syllables, so that a query whose words appear only apart still finds something.
 */
export function queryPlans(q: SearchQuery, segment?: WordSpans): ParsedQuery[] {
  const syllables = parseQuery(q.text);
  if (q.words === false || !segment) return [syllables];
  const words = parseQuery(q.text, segment);
  return words.usesWords ? [words, syllables] : [syllables];
}

/** The phrases as a store matches them: folded terms. */
export function foldedPhrases(q: ParsedQuery): string[][] {
  return q.phrases.map((p) => p.map(fold));
}

/** Time bounds as epoch milliseconds; a date-only `to` includes its whole day (Vietnam time). */
export function timeBounds(q: Pick<SearchQuery, 'from' | 'to'>): { fromMs?: number; toMs?: number } {
  const parse = (v: string, end: boolean): number => {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(v);
    const ms = Date.parse(dateOnly ? `${v}T${end ? '23:59:59.999' : '00:00:00'}+07:00` : v);
    if (Number.isNaN(ms)) throw new RangeError(`"${v}" is not a date (use YYYY-MM-DD or ISO 8601)`);
    return ms;
  };
  const out: { fromMs?: number; toMs?: number } = {};
  if (q.from) out.fromMs = parse(q.from, false);
  if (q.to) out.toMs = parse(q.to, true);
  return out;
}

export function rankParams(q: SearchQuery): RankParams {
  return q.rank ?? DEFAULT_RANK_PARAMS;
}
