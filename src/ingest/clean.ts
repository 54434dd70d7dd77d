/**
 * Cleaning plain text: from the input's lines to the article text made of blocks (title, lead, body
 * paragraphs, captions), with boilerplate and related-article teasers removed and bylines and
 * datelines moved into metadata. Works on normalised text; the caller composes the offset maps.
 */
import type { ArticleMeta, Block, BlockKind, RemovedLine } from '../doc/news-doc.js';
import { fold } from '../text/fold.js';
import { MapBuilder, type OffsetMap } from '../text/offsets.js';
import { countSyllables } from '../text/syllables.js';
import { CAPTION_PATTERNS, LINE_RULES } from './lexicon/boilerplate.js';
import { looksLikeByline, parseByline } from './meta.js';
import { datelineAt } from './outlet.js';

export interface CleanInput {
  /** Normalised text of the input (a text file, or a JSONL body). */
  text: string;
  /** Metadata given with the input; `title` is normalised already. */
  meta: ArticleMeta;
  /** Whether the first line may be the title (plain-text files without a given title). */
  firstLineMayBeTitle: boolean;
  /**
   * The kind of each non-empty line, when the source comes with its structure (a web page's lead,
   * paragraphs and captions): then only boilerplate lines are looked for.
   */
  lineKinds?: BlockKind[];
}

export interface CleanResult {
  text: string;
  blocks: Block[];
  /** Maps offsets in `text` to offsets in the input text. */
  map: OffsetMap;
  removed: RemovedLine[];
  /** What the text itself says: title, author, credit, outlet (the caller decides precedence). */
  found: ArticleMeta;
}

interface Line {
  start: number;
  end: number; // trimmed
  text: string;
  kind: BlockKind | 'removed';
}

/** A line that reads as a headline: short, and not closed like a sentence. */
function isHeadlineLike(s: string, maxSyllables = 30): boolean {
  return countSyllables(s) <= maxSyllables && !/[.!?…:;,]$/.test(s);
}

export function cleanText(input: CleanInput): CleanResult {
  const { text } = input;
  const removed: RemovedLine[] = [];
  const found: ArticleMeta = {};
  const lines: Line[] = [];

  // 1. lines, trimmed; empty ones dropped
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e), kind: 'body' });
    pos = nl + 1;
  }

  const structured = input.lineKinds !== undefined && input.lineKinds.length === lines.length;
  if (structured) lines.forEach((l, i) => (l.kind = input.lineKinds![i]!));

  const drop = (line: Line, reason: RemovedLine['reason']): void => {
    line.kind = 'removed';
    removed.push({ start: line.start, end: line.end, reason });
  };
  const kept = (): Line[] => lines.filter((l) => l.kind !== 'removed');

  // 2. boilerplate and related-article lines (`Embed from Getty Images`, `Xem thêm: ...`, `... |`)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rule = LINE_RULES.find((r) => r.pattern.test(line.text));
    if (!rule) continue;
    drop(line, rule.reason);
    // a teaser's headline is the short line just above it: `Kim Jong-un sẽ gặp Putin vào cuối tháng 4`
    if (rule.reason === 'related' && /\|$/.test(line.text) && i > 0) {
      const above = lines[i - 1]!;
      if (above.kind !== 'removed' && isHeadlineLike(above.text)) drop(above, 'related');
    }
  }

  // 3. bylines at the end: `Xuân Lan`, `Ánh Ngọc (Theo Yonhap)`, `Theo AP`
  for (let k = 0; k < 2 && !structured; k++) {
    const rest = kept();
    if (rest.length < 2) break;
    const last = rest[rest.length - 1]!;
    if (!looksLikeByline(last.text)) break;
    const byline = parseByline(last.text);
    if (byline.author && found.author) break;
    if (byline.credit && found.credit) break;
    drop(last, 'byline');
    if (byline.author) found.author = byline.author;
    if (byline.credit) found.credit = byline.credit;
  }

  // 4. the title: the given one (the first line when it repeats it), or a headline-like first line
  let rest = kept();
  let titleLine: Line | undefined;
  const givenTitle = input.meta.title?.trim();
  if (givenTitle && rest.length > 0 && fold(rest[0]!.text) === fold(givenTitle)) {
    titleLine = rest[0];
  } else if (!structured && !givenTitle && input.firstLineMayBeTitle && rest.length >= 2 && isHeadlineLike(rest[0]!.text)) {
    titleLine = rest[0];
    found.title = titleLine!.text;
  }
  if (titleLine) titleLine.kind = 'title';

  // 5. a dateline opening the first paragraph: `TTO - `, `(Dân trí) - `
  rest = kept().filter((l) => l.kind === 'body' || (structured && l.kind === 'lead'));
  const first = rest[0];
  if (first) {
    const d = datelineAt(first.text);
    if (d && d.length < first.text.length) {
      removed.push({ start: first.start, end: first.start + d.length, reason: 'dateline' });
      first.start += d.length;
      first.text = first.text.slice(d.length);
      found.source = d.outlet;
    }
  }

  // 6. photo captions: `... tại Bắc Kinh hồi tháng 6/2018. Ảnh: AP.`
  for (const line of structured ? [] : rest) {
    if (countSyllables(line.text) <= 80 && CAPTION_PATTERNS.some((p) => p.test(line.text))) line.kind = 'caption';
  }

  // 7. the lead (sapo): the first paragraph, when more follow
  const paragraphs = rest.filter((l) => l.kind === 'body');
  if (!structured && paragraphs.length >= 3 && countSyllables(paragraphs[0]!.text) <= 120) paragraphs[0]!.kind = 'lead';

  // 8. the article text: blocks joined by blank lines
  const b = new MapBuilder();
  const out: string[] = [];
  const blocks: Block[] = [];
  let prevEnd = 0;
  const emit = (kind: BlockKind, s: string, srcStart: number, srcEnd: number, fromSource: boolean): void => {
    if (blocks.length > 0) {
      out.push('\n\n');
      b.replace(2, prevEnd, fromSource ? srcStart : prevEnd);
    }
    const start = b.length;
    out.push(s);
    if (fromSource) b.identity(s.length, srcStart);
    else b.replace(s.length, srcStart, srcEnd);
    blocks.push({ kind, start, end: b.length });
    if (fromSource) prevEnd = srcEnd;
  };
  if (givenTitle && !titleLine) emit('title', givenTitle, 0, 0, false);
  for (const line of lines) {
    if (line.kind === 'removed') continue;
    emit(line.kind, line.text, line.start, line.end, true);
  }
  removed.sort((x, y) => x.start - y.start);
  return { text: out.join(''), blocks, map: b.build(text.length), removed, found };
}
