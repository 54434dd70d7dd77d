/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it (`similarity(a, b)`), for fuzzy name
 * look-up with the same answers in every store: the PostgreSQL store finds close names through a
 * pg_trgm index, the SQLite store through this function, and the application ranks both with it.
 * A text's trigrams: each word (a run of ASCII letters and digits, lower-cased: what pg_trgm takes
 * as a word in a database of the C locale, the one the folded name keys are written in) padded with
 * two spaces before and one after, every run of three characters, each once. Similarity: the
 * trigrams shared over the trigrams of either (0 when either has none).
 */

/** pg_trgm's default `similarity_threshold`: a name this close or closer is a match. */
export const TRIGRAM_THRESHOLD = 0.3;

export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** The similarity of two texts (or of their trigrams, when one is compared with many). */
export function trigramSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  const x = typeof a === 'string' ? trigrams(a) : a;
  const y = typeof b === 'string' ? trigrams(b) : b;
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}
