/**
 * Is a word a possible Vietnamese syllable? Onset, vowel cluster, coda and tone checked against
 * the spelling rules (`nghiêng`, `khuỷu`, `người` yes; `Vieọt`, `aù`, `µ` no). Used to tell legacy
 * encodings apart: the right decoding gives words that are syllables, a wrong one gives debris.
 */
import { vowelInfo } from './vowels.js';

const ONSETS = new Set(['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'q', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x']);
// Vowel clusters (nucleus with its glides), without tone.
const CLUSTERS = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo', 'ua', 'uâ', 'ue', 'uê',
  'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê', 'iêu', 'oai', 'oay', 'oao', 'oeo', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu', 'uây',
]);
// Clusters that end in an off-glide or a weak vowel: the tone never sits on their last letter (`cháu`, not `chaú`).
const TONE_NOT_LAST = new Set(['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'iu', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu', 'ia', 'ua', 'ưa', 'iêu', 'oai', 'oay', 'oao', 'oeo', 'uôi', 'ươi', 'ươu', 'yêu', 'uya', 'uyu', 'uây']);
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);

/** True when `word` (any case, NFC) spells one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length === 0 || w.length > 7) return false;
  let i = 0;
  while (i < w.length && !vowelInfo(w[i]!)) i++;
  let onset = w.slice(0, i);
  let tone = 0;
  let toneAt = -1;
  let cluster = '';
  let j = i;
  for (; j < w.length; j++) {
    const info = vowelInfo(w[j]!);
    if (!info) break;
    if (info.tone !== 0) {
      if (tone !== 0) return false; // two tones
      tone = info.tone;
      toneAt = cluster.length;
    }
    cluster += info.base;
  }
  const coda = w.slice(j);
  if (cluster === '') return false;
  // `qu` and `gi` take the u / i of the cluster into the onset: quyết, giữa (but `gì`, `gìn`)
  if (onset === 'q') {
    if (!cluster.startsWith('u') || cluster.length < 2) return false;
    onset = 'qu';
    cluster = cluster.slice(1);
    toneAt--;
  } else if (onset === 'g' && cluster.startsWith('i') && cluster.length >= 2) {
    onset = 'gi';
    cluster = cluster.slice(1);
    toneAt--;
  }
  if (!ONSETS.has(onset) || !CODAS.has(coda) || !CLUSTERS.has(cluster)) return false;
  if (tone !== 0 && coda === '' && TONE_NOT_LAST.has(cluster) && toneAt === cluster.length - 1) return false;
  // c, ch, p, t close only syllables in the acute or the dot-below tone (tone 2 and 5): `việt`, `các`, not `vièt`
  if (STOP_CODAS.has(coda) && tone !== 0 && tone !== 2 && tone !== 5) return false; // (no tone: `tôt` is loose spelling, allowed)
  return true;
}
