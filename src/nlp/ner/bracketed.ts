/**
 * The bracketed sentence format of the NER training and evaluation sentences (data/ner/):
 * one sentence a line, `ID<TAB>TEXT`, words separated by spaces and a word's syllables joined by
 * `_` (as RDRsegmenter's Train_gold.txt), each entity in brackets with its type:
 *
 *   vtb-train-0007	[PER Tập_Cận_Bình] gặp [ORG Bộ Ngoại_giao] ở [LOC Bắc_Kinh] .
 *
 * Brackets may sit inside a word (`Chủ_tịch_[PER Hồ_Chí_Minh]`), never nest; the sentences hold no
 * bracket of their own (none in the corpora). Lines starting with `#` are comments.
 */
import { ENTITY_TYPES, type NerType } from './tags.js';

export interface BracketedSentence {
  id: string;
  /** The sentence as the recogniser reads it: syllables separated by spaces. */
  text: string;
  /** Flat start, end pairs of the words in `text`. */
  words: number[];
  /** Entity spans, UTF-16 offsets into `text`, in order. */
  spans: { start: number; end: number; type: NerType }[];
}

const TYPES = new Set<string>(ENTITY_TYPES);

/** Parses one line; throws with the reason when it is not well formed. */
export function parseBracketed(line: string): BracketedSentence {
  const tab = line.indexOf('\t');
  if (tab < 0) throw new Error('no tab between the id and the sentence');
  const id = line.slice(0, tab);
  const src = line.slice(tab + 1);
  let display = '';
  const spans: BracketedSentence['spans'] = [];
  let open: { start: number; type: NerType } | undefined;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '[') {
      if (open) throw new Error(`nested bracket at ${i}`);
      const m = /^\[(PER|LOC|ORG|MISC) /.exec(src.slice(i, i + 6));
      if (!m) throw new Error(`bracket without a type (PER, LOC, ORG, MISC) and a space at ${i}: ${src.slice(i, i + 12)}`);
      open = { start: display.length, type: m[1] as NerType };
      i += m[0].length - 1;
    } else if (c === ']') {
      if (!open) throw new Error(`closing bracket without an opening one at ${i}`);
      const text = display.slice(open.start);
      if (text.trim() !== text || text === '') throw new Error(`entity with spaces at its edges or empty at ${i}: "${text}"`);
      spans.push({ start: open.start, end: display.length, type: open.type });
      open = undefined;
    } else display += c;
  }
  if (open) throw new Error('bracket left open');
  if (/  |^ | $/.test(display)) throw new Error('double, leading or trailing space (a bracket moved a space?)');
  const words: number[] = [];
  let start = 0;
  for (const w of display.split(' ')) {
    words.push(start, start + w.length);
    start += w.length + 1;
  }
  const text = display.replace(/_/g, ' ');
  for (const s of spans) if (!TYPES.has(s.type)) throw new Error(`type ${s.type}`);
  return { id, text, words, spans };
}

/** The line of a sentence with its spans (the inverse of parseBracketed). */
export function formatBracketed(id: string, text: string, words: ArrayLike<number>, spans: readonly { start: number; end: number; type: string }[]): string {
  // syllables within a word joined by `_`
  const display = text.split('');
  for (let w = 0; w < words.length; w += 2) for (let k = words[w]!; k < words[w + 1]!; k++) if (display[k] === ' ') display[k] = '_';
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue; // overlapping: the first kept
    out += display.slice(at, s.start).join('') + `[${s.type} ` + display.slice(s.start, s.end).join('') + ']';
    at = s.end;
  }
  return `${id}\t${out}${display.slice(at).join('')}`;
}

/** Every sentence of a file in the format (comments and blank lines skipped); errors name the line. */
export function readBracketed(content: string, name = 'input'): BracketedSentence[] {
  const out: BracketedSentence[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    try {
      out.push(parseBracketed(line));
    } catch (e) {
      throw new Error(`${name}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return out;
}
