/**
 * The tagger's score, fast: the same sum as `collectFeatures` then a weight look-up per feature
 * (src/nlp/segment/features.ts), term for term and in the same order, so the result is the same
 * number to the last bit. What makes it fast: a template whose values range over a small set (a
 * shape, a length, the tag before, one syllable id) has its weights copied, when the model loads,
 * into a dense array indexed by those values, so its term is one array read instead of four hash
 * rounds and a probe of the weight table. Templates over two or more syllable ids (too many
 * combinations to copy) are still looked up by fingerprint.
 *
 * Training changes the weights as it goes and scores through `collectFeatures`; only a model
 * whose weights are settled scores through this (`SegmentModel` rebuilds it when they change).
 */
import type { HashTable } from './hash-table.js';
import { BOS, EOS, SHAPE, featureKey, type Sentence } from './features.js';

/** Shapes are 1..9 (and the pad); ids of `cm1 * 16 + c0` pairs are below 160. */
const S = 10;
const SS = 160;
/** Dictionary lengths are 0..7; `end * 16 + start` pairs are below 128; `cross` is below 64. */
const L = 8;
const LL = 128;
const X = 64;
/** Tags B (1), I (0) and NONE (2). */
const P = 3;

/** Weights of template `t` over all values a < na, b < nb, c < nc (each shifted down by its offset). */
function dense(weights: HashTable, t: number, na: number, nb: number, nc: number, oa = 0): Float32Array {
  const out = new Float32Array(na * nb * nc);
  for (let a = 0; a < na; a++)
    for (let b = 0; b < nb; b++)
      for (let c = 0; c < nc; c++) {
        out[(a * nb + b) * nc + c] = weights.get(featureKey(t, a - oa, b, c));
      }
  return out;
}

/** Like `dense`, with the syllable id second (shifted by `off`): template(x, id). */
function denseId2(weights: HashTable, t: number, na: number, nf: number, off: number): Float32Array {
  const out = new Float32Array(na * nf);
  for (let a = 0; a < na; a++) for (let f = 0; f < nf; f++) out[a * nf + f] = weights.get(featureKey(t, a, f - off, 0));
  return out;
}

export class DenseScorer {
  /** Syllable ids run from EOS (-3) to `frequent`: index = id + OFF. */
  private readonly off = -EOS;
  private readonly nf: number;
  private readonly bias: number;
  private readonly t2: Float32Array;
  private readonly t3: Float32Array;
  private readonly t4: Float32Array;
  private readonly t5: Float32Array;
  private readonly t6: Float32Array;
  private readonly t13: Float32Array;
  private readonly t14: Float32Array;
  private readonly t15: Float32Array;
  private readonly t16: Float32Array;
  private readonly t21: Float32Array;
  private readonly t22: Float32Array;
  private readonly t23: Float32Array;
  private readonly t24: Float32Array;
  private readonly t25: Float32Array;
  private readonly t28: Float32Array;
  private readonly t29: Float32Array;
  private readonly t30: Float32Array;
  private readonly t31: Float32Array;
  private readonly t32: Float32Array;
  private readonly t35: Float32Array;
  private readonly t36: Float32Array;
  private readonly t17: Float32Array;
  private readonly t18: Float32Array;
  private readonly t19: Float32Array;
  private readonly t26: Float32Array;

  constructor(private readonly w: HashTable, frequent: number) {
    const nf = frequent + 1 + this.off;
    this.nf = nf;
    const off = this.off;
    this.bias = w.get(featureKey(1, 0, 0, 0));
    this.t2 = dense(w, 2, nf, 1, 1, off);
    this.t3 = dense(w, 3, nf, 1, 1, off);
    this.t4 = dense(w, 4, nf, 1, 1, off);
    this.t5 = dense(w, 5, nf, 1, 1, off);
    this.t6 = dense(w, 6, nf, 1, 1, off);
    this.t13 = dense(w, 13, SS, S, 1);
    this.t14 = dense(w, 14, SS, S, 1);
    this.t15 = dense(w, 15, S, SS, 1);
    this.t16 = dense(w, 16, S, S, 1);
    this.t21 = dense(w, 21, L, L, 1);
    this.t22 = dense(w, 22, X, 1, 1);
    this.t23 = dense(w, 23, 2, 2, 1);
    this.t24 = dense(w, 24, X, SS, 1);
    this.t25 = dense(w, 25, LL, X, 4);
    this.t28 = dense(w, 28, nf, S, 1, off);
    this.t29 = dense(w, 29, nf, S, 1, off);
    this.t30 = dense(w, 30, L, L, 1);
    this.t31 = dense(w, 31, X, 1, 1);
    this.t32 = dense(w, 32, X, SS, 1);
    this.t35 = dense(w, 35, X, X, 1);
    this.t36 = dense(w, 36, X, X, 1);
    this.t17 = dense(w, 17, P, 1, 1);
    this.t18 = dense(w, 18, P, P, 1);
    this.t19 = denseId2(w, 19, P, nf, off);
    this.t26 = dense(w, 26, P, X, 2);
  }

  /** Score of tag B minus tag I for token i with tags p1, p2 before it: `collectFeatures`' sum. */
  score(s: Sentence, i: number, p1: number, p2: number): number {
    const w = this.w;
    const off = this.off;
    const nf = this.nf;
    const { n, fids, shapes } = s;
    const w0 = fids[i]!;
    const wm1 = i >= 1 ? fids[i - 1]! : BOS;
    const wm2 = i >= 2 ? fids[i - 2]! : BOS;
    const wp1 = i + 1 < n ? fids[i + 1]! : EOS;
    const wp2 = i + 2 < n ? fids[i + 2]! : EOS;
    const c0 = shapes[i]!;
    const cm1 = i >= 1 ? shapes[i - 1]! : SHAPE.pad;
    const cm2 = i >= 2 ? shapes[i - 2]! : SHAPE.pad;
    const cp1 = i + 1 < n ? shapes[i + 1]! : SHAPE.pad;
    const cp2 = i + 2 < n ? shapes[i + 2]! : SHAPE.pad;
    const endPrev = i >= 1 ? s.endLen[i - 1]! : 0;
    const start = s.startLen[i]!;
    const cross = s.cross[i]!;
    const fwd = s.fwd[i]!;
    const bwd = s.bwd[i]!;
    const seenEndPrev = i >= 1 ? s.seenEnd[i - 1]! : 0;
    const seenStart = s.seenStart[i]!;
    const seenCross = s.seenCross[i]!;
    const crossNext = i + 1 < n ? s.cross[i + 1]! : 0;
    const seenCrossNext = i + 1 < n ? s.seenCross[i + 1]! : 0;
    const cm1c0 = cm1 * 16 + c0;

    // the static templates, in collectStatic's order
    let sum = 0;
    sum += this.bias;
    sum += this.t2[w0 + off]!;
    sum += this.t3[wm1 + off]!;
    sum += this.t4[wp1 + off]!;
    sum += this.t5[wm2 + off]!;
    sum += this.t6[wp2 + off]!;
    sum += w.get(featureKey(7, wm1, w0, 0));
    sum += w.get(featureKey(8, w0, wp1, 0));
    sum += w.get(featureKey(9, wm2, wm1, 0));
    sum += w.get(featureKey(10, wp1, wp2, 0));
    sum += w.get(featureKey(11, wm1, w0, wp1));
    sum += w.get(featureKey(12, wm2, wm1, w0));
    sum += this.t13[cm1c0 * S + cp1]!;
    sum += this.t14[(cm2 * 16 + cm1) * S + c0]!;
    sum += this.t15[c0 * SS + cp1 * 16 + cp2]!;
    sum += this.t16[cm1 * S + c0]!;
    sum += this.t21[endPrev * L + start]!;
    sum += this.t22[cross]!;
    sum += this.t23[fwd * 2 + bwd]!;
    sum += this.t24[cross * SS + cm1c0]!;
    sum += this.t25[((endPrev * 16 + start) * X + cross) * 4 + fwd * 2 + bwd]!;
    sum += w.get(featureKey(27, wm1, w0, cm1c0));
    sum += this.t28[(w0 + off) * S + cm1]!;
    sum += this.t29[(wm1 + off) * S + c0]!;
    sum += this.t30[seenEndPrev * L + seenStart]!;
    sum += this.t31[seenCross]!;
    sum += this.t32[seenCross * SS + cm1c0]!;
    sum += w.get(featureKey(33, seenEndPrev * 16 + seenStart, seenCross, cross));
    sum += w.get(featureKey(34, seenEndPrev * 16 + seenStart, cm1c0, cp1));
    sum += this.t35[cross * X + crossNext]!;
    sum += this.t36[seenCross * X + seenCrossNext]!;
    sum += w.get(featureKey(37, cross, crossNext, w0));
    sum += w.get(featureKey(38, w0, cross, 0));
    sum += w.get(featureKey(39, wm1, cross, 0));
    sum += w.get(featureKey(41, w0, c0, cm1));
    sum += w.get(featureKey(42, wm1 * 16 + cm1, w0 * 16 + c0, 0));
    // the templates over the tags before, in collectDynamic's order
    sum += this.t17[p1]!;
    sum += this.t18[p1 * P + p2]!;
    sum += this.t19[p1 * nf + w0 + off]!;
    sum += w.get(featureKey(20, p1, wm1, w0));
    sum += this.t26[(p1 * X + cross) * 2 + fwd]!;
    sum += w.get(featureKey(40, wm1 * 8 + p1, w0, seenCross));
    return sum;
  }
}
