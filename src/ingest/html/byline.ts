/**
 * The author of a page from its byline candidates: entities decoded, the `By`/`Theo` before the
 * name dropped, the byline cut where a date or a button follows the name (`Madeline Fry | November
 * 18, 2019 12:01 PM Print this article`, `Jeff FoustMonday, November 18, 2019`), and an outlet never
 * taken for an author (`VnExpress`, `AFP`, the site's own name).
 */
import { decodeEntities } from './entities.js';

const LEAD_WORDS = /^(?:(?:written|posted|reported|edited)\s+by|by|par|por|von|door|bởi|tác giả|theo|pv|nhóm pv)\b\s*:?\s*/iu;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật';
// where the name ends: a date, a weekday, a time, a separator, a button or profile word
const CUT = new RegExp(
  [
    `(?:${WEEKDAYS})\\b`,
    `\\b(?:${MONTHS})\\.?\\s+\\d{1,2}\\b`,
    `\\d{1,2}\\s+(?:${MONTHS})\\b`,
    '\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}',
    '\\d',
    '\\s[|•·—–]\\s?',
    '\\s-\\s',
    '\\n',
    '\\s+(?:\\p{L}+\\s+)?(?:editor|correspondent|reporter|writer|columnist|contributor)\\b',
    '\\b(?:print|share|email|e-mail|follow|updated|published|posted|last updated|comments?|twitter|facebook|read more|more by|view all|see all|contact)\\b',
  ].join('|'),
  'iu',
);
/** Agencies and wires: credited, but not authors. */
const AGENCIES = /^(afp|ap|reuters|associated press|agence france-presse|dpa|efe|ansa|xinhua|ttxvn|tass|bloomberg|upi|pa|staff|admin|editor|ban biên tập|bbt)$/iu;

export interface BylineContext {
  /** Names of the outlet: its site name, publisher, the outlet known from the URL. */
  outletNames: string[];
  /** Authors the page's JSON-LD types as a Person: a blog named after its author keeps its author. */
  persons?: string[];
}

/** The name(s) in a byline, or undefined when nothing of a person's name is left. */
export function cleanByline(raw: string | undefined, ctx: BylineContext): string | undefined {
  if (!raw) return undefined;
  let s = decodeEntities(raw).replace(/[\t\r ]+/g, ' ').trim();
  s = s.replace(LEAD_WORDS, '').replace(/\s*\((?:tổng hợp|t\/h|theo [^)]*)\)\s*$/iu, '');
  const cut = CUT.exec(s);
  if (cut) s = s.slice(0, cut.index);
  s = s.replace(/\s+/g, ' ').replace(/^[\s,;:|/-]+|[\s,;:|/(-]+$/g, '').trim();
  s = s.replace(LEAD_WORDS, '').trim();
  if (s.length < 2 || s.length > 100 || !/\p{L}/u.test(s)) return undefined;
  if (/^https?:/i.test(s) || AGENCIES.test(s)) return undefined;
  if (ctx.outletNames.some((o) => sameName(s, o)) && !(ctx.persons ?? []).some((p) => sameName(s, p))) return undefined;
  // two initials or one repeated letter (`J J`) are not a name
  if (/^(\p{L})\.?\s+\1\.?$/u.test(s)) return undefined;
  return s;
}

/** The first candidate that is a person's name, cleaned. */
export function chooseAuthor(candidates: (string | undefined)[], ctx: BylineContext): string | undefined {
  for (const c of candidates) {
    const a = cleanByline(c, ctx);
    if (a) return a;
  }
  return undefined;
}

/** Two names of the same thing: "Tuổi Trẻ Online" and "Tuổi Trẻ", "Báo VnExpress" and "VnExpress". */
export function sameName(a: string, b: string): boolean {
  const k = (s: string) => s.toLowerCase().replace(/^báo\s+/, '').replace(/\.(com|vn|net|org)\b.*$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const x = k(a);
  const y = k(b);
  return x.length > 2 && y.length > 2 && (x === y || (x.includes(y) && y.length >= x.length / 2) || (y.includes(x) && x.length >= y.length / 2));
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Names of the `author` values typed `Person` in JSON-LD objects. */
export function personAuthors(objects: Record<string, Json>[]): string[] {
  const out: string[] = [];
  const visit = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object' && v['@type'] === 'Person' && typeof v['name'] === 'string') out.push(v['name']);
  };
  for (const o of objects) visit(o['author']);
  return out;
}
