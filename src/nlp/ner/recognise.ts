/**
 * Entity spans over the segmenter's words: tokens (tokens.ts), the gazetteer's marks
 * (gazetteer.ts), then the model's BIO tags (model.ts) or, for comparison, the rule labeller's
 * (labeller.ts); spans come back as UTF-16 offsets into the text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSegmenter } from '../segment/index.js';
import { Gazetteer } from './gazetteer.js';
import { loadKnowledgeBase, type KnowledgeBase } from './kb/index.js';
import { labelTokens } from './labeller.js';
import { NerModel, type NerModelJSON } from './model.js';
import { ENTITY_TYPES, spansOfTags, type NerType } from './tags.js';
import { allocTokens, CUE, isCap, SHAPE, wordTokens, type NerTokens } from './tokens.js';

export const DEFAULT_NER_MODEL = fileURLToPath(new URL('../../../../data/models/ner.json', import.meta.url));

export interface EntitySpan {
  start: number;
  end: number;
  type: NerType;
}

export interface Recogniser {
  readonly kb: KnowledgeBase;
  readonly gazetteer: Gazetteer;
  /**
   * Entities over words `[fromWord, toWord)` of `words` (flat start, end pairs into `text`), appended
   * to `out`. With `names` (one per article), a name found earlier in the article is found again
   * where the rules and the model are silent (`Khương đã ...` at a sentence start, after `anh Khương`).
   */
  recogniseWords(text: string, words: ArrayLike<number>, fromWord: number, toWord: number, out: EntitySpan[], names?: ArticleNames): void;
  /** Entities of one line of raw text (segmented first). */
  recogniseLine(line: string, names?: ArticleNames): EntitySpan[];
}

export interface RecogniserOptions {
  /** `model` (the shipped tagger, reading the rule labeller's tags and correcting them) or `rules` (the labeller alone). */
  mode?: 'model' | 'rules';
  modelPath?: string;
  kb?: KnowledgeBase;
}

/**
 * The default: the rule labeller. The model (trained on hand-corrected sentences of UD-VTB and
 * Train_gold.txt, reading the labeller's tags) beats it on text like its training sentences (0.839
 * against 0.771, each quarter held out) but not on the news the golden set is drawn from (tuned part:
 * 0.695 against 0.887; held-out batch 4: 0.516 against 0.692): docs/ner.md, "Measured (2026-12-03, night)".
 */
export const DEFAULT_MODE: 'model' | 'rules' = 'rules';

const loaded = new Map<string, Recogniser>();

/** The recogniser over the shipped model and KB (once per process and mode). */
export function loadRecogniser(opts: RecogniserOptions = {}): Recogniser {
  const key = `${opts.mode ?? DEFAULT_MODE} ${opts.modelPath ?? ''}`;
  let r = opts.kb ? undefined : loaded.get(key);
  if (!r) {
    const mode = opts.mode ?? DEFAULT_MODE;
    const model = mode !== 'rules' ? NerModel.fromJSON(JSON.parse(readFileSync(opts.modelPath ?? DEFAULT_NER_MODEL, 'utf8')) as NerModelJSON) : undefined;
    r = createRecogniser(opts.kb ?? loadKnowledgeBase(), model);
    if (!opts.kb) loaded.set(key, r);
  }
  return r;
}

/** Tokens a recogniser has room for at first. */
const INITIAL_TOKENS = 4096;

/** A recogniser over a KB and a model in memory (no model: the rule labeller). */
export function createRecogniser(kb: KnowledgeBase, model?: NerModel, gazetteer = new Gazetteer(kb)): Recogniser {
  // room for a long paragraph (3,001 tokens at most in the dev corpora): growing them later, once
  // the tagger's code is optimised, sent it back to the interpreter and to be compiled again
  let tokens: NerTokens = allocTokens(INITIAL_TOKENS);
  let gaz = new Uint8Array(INITIAL_TOKENS);
  let tags = new Uint8Array(INITIAL_TOKENS);
  let ruleTags = new Uint8Array(INITIAL_TOKENS);

  function recogniseWords(text: string, words: ArrayLike<number>, fromWord: number, toWord: number, out: EntitySpan[], names?: ArticleNames): void {
    tokens = wordTokens(text, words, fromWord, toWord, tokens);
    const n = tokens.n;
    if (gaz.length < n) {
      gaz = new Uint8Array(n * 2);
      tags = new Uint8Array(n * 2);
      ruleTags = new Uint8Array(n * 2);
    }
    gazetteer.mark(text, tokens, gaz);
    if (model) {
      labelTokens(tokens, gaz, ruleTags);
      model.tag(tokens, gaz, ruleTags, tags);
    } else labelTokens(tokens, gaz, tags);
    if (names) {
      if (FIND_NAMES_AGAIN) names.apply(tokens, tags);
      names.applyGiven(tokens, tags);
      names.applyTerms(tokens, tags, gaz);
    }
    clearWeekdays(tokens, tags);
    for (const s of spansOfTags(tags, n)) {
      let end = tokens.end[s.last]!;
      // `Nguyễn Văn B.`: the dot of a final initial is not part of the name
      if (text.charCodeAt(end - 1) === 46 && end - tokens.start[s.last]! <= 3 && end - 1 > tokens.start[s.first]!) end--;
      out.push({ start: tokens.start[s.first]!, end, type: ENTITY_TYPES[s.type]! });
    }
  }

  function recogniseLine(line: string, names?: ArticleNames): EntitySpan[] {
    const flat: number[] = [];
    loadSegmenter().segmentFlat(line, 0, line.length, flat);
    const out: EntitySpan[] = [];
    recogniseWords(line, flat, 0, flat.length / 2, out, names);
    return out;
  }

  return { kb, gazetteer, recogniseWords, recogniseLine };
}

/** The numbers that name weekdays after `thứ` (`thứ Ba`, `Thứ Sáu`), and `Chủ nhật`. */
const WEEKDAY_NUMBERS = new Set(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy']);

/**
 * Weekdays are times, not names: `hôm thứ Ba`, `Thứ Sáu tuần trước`, `Chủ Nhật` lose the tags the
 * capitals gave them (their tokens and the span they opened), whatever tagged them.
 */
function clearWeekdays(t: NerTokens, tags: Uint8Array): void {
  for (let i = 0; i + 1 < t.n; i++) {
    const low = t.info[i]!.low;
    const next = t.info[i + 1]!.low;
    const weekday = (low === 'thứ' && WEEKDAY_NUMBERS.has(next)) || (low === 'chủ' && next === 'nhật');
    if (!weekday || (tags[i] === 0 && tags[i + 1] === 0)) continue;
    tags[i] = 0;
    tags[i + 1] = 0;
    // a span that went on past the weekday starts again after it (as a B tag)
    if (i + 2 < t.n && tags[i + 2]! >= 5) tags[i + 2] = tags[i + 2]! - 4;
  }
}

/**
 * Whether the stage and `nlp ner` find an article's names again (`ArticleNames`). Off: on the tuned
 * part it gained 0.003 F1 with the knowledge base of the first measurement, and lost 0.002 once the
 * knowledge base had grown (docs/ner.md).
 */
export const FIND_NAMES_AGAIN = false;

const MAX_NAME_TOKENS = 4;
/**
 * Whether a capitalised organisation head opens the words before token i (back to a punctuation
 * mark, twelve at most): `Tổ chức Cấm vũ khí hóa học (OPCW)` is a name the rules missed, not a term.
 */
function orgHeadBefore(t: NerTokens, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12 && LETTER_SHAPES.has(t.info[k]!.shape); k--) {
    if (t.cueAt[k]! & CUE.org && t.info[k]!.shape === SHAPE.title) return true;
  }
  return false;
}

/** Words (any case) and what joins abbreviations in a parenthesis (`MCT + MIT`). */
const LETTER_SHAPES = new Set<number>([SHAPE.lower, SHAPE.title, SHAPE.mixed, SHAPE.capMixed]);
const TERM_JOINS = new Set(['+', ',', '/', 'và']);
/** PER's index in the tags' types (tags.ts). */
const PER_TYPE = ENTITY_TYPES.indexOf('PER');
const ORG_TYPE = ENTITY_TYPES.indexOf('ORG');

/**
 * The names an article has given so far (their folded tokens → type), to find them again where
 * nothing else did: only capitalised tokens, never inside another span, the longest first.
 */
export class ArticleNames {
  private readonly names = new Map<string, number>();
  /** The last word of the people named in full so far (`Khương` of `Nguyễn Văn Khương`, `Uche` of `Kalu Uche`). */
  private readonly given = new Set<string>();
  /**
   * One foreign word that names, alone, what the article named in full: a family name, a person cue
   * before the full name (`Karius` of `thủ môn Loris Karius`), or a club's name after its head
   * (`Mainz` of `CLB Mainz`) → its type.
   */
  private readonly foreign = new Map<string, number>();
  /** Abbreviations of terms that are no names (`mit`), as defined in the article so far. */
  private readonly terms = new Set<string>();

  /**
   * Only a person's given name, alone, where the labeller does not guess: at the start of a
   * sentence (a capital is no evidence there), once the article has named them in full; a foreign
   * family name anywhere (one foreign word alone is not guessed), once named in full after a person
   * cue, in this paragraph too (`… thủ môn Loris Karius … , Karius sẽ`).
   */
  applyGiven(t: NerTokens, tags: Uint8Array): void {
    for (const s of spansOfTags(tags, t.n)) {
      if (s.last === s.first || s.last - s.first >= MAX_NAME_TOKENS || t.info[s.last]!.shape !== SHAPE.title || t.info[s.last]!.viet) continue;
      // (a foreign family name from this paragraph on, a person cue before the full name: `thủ môn
      // Loris Karius`, not a guessed `T-14 Armata`; no number after it: `Nghệ sĩ Top Billboard 200`)
      if (s.type === PER_TYPE && t.cueBefore[s.first]! & CUE.person && (s.last + 1 >= t.n || t.info[s.last + 1]!.shape !== SHAPE.number)) this.foreign.set(t.info[s.last]!.low, PER_TYPE);
      // (a club's or company's one foreign word after its head: `CLB Mainz`, then `Mainz` alone)
      if (s.type === ORG_TYPE && t.cueAt[s.first]! & CUE.org && s.first + t.cueLen[s.first]! === s.last) this.foreign.set(t.info[s.last]!.low, ORG_TYPE);
    }
    for (let i = 0; i < t.n; i++) {
      if (tags[i] !== 0 || t.info[i]!.shape !== SHAPE.title || t.info[i]!.starter) continue;
      if ((i + 1 < t.n && isCap(t.info[i + 1]!.shape)) || (i > 0 && !t.sentStart[i] && isCap(t.info[i - 1]!.shape))) continue;
      const type = this.foreign.get(t.info[i]!.low) ?? (t.sentStart[i] && this.given.has(t.info[i]!.low) ? PER_TYPE : -1);
      if (type >= 0) tags[i] = 1 + type;
    }
    for (const s of spansOfTags(tags, t.n)) {
      if (s.type !== PER_TYPE || s.last === s.first || s.last - s.first >= MAX_NAME_TOKENS) continue;
      if (t.info[s.last]!.shape === SHAPE.title) this.given.add(t.info[s.last]!.low);
    }
  }

  /**
   * Abbreviations the article defines for a term that is no name (`Methylisothiazolinone (MIT)`,
   * `vốn đầu tư nước ngoài (FDI)`: an untagged word before the parenthesis) name nothing there or
   * after (`MCT + MIT` later): no acronym of the knowledge base, only a span of the abbreviation alone.
   */
  applyTerms(t: NerTokens, tags: Uint8Array, gaz: Uint8Array): void {
    for (let i = 1; i + 1 < t.n; i++) {
      if (t.info[i]!.low !== '(' || tags[i - 1] !== 0 || !LETTER_SHAPES.has(t.info[i - 1]!.shape) || orgHeadBefore(t, i)) continue;
      let k = i + 1;
      while (k < t.n && ((t.info[k]!.shape === SHAPE.upper && gaz[k] === 0) || TERM_JOINS.has(t.info[k]!.low))) k++;
      if (k === i + 1 || k >= t.n || t.info[k]!.low !== ')') continue;
      for (let m = i + 1; m < k; m++) if (t.info[m]!.shape === SHAPE.upper) this.terms.add(t.info[m]!.low);
    }
    if (this.terms.size === 0) return;
    for (const s of spansOfTags(tags, t.n)) {
      if (s.first === s.last && this.terms.has(t.info[s.first]!.low) && gaz[s.first] === 0) tags[s.first] = 0;
    }
  }

  apply(t: NerTokens, tags: Uint8Array): void {
    for (let i = 0; i < t.n; i++) {
      if (tags[i] !== 0 || !isCap(t.info[i]!.shape) || t.info[i]!.notName) continue;
      let key = '';
      let found = -1;
      let type = -1;
      for (let j = i; j < t.n && j < i + MAX_NAME_TOKENS && tags[j] === 0 && isCap(t.info[j]!.shape); j++) {
        key = j === i ? t.info[j]!.fkey : `${key} ${t.info[j]!.fkey}`;
        const ty = this.names.get(key);
        if (ty !== undefined) {
          found = j;
          type = ty;
        }
      }
      // the whole capitalised run, not a part of a longer unknown one
      if (found < 0 || (found + 1 < t.n && tags[found + 1] === 0 && isCap(t.info[found + 1]!.shape))) continue;
      tags[i] = 1 + type;
      for (let k = i + 1; k <= found; k++) tags[k] = 5 + type;
      i = found;
    }
    for (const s of spansOfTags(tags, t.n)) {
      if (s.last - s.first >= MAX_NAME_TOKENS || !isCap(t.info[s.first]!.shape)) continue;
      let key = t.info[s.first]!.fkey;
      for (let k = s.first + 1; k <= s.last; k++) key += ` ${t.info[k]!.fkey}`;
      if (!this.names.has(key)) this.names.set(key, s.type);
    }
  }
}
