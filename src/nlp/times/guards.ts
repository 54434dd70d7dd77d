/**
 * Cheap checks of character codes that a rule's pattern could match at a position at all, run
 * before it (grammar.ts `Rule.pre`): most positions the rules are tried at are numbers (`2.293`,
 * `45`) and frequent words (`năm`, `tháng`, `những`), where the patterns fail, and a failing sticky
 * Unicode case-insensitive pattern still costs far more than a few code comparisons (most in a
 * thread's first pass, before V8 has compiled it). Each check only ever rejects where its pattern
 * cannot match: letters are taken broadly (any code from U+0080 up that is not a space), spaces
 * exactly as `\s` is.
 */

/** Whether `c` is matched by `\s`. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
/** A code that may be a letter (`\p{L}`): ASCII letters, and anything from U+0080 up but spaces. */
function maybeLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x80 && !isSpace(c));
}

/** The end of the run of letters from `i`. */
function lettersEnd(text: string, i: number): number {
  while (i < text.length && maybeLetter(text.charCodeAt(i))) i++;
  return i;
}

/** After the word at `pos` (letters), spaces then a letter: `tháng trước`, not `tháng 3`. */
export function letterWordNext(text: string, pos: number): boolean {
  let i = lettersEnd(text, pos);
  if (i === pos || i >= text.length || !isSpace(text.charCodeAt(i))) return false;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length && maybeLetter(text.charCodeAt(i));
}

/** Words of letters from `pos`, each followed by spaces, then a digit, within `maxWords` words: `năm 2015`, `cuối năm 2015`, `thập niên 1960`. */
export function digitAfterWords(text: string, pos: number, maxWords: number): boolean {
  let i = pos;
  for (let w = 0; w < maxWords; w++) {
    const e = lettersEnd(text, i);
    if (e === i || e >= text.length || !isSpace(text.charCodeAt(e))) return false;
    i = e;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i < text.length && isDigit(text.charCodeAt(i))) return true;
  }
  return false;
}

/** At a digit: four digits (a year: `2015`, `1990-2000`); elsewhere (`SN 1990`) the pattern decides. */
export function fourDigits(text: string, pos: number): boolean {
  if (!isDigit(text.charCodeAt(pos))) return true;
  return isDigit(text.charCodeAt(pos + 1)) && isDigit(text.charCodeAt(pos + 2)) && isDigit(text.charCodeAt(pos + 3));
}

/** After one or two digits at `pos`: `h`, `g` or `:` (`15h30`, `14g28`, `10:00`), or a space then `g` (`22 giờ`). */
export function clockNext(text: string, pos: number): boolean {
  const at = (i: number) => {
    const c = text.charCodeAt(i);
    if (c === 104 || c === 72 || c === 103 || c === 71 || c === 58) return true;
    if (!isSpace(c)) return false;
    const d = text.charCodeAt(i + 1);
    return d === 103 || d === 71;
  };
  return at(pos + 1) || (isDigit(text.charCodeAt(pos + 1)) && at(pos + 2));
}

/**
 * At a digit, `ago`'s count: at most five letters or digits, then a space, then a word that may be a
 * unit (`3 ngày`, `15 năm`, `2 tuần`, `6 tháng`, `2 hôm`: n, h or t); elsewhere (`cách đây`, `ba
 * năm`) the pattern decides.
 */
export function agoCount(text: string, pos: number): boolean {
  if (!isDigit(text.charCodeAt(pos))) return true;
  let i = pos;
  while (i < text.length && (isDigit(text.charCodeAt(i)) || maybeLetter(text.charCodeAt(i)))) i++;
  if (i - pos > 5 || i >= text.length || !isSpace(text.charCodeAt(i))) return false;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 110 || c === 78 || c === 104 || c === 72 || c === 116 || c === 84;
}
