/**
 * Folding for search: lower case, marks removed, `đ`→`d`. `Tập Cận Bình`, `TẬP CẬN BÌNH` and
 * `tap can binh` all fold to `tap can binh`.
 *
 * For NFC text in Latin scripts the fold keeps the length (one UTF-16 unit for one), so an offset in
 * the folded string is an offset in the original; characters whose fold would change the length
 * (a stray combining mark, `ß`, ligatures) are kept as lower case instead of being expanded.
 */

const TABLE = new Map<number, string>();

function foldSlow(ch: string): string {
  const lower = ch.toLowerCase();
  if (lower === 'đ') return 'd';
  const stripped = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (stripped.length === ch.length) return stripped;
  return lower.length === ch.length ? lower : ch;
}

/** Folds a string; the result has the same length as the input. */
export function fold(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0x80)) continue; // ASCII that folds to itself
    let f: string | undefined;
    if (c <= 0x5a) f = String.fromCharCode(c + 32);
    else if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: left as they are
    else if (c >= 0x300 && c <= 0x36f) continue; // a lone combining mark: kept (length is kept)
    else {
      f = TABLE.get(c);
      if (f === undefined) {
        f = foldSlow(text[i]!);
        TABLE.set(c, f);
      }
    }
    if (f === text[i]) continue;
    out += text.slice(runStart, i) + f;
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** True when the string carries any diacritic or `đ` that folding would remove. */
export function hasMarks(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}
