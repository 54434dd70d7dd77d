/**
 * Near-duplicate detection: syndicated copies and light rewrites of one article (a new title, a
 * trimmed paragraph, another byline) are recognised with MinHash signatures over shingles of
 * folded syllables, found through LSH banding, and kept as copies of the earliest article.
 */
import { placedBody, syllables } from './features.js';
import { mix32 } from './hash.js';

/** Near-duplicate thresholds and signature shape. */
export interface DedupParams {
  /** Syllables per shingle. Range 2..8; default 4 (long enough that shared phrases of one topic rarely match). */
  shingleSize: number;
  /** LSH bands. Range 4..64; default 16. `bands × rows` MinHash values make a signature. */
  bands: number;
  /**
   * MinHash values per band. Range 1..16; default 4. With 16 × 4 a pair of Jaccard 0.5 becomes a
   * candidate with probability 0.64, one of 0.7 with 0.98.
   */
  rows: number;
  /**
   * Minimum estimated Jaccard similarity of the shingle sets for a copy. Range 0..1; default 0.6:
   * a copy missing one paragraph of five keeps ~0.8, two stories of one event retold
   * independently stay under 0.2.
   */
  threshold: number;
  /**
   * Bodies shorter than this many syllables are shingled together with the title (so that
   * one-line items repeated verbatim are still recognised). Range 0..100; default 20.
   */
  minBodySyllables: number;
}

export const DEFAULT_DEDUP_PARAMS: Readonly<DedupParams> = Object.freeze({
  shingleSize: 4,
  bands: 16,
  rows: 4,
  threshold: 0.6,
  minBodySyllables: 20,
});

export interface DedupInput {
  id: string;
  title: string;
  body: string;
}

export interface DedupResult {
  /** Id of the earliest article this one copies, when it is a near-duplicate. */
  copyOf?: string;
  /** Estimated Jaccard similarity to the closest indexed article (0 when none is a candidate). */
  similarity: number;
}

/** A MinHash signature: `bands × rows` minima, one per hash permutation. */
export type Signature = Uint32Array;

interface Entry {
  signature: Signature;
  /** The original this entry copies, or its own id when it is an original. */
  root: string;
  /** Insertion order, to prefer the earlier article on ties. */
  seq: number;
}

/** The value of a bin that saw no shingle (never a real value: those are below it). */
const EMPTY = 0xffffffff;

/**
 * MinHash signature of a sequence of syllable hashes, by one-permutation hashing (Li, Owen & Zhang,
 * 2012) with rotation densification (Shrivastava & Li, 2014): each window of `shingleSize`
 * syllables is hashed once (order-sensitive) and falls into one of `bands × rows` bins, each bin
 * keeping its minimum; an empty bin borrows the next non-empty bin's value, shifted by the
 * distance. One hash per shingle instead of one per shingle and permutation. Pure.
 */
export function minhashSignature(syllableHashes: readonly number[], params: DedupParams): Signature {
  const n = params.bands * params.rows;
  const sig = new Uint32Array(n).fill(EMPTY);
  const len = syllableHashes.length;
  const k = Math.min(params.shingleSize, len);
  if (k === 0) return sig;
  for (let i = 0; i + k <= len; i++) {
    let h = syllableHashes[i]!;
    for (let j = 1; j < k; j++) h = mix32(Math.imul(h, 0x01000193) ^ syllableHashes[i + j]!);
    const bin = h % n;
    const v = mix32(h ^ 0x9e3779b9);
    if (v < sig[bin]!) sig[bin] = v;
  }
  // Densify: an empty bin takes the value of the next non-empty bin (circularly), offset by the distance.
  let filled = -1;
  for (let i = 0; i < n; i++) if (sig[i] !== EMPTY) filled = i;
  if (filled === -1) return sig;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let j = i;
    let d = 0;
    while (sig[j] === EMPTY) {
      j = (j + 1) % n;
      d++;
    }
    out[i] = d === 0 ? sig[j]! : mix32(sig[j]! + Math.imul(d, 0x27d4eb2d)) % EMPTY;
  }
  return out;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. Pure. */
export function signatureSimilarity(x: Signature, y: Signature): number {
  let same = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === y[i] && x[i] !== EMPTY) same++;
  return x.length === 0 ? 0 : same / x.length;
}

/**
 * The syllable hashes an article is shingled from: its body, or title and body when the body is
 * shorter than `minBodySyllables` (so one-line items repeated verbatim are still recognised).
 */
export function shingleSource(titleHashes: readonly number[], bodyHashes: readonly number[], params: DedupParams): readonly number[] {
  return bodyHashes.length >= params.minBodySyllables ? bodyHashes : [...titleHashes, ...bodyHashes];
}

/**
 * An index of MinHash signatures. `add` answers whether an article copies one already added (and
 * which original), then indexes it. Articles can be removed (when their story closes) so memory
 * follows the open stories.
 */
export class DuplicateIndex {
  readonly params: DedupParams;
  private readonly entries = new Map<string, Entry>();
  private seq = 0;
  /** One map per band: band hash → ids of the articles with that band. */
  private readonly buckets: Map<number, string[]>[];
  /** Ids indexed, removed or given another original since the last `takeChanged` (once `track` is called). */
  private changed: Set<string> | undefined;

  constructor(params: Partial<DedupParams> = {}) {
    this.params = { ...DEFAULT_DEDUP_PARAMS, ...params };
    this.buckets = Array.from({ length: this.params.bands }, () => new Map<number, string[]>());
  }

  get size(): number {
    return this.entries.size;
  }

  /** Signature of an article under this index's parameters. */
  signature(article: { title: string; body: string }): Signature {
    return minhashSignature(shingleSource(syllables(article.title).hash, syllables(placedBody(article.body)).hash, this.params), this.params);
  }

  /** Finds the closest indexed article to `signature` among the LSH candidates. */
  query(signature: Signature): { id?: string; similarity: number } {
    const seen = new Set<string>();
    let best: string | undefined;
    let bestSim = 0;
    for (let band = 0; band < this.params.bands; band++) {
      const ids = this.buckets[band]!.get(bandHash(signature, band, this.params.rows));
      if (!ids) continue;
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        const sim = signatureSimilarity(signature, this.entries.get(id)!.signature);
        // Ties go to the earlier-added article (ids arrive in order, the first seen wins).
        if (sim > bestSim || (sim === bestSim && best !== undefined && this.entries.get(id)!.seq < this.entries.get(best)!.seq)) {
          bestSim = sim;
          best = id;
        }
      }
    }
    return best === undefined ? { similarity: 0 } : { id: best, similarity: bestSim };
  }

  /** Checks `article` against the index, then adds it. */
  add(article: DedupInput, signature: Signature = this.signature(article)): DedupResult {
    const found = this.query(signature);
    let result: DedupResult = { similarity: found.similarity };
    let root = article.id;
    if (found.id !== undefined && found.similarity >= this.params.threshold) {
      root = this.entries.get(found.id)!.root;
      result = { copyOf: root, similarity: found.similarity };
    }
    this.insert(article.id, signature, root);
    return result;
  }

  /** Indexes a signature without querying (for restoring state: `seq`, its place in insertion order). */
  insert(id: string, signature: Signature, root: string = id, seq = this.seq): void {
    if (this.entries.has(id)) this.remove(id);
    this.entries.set(id, { signature, root, seq });
    this.seq = Math.max(this.seq, seq + 1);
    this.changed?.add(id);
    if (isEmpty(signature)) return;
    for (let band = 0; band < this.params.bands; band++) {
      const key = bandHash(signature, band, this.params.rows);
      const m = this.buckets[band]!;
      const ids = m.get(key);
      if (ids) ids.push(id);
      else m.set(key, [id]);
    }
  }

  /** Forgets an article. */
  remove(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    this.changed?.add(id);
    if (isEmpty(e.signature)) return;
    for (let band = 0; band < this.params.bands; band++) {
      const key = bandHash(e.signature, band, this.params.rows);
      const m = this.buckets[band]!;
      const ids = m.get(key);
      if (!ids) continue;
      const i = ids.indexOf(id);
      if (i >= 0) ids.splice(i, 1);
      if (ids.length === 0) m.delete(key);
    }
  }

  /** Gives an indexed article another original (its original left); its place in the index is kept. */
  reroot(id: string, root: string): void {
    const e = this.entries.get(id);
    if (e) e.root = root;
    this.changed?.add(id);
  }

  /** Starts recording the ids that change (for a store that saves only those). */
  track(): void {
    this.changed ??= new Set();
  }

  /** The ids changed since the last call (every id indexed, with `all`), cleared. */
  takeChanged(all = false): string[] {
    const out = all ? [...this.entries.keys()] : [...(this.changed ?? [])];
    this.changed?.clear();
    return out;
  }

  /** Snapshot for persistence: `[id, signature, root]` in insertion order. */
  toJSON(): { params: DedupParams; entries: [string, number[], string][] } {
    const entries = [...this.entries.entries()]
      .sort((a, b) => a[1].seq - b[1].seq)
      .map(([id, e]) => [id, Array.from(e.signature), e.root] as [string, number[], string]);
    return { params: this.params, entries };
  }

  static fromJSON(json: { params: DedupParams; entries: [string, number[], string][] }): DuplicateIndex {
    const d = new DuplicateIndex(json.params);
    for (const [id, sig, root] of json.entries) d.insert(id, Uint32Array.from(sig), root);
    return d;
  }

  /** The stored signature and original of an article, and its place in insertion order, if indexed. */
  entry(id: string): { signature: Signature; root: string; seq: number } | undefined {
    return this.entries.get(id);
  }
}

function isEmpty(sig: Signature): boolean {
  return sig.length === 0 || sig[0] === EMPTY;
}

function bandHash(sig: Signature, band: number, rows: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let r = 0; r < rows; r++) {
    h ^= sig[band * rows + r]!;
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}
