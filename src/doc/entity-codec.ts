/**
 * An article's entity mentions packed, where they are stored (the `doc` JSON of both stores) and
 * where they cross from a worker thread to the main thread. As objects an article's thirty-odd
 * mentions repeat their text (a slice of the article's) and their entity's id, name and English
 * name every time: 2.2 KB of JSON an article on the dev corpora, two fifths of the stored document,
 * and as much structured clone between threads. Packed: five numbers a mention and each linked
 * entity once; the text is sliced back from the article (or from its credit).
 *
 * `NewsDoc.entities` stays a list of objects for every reader: packing is a storage and transport
 * form only, and a document stored before it (a list) is read as it is.
 */
import type { EntityMention, EntityRef } from './news-doc.js';

const TYPES: readonly EntityMention['type'][] = ['PER', 'LOC', 'ORG', 'MISC', 'ROLE'];
const TYPE_INDEX = new Map(TYPES.map((t, i) => [t, i]));

/** Numbers a mention takes in `m`. */
const STRIDE = 5;

export interface PackedEntities {
  /**
   * Per mention, in order: its start (the gap from the previous mention's start, which is negative
   * only where the credit's mentions begin), its length, its type (index into PER, LOC, ORG, MISC,
   * ROLE), its entity (index into `e` + 1; 0 when not linked), and 1 when it is in the credit.
   */
  m: number[] | Int32Array;
  /** The linked entities, each once: `[id, name]` or `[id, name, en]`. */
  e: ([string, string] | [string, string, string])[];
  /** A mention's text where it is not the slice of its offsets (by mention number; none in practice). */
  t?: Record<number, string>;
}

/** Mentions packed against the article's text and credit. */
export function packEntities(mentions: readonly EntityMention[], text: string, credit: string | undefined, typed = false): PackedEntities {
  const m = typed ? new Int32Array(mentions.length * STRIDE) : new Array<number>(mentions.length * STRIDE);
  const e: PackedEntities['e'] = [];
  // an entity by its id (its first row), else by its whole row (an id written with another name)
  const byId = new Map<string, number>();
  const index = new Map<string, number>();
  const odd: Record<number, string> = {};
  let prev = 0;
  mentions.forEach((x, i) => {
    let ref = 0;
    if (x.entity) {
      const { id, name, en } = x.entity;
      ref = byId.get(id) ?? 0;
      const row = ref === 0 ? undefined : e[ref - 1]!;
      if (row && (row[1] !== name || (row[2] ?? '') !== (en ?? ''))) {
        const key = `${id}\u0000${name}\u0000${en ?? ''}`;
        ref = index.get(key) ?? 0;
        if (ref === 0) {
          e.push(en !== undefined ? [id, name, en] : [id, name]);
          index.set(key, (ref = e.length));
        }
      } else if (!row) {
        e.push(en !== undefined ? [id, name, en] : [id, name]);
        byId.set(id, (ref = e.length));
      }
    }
    const o = i * STRIDE;
    m[o] = x.start - prev;
    m[o + 1] = x.end - x.start;
    m[o + 2] = TYPE_INDEX.get(x.type)!;
    m[o + 3] = ref;
    m[o + 4] = x.in === 'credit' ? 1 : 0;
    prev = x.start;
    const from = x.in === 'credit' ? (credit ?? '') : text;
    // compared in place (as `from.slice(x.start, x.end) !== x.text`, without a new string)
    if (x.start < 0 || x.end - x.start !== x.text.length || !from.startsWith(x.text, x.start)) {
      if (from.slice(x.start, x.end) !== x.text) odd[i] = x.text;
    }
  });
  return Object.keys(odd).length > 0 ? { m, e, t: odd } : { m, e };
}

/** The mentions back, as the `entities` stage gave them. */
export function unpackEntities(p: PackedEntities, text: string, credit: string | undefined): EntityMention[] {
  const refs: EntityRef[] = p.e.map(([id, name, en]) => (en !== undefined ? { id, name, en } : { id, name }));
  const n = p.m.length / STRIDE;
  const out = new Array<EntityMention>(n);
  let start = 0;
  for (let i = 0; i < n; i++) {
    const o = i * STRIDE;
    start += p.m[o]!;
    const end = start + p.m[o + 1]!;
    const inCredit = p.m[o + 4] === 1;
    const ref = p.m[o + 3]!;
    const mention: EntityMention = {
      start,
      end,
      type: TYPES[p.m[o + 2]!]!,
      text: p.t?.[i] ?? (inCredit ? (credit ?? '') : text).slice(start, end),
    };
    if (ref > 0) mention.entity = refs[ref - 1]!;
    if (inCredit) mention.in = 'credit';
    out[i] = mention;
  }
  return out;
}

/** Whether a stored or received `entities` value is packed (a document stored before packing holds a list). */
export function isPacked(v: unknown): v is PackedEntities {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'm' in v;
}

/** A document's stored `entities` (JSON text: packed, or a list in documents stored before packing) as mentions. */
export function storedEntities(json: string, text: string, credit: string | undefined): EntityMention[] {
  const v = JSON.parse(json) as PackedEntities | EntityMention[];
  return isPacked(v) ? unpackEntities(v, text, credit) : v;
}
