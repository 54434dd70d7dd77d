/**
 * Search entries computed in the writing process, so that the server only inserts them: an
 * article's fields as `article_search` keeps them (' a  b  c ': each term with a space either side),
 * its length in terms, and its postings (migration 005): each distinct term and each distinct pair
 * of adjacent terms within a field (`a b`), with its occurrences in the title and in the text
 * (overlapping pairs included: `a a` twice in `a a a`, as FTS5 counts a phrase). The terms are read
 * from the fields as given, split at their spaces (empty strings dropped, as SQL's
 * `array_remove(string_to_array(f, ' '), '')` does), never tokenised here. `test/store/postgres-postings.test.ts`
 * checks them against that SQL on real text.
 */

/** A field's terms: split at single spaces, empty strings dropped. */
function termsOf(field: string): string[] {
  return field.split(' ').filter((t) => t !== '');
}

/** The field as `article_search` keeps it: each term with a space either side. */
export function padded(field: string): string {
  return ` ${field.replaceAll(' ', '  ')} `;
}

/** Each distinct term and adjacent pair of an article with its occurrences in the title and the text: [in_title, in_body]. */
export function postingsOf(title: string, body: string): { length: number; postings: Map<string, [number, number]> } {
  const postings = new Map<string, [number, number]>();
  const count = (terms: string[], f: 0 | 1): void => {
    for (let i = 0; i < terms.length; i++) {
      bump(postings, terms[i]!, f);
      if (i > 0) bump(postings, `${terms[i - 1]!} ${terms[i]!}`, f);
    }
  };
  const tt = termsOf(title);
  const bb = termsOf(body);
  count(tt, 0);
  count(bb, 1);
  return { length: tt.length + bb.length, postings };
}

function bump(postings: Map<string, [number, number]>, key: string, f: 0 | 1): void {
  const p = postings.get(key);
  if (p) p[f] += 1;
  else postings.set(key, f === 0 ? [1, 0] : [0, 1]);
}
