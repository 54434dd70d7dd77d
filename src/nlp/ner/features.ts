/**
 * What the tagger looks at for one token, as 32-bit fingerprints: the token and its neighbours
 * (lower case), its word, shapes, the gazetteer's codes around it, the cue words before it and the
 * head it may start, the rule labeller's tags around it (the model corrects the labeller: it learns
 * where the rules' tags are wrong), and the tags already given (history). Shared by training and
 * tagging.
 */
import { finish, mix, SEED } from '../segment/hash-table.js';
import { CUE, SHAPE, type NerTokens } from './tokens.js';

/** Static features per token (not depending on earlier tags). */
export const STATIC = 28;
/** History features per token. */
export const HISTORY = 6;

const PAD = 0x5bd1e995 | 0;

const f1 = (tmpl: number, a: number): number => finish(mix(mix(SEED, tmpl), a));
const f2 = (tmpl: number, a: number, b: number): number => finish(mix(mix(mix(SEED, tmpl), a), b));

/** The shape the features use: in a line written in capitals, capitals say nothing. */
function shapeAt(t: NerTokens, i: number): number {
  if (i < 0 || i >= t.n) return SHAPE.pad;
  const s = t.info[i]!.shape;
  return t.capsLine && (s === SHAPE.upper || s === SHAPE.title) ? 10 : s;
}
const hashAt = (t: NerTokens, i: number): number => (i < 0 || i >= t.n ? PAD : t.info[i]!.hash);
const gazAt = (gaz: Uint8Array, t: NerTokens, i: number): number => (i < 0 || i >= t.n ? 15 : gaz[i]!);
const ruleAt = (rule: Uint8Array, t: NerTokens, i: number): number => (i < 0 || i >= t.n ? 15 : rule[i]!);

/** Writes the static features of every token to `out` (STATIC a token); `rule` the labeller's BIO tags. */
export function staticFeatures(t: NerTokens, gaz: Uint8Array, rule: Uint8Array, out: Int32Array): void {
  for (let i = 0; i < t.n; i++) {
    const o = i * STATIC;
    const w0 = hashAt(t, i);
    const wm1 = hashAt(t, i - 1);
    const wp1 = hashAt(t, i + 1);
    const s0 = shapeAt(t, i);
    const sm1 = shapeAt(t, i - 1);
    const sp1 = shapeAt(t, i + 1);
    const g0 = gazAt(gaz, t, i);
    const cueAt = t.cueAt[i]! & 0x7f;
    const afterHead = cueAt ? shapeAt(t, i + t.cueLen[i]!) : 0;
    const sent = t.sentStart[i]!;
    out[o] = f1(0, 1);
    out[o + 1] = f1(1, w0);
    out[o + 2] = f1(2, wm1);
    out[o + 3] = f1(3, wp1);
    out[o + 4] = f1(4, hashAt(t, i - 2));
    out[o + 5] = f1(5, hashAt(t, i + 2));
    out[o + 6] = f2(6, wm1, w0);
    out[o + 7] = f2(7, w0, wp1);
    out[o + 8] = f1(8, t.wordHash[i]!);
    out[o + 9] = f1(9, s0 | (sm1 << 4) | (sp1 << 8));
    out[o + 10] = f2(10, s0, sent);
    out[o + 11] = f2(11, s0, w0);
    out[o + 12] = f1(12, g0);
    out[o + 13] = f1(13, gazAt(gaz, t, i - 1) | (gazAt(gaz, t, i + 1) << 4));
    out[o + 14] = f1(14, g0 | (s0 << 4) | (sent << 8));
    // the cue bits the model was trained with (the place cue came after it)
    out[o + 15] = f1(15, (t.cueBefore[i]! & 0x7f) | (s0 << 4));
    out[o + 16] = f1(16, cueAt | (afterHead << 4) | (t.cueLen[i]! << 8));
    out[o + 17] = f1(17, (i > 0 ? t.cueBefore[i - 1]! & 0x7f : 0) | (s0 << 4) | (sm1 << 8));
    out[o + 18] = f1(18, t.wordStart[i]! | (Math.min(t.wordLen[i]!, 6) << 1) | (s0 << 4));
    out[o + 19] = f1(19, Number(t.info[i]!.surname) | (s0 << 1) | (sp1 << 5));
    out[o + 20] = f2(20, sent | (s0 << 1), w0);
    out[o + 21] = f1(21, (i > 0 && (t.cueAt[i - 1]! & CUE.misc) ? 1 : 0) | (g0 << 1) | (Number(t.capsLine) << 6));
    // the labeller's tags: alone, with its neighbours', with the token, its shape and gazetteer code
    const r0 = rule[i]!;
    const rm1 = ruleAt(rule, t, i - 1);
    const rp1 = ruleAt(rule, t, i + 1);
    out[o + 22] = f1(22, r0);
    out[o + 23] = f1(23, r0 | (rm1 << 4) | (rp1 << 8));
    out[o + 24] = f2(24, r0, w0);
    out[o + 25] = f1(25, r0 | (s0 << 4) | (sent << 8) | (Number(t.capsLine) << 9));
    out[o + 26] = f1(26, r0 | (g0 << 4) | (sm1 << 8));
    out[o + 27] = f2(27, r0 | (rm1 << 4), wm1);
  }
}

/** The history features of token i given the two previous tags, into `out` from 0. */
export function historyFeatures(t: NerTokens, gaz: Uint8Array, rule: Uint8Array, i: number, p1: number, p2: number, out: Int32Array): void {
  out[0] = f1(30, p1);
  out[1] = f1(31, p1 | (p2 << 4));
  out[2] = f2(32, p1, hashAt(t, i));
  out[3] = f1(33, p1 | (shapeAt(t, i) << 4));
  out[4] = f1(34, p1 | (gazAt(gaz, t, i) << 4));
  out[5] = f1(35, p1 | (rule[i]! << 4) | (ruleAt(rule, t, i - 1) << 8));
}
