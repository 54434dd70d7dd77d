/**
 * Readers for segmented corpora: CoNLL-U (UD Vietnamese-VTB, a word's syllables separated by spaces
 * in FORM) and VLSP-style lines (`Bệnh_viện Nguyễn_Trãi`). A sentence becomes its words, each a list
 * of syllables.
 */

export type Words = string[][];

/** Sentences of a CoNLL-U file as words of syllables (multi-word ranges and empty nodes skipped). */
export function readConllu(content: string): Words[] {
  const out: Words[] = [];
  let cur: Words = [];
  for (const line of content.split('\n')) {
    const l = line.replace(/\r$/, '');
    if (l === '') {
      if (cur.length > 0) out.push(cur);
      cur = [];
      continue;
    }
    if (l.startsWith('#')) continue;
    const cols = l.split('\t');
    if (cols.length < 2 || cols[0]!.includes('-') || cols[0]!.includes('.')) continue;
    const syl = cols[1]!.split(' ').filter((x) => x !== '');
    if (syl.length > 0) cur.push(syl);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Sentences of a file with one sentence a line, words separated by spaces, syllables by `_`. */
export function readUnderscored(content: string): Words[] {
  const out: Words[] = [];
  for (const line of content.split('\n')) {
    const words = line
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '')
      .map((w) => w.split('_').filter((x) => x !== ''))
      .filter((w) => w.length > 0);
    if (words.length > 0) out.push(words);
  }
  return out;
}

/** The sentence as the segmenter gets it: syllables separated by spaces. */
export function syllableLine(words: Words): string {
  return words.map((w) => w.join(' ')).join(' ');
}

/** The sentence as the segmenter should give it back: syllables of a word joined by `_`. */
export function goldLine(words: Words): string {
  return words.map((w) => w.join('_')).join(' ');
}
