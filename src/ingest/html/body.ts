/**
 * After Readability: its paragraphs split into body text and what is not (furniture lines, the
 * links listed under a `Đọc thêm` line, dates, bylines, the title again), each with its reason; and the closing signature of Vietnamese articles
 * (`Xuân Lan`, `Ánh Ngọc (Theo Yonhap)`, `Hà Thu (tổng hợp)`) taken off the end of the body into
 * author and credit.
 */
import type { Paragraph } from './blocks.js';
import { BOILERPLATE_LINES, BYLINE_LINE, DATE_ONLY, isDateLine, RELATED_CUE } from './patterns.js';
import type { ExtractedArticle, RemovedReason } from './types.js';

// "Ánh Ngọc (Theo Yonhap)", "Theo AP", "Xuân Lan": the signature that closes Vietnamese articles.
const CREDIT_LINE = /^\(?theo\s+([^()]{2,60}?)\)?\.?$/iu;
const SIGNED_CREDIT = /^([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,4})\s*\((?:[Tt]heo|[Nn]guồn:?)\s+([^()]{2,60})\)\.?$/u;
// "Xuân Lan", "Hồng Nhung/VOV.VN", "NGỌC HIỂN", "Hà Thu (tổng hợp)"
const SIGNATURE = /^((?:[\p{Lu}][\p{L}\p{M}]*\.?)(?:\s+[\p{Lu}][\p{L}\p{M}]*\.?){0,4})(?:\s*\/\s*[\p{Lu}][\p{L}.]{1,15})?(?:\s*\((?:tổng hợp|t\/h)\))?$/u;
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáãèéìíòóõùúýĂÂĐÊÔƠƯ]/u;

/** Takes the closing signature lines (author, `Theo ...` credit) off the end of the body. */
export function readTail(paragraphs: string[]): { paragraphs: string[]; author?: string; credit?: string } {
  const out = [...paragraphs];
  let author: string | undefined;
  let credit: string | undefined;
  for (let k = 0; k < 2 && out.length > 1; k++) {
    const last = out[out.length - 1]!.trim();
    let m: RegExpExecArray | null;
    if ((m = SIGNED_CREDIT.exec(last))) {
      author ??= m[1]!.trim();
      credit ??= m[2]!.trim();
    } else if ((m = CREDIT_LINE.exec(last))) credit ??= m[1]!.trim();
    else if (last.length <= 40 && (m = SIGNATURE.exec(last)) && VIETNAMESE_LETTER.test(last)) author ??= m[1]!;
    else break;
    out.pop();
  }
  return { paragraphs: out, ...(author ? { author } : {}), ...(credit ? { credit } : {}) };
}

/** Splits Readability's paragraphs into body text and what is not (with the reason). */
export function keepBody(paras: Paragraph[], title?: string): { kept: string[]; removed: ExtractedArticle['removed'] } {
  const kept: string[] = [];
  const removed: ExtractedArticle['removed'] = [];
  const titleKey = title ? key(title) : '';
  let underCue = false;
  for (const p of paras) {
    const t = p.text;
    // the links listed under a `Đọc thêm` line
    const why: RemovedReason | undefined = underCue && p.linkDensity >= 0.9 ? 'related' : notBody(p, titleKey);
    underCue = (why !== undefined && RELATED_CUE.test(t)) || (underCue && why === 'related');
    if (why) removed.push({ text: t, reason: why });
    else kept.push(t);
  }
  return { kept, removed };
}

// (A rule dropping short paragraphs made mostly of links, as related lists, was tried: under
// cross-validation over sites it never won a fold, and it dropped lists that are content.)
function notBody(p: Paragraph, titleKey: string): RemovedReason | undefined {
  const t = p.text;
  const words = t.split(' ').length;
  // a table's cells are its data: `63` and `455499` under a `By changesets` header (LWN's statistics)
  const cell = p.tag === 'TD' || p.tag === 'TH';
  if (words <= 25 && BOILERPLATE_LINES.some((re) => re.test(t))) return 'boilerplate';
  if (words <= 12 && (DATE_ONLY.test(t) || isDateLine(t))) return 'date';
  if (words <= 12 && p.tag !== 'TH' && BYLINE_LINE.test(t)) return 'byline';
  if (titleKey && key(t) === titleKey) return 'title';
  if (!cell && /^[\d\s|/·•-]*$/.test(t)) return 'separator'; // gallery counters, separators
  return undefined;
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
