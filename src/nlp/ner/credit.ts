/**
 * The credit line of an article (`Theo Yonhap`, `AP, BBC`, `Xuân Lực (Dân Việt)`, `Trà My - CNN
 * (Dân Việt)`, `Skye / Trí Thức Trẻ`) as entity mentions: one per source it names, each linked to
 * the knowledge base where it can be. Words that name no source (`Tổng hợp`, `TH`: compiled by the
 * desk) are left out. A part the knowledge base does not know takes the type the recogniser gives
 * it alone (a reporter's name: PER), else ORG. Offsets are into the credit.
 */
import type { EntityMention } from '../../doc/news-doc.js';
import { ArticleContext, linkMention, toLinked } from './link.js';
import type { Recogniser } from './recognise.js';

/** Separators between the sources of a credit: `,` `;` `/` ` - ` `(` `)` and `và`/`and`. */
const SEPARATOR = /\s+[-–—]\s+|\s+(?:và|and|&)\s+|[,;/()]/giu;
/** Not sources: the desk compiled it (`Tổng hợp`, `TH`, `tổng hợp từ`), a lead word (`Theo`, `Nguồn`). */
const NOT_SOURCE = /^(?:tổng\s+hợp(?:\s+từ)?|th|theo|nguồn|biên\s+dịch|lược\s+dịch|dịch)$/iu;
const LEAD = /^(?:theo|nguồn|via)\s*:?\s+/iu;

/** The parts of a credit between its separators, with their offsets. */
function parts(credit: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  const push = (end: number) => {
    let text = credit.slice(from, end);
    let start = from + (text.length - text.trimStart().length);
    text = text.trim();
    const lead = LEAD.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    if (text && !NOT_SOURCE.test(text) && /\p{L}/u.test(text)) out.push({ start, text });
  };
  for (const m of credit.matchAll(SEPARATOR)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(credit.length);
  return out;
}

export function creditMentions(r: Recogniser, credit: string, ctx: ArticleContext, date: string | undefined): EntityMention[] {
  const out: EntityMention[] = [];
  const found = parts(credit);
  found.forEach(({ start, text }, k) => {
    // a credit names sources (outlets, agencies, people), never a place: `Báo Đồng Tháp` is not the province
    const linked = linkMention(r.kb, text, 'ORG', ctx, { date });
    const e = linked && linked.type !== 'LOC' ? linked : undefined;
    // a reporter comes first (`Xuân Lực (Dân Việt)`): only the first part may be a person's name
    const alone = e || k > 0 ? undefined : r.recogniseLine(text);
    const type = e?.type ?? (alone?.length === 1 && alone[0]!.start === 0 && alone[0]!.end === text.length && found.length > 1 ? alone[0]!.type : 'ORG');
    out.push({ start, end: start + text.length, type, text, ...(e ? { entity: toLinked(e) } : {}), in: 'credit' });
  });
  return out;
}
