/**
 * The knowledge base: entities read from JSONL files (data/kb/*.jsonl and the user's own, docs/KB.md),
 * an index of every alias by its folded key, and the offices people held. `candidates('Tập Cận Bình')`
 * gives Xi Jinping; `holder('Chủ tịch', 'Trung Quốc', '2021-03-24')` gives him too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasKey, matchAlias, type MatchQuality } from './keys.js';
import { hanVietNames, isHanName, loadHanViet, type HanVietTable } from './hanviet.js';
import { aliasesOf } from './variants.js';
import { entrySchema, type Alias, type AliasKind, type Entry, type EntityType, type Office } from './types.js';
import { ROLE_IDS, TITLES, type RoleId } from '../lexicon/roles.js';

export type { Alias, AliasKind, Entry, EntityType, Office } from './types.js';
export type { MatchQuality } from './keys.js';
export { aliasKey, matchAlias } from './keys.js';

/** data/kb at the package root (this file is dist/src/nlp/ner/kb/index.js). */
export const DEFAULT_KB_DIR = fileURLToPath(new URL('../../../../../data/kb', import.meta.url));
export const HANVIET_FILE = 'hanviet.tsv';

export interface Candidate {
  entity: Entry;
  /** The alias that matched, as written in the KB. */
  alias: Alias;
  match: MatchQuality;
  /** False when the entity (a province before the merger) or the alias (a title) is not valid at the date asked. */
  current: boolean;
  /** True for a person holding one of the KB's offices at the date asked (ranked first among equals). */
  inOffice: boolean;
}

export interface LookupOptions {
  /** The article's date (ISO; only the day is read): ranks entities valid then first. */
  date?: string;
  /** Ignore case altogether (lower-cased text). */
  anyCase?: boolean;
  types?: readonly EntityType[];
  /** Leave out these kinds of alias (e.g. `short`, outside an article's context). */
  exclude?: readonly AliasKind[];
}

export interface RoleMention {
  roles: readonly RoleId[];
  /** The country or organisation the role is of (a capital standing for its country is followed). */
  of: Entry;
  /** Who held it at the date, the most likely first; empty when the KB does not know. */
  holders: Entry[];
}

export interface KnowledgeBase {
  readonly size: number;
  get(id: string): Entry | undefined;
  entries(): IterableIterator<Entry>;
  /** Every alias of an entity, written and generated. */
  aliases(id: string): readonly Alias[];
  /** The entities a surface may name, best first, one candidate per entity. */
  candidates(surface: string, opts?: LookupOptions): Candidate[];
  /** The most words any alias has. */
  readonly maxWords: number;
  /**
   * The longest alias starting at `words[at]` (words as the text writes them, one syllable or
   * token each), with its candidates: `['Trung', 'Quốc', 'Tập', 'Cận', 'Bình']` at 0 gives the two
   * words of `Trung Quốc`, at 2 the three of `Tập Cận Bình`. What a tagger needs to split a
   * segmenter's word that joined two names. Undefined when no alias starts there.
   */
  longestAt(words: readonly string[], at: number, opts?: LookupOptions): { length: number; candidates: Candidate[] } | undefined;
  /** Who held a role (a role id or a title such as `Chủ tịch`) of an entity (an id or a name) at a date. */
  holder(role: string, of: string, date: string): Entry[];
  /** Reads a role mention (`Chủ tịch Trung Quốc`, `Ngoại trưởng Mỹ`) and resolves it at the date. */
  role(surface: string, date: string): RoleMention | undefined;
  /** Entity counts by type and by source. */
  stats(): { entities: number; aliases: number; keys: number; byType: Record<string, number>; bySource: Record<string, number> };
}

/**
 * Parses a JSONL file's text into entries; a bad line is an error naming the file and line. With
 * `trusted`, lines are not checked against the schema (the shipped files: the tests check them),
 * which saves most of the load time.
 */
export function parseEntries(text: string, file = '<input>', trusted = false): Entry[] {
  const out: Entry[] = [];
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(t);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not JSON: ${(e as Error).message}`);
    }
    if (trusted) {
      const e = json as Entry;
      e.aliases ??= [];
      out.push(e);
      return;
    }
    const r = entrySchema.safeParse(json);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new Error(`${file}:${i + 1}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
    }
    out.push(r.data);
  });
  return out;
}

export interface LoadOptions {
  /** The shipped files' folder (every *.jsonl in it, in `shippedFiles` order); default data/kb. */
  dir?: string;
  /** The user's own files, read after the shipped ones: an entry with a shipped id replaces it. */
  extra?: readonly string[];
  /** Skip the shipped files (tests, or a KB entirely the user's). */
  noDefaults?: boolean;
}

const loaded = new Map<string, KnowledgeBase>();

/** Loads the shipped KB and the user's files (once per set of options: the KB is read-only). */
export function loadKnowledgeBase(opts: LoadOptions = {}): KnowledgeBase {
  const key = JSON.stringify([opts.dir, opts.extra, opts.noDefaults]);
  let kb = loaded.get(key);
  if (!kb) loaded.set(key, (kb = readKnowledgeBase(opts)));
  return kb;
}

/** Reads the files afresh (after the user's file changed). */
export function readKnowledgeBase(opts: LoadOptions = {}): KnowledgeBase {
  const dir = opts.dir ?? DEFAULT_KB_DIR;
  const shipped = opts.noDefaults ? [] : shippedFiles(dir);
  const entries = [
    ...shipped.flatMap((f) => parseEntries(readFileSync(f, 'utf8'), f, dir === DEFAULT_KB_DIR)),
    ...(opts.extra ?? []).flatMap((f) => parseEntries(readFileSync(f, 'utf8'), f)),
  ];
  const needsHanViet = entries.some((e) => e.zh);
  return buildKnowledgeBase(entries, needsHanViet ? loadHanViet(join(DEFAULT_KB_DIR, HANVIET_FILE)) : undefined);
}

/**
 * The KB files of a folder: every *.jsonl, in order of their names without the extension, so that a
 * file comes before those that extend its name (`editorial-people` before `editorial-people-world`,
 * `editorial-orgs` before `editorial-orgs-news`): file order breaks the last ties between candidates,
 * and a newer file added beside an older one must not take the older one's ties.
 */
export function shippedFiles(dir: string = DEFAULT_KB_DIR): string[] {
  const stem = (f: string): string => f.slice(0, -'.jsonl'.length);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort((a, b) => (stem(a) < stem(b) ? -1 : stem(a) > stem(b) ? 1 : 0))
    .map((f) => join(dir, f));
}

let subtypes: Map<string, string> | undefined;

/**
 * The shipped entities' subtypes by id, read from the files alone: what story placement asks of
 * the knowledge base, without building its alias index and Sino-Vietnamese readings (a few
 * milliseconds against 150–470).
 */
export function shippedSubtypes(): ReadonlyMap<string, string> {
  if (!subtypes) {
    subtypes = new Map();
    for (const f of shippedFiles()) for (const e of parseEntries(readFileSync(f, 'utf8'), f, true)) if (e.subtype) subtypes.set(e.id, e.subtype);
  }
  return subtypes;
}

// Partial dates: a start reads as its first day, an end as its last.
const startDay = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const endDay = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
/** Whether `day` lies in [from, to): `to` is the first day out (the successor's `from`). */
export function within(day: string, from?: string, to?: string): boolean {
  if (from && day < startDay(from)) return false;
  if (to && day >= endDay(to)) return false;
  return true;
}

const MAX_TITLE_WORDS = Math.max(...Object.keys(TITLES).map((t) => t.split(' ').length));
const KIND_RANK: Record<AliasKind, number> = { name: 0, alias: 1, en: 2, hanviet: 3, variant: 4, title: 5, short: 6 };
const MATCH_RANK: Record<MatchQuality, number> = { exact: 0, case: 1, folded: 2 };

interface Posting {
  entity: number;
  alias: Alias;
}

/** Builds the KB over entries in memory; later entries replace earlier ones with the same id. */
export function buildKnowledgeBase(input: readonly Entry[], hanviet?: HanVietTable): KnowledgeBase {
  const byId = new Map<string, Entry>();
  for (const e of input) byId.set(e.id, e);
  const list = [...byId.values()];
  const aliasLists = list.map((e) => aliasesOf(e, hanviet));
  const index = new Map<string, Posting[]>();
  let aliasCount = 0;
  aliasLists.forEach((aliases, entity) => {
    for (const alias of aliases) {
      const key = aliasKey(alias.text);
      if (key === '') continue;
      aliasCount++;
      let p = index.get(key);
      if (!p) index.set(key, (p = []));
      p.push({ entity, alias });
    }
  });
  const position = new Map(list.map((e, i) => [e.id, i]));
  const offices = new Map<string, { entity: Entry; office: Office }[]>();
  for (const e of list) {
    for (const office of e.offices ?? []) {
      const k = `${office.role} ${office.of}`;
      if (!offices.has(k)) offices.set(k, []);
      offices.get(k)!.push({ entity: e, office });
    }
  }
  let maxWords = 1;
  for (const key of index.keys()) maxWords = Math.max(maxWords, key.split(' ').length);
  const titleKeys = new Map<string, readonly RoleId[]>(Object.entries(TITLES).map(([t, roles]) => [aliasKey(t), roles]));
  // an office's own title names its role too (`Giáo hoàng`, `Quốc vương`, `Nhật hoàng`)
  for (const e of list) {
    for (const o of e.offices ?? []) {
      if (!o.title) continue;
      const key = aliasKey(o.title);
      const roles = titleKeys.get(key) ?? [];
      if (!roles.includes(o.role as RoleId)) titleKeys.set(key, [...roles, o.role as RoleId]);
    }
  }

  function candidates(surface: string, opts: LookupOptions = {}): Candidate[] {
    const postings = index.get(aliasKey(surface));
    if (!postings) return hanviet && isHanName(surface) ? byReading(surface, opts) : [];
    const day = opts.date?.slice(0, 10);
    const best = new Map<number, Candidate>();
    for (const p of postings) {
      if (opts.exclude?.includes(p.alias.kind)) continue;
      const entity = list[p.entity]!;
      if (opts.types && !opts.types.includes(entity.type)) continue;
      const match = matchAlias(surface, p.alias.text, opts);
      if (!match) continue;
      const current = !day || (within(day, entity.validFrom, entity.validTo) && within(day, p.alias.from, p.alias.to));
      const inOffice = !!day && (entity.offices ?? []).some((o) => within(day, o.from, o.to));
      const c: Candidate = { entity, alias: p.alias, match, current, inOffice };
      const prev = best.get(p.entity);
      if (!prev || compare(c, prev) < 0) best.set(p.entity, c);
    }
    return [...best.values()].sort(compare);
  }

  /**
   * A name written in Chinese characters (`习近平`, `習近平`), by its Sino-Vietnamese readings: the
   * entities one of them names in full (`Tập Cận Bình`, `Trung Quốc` for 中国), first reading first;
   * never a call name or a title (`福` is not `Phúc`).
   */
  function byReading(surface: string, opts: LookupOptions): Candidate[] {
    const out = new Map<string, Candidate>();
    const full: LookupOptions = { ...opts, exclude: [...(opts.exclude ?? []), 'short', 'title'] };
    for (const reading of hanVietNames(surface, hanviet!)) for (const c of candidates(reading, full)) if (!out.has(c.entity.id)) out.set(c.entity.id, c);
    return [...out.values()];
  }

  function compare(a: Candidate, b: Candidate): number {
    return (Number(b.current) - Number(a.current))
      || (MATCH_RANK[a.match] - MATCH_RANK[b.match])
      || (Number(b.inOffice) - Number(a.inOffice))
      || (KIND_RANK[a.alias.kind] - KIND_RANK[b.alias.kind])
      || (position.get(a.entity.id)! - position.get(b.entity.id)!);
  }

  function longestAt(words: readonly string[], at: number, opts: LookupOptions = {}) {
    for (let n = Math.min(maxWords, words.length - at); n >= 1; n--) {
      const found = candidates(words.slice(at, at + n).join(' '), opts);
      if (found.length > 0) return { length: n, candidates: found };
    }
    return undefined;
  }

  /** An entity id, or the place or organisation a name gives (a capital standing for its country followed). */
  function resolveOf(of: string, day: string): Entry | undefined {
    const direct = byId.get(of);
    if (direct) return direct;
    const c = candidates(of, { date: day, types: ['LOC', 'ORG'], exclude: ['short', 'title'] })[0];
    if (!c) return undefined;
    return c.entity.metonymFor ? byId.get(c.entity.metonymFor) ?? c.entity : c.entity;
  }

  function rolesOf(role: string): readonly RoleId[] {
    if ((ROLE_IDS as readonly string[]).includes(role)) return [role as RoleId];
    return titleKeys.get(aliasKey(role)) ?? [];
  }

  function holdersOf(roles: readonly RoleId[], of: Entry, day: string): Entry[] {
    for (const role of roles) {
      const found = (offices.get(`${role} ${of.id}`) ?? [])
        .filter((h) => within(day, h.office.from, h.office.to))
        .sort((a, b) => Number(!!a.office.acting) - Number(!!b.office.acting) || (b.office.from ?? '').localeCompare(a.office.from ?? ''));
      if (found.length > 0) return [...new Set(found.map((h) => h.entity))];
    }
    return [];
  }

  function holder(role: string, of: string, date: string): Entry[] {
    const day = date.slice(0, 10);
    const ofEntity = resolveOf(of, day);
    return ofEntity ? holdersOf(rolesOf(role), ofEntity, day) : [];
  }

  function role(surface: string, date: string): RoleMention | undefined {
    const day = date.slice(0, 10);
    const words = surface.trim().split(/\s+/);
    // the longest title opening the surface, the rest naming the country or organisation
    for (let n = Math.min(words.length - 1, MAX_TITLE_WORDS); n >= 1; n--) {
      const roles = titleKeys.get(aliasKey(words.slice(0, n).join(' ')));
      if (!roles) continue;
      const of = resolveOf(words.slice(n).join(' '), day);
      if (!of) return undefined;
      return { roles, of, holders: holdersOf(roles, of, day) };
    }
    return undefined;
  }

  function stats() {
    const byType: Record<string, number> = {};
    const bySource: Record<string, number> = {};
    for (const e of list) {
      byType[e.type] = (byType[e.type] ?? 0) + 1;
      bySource[e.source] = (bySource[e.source] ?? 0) + 1;
    }
    return { entities: list.length, aliases: aliasCount, keys: index.size, byType, bySource };
  }

  return {
    size: list.length,
    get: (id) => byId.get(id),
    entries: () => list[Symbol.iterator](),
    aliases: (id) => {
      const i = position.get(id);
      return i === undefined ? [] : aliasLists[i]!;
    },
    candidates,
    maxWords,
    longestAt,
    holder,
    role,
    stats,
  };
}
