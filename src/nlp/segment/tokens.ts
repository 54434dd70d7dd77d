/**
 * The tokens the segmenter joins into words: `tokenize` from src/text/syllables.ts (punctuation off
 * the syllable, `bên.` → `bên .`; inner punctuation kept, `23/3`, `1.500`, `Jong-un`), with one
 * addition: an abbreviation keeps its period (`TP. HCM`, `GS. TS`), as in the VLSP training data.
 */
import { ABBREVIATIONS } from '../../text/lexicon/abbreviations.js';
import { tokenize, type Span } from '../../text/syllables.js';

const INITIAL = /^\p{Lu}$/u;

/** Token spans of `text[from, to)` for segmentation. */
export function segmentationTokens(text: string, from = 0, to = text.length): Span[] {
  const raw = tokenize(text, from, to);
  const out: Span[] = [];
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k]!;
    const next = raw[k + 1];
    // `TP.` + `HCM`: the period is the abbreviation's, unless it ends the text (`... ở TP.`).
    if (
      t.kind === 'word' &&
      next !== undefined &&
      k + 2 < raw.length &&
      next.start === t.end &&
      next.end === t.end + 1 &&
      text.charCodeAt(t.end) === 46 /* . */
    ) {
      const word = text.slice(t.start, t.end);
      if (ABBREVIATIONS.has(word) || INITIAL.test(word)) {
        out.push({ start: t.start, end: next.end });
        k++;
        continue;
      }
    }
    out.push({ start: t.start, end: t.end });
  }
  return out;
}
