/**
 * The entity tagger's model: an averaged perceptron over the features of features.ts (the rule
 * labeller's tags among them: the model reads the labeller's output and corrects it), one row of
 * nine weights (one per BIO tag) per feature fingerprint, decoded greedily left to right with the
 * BIO constraint (an I-X only after B-X or I-X).
 */
import { HashTable, type TableJSON } from '../segment/hash-table.js';
import { HISTORY, STATIC, historyFeatures, staticFeatures } from './features.js';
import { isInside, NTAGS, O, typeOf } from './tags.js';
import type { NerTokens } from './tokens.js';

export const MODEL_FORMAT = 'toancanh-ner/2';
/** The tag before the first token. */
export const NONE = 9;

export interface NerModelJSON {
  format: typeof MODEL_FORMAT;
  notice: string;
  training: Record<string, string | number>;
  /** Feature fingerprint → row number + 1. */
  rows: TableJSON;
  /** Float32Array of rows × 9 weights, base64 little-endian. */
  weights: string;
}

/** Whether `tag` may follow `prev` (BIO). */
export function allowed(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev !== O && prev !== NONE && typeOf(prev) === typeOf(tag);
}

export class NerModel {
  private feats = new Int32Array(STATIC * 256);
  private readonly hist = new Int32Array(HISTORY);
  private readonly scores = new Float64Array(NTAGS);

  constructor(
    readonly rows: HashTable,
    readonly weights: Float32Array,
  ) {}

  /** Tags `t` into `out` (BIO tags), `gaz` the gazetteer codes of its tokens, `rule` the labeller's tags. */
  tag(t: NerTokens, gaz: Uint8Array, rule: Uint8Array, out: Uint8Array): void {
    if (this.feats.length < t.n * STATIC) this.feats = new Int32Array(t.n * STATIC * 2);
    const feats = this.feats;
    staticFeatures(t, gaz, rule, feats);
    const rows = this.rows;
    const w = this.weights;
    const scores = this.scores;
    let p1 = NONE;
    let p2 = NONE;
    for (let i = 0; i < t.n; i++) {
      scores.fill(0);
      const o = i * STATIC;
      for (let k = 0; k < STATIC; k++) {
        const r = rows.get(feats[o + k]!);
        if (r === 0) continue;
        const base = (r - 1) * NTAGS;
        for (let y = 0; y < NTAGS; y++) scores[y]! += w[base + y]!;
      }
      historyFeatures(t, gaz, rule, i, p1, p2, this.hist);
      for (let k = 0; k < HISTORY; k++) {
        const r = rows.get(this.hist[k]!);
        if (r === 0) continue;
        const base = (r - 1) * NTAGS;
        for (let y = 0; y < NTAGS; y++) scores[y]! += w[base + y]!;
      }
      let best = O;
      let bestScore = -Infinity;
      for (let y = 0; y < NTAGS; y++) {
        if (scores[y]! > bestScore && allowed(p1, y)) {
          best = y;
          bestScore = scores[y]!;
        }
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  toJSON(notice: string, training: Record<string, string | number>): NerModelJSON {
    return {
      format: MODEL_FORMAT,
      notice,
      training,
      rows: this.rows.toJSON(),
      weights: Buffer.from(this.weights.buffer, this.weights.byteOffset, this.weights.byteLength).toString('base64'),
    };
  }

  static fromJSON(json: NerModelJSON): NerModel {
    if (json.format !== MODEL_FORMAT) throw new Error(`ner model: format ${String(json.format)}, expected ${MODEL_FORMAT}`);
    const buf = Buffer.from(json.weights, 'base64');
    const weights = new Float32Array(buf.length / 4);
    new Uint8Array(weights.buffer).set(buf);
    return new NerModel(HashTable.fromJSON(json.rows), weights);
  }
}
