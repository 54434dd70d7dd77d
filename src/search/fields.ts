/**
 * What the full-text index holds for an article: its title and text folded (for matching with or
 * without diacritics) and lower-cased with diacritics (so exact matches can rank first).
 */
import { fold } from '../text/fold.js';

export interface SearchFields {
  titleFolded: string;
  bodyFolded: string;
  titleExact: string;
  bodyExact: string;
}

export function searchFields(title: string, text: string): SearchFields {
  return { titleFolded: fold(title), bodyFolded: fold(text), titleExact: title.toLowerCase(), bodyExact: text.toLowerCase() };
}
