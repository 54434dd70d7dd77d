/**
 * Bylines as given (JSONL fields, sidecars) made regular: split into author and credit. Dates are
 * parsed by src/text/dates.
 */
import { normalizeText } from '../text/normalize.js';
import { BYLINE_WITH_AGENCY, BYLINE_WITH_CREDIT, CREDIT_LINE } from './lexicon/boilerplate.js';

export interface Byline {
  author?: string;
  credit?: string;
}

/**
 * Splits a byline: `Ánh Ngọc (Theo Yonhap)` → author Ánh Ngọc, credit Yonhap; `Phan Yến - Theo CNN`;
 * `Theo Yonhap` → credit only; `Thành Đạt - Tổng hợp` → author only.
 */
export function parseByline(raw: string): Byline {
  const line = normalizeText(raw).replace(/\s+/g, ' ').trim();
  if (!line) return {};
  const credit = CREDIT_LINE.exec(line);
  if (credit) return { credit: credit[1]!.trim() };
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
