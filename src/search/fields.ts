/**
 * What the full-text index holds for an article: its title and text folded, for matching with or
 * without diacritics. (Exact diacritics are checked on the best candidates: src/search/rank.ts.)
 */
import { fold } from '../text/fold.js';

export interface SearchFields {
  titleFolded: string;
  bodyFolded: string;
}

export function searchFields(title: string, text: string): SearchFields {
  return { titleFolded: fold(title), bodyFolded: fold(text) };
}
