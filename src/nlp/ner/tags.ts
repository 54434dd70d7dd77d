/** BIO tags over the four entity types: 0 is O, 1–4 B-PER/LOC/ORG/MISC, 5–8 I-PER/LOC/ORG/MISC. */
export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type NerType = (typeof ENTITY_TYPES)[number];
export const O = 0;
export const NTAGS = 9;
export const TYPE_INDEX: Readonly<Record<NerType, number>> = { PER: 0, LOC: 1, ORG: 2, MISC: 3 };
export const begin = (type: number): number => 1 + type;
export const inside = (type: number): number => 5 + type;
/** The type index of a tag (-1 for O). */
export const typeOf = (tag: number): number => (tag === O ? -1 : (tag - 1) % 4);
export const isInside = (tag: number): boolean => tag >= 5;

/** A tagged span over tokens: tokens [first, last], type index. */
export interface TokenSpan {
  first: number;
  last: number;
  type: number;
}

/** The spans a tag sequence gives (an I without its B starts a span). */
export function spansOfTags(tags: ArrayLike<number>, n: number): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | undefined;
  for (let i = 0; i < n; i++) {
    const tag = tags[i]!;
    if (tag === O) {
      cur = undefined;
      continue;
    }
    const type = typeOf(tag);
    if (isInside(tag) && cur && cur.type === type) cur.last = i;
    else out.push((cur = { first: i, last: i, type }));
  }
  return out;
}
