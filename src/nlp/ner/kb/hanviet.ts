/**
 * Sino-Vietnamese (Hán-Việt) readings of Chinese names, from their characters: 习近平 → Tập Cận Bình,
 * 王毅 → Vương Nghị. The table (data/kb/hanviet.tsv, derived from hanviet.csv, MIT) maps each
 * traditional character, and each simplified one (mapped to traditional by OpenCC when the table was
 * built), to its readings with their pinyin. Where a character has several readings (王: vương wang2,
 * vượng wang4), the English name in pinyin picks the ones it spells; otherwise the first is taken.
 */
import { readFileSync } from 'node:fs';
import { fold } from '../../../text/fold.js';
import { normalizeText } from '../../../text/normalize.js';

/** A reading and the toneless pinyin it goes with (`*`: any). */
export interface Reading {
  text: string;
  pinyin: string;
}

export interface HanVietTable {
  get(ch: string): readonly Reading[] | undefined;
  has(ch: string): boolean;
}

/**
 * Reads the table file: `字<TAB>reading/pinyin<TAB>reading/pinyin...`, one character a line. A
 * character's line is only looked for, and parsed, when the character is first asked for: a KB
 * names about a hundred characters of the 13,000, and indexing every line cost a worker thread more
 * than finding those few (each pipeline worker loads the KB).
 */
/** A name written in Chinese characters alone (two to six: `习近平`, `王毅`), which its readings may name. */
export const isHanName = (s: string): boolean => HAN_NAME.test(s);
const HAN_NAME = /^\p{Script=Han}{2,6}$/u;

export function parseHanViet(text: string): HanVietTable {
  const body = `\n${text}`;
  const parsed = new Map<string, Reading[] | null>();
  function lookUp(ch: string): Reading[] | null {
    let rs = parsed.get(ch);
    if (rs !== undefined) return rs;
    rs = null;
    // a line's key: not empty, not a comment, no tab or line break in it
    if (ch !== '' && !ch.startsWith('#') && !/[\t\n]/.test(ch)) {
      const at = body.indexOf(`\n${ch}\t`);
      if (at >= 0) {
        const from = at + ch.length + 2;
        const end = body.indexOf('\n', from);
        rs = body.slice(from, end < 0 ? body.length : end).split('\t').map((r) => {
          const slash = r.lastIndexOf('/');
          return { text: r.slice(0, slash), pinyin: r.slice(slash + 1) };
        });
      }
    }
    parsed.set(ch, rs);
    return rs;
  }
  return {
    has: (ch) => lookUp(ch) !== null,
    get: (ch) => lookUp(ch) ?? undefined,
  };
}

export function loadHanViet(path: string): HanVietTable {
  return parseHanViet(readFileSync(path, 'utf8'));
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const MAX_STAR = 6; // letters a reading of unknown pinyin may stand for

/**
 * For each character, the readings that fit the romanised name (`Xi Jinping`): those whose pinyin
 * spells the next letters, in a parse of all the letters. Undefined when no parse fits.
 */
function fitReadings(chars: string[], table: HanVietTable, romanised: string): Reading[][] | undefined {
  const letters = fold(romanised).replace(/[^a-z]/g, '');
  // reach[i] = the letter positions reachable after i characters, with the readings that led there
  const n = chars.length;
  const reach: Map<number, Set<string>>[] = [new Map([[0, new Set()]])];
  for (let i = 0; i < n; i++) {
    const next = new Map<number, Set<string>>();
    for (const pos of reach[i]!.keys()) {
      for (const r of table.get(chars[i]!) ?? []) {
        const ends = r.pinyin === '*'
          ? Array.from({ length: MAX_STAR }, (_, k) => pos + k + 1)
          : letters.startsWith(r.pinyin, pos) ? [pos + r.pinyin.length] : [];
        for (const end of ends) {
          if (end > letters.length) continue;
          if (!next.has(end)) next.set(end, new Set());
          next.get(end)!.add(`${pos}|${r.text}`);
        }
      }
    }
    reach.push(next);
  }
  if (!reach[n]!.has(letters.length)) return undefined;
  // walk back from the end, keeping the readings on a complete parse
  const used: Reading[][] = Array.from({ length: n }, () => []);
  let ends = new Set([letters.length]);
  for (let i = n; i > 0; i--) {
    const starts = new Set<number>();
    for (const end of ends) {
      for (const key of reach[i]!.get(end) ?? []) {
        const bar = key.indexOf('|');
        const start = Number(key.slice(0, bar));
        const text = key.slice(bar + 1);
        starts.add(start);
        if (!used[i - 1]!.some((r) => r.text === text)) used[i - 1]!.push({ text, pinyin: '' });
      }
    }
    ends = starts;
  }
  // keep the table's order among the readings used
  return used.map((u, i) => (table.get(chars[i]!) ?? []).filter((r) => u.some((x) => x.text === r.text)));
}

/**
 * The Sino-Vietnamese names of a Chinese name, the most likely first (at most `max`): every syllable
 * capitalised, tone marks placed as the project normalises them. Empty when a character is unknown.
 */
export function hanVietNames(zh: string, table: HanVietTable, romanised?: string, max = 4): string[] {
  const chars = [...zh.replace(/[\s·・]/g, '')];
  if (chars.length === 0 || chars.some((c) => !table.has(c))) return [];
  const options = (romanised && fitReadings(chars, table, romanised)) || chars.map((c) => table.get(c)!);
  const dedup = options.map((rs) => [...new Set(rs.map((r) => r.text))]);
  const name = (pick: string[]): string => normalizeText(pick.map(capitalise).join(' '));
  const first = dedup.map((rs) => rs[0]!);
  const out = [name(first)];
  // alternatives: one character read otherwise at a time
  for (let i = 0; i < dedup.length && out.length < max; i++) {
    for (const alt of dedup[i]!.slice(1)) {
      if (out.length >= max) break;
      const pick = [...first];
      pick[i] = alt;
      const n = name(pick);
      if (!out.includes(n)) out.push(n);
    }
  }
  return out;
}
