/**
 * Small, fast, deterministic 32-bit hashes for feature hashing and MinHash. No randomness: the same
 * string gives the same number on every machine and every run.
 */

/** FNV-1a over UTF-16 code units, finished with murmur3's avalanche so low bits are usable. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** murmur3 fmix32: a bijection on 32-bit integers that spreads every input bit over the output. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
