/**
 * Bylines as given (JSONL fields, sidecars) made regular: split into author and credit. Dates are
 * parsed by src/text/dates.
 */
import { normalizeText } from '../text/normalize.js';
import { BYLINE_WITH_AGENCY, BYLINE_WITH_CREDIT, CREDIT_LINE } from './lexicon/boilerplate.js';

const LEADING_CREDIT = /^(?:Theo|Nguồn|Source)\s*:?\s+(?=\S)/i;

export interface Byline {
  author?: string;
  credit?: string;
}

/**
 * Splits a byline: `Ánh Ngọc (Theo Yonhap)` → author Ánh Ngọc, credit Yonhap; `Phan Yến - Theo CNN`;
 * `Theo Yonhap` and `Theo Trà My - CNN (Dân Việt)` → credit only; `Thành Đạt - Tổng hợp` → author
 * only. Parsing what it gives again gives the same.
 */
export function parseByline(raw: string): Byline {
  const line = normalizeText(raw).replace(/\s+/g, ' ').trim();
  const outer = parseOnce(line);
  if (!outer.author || outer.author === line) return outer;
  // `Bảo Linh (Washington Post) (Người đưa tin)`: the author part is a byline too, down to the name
  const inner = parseByline(outer.author);
  const credit = inner.credit && outer.credit ? `${inner.credit} (${outer.credit})` : inner.credit ?? outer.credit;
  return { ...(inner.author ? { author: inner.author } : {}), ...(credit ? { credit } : {}) };
}

function parseOnce(line: string): Byline {
  if (!line) return {};
  const credit = CREDIT_LINE.exec(line);
  if (credit) return { credit: credit[1]!.trim() };
  // `Theo Trà My - CNN (Dân Việt)`: a leading "according to" makes the whole line a credit, as it
  // does `Theo Trà My - CNN` (so that a byline parsed again gives the same)
  const according = LEADING_CREDIT.exec(line);
  if (according) return { credit: line.slice(according[0].length).trim() };
  const m = BYLINE_WITH_CREDIT.exec(line);
  if (m) {
    const c = (m[2] ?? m[3])?.trim();
    return c ? { author: m[1]!.trim(), credit: c } : { author: m[1]!.trim() };
  }
  const agency = BYLINE_WITH_AGENCY.exec(line);
  if (agency) return { author: agency[1]!.trim(), credit: agency[2]!.trim() };
  return { author: line };
}

/** Whether a line looks like a byline: a short name (every word capitalised), maybe with a credit. */
export function looksLikeByline(line: string): boolean {
  if (line.length > 80 || /[.!?:;,”"]$/.test(line.replace(/\)\.?$/, ')'))) return false;
  if (CREDIT_LINE.test(line)) return true;
  const m = BYLINE_WITH_CREDIT.exec(line) ?? BYLINE_WITH_AGENCY.exec(line);
  const name = (m ? m[1]! : line).trim();
  const words = name.split(/\s+/);
  if (words.length > 6) return false;
  // names and initials: `Xuân Lan`, `H.Nguyễn`, `Ánh Ngọc`, `PV`, `Nhóm phóng viên` is not handled
  return words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w));
}
