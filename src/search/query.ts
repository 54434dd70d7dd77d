/**
 * Search queries: words and "quoted phrases", matched without diacritics or case (`tap can binh`
 * finds `Tập Cận Bình`), their syllables in a row when any article has them so, with articles that
 * carry the query's diacritics exactly ranked first.
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
  /** Only articles naming this entity (its id: `per:xi-jinping`, `PER~nguyen thanh son`). */
  entity?: string;
  limit?: number;
  offset?: number;
  /** Include exact copies of other articles (left out by default). */
  includeCopies?: boolean;
  rank?: RankParams;
}

export interface ParsedQuery {
  /** Each entry one phrase: its terms, normalised and lower-cased (a bare word is a phrase of one). */
  phrases: string[][];
  /** Whether the query carries diacritics, so that exact matches rank first. */
  exact: boolean;
  /** Whether unquoted text of several syllables was taken as one phrase (its syllables together, in order). */
  together: boolean;
}

/**
 * Splits a query into phrases. Quoted text is one phrase; `Jong-un` is the phrase `jong un`. Unquoted
 * text is, `together`, one phrase (`tap can binh` → [[tap, can, binh]]), else one phrase per
 * whitespace-separated word (`hợp tác` → [[hợp], [tác]]). Neither depends on case or marks, so
 * `tap can binh`, `Tập Cận Bình` and `TẬP CẬN BÌNH` match the same articles.
 */
export function parseQuery(input: string, mode: 'together' | 'apart' = 'apart'): ParsedQuery {
  const text = normalizeText(input);
  const phrases: string[][] = [];
  let together = false;
  const termsOf = (chunk: string): string[] => searchTerms(chunk).map((s) => chunk.slice(s.start, s.end).toLowerCase());
  const re = /"([^"]*)"?|([^"]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[1] !== undefined) {
      const terms = termsOf(m[1]);
      if (terms.length > 0) phrases.push(terms);
      continue;
    }
    const units = mode === 'together' ? [m[2]!] : m[2]!.split(/\s+/);
    for (const unit of units) {
      const terms = termsOf(unit);
      if (terms.length === 0) continue;
      if (mode === 'together' && terms.length > 1) together = true;
      phrases.push(terms);
    }
  }
  return { phrases, exact: phrases.some((p) => p.some((t) => hasMarks(t))), together };
}

/**
 * The queries to try, in order: the unquoted text's syllables together (in a row, in order), then,
 * only when no article has them so, apart (each word anywhere), which the result then says.
 */
export function queryPlans(q: Pick<SearchQuery, 'text'>): ParsedQuery[] {
  const apart = parseQuery(q.text, 'apart');
  const together = parseQuery(q.text, 'together');
  return together.together && together.phrases.length < apart.phrases.length ? [together, apart] : [apart];
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
