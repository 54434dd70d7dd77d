/**
 * Entity linking: each mention to a knowledge-base entity, in the article's order and at its date.
 * In order, for each mention:
 * 1. its full name (`Tập Cận Bình`, `Triều Tiên`, `KCNA`), valid at the date, of its type;
 * 2. without its head (`hãng tin AP` → `AP`, `báo Newsweek` → `Newsweek`);
 * 3. a short form (`ông Kim`, `ông Tập`, `chính quyền Biden`): an entity already named in the
 *    article first, else the KB's first current holder of that short name;
 * 4. a phonetic spelling no alias lists (`Pu-tin`, `Oa-sinh-tơn`): the Latin name it sounds like
 *    (kb/phonetic.ts), for a PER or LOC with no candidate;
 * and a role with its country and no name after it (`Chủ tịch Trung Quốc`, `Ngoại trưởng Mỹ`)
 * becomes a ROLE mention linked to the holder at the date. Unknown names stay, unlinked.
 */
import type { Candidate, Entry, KnowledgeBase } from './kb/index.js';
import { phoneticMatch } from './kb/phonetic.js';
import { TITLES } from './lexicon/roles.js';
import { ArticleNames, type EntitySpan } from './recognise.js';
import type { EntityMention, EntityRef as LinkedEntity } from '../../doc/news-doc.js';

export type { EntityMention, EntityRef as LinkedEntity } from '../../doc/news-doc.js';

export interface LinkOptions {
  /** The article's date (ISO): offices and places valid then. */
  date?: string;
}

/** What an article has named so far: its entities, for short forms later in it. */
export class ArticleContext {
  readonly seen = new Map<string, Entry>();
  /** The names found so far, for the recogniser to find again (a given name alone; whole names when `FIND_NAMES_AGAIN`). */
  readonly names = new ArticleNames();
}

const HEADS = /^(?:hãng thông tấn|hãng tin|thông tấn xã|báo|tờ|tạp chí|đài|kênh|hãng|tổ chức|đảng|tập đoàn|công ty|ngân hàng)\s+/iu;
/**
 * Place heads naming the place itself (`tỉnh Vân Nam` is Yunnan, `quần đảo Hoàng Sa` the Paracels),
 * not a port or an airport named after it.
 */
const PLACE_HEADS = /^(?:tỉnh|thành phố|TP\.?|khu tự trị|sông|quần đảo|đảo|bán đảo)\s+/iu;
/** The titles, longest first, lower case, each with the space that ends it. */
const titleList = Object.keys(TITLES).sort((a, b) => b.length - a.length).map((t) => `${t.toLowerCase()} `);

export function toLinked(e: Entry): LinkedEntity {
  return e.en ? { id: e.id, name: e.name, en: e.en } : { id: e.id, name: e.name };
}

/** Of the candidates of the type, the first the article named, else the first current one, else the first (one pass, no list made). */
function pick(found: Candidate[], type: string, ctx: ArticleContext): Entry | undefined {
  let first: Candidate | undefined;
  let current: Candidate | undefined;
  for (const c of found) {
    if (!(c.entity.type === type || (type !== 'PER' && c.entity.type !== 'PER'))) continue;
    if (ctx.seen.has(c.entity.id)) return c.entity;
    first ??= c;
    if (c.current) current ??= c;
  }
  return (current ?? first)?.entity;
}

/**
 * The KB's candidates for a surface, remembered (news repeats its names: most lookups are repeats,
 * and a lookup normalises and folds the surface and checks each alias). The KB is read-only, so a
 * remembered answer stays right; `pick` still prefers what the article named.
 */
const CANDIDATE_CACHE_LIMIT = 50_000;
/**
 * Per KB, by look-up kind (all aliases, or without short forms and titles): the answers that hold at
 * any date by surface, and the others by surface then day. Keyed by the surface itself, not a string
 * joined from it (a join is a new string, hashed again at every look-up).
 */
interface CandidateCache {
  anyDay: [Map<string, Candidate[]>, Map<string, Candidate[]>];
  dated: [Map<string, Map<string, Candidate[]>>, Map<string, Map<string, Candidate[]>>];
  size: number;
}
const candidateCache = new WeakMap<KnowledgeBase, CandidateCache>();
function cachedCandidates(kb: KnowledgeBase, surface: string, date: string | undefined, all: boolean): Candidate[] {
  let cache = candidateCache.get(kb);
  if (!cache) candidateCache.set(kb, (cache = newCache()));
  const kind = all ? 1 : 0;
  // most answers hold at any date: remembered without it, so that articles of other days find them
  let found = cache.anyDay[kind].get(surface);
  if (found) return found;
  const day = date?.slice(0, 10) ?? '';
  const byDay = cache.dated[kind].get(surface);
  found = byDay?.get(day);
  if (!found) {
    found = kb.candidates(surface, all ? { date } : { date, exclude: ['short', 'title'] });
    if (cache.size >= CANDIDATE_CACHE_LIMIT) candidateCache.set(kb, (cache = newCache()));
    if (found.every(undated)) cache.anyDay[kind].set(surface, found);
    else if (byDay) byDay.set(day, found);
    else cache.dated[kind].set(surface, new Map([[day, found]]));
    cache.size++;
  }
  return found;
}

function newCache(): CandidateCache {
  return { anyDay: [new Map(), new Map()], dated: [new Map(), new Map()], size: 0 };
}

/**
 * A candidate the date does not change: no validity, no dated alias, no office. When every
 * candidate of a surface is such, the lookup gives the same list at any date (the date only sets
 * `current` and `inOffice`, and through them the order).
 */
function undated(c: Candidate): boolean {
  return !c.entity.validFrom && !c.entity.validTo && !c.alias.from && !c.alias.to && !c.entity.offices?.length;
}

/** The entity a mention names, if the KB knows it. */
export function linkMention(kb: KnowledgeBase, surface: string, type: string, ctx: ArticleContext, opts: LinkOptions = {}): Entry | undefined {
  if (type === 'MISC') return pick(cachedCandidates(kb, surface, opts.date, false), type, ctx);
  const full = pick(cachedCandidates(kb, surface, opts.date, false), type, ctx);
  if (full) return full;
  const headless = surface.replace(type === 'LOC' ? PLACE_HEADS : HEADS, '');
  if (headless !== surface) {
    const e = pick(cachedCandidates(kb, headless, opts.date, false), type, ctx);
    if (e) return e;
  }
  if (type !== 'PER') return undefined;
  // `Putin`, `Thủ tướng Chính`; `Tập`, `Kim` are short names with their honorific (`ông Tập`)
  for (const form of [surface, `ông ${surface}`, `bà ${surface}`]) {
    const e = pick(cachedCandidates(kb, form, opts.date, true), type, ctx);
    if (e) return e;
  }
  return undefined;
}

/**
 * The person whose whole name (written, or read from `zh`; not a short form or a title) a surface of
 * two words or more is, exactly as written, when only one person has it.
 */
function wholePersonName(kb: KnowledgeBase, surface: string, date: string | undefined): Entry | undefined {
  if (!/\s/.test(surface)) return undefined;
  const people = cachedCandidates(kb, surface, date, false).filter((c) => c.entity.type === 'PER' && c.match === 'exact');
  return people.length === 1 ? people[0]!.entity : undefined;
}

/**
 * Links spans of `text` (sorted by start) and adds the ROLE mentions; `ctx` carries what the
 * article named before (the same context over all its blocks, in order).
 */
export function linkSpans(kb: KnowledgeBase, text: string, spans: readonly EntitySpan[], ctx: ArticleContext, opts: LinkOptions = {}): EntityMention[] {
  const out: EntityMention[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const surface = text.slice(s.start, s.end);
    const m: EntityMention = { start: s.start, end: s.end, type: s.type, text: surface };
    let e = linkMention(kb, surface, s.type, ctx, opts);
    if (!e && (s.type === 'LOC' || s.type === 'ORG')) {
      // `Hồ Cẩm Đào` read as a lake, `Phrăng-xoa Ô-lăng` as an organisation: a person's whole name is a PER
      e = wholePersonName(kb, surface, opts.date);
      if (e) m.type = 'PER';
    }
    // `Pu-tin`, `Oa-sinh-tơn` that no alias lists: the Latin name it sounds like
    if (!e && (s.type === 'PER' || s.type === 'LOC')) e = phoneticMatch(kb, surface, s.type);
    if (e) {
      m.entity = toLinked(e);
      ctx.seen.set(e.id, e);
    }
    // `Chủ tịch Trung Quốc chúc mừng`: a title before a place or an organisation, no name after it
    let role: EntityMention | undefined;
    if (opts.date && (s.type === 'LOC' || s.type === 'ORG')) {
      const next = spans[k + 1];
      const nameFollows = next !== undefined && next.type === 'PER' && /^\s*$/.test(text.slice(s.end, next.start));
      role = nameFollows ? undefined : roleBefore(kb, text, s, opts.date);
    }
    // the role then the mention, through one call: a call first made after optimisation (a
    // role's own push) deoptimised the article's whole stage, compiled again
    for (let r = role ? 0 : 1; r < 2; r++) out.push(r === 0 ? role! : m);
  }
  return out;
}

/** The ROLE mention ending with span `s` (`Ngoại trưởng Mỹ`), linked to the holder at the date. */
function roleBefore(kb: KnowledgeBase, text: string, s: EntitySpan, date: string): EntityMention | undefined {
  // a span at the text's start has nothing before it (and reading before it would deoptimise this)
  if (s.start === 0 || text.charCodeAt(s.start - 1) !== 32) return undefined;
  const before = text.slice(Math.max(0, s.start - 40), s.start);
  const low = before.toLowerCase();
  // lower case keeps the length of Vietnamese text (a letter whose lower case is longer: the slow way)
  const lower = low.length === before.length ? low : undefined;
  for (const spaced of titleList) {
    const at = before.length - spaced.length;
    if (at < 0) continue;
    if (lower ? !lower.endsWith(spaced) : before.slice(at).toLowerCase() !== spaced) continue;
    if (at > 0 && /[\p{L}\p{N}]/u.test(before[at - 1]!)) continue;
    const start = s.start - before.length + at;
    const surface = text.slice(start, s.end);
    const r = kb.role(surface, date);
    const holder = r?.holders[0];
    if (!holder) return undefined;
    return { start, end: s.end, type: 'ROLE', text: surface, entity: toLinked(holder) };
  }
  return undefined;
}
