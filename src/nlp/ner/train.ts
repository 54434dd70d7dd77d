/**
 * Training of the entity tagger: a greedy averaged perceptron over hand-corrected sentences
 * (data/ner-train), reading the rule labeller's tags (labeller.ts) as features, trained on its own
 * predicted history, seeded shuffles.
 */
import { HashTable } from '../segment/hash-table.js';
import { HISTORY, STATIC, historyFeatures, staticFeatures } from './features.js';
import { allowed, NerModel, NONE } from './model.js';
import { NTAGS, O } from './tags.js';
import type { NerTokens } from './tokens.js';

/** One training sentence: its tokens' static features, gazetteer codes, the labeller's and the gold tags (kept for history features). */
export interface Example {
  tokens: NerTokens;
  gaz: Uint8Array;
  rule: Uint8Array;
  gold: Uint8Array;
  feats: Int32Array;
}

export function makeExample(tokens: NerTokens, gaz: Uint8Array, rule: Uint8Array, gold: Uint8Array): Example {
  const feats = new Int32Array(tokens.n * STATIC);
  staticFeatures(tokens, gaz, rule, feats);
  return { tokens, gaz, rule, gold, feats };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

/** mulberry32: a small seeded PRNG, floats in [0, 1) (training's shuffles, the sentence export's draw). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(examples: readonly Example[], opts: TrainOptions): NerModel {
  const rowOf = new Map<number, number>();
  let cap = 1 << 16;
  let w = new Float64Array(cap * NTAGS);
  let u = new Float64Array(cap * NTAGS); // Σ c·update, for averaging
  let c = 1;
  const row = (key: number): number => {
    let r = rowOf.get(key);
    if (r === undefined) {
      r = rowOf.size;
      rowOf.set(key, r);
      if (r >= cap) {
        cap *= 2;
        const w2 = new Float64Array(cap * NTAGS);
        w2.set(w);
        w = w2;
        const u2 = new Float64Array(cap * NTAGS);
        u2.set(u);
        u = u2;
      }
    }
    return r;
  };
  const hist = new Int32Array(HISTORY);
  const scores = new Float64Array(NTAGS);
  const order = examples.map((_, i) => i);
  const rand = mulberry32(opts.seed);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let total = 0;
    for (const idx of order) {
      const ex = examples[idx]!;
      let p1 = NONE;
      let p2 = NONE;
      for (let i = 0; i < ex.tokens.n; i++) {
        historyFeatures(ex.tokens, ex.gaz, ex.rule, i, p1, p2, hist);
        scores.fill(0);
        const add = (key: number) => {
          const r = rowOf.get(key);
          if (r === undefined) return;
          for (let y = 0; y < NTAGS; y++) scores[y]! += w[r * NTAGS + y]!;
        };
        for (let k = 0; k < STATIC; k++) add(ex.feats[i * STATIC + k]!);
        for (let k = 0; k < HISTORY; k++) add(hist[k]!);
        let pred = O;
        let best = -Infinity;
        for (let y = 0; y < NTAGS; y++) {
          if (scores[y]! > best && allowed(p1, y)) {
            best = scores[y]!;
            pred = y;
          }
        }
        const gold = ex.gold[i]!;
        total++;
        if (pred !== gold) {
          errors++;
          const update = (key: number) => {
            const r = row(key);
            w[r * NTAGS + gold] += 1;
            u[r * NTAGS + gold] += c;
            w[r * NTAGS + pred] -= 1;
            u[r * NTAGS + pred] -= c;
          };
          for (let k = 0; k < STATIC; k++) update(ex.feats[i * STATIC + k]!);
          for (let k = 0; k < HISTORY; k++) update(hist[k]!);
        }
        c++;
        p2 = p1;
        p1 = pred;
      }
    }
    opts.onEpoch?.(epoch, errors, total);
  }
  // averaged weights; rows left all zero are dropped
  const keep: [number, number][] = [];
  for (const [key, r] of rowOf) {
    let any = false;
    for (let y = 0; y < NTAGS; y++) if (Math.abs(w[r * NTAGS + y]! - u[r * NTAGS + y]! / c) > 1e-6) any = true;
    if (any) keep.push([key, r]);
  }
  const rows = HashTable.withCapacity(keep.length);
  const weights = new Float32Array(keep.length * NTAGS);
  keep.forEach(([key, r], k) => {
    rows.set(key, k + 1);
    for (let y = 0; y < NTAGS; y++) weights[k * NTAGS + y] = w[r * NTAGS + y]! - u[r * NTAGS + y]! / c;
  });
  return new NerModel(rows, weights);
}
