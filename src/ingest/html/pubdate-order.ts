/**
 * Which way a page writes numeric dates whose first two numbers could each be the month
 * (`11/05/2019`): asked of the page's own unambiguous dates, else of its locale.
 */
import type { DomDocument } from './dom.js';

/**
 * Whether the page writes numeric dates month first (`11/05/2019`, American) or day first (the rest of
 * the world, Vietnam). The page's own dates decide when they can: a `19/11/2019` says day first, a
 * `11/19/2019` month first. Else its language or locale (`lang="en-US"`, `og:locale` `en_US`): plain
 * `en` is read as American, `en-GB`, `en-AU`, `en-IN`... day first; no locale, day first.
 */
export function dayOrder(doc: DomDocument): 'dmy' | 'mdy' {
  const written = writtenOrder(doc.body?.textContent ?? '');
  if (written) return written;
  const meta = doc.querySelector('meta[property="og:locale"], meta[http-equiv="content-language" i], meta[name="language" i]')?.getAttribute('content');
  const locale = (doc.documentElement?.getAttribute('lang') || meta || '').toLowerCase().replace('_', '-').trim();
  return locale === 'en' || locale === 'en-us' ? 'mdy' : 'dmy';
}

/** A numeric date whose first two numbers could each be the month: only there does the order matter. */
export const AMBIGUOUS_NUMERIC = /(?<!\d)(?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:0?[1-9]|1[0-2])\s?[/.-]\s?\d{2}/;

/** Numeric dates with slashes or dashes whose order shows (one of the first two numbers over 12). */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})[/-](\d{1,2})[/-](?:19|20)\d{2}(?![\d])/g;

/** The order the text's unambiguous numeric dates agree on, if they agree (at least three in four). */
export function writtenOrder(text: string): 'dmy' | 'mdy' | undefined {
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dmy++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) mdy++;
  }
  if (dmy > 3 * mdy) return 'dmy';
  if (mdy > 3 * dmy) return 'mdy';
  return undefined;
}
