/**
 * Byte tables of the two 8-bit Vietnamese font encodings still met in old documents.
 *
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime): one byte for each lower-case letter with
 * its marks. Upper-case letters with a tone have no code of their own: the ABC "H" fonts
 * (.VnTimeH) draw the lower-case codes as capitals, so a title typed in capitals arrives as
 * lower-case codes among ASCII capitals (decoding restores the capitals, see legacy.ts).
 *
 * VNI (VNI-Windows fonts, VNI-Times): a base ASCII letter followed by one mark byte (tone, or
 * shape and tone together); `ơ ư đ` and some `i`/`y` forms are single bytes. Upper case uses the
 * upper-case forms of the same bytes.
 */

/** TCVN3 byte → letter. Order of each vowel's row: level, grave, hook, tilde, acute, dot below. */
export const TCVN3: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/**
 * VNI mark bytes (lower-case form; the upper-case form is the byte − 0x20) → what they add to the
 * base letter before them: a tone, a shape (circumflex, breve), or both. Read with the base letter:
 * `a` + `ù` = á, `a` + `â` = â, `a` + `á` = ấ, `a` + `é` = ắ, `o` + `â` = ô.
 */
export const VNI_MARKS: Record<number, { shape?: 'circumflex' | 'breve'; tone?: 'grave' | 'acute' | 'hook' | 'tilde' | 'dot' }> = {
  0xf9: { tone: 'acute' }, // ù
  0xf8: { tone: 'grave' }, // ø
  0xfb: { tone: 'hook' }, // û
  0xf5: { tone: 'tilde' }, // õ
  0xef: { tone: 'dot' }, // ï
  0xe2: { shape: 'circumflex' }, // â
  0xe1: { shape: 'circumflex', tone: 'acute' }, // á
  0xe0: { shape: 'circumflex', tone: 'grave' }, // à
  0xe5: { shape: 'circumflex', tone: 'hook' }, // å
  0xe3: { shape: 'circumflex', tone: 'tilde' }, // ã
  0xe4: { shape: 'circumflex', tone: 'dot' }, // ä
  0xea: { shape: 'breve' }, // ê
  0xe9: { shape: 'breve', tone: 'acute' }, // é
  0xe8: { shape: 'breve', tone: 'grave' }, // è
  0xfa: { shape: 'breve', tone: 'hook' }, // ú
  0xfc: { shape: 'breve', tone: 'tilde' }, // ü
  0xeb: { shape: 'breve', tone: 'dot' }, // ë
};

/** VNI single bytes that are letters on their own (lower-case; upper-case is the byte − 0x20). */
export const VNI_LETTERS: Record<number, string> = {
  0xf4: 'ơ', // ô
  0xf6: 'ư', // ö
  0xf1: 'đ', // ñ
  0xed: 'í', // í
  0xec: 'ì', // ì
  0xe6: 'ỉ', // æ
  0xf3: 'ĩ', // ó
  0xf2: 'ị', // ò
  0xee: 'ỵ', // î
};
