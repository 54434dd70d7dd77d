/**
 * Snippets: the passage of an article where the query's terms are densest, with the matches marked
 * by offsets into the snippet.
 */
import { fold } from '../text/fold.js';
import { searchTerms, type Span } from '../text/syllables.js';
import type { ParsedQuery } from './query.js';

export interface Snippet {
  text: string;
  /** Matches, as offsets into `text`. */
  highlights: Span[];
}

/** Cuts a window of about `width` words around the best cluster of query terms. */
export function makeSnippet(text: string, query: ParsedQuery, width = 32): Snippet {
  const wanted = new Set(query.phrases.flat().map(fold));
  const terms = searchTerms(text);
  // folding keeps offsets, so the text is folded once and its terms sliced from it
  const folded = fold(text);
  const hit = terms.map((t) => wanted.has(folded.slice(t.start, t.end)));
  // the window with most distinct matched terms, earliest on ties
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < terms.length; i++) {
    if (!hit[i] && i !== 0) continue;
    const seen = new Set<string>();
    for (let j = i; j < Math.min(terms.length, i + width); j++) {
      if (hit[j]) seen.add(folded.slice(terms[j]!.start, terms[j]!.end));
    }
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = i;
    }
  }
  const startTerm = Math.max(0, best - 4);
  const endTerm = Math.min(terms.length, startTerm + width) - 1;
  if (endTerm < startTerm) return { text: '', highlights: [] };
  const from = terms[startTerm]!.start;
  let to = terms[endTerm]!.end;
  // close the passage at the end of its sentence if that is near
  const stop = /[.!?…”"]/.exec(text.slice(to, to + 3));
  if (stop) to += stop.index + 1;
  const prefix = startTerm > 0 ? '… ' : '';
  const suffix = endTerm < terms.length - 1 ? ' …' : '';
  const body = text.slice(from, to).replace(/\s+/g, ' ');
  // offsets of highlights in the whitespace-collapsed passage
  const highlights: Span[] = [];
  const local = searchTerms(body);
  const foldedBody = fold(body);
  for (const t of local) {
    if (!wanted.has(foldedBody.slice(t.start, t.end))) continue;
    const start = prefix.length + t.start;
    const last = highlights[highlights.length - 1];
    // `Tập Cận Bình` is one highlight, not three
    if (last && /^\s+$/.test(body.slice(last.end - prefix.length, t.start))) last.end = prefix.length + t.end;
    else highlights.push({ start, end: prefix.length + t.end });
  }
  return { text: prefix + body + suffix, highlights };
}

/** The snippet with its matches wrapped in `open`/`close` (ANSI codes on a terminal, brackets otherwise). */
export function renderSnippet(s: Snippet, open = '[', close = ']'): string {
  let out = '';
  let pos = 0;
  for (const h of s.highlights) {
    out += s.text.slice(pos, h.start) + open + s.text.slice(h.start, h.end) + close;
    pos = h.end;
  }
  return out + s.text.slice(pos);
}
