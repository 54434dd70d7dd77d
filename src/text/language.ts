/**
 * Language identification, enough to flag articles that are not in Vietnamese: the share of
 * syllables that are frequent function words, and the share that carry Vietnamese-only letters.
 */
import { ENGLISH_FUNCTION_WORDS, FRENCH_FUNCTION_WORDS, VIETNAMESE_FUNCTION_WORDS } from './lexicon/function-words.js';

export interface LanguageGuess {
  /** ISO 639-1 code, or `und` when the text is too short or unlike any language we know. */
  lang: 'vi' | 'en' | 'fr' | 'und';
  /** Share of word tokens supporting the guess, 0..1. */
  confidence: number;
}

// Letters that only Vietnamese (among Latin-script languages) uses: ơ ư ă đ and the tone-marked vowels.
const VIETNAMESE_LETTERS = new Set([...'ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ'].map((c) => c.charCodeAt(0)));
const WORD = /\p{L}+/gu;

function hasVietnameseLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0xc0 && VIETNAMESE_LETTERS.has(w.charCodeAt(i))) return true;
  return false;
}

/** Guesses the language of `text` from at most its first `maxWords` words. */
export function detectLanguage(text: string, maxWords = 200): LanguageGuess {
  let words = 0;
  let vi = 0;
  let viLetters = 0;
  let en = 0;
  let fr = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && words < maxWords) {
    const w = m[0].toLowerCase();
    words++;
    if (VIETNAMESE_FUNCTION_WORDS.has(w)) vi++;
    else if (hasVietnameseLetter(w)) viLetters++;
    else if (ENGLISH_FUNCTION_WORDS.has(w)) en++;
    else if (FRENCH_FUNCTION_WORDS.has(w)) fr++;
  }
  if (words < 3) return { lang: 'und', confidence: 0 };
  const viShare = (vi + viLetters) / words; // a function word, or a word with a Vietnamese-only letter
  const enShare = en / words;
  const frShare = fr / words;
  // Vietnamese prose has a function word or a Vietnamese-only letter in well over a third of its
  // syllables; English or French prose has under 5%. Thresholds are set far from both.
  if (viShare >= 0.2 && viShare >= enShare) return { lang: 'vi', confidence: round(viShare) };
  if (enShare >= 0.12 && enShare >= frShare) return { lang: 'en', confidence: round(enShare) };
  if (frShare >= 0.12) return { lang: 'fr', confidence: round(frShare) };
  return { lang: 'und', confidence: round(Math.max(viShare, enShare, frShare)) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
