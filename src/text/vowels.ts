/**
 * Vietnamese vowels and tone marks as data: which precomposed letter is which base vowel with which tone.
 */

/** Tone marks as combining characters, in the order of the six tones (level tone has none). */
export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** The twelve vowel letters; the last six carry a shape mark (breve, circumflex, horn). */
export const VOWELS = 'aăâeêioôơuưy';
export const SHAPED_VOWELS = 'ăâêôơư';

interface VowelInfo {
  base: string; // the letter without its tone, case kept ('Ơ' for 'Ở')
  tone: Tone;
}

const INFO = new Map<string, VowelInfo>();
const WITH_TONE = new Map<string, string>(); // base + tone digit -> letter

for (const lower of VOWELS) {
  for (const base of [lower, lower.toUpperCase()]) {
    for (let t = 0; t < 6; t++) {
      const letter = (base + TONE_MARKS[t]).normalize('NFC');
      INFO.set(letter, { base, tone: t as Tone });
      WITH_TONE.set(base + t, letter);
    }
  }
}

/** The base vowel and tone of a precomposed letter, or undefined for a non-vowel. */
export function vowelInfo(ch: string): VowelInfo | undefined {
  return INFO.get(ch);
}

/** The letter for a base vowel (case kept) carrying a tone. */
export function withTone(base: string, tone: Tone): string {
  return WITH_TONE.get(base + tone) ?? base;
}

/** True when the letter's base vowel carries a shape mark (ă â ê ô ơ ư). */
export function isShaped(ch: string): boolean {
  const info = INFO.get(ch);
  return info !== undefined && SHAPED_VOWELS.includes(info.base.toLowerCase());
}
