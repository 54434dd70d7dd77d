/**
 * Incremental story clustering: each article, taken in publication order, joins the best-matching
 * open story or starts a new one (the single-pass scheme of Miranda et al., 2018, "Multilingual
 * Clustering of Streaming News", and of Event Registry).
 *
 * An article is a TF-IDF vector of folded syllables and syllable bigrams (title counted
 * `titleWeight` times; IDF updated as articles arrive) plus a vector of entity-like phrases. Its
 * score against a story is the cosine with the story centroid, blended with the entity cosine,
 * times a time decay. Candidate stories come from an inverted index (an article's heaviest terms →
 * stories), never from a scan. Near-duplicates join the story of their original as copies and add
 * no evidence. Stories quiet for `quietDays` close and leave memory, keeping a small summary for
 * relating later stories that share their main actors.
 */
import { featuresOf, syllables, titleTerms } from './features.js';
import { fold } from '../text/fold.js';
import { hashString } from './hash.js';
import { COUNTRIES_AND_REGIONS, GENERIC_ABBREVIATIONS, VIETNAMESE_PLACES } from '../text/lexicon/places.js';
import { DocumentFrequencies } from './idf.js';
import { DuplicateIndex, minhashSignature, shingleSource } from './dedup.js';
import { clusterParams, type ClusterParams } from './params.js';
import { gapDays, storyScore } from './score.js';
import { articleVector, Centroid, heaviestTerms, type ArticleVector, type CentroidJSON } from './centroid.js';

export interface ClusterInput {
  id: string;
  title: string;
  body: string;
  /** ISO 8601; missing or unparsable means undated. */
  publishedAt?: string;
}

export interface Assignment {
  /** The article's id. */
  id: string;
  /** The story it was placed in. */
  story: string;
  /** When the article is a near-duplicate: the id of the earliest article it copies. */
  copyOf?: string;
  /** True when the article started the story. */
  newStory: boolean;
  /**
   * For a copy, the estimated Jaccard similarity to the original; otherwise the score against
   * the best candidate story (below the threshold when `newStory`), 0 when there was none.
   */
  similarity: number;
  /**
   * False when the article had no usable date: it was then compared with the open stories by
   * content, with the fixed `undatedDecay` factor instead of a time decay, and it does not move
   * the stream's clock.
   */
  dated: boolean;
}

export interface StoryMember {
  id: string;
  title: string;
  copyOf?: string;
  publishedAt?: string;
}

export interface StorySummary {
  id: string;
  /** The member title closest to the story centroid (ties: the earliest). */
  headline: string;
  headlineId: string;
  /** Members in arrival order, copies included. */
  articles: StoryMember[];
  /** ISO time of the first and last dated members, when any. */
  first?: string;
  last?: string;
  /** Main actors: folded entity phrases with the highest count × IDF. */
  entities: string[];
  /**
   * Stories (open or closed) sharing at least `relatedMinShared` main actors, most shared first.
   * Actors here leave out places, currencies and generic abbreviations (`lexicon/places.ts`).
   */
  related: { story: string; headline: string; shared: string[] }[];
  open: boolean;
}

interface Member {
  id: string;
  title: string;
  titleTerms: Map<number, number>;
  copyOf?: string;
  time?: number;
  /** The article's evidence, kept `splitDays` (for splitting its story); none for copies. */
  placed?: Placed;
  /** Stream time at which `placed` is dropped; none for an undated article placed before any dated one (dropped at `settle`). */
  keepUntil?: number;
}

interface Story {
  id: string;
  seq: number;
  first?: number;
  last?: number;
  centroid: Centroid;
  entityCentroid: Centroid;
  /** The members' title vectors (copies excluded), for the headline similarity. */
  titleCentroid: Centroid;
  /** Entity phrase → mentions in the member articles (title mentions weighted as title terms). */
  entityCounts: Map<number, number>;
  /** Entity phrase hash → its folded text. */
  entityNames: Map<number, string>;
  keys: Set<number>;
  members: Member[];
  closed: boolean;
  /** Membership changes so far, and the count at the last split check (not saved: a check is a function of the members). */
  changes?: number;
  checkedAt?: number;
  /** Pairwise similarities of members computed by earlier split checks (not saved: recomputed alike). */
  sims?: SimilarityCache;
}

/** Member similarities, row-major in a `cap × cap` matrix, by the members' order in `members`. */
interface SimilarityCache {
  members: Member[];
  at: Map<Member, number>;
  cap: number;
  sim: Float64Array;
}

/** An article's evidence as placed: what settling needs to take it out of a story and place it again. */
interface Placed {
  id: string;
  time?: number;
  vec: ArticleVector;
  evec: ArticleVector;
  tvec: ArticleVector;
  keys: number[];
  /** Entity phrase → mentions. */
  entities: Map<number, number>;
}

/** A placed article not settled yet, the story it is in, and when it is due to be placed again. */
interface Pending extends Placed {
  story: Story;
  /**
   * Stream time at which it is placed again: `settleDays` after its own time, or for an undated
   * article after the stream's clock when it came; none for an undated article placed before any
   * dated one (then only `settle` places it again).
   */
  due?: number;
}

/** An article's evidence (`Placed` without id and time). */
interface PlacedJSON {
  vec: VectorJSON;
  evec: VectorJSON;
  tvec: VectorJSON;
  keys: number[];
  entities: [number, number][];
}

/** A pending article; its evidence is in its member's when that member keeps it (`splitDays`). */
interface PendingJSON extends Partial<PlacedJSON> {
  id: string;
  time?: number;
  due?: number;
  story: string;
}

/**
 * An article vector: base64 of its tf, idf (float64) and terms (int32), 20 bytes a term, about half
 * the size of decimal numbers and exact; states saved before this hold `[terms, tf, idf]`.
 */
type VectorJSON = string | [number[], number[], number[]];

/** What is kept of a closed story: enough to show it and relate later stories to it. */
interface ArchivedStory {
  id: string;
  headline: string;
  headlineId: string;
  articles: StoryMember[];
  first?: number;
  last?: number;
  /** Actors (see `actors`): hashes, and their names in `actorNames`. */
  main: number[];
  actorNames?: string[];
  /** Main entities shown. */
  mainNames: string[];
}

interface StoryJSON {
  id: string;
  seq: number;
  first?: number;
  last?: number;
  centroid: CentroidJSON;
  entityCentroid: CentroidJSON;
  /** Missing in states saved before headline similarity: rebuilt from the members' titles. */
  titleCentroid?: CentroidJSON;
  entityCounts: [number, number][];
  entityNames: [number, string][];
  keys: number[];
  members: { id: string; title: string; titleTerms: [number, number][]; copyOf?: string; time?: number; placed?: PlacedJSON; keepUntil?: number }[];
  closed: boolean;
}

/** The serialised state of a `StoryClusterer` (plain JSON). */
export interface ClustererJSON {
  version: 1;
  params: ClusterParams;
  keepClosed: boolean;
  clock?: number;
  lastSweep?: number;
  seq: number;
  df: ReturnType<DocumentFrequencies['toJSON']>;
  dedup: ReturnType<DuplicateIndex['toJSON']>;
  open: StoryJSON[];
  closedKept: StoryJSON[];
  archive: ArchivedStory[];
  /** Articles not settled yet (missing in states saved before settling existed). */
  pending?: PendingJSON[];
  /** Ids of the members keeping their evidence, in the order it is dropped (missing before splitting existed). */
  evidence?: string[];
}

export interface ClustererOptions {
  /**
   * Keep closed stories in memory so that undated articles can still join them (dated articles
   * never do). For batch runs (`clusterAll`), where the whole corpus is in memory anyway.
   * Default false: closed stories are dropped.
   */
  keepClosed?: boolean;
}

const DAY_MS = 86_400_000;
/** Articles kept for a second placement at most; past this the oldest is placed again at once (memory bound). */
const MAX_UNSETTLED = 20_000;
/** Articles keeping their evidence for splitting at most (+1,000); past this the oldest drop it early (memory bound). */
const MAX_EVIDENCE = 20_000;
/** Folded names that are no story's actors (places, currencies, generic abbreviations): not used to relate stories. */
const NOT_ACTORS = new Set(
  [...COUNTRIES_AND_REGIONS, ...VIETNAMESE_PLACES, ...GENERIC_ABBREVIATIONS].map((n) => fold(n).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()),
);
/** Every run of two or more words inside a listed place name (`tay ban` of `tay ban nha`). */
const NOT_ACTOR_WINDOWS = new Set<string>();
for (const n of NOT_ACTORS) {
  const w = n.split(' ');
  for (let i = 0; i < w.length; i++) for (let j = i + 2; j <= w.length; j++) if (j - i < w.length) NOT_ACTOR_WINDOWS.add(w.slice(i, j).join(' '));
}

/**
 * An entity phrase as an actor: '' for a place (or part of one), else the phrase with places before
 * and after it taken off. A one-syllable place (`Mỹ`, `Anh`, `Đức`, also given names: `Mỹ Tâm`) is
 * taken off only when two syllables or more remain (`my barack obama` → `barack obama`).
 */
function actorCore(name: string): string {
  let core = actorCores.get(name);
  if (core === undefined) {
    if (actorCores.size >= 100_000) actorCores.clear();
    actorCores.set(name, (core = stripPlaces(name)));
  }
  return core;
}
/** `actorCore` results (names recur across stories; the cache is bounded). */
const actorCores = new Map<string, string>();

function stripPlaces(name: string): string {
  if (NOT_ACTORS.has(name) || NOT_ACTOR_WINDOWS.has(name)) return '';
  let w = name.split(' ');
  for (let changed = true; changed && w.length > 0; ) {
    changed = false;
    for (let k = Math.min(3, w.length); k >= 1; k--) {
      if (k === 1 && w.length < 3) break;
      if (NOT_ACTORS.has(w.slice(0, k).join(' '))) {
        w = w.slice(k);
        changed = true;
        break;
      }
      if (NOT_ACTORS.has(w.slice(w.length - k).join(' '))) {
        w = w.slice(0, w.length - k);
        changed = true;
        break;
      }
    }
  }
  return w.join(' ');
}

/** Share of a window's mentions inside a longer phrase past which the longer phrase stands for it (see `mainEntities`). */
const SUBSUMED = 0.6;

/** Parses an ISO 8601 time; undefined when missing or invalid. */
export function parseTime(s: string | undefined): number | undefined {
  if (s === undefined || s === '') return undefined;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : undefined;
}

function iso(t: number | undefined): string | undefined {
  return t === undefined ? undefined : new Date(t).toISOString();
}

export class StoryClusterer {
  readonly params: ClusterParams;
  private keepClosed: boolean;
  private df: DocumentFrequencies;
  private dedup: DuplicateIndex;
  /** Index term → stories holding it. */
  private readonly index = new Map<number, Set<Story>>();
  /** Open stories, least recently updated first. */
  private readonly open = new Map<string, Story>();
  /** Closed stories kept whole (only with `keepClosed`). */
  private readonly closedKept = new Map<string, Story>();
  /** Article id → its story, for the articles of stories in memory. */
  private readonly articleStory = new Map<string, Story>();
  private readonly archive = new Map<string, ArchivedStory>();
  private clock: number | undefined;
  private lastSweep: number | undefined;
  private seq = 0;
  /** Articles placed but not settled yet, in placement order (the dated ones in publication order). */
  private pending: Pending[] = [];
  /** Undated articles placed before the stream had a clock: placed again by `settle` only. */
  private waiting: Pending[] = [];
  /** Members holding their evidence (`placed`), in the order it is dropped. */
  private evidence: Member[] = [];
  /** Stories split since the last `takeMoves`. */
  private splits = 0;
  private readonly moved = new Map<string, Assignment>();
  private readonly movedFrom = new Set<string>();
  private readonly emptied = new Set<string>();

  constructor(params: Partial<Omit<ClusterParams, 'dedup'>> & { dedup?: Partial<ClusterParams['dedup']> } = {}, options: ClustererOptions = {}) {
    this.params = clusterParams(params);
    this.keepClosed = options.keepClosed ?? false;
    this.df = new DocumentFrequencies();
    this.dedup = new DuplicateIndex(this.params.dedup);
  }

  /** Number of open stories. */
  get openStories(): number {
    return this.open.size;
  }

  /** Places one article and returns where it went. Articles should come in publication order. */
  add(article: ClusterInput): Assignment {
    const known = this.articleStory.get(article.id);
    if (known) {
      // The same id again (a re-import): report where it is, change nothing.
      const m = known.members.find((x) => x.id === article.id)!;
      return { id: article.id, story: known.id, ...(m.copyOf ? { copyOf: m.copyOf } : {}), newStory: false, similarity: 1, dated: m.time !== undefined };
    }
    const time = parseTime(article.publishedAt);
    const dated = time !== undefined;
    if (dated) this.advanceClock(time);

    // 1. Near-duplicate of an article of a story in memory: a copy, no new evidence.
    const titleSyl = syllables(article.title);
    const bodySyl = syllables(article.body);
    const signature = minhashSignature(
      shingleSource(titleSyl.hash, bodySyl.hash, this.params.dedup),
      this.params.dedup,
    );
    const dup = this.dedup.query(signature);
    if (dup.id !== undefined && dup.similarity >= this.params.dedup.threshold) {
      const root = this.dedup.entry(dup.id)!.root;
      const story = this.articleStory.get(root) ?? this.articleStory.get(dup.id);
      if (story && (!story.closed || !dated)) {
        this.dedup.insert(article.id, signature, root);
        const terms = titleTerms(article.title);
        this.join(story, { id: article.id, title: article.title, titleTerms: terms, copyOf: root, ...(dated ? { time } : {}) });
        return { id: article.id, story: story.id, copyOf: root, newStory: false, similarity: dup.similarity, dated };
      }
    }

    // 2. Features, with document frequencies counted first so the article's own terms have df ≥ 1.
    const p = this.params;
    const features = featuresOf(titleSyl, bodySyl, p.titleWeight);
    this.df.addDocument(features.terms.keys(), features.entities.keys());
    const vec = articleVector(features.terms, this.df, p.maxArticleTerms);
    const evec = articleVector(features.entities, this.df, 100);
    const tvec = articleVector(features.titleTerms, this.df, p.maxArticleTerms);
    const keys = heaviestTerms(vec, p.indexTerms);
    for (const k of heaviestTerms(evec, 3)) keys.push(k);

    // 3–4. Candidates from the index, scored; the best wins if it reaches the threshold.
    const placed: Placed = { id: article.id, ...(dated ? { time } : {}), vec, evec, tvec, keys, entities: features.entities };
    const { story: best, score: bestScore } = this.bestStory(placed);
    const member: Member = { id: article.id, title: article.title, titleTerms: features.titleTerms, ...(dated ? { time } : {}) };
    if (p.splitRatio > 0 && p.splitDays > 0) {
      const from = time ?? this.clock;
      member.placed = placed;
      if (from !== undefined) member.keepUntil = from + p.splitDays * DAY_MS;
      this.evidence.push(member);
      if (this.evidence.length > MAX_EVIDENCE + 1000) for (const m of this.evidence.splice(0, 1000)) m.placed = undefined;
    }
    this.dedup.insert(article.id, signature, article.id);

    let story: Story;
    let newStory = false;
    if (best !== undefined && bestScore >= p.threshold) {
      story = best;
    } else {
      story = this.newStory(article.id);
      newStory = true;
    }
    for (const [h, name] of features.entityNames) if (!story.entityNames.has(h)) story.entityNames.set(h, name);
    this.addTo(story, placed, [member]);
    // 5. Kept to be placed once more when the stream has moved on (see `settle`).
    if (p.settleDays > 0 && (newStory || !dated || bestScore < p.settleBelow)) {
      const from = time ?? this.clock;
      const u: Pending = { ...placed, story, ...(from !== undefined ? { due: from + p.settleDays * DAY_MS } : {}) };
      if (u.due === undefined) this.waiting.push(u);
      else this.pending.push(u);
      if (this.pending.length + this.waiting.length > MAX_UNSETTLED) this.replace((this.waiting.length > 0 ? this.waiting : this.pending).shift()!);
    }
    this.evictOverflow();
    if (dated) {
      this.settleDue();
      this.dropEvidence(false);
    }
    return { id: article.id, story: story.id, newStory, similarity: round(bestScore), dated };
  }

  /**
   * Places once more, against the stories as they are now, the articles kept since they were first
   * placed: all of them with `all`, otherwise the undated ones only (the dated ones settle as the
   * stream's clock passes `settleDays` after them, in `add`). An article that now fits another
   * story better moves there, with its copies; a story left empty is dropped. The moves are
   * reported by `takeMoves`. For a batch (`clusterAll`): `settle(true)` at the end.
   */
  settle(all = false): void {
    const touched = new Set<Story>();
    for (const u of this.waiting) touched.add(this.replace(u));
    this.waiting = [];
    const keep: Pending[] = [];
    for (const u of this.pending) {
      if (u.time === undefined || all) touched.add(this.replace(u));
      else keep.push(u);
    }
    this.pending = keep;
    for (const s of touched) this.splitCheck(s);
    this.dropEvidence(true);
  }

  /**
   * What settling and splitting changed since the last call: the articles moved (their final
   * placement), the stories they left that still exist, the stories left empty (dropped), and how
   * many stories were split. Call it after `add` and `settle` to keep placements up to date;
   * untaken moves are kept up to 20,000.
   */
  takeMoves(): { moved: Assignment[]; from: string[]; emptied: string[]; splits: number } {
    const out = {
      splits: this.splits,
      moved: [...this.moved.values()],
      from: [...this.movedFrom].filter((id) => this.storyById(id) !== undefined),
      emptied: [...this.emptied].filter((id) => this.storyById(id) === undefined),
    };
    this.moved.clear();
    this.movedFrom.clear();
    this.emptied.clear();
    this.splits = 0;
    return out;
  }

  /** True when a story of this id is in memory or in the archive. */
  has(id: string): boolean {
    return this.storyById(id) !== undefined || this.archive.has(id);
  }

  /** Articles placed but not settled yet. */
  get unsettled(): number {
    return this.pending.length + this.waiting.length;
  }

  /** The stories in memory (open ones, and closed ones kept with `keepClosed`), oldest first. */
  stories(): StorySummary[] {
    const all = [...this.open.values(), ...this.closedKept.values()].sort((a, b) => a.seq - b.seq);
    const mains = new Map<string, number[]>();
    const names = new Map<number, string>();
    for (const a of this.archive.values()) a.main.forEach((h, i) => names.set(h, (a.actorNames ?? a.mainNames)[i]!));
    const byEntity = new Map<number, string[]>();
    const put = (id: string, main: number[]): void => {
      mains.set(id, main);
      for (const e of main) {
        let l = byEntity.get(e);
        if (!l) byEntity.set(e, (l = []));
        l.push(id);
      }
    };
    for (const a of this.archive.values()) put(a.id, a.main);
    for (const s of all) {
      const actors = this.actors(s);
      for (const a of actors) names.set(a.hash, a.name);
      put(s.id, actors.map((a) => a.hash));
    }
    const headlines = new Map<string, string>();
    for (const a of this.archive.values()) headlines.set(a.id, a.headline);
    const out: StorySummary[] = [];
    for (const s of all) {
      const h = this.headline(s);
      headlines.set(s.id, h.title);
      out.push({ ...this.summaryOf(s, h), related: [] });
    }
    for (const summary of out) summary.related = this.relatedFrom(summary.id, mains, byEntity, headlines, names);
    return out;
  }

  /** One story by id: open, kept, or archived (an archived story has no related list). */
  story(id: string): StorySummary | undefined {
    const s = this.open.get(id) ?? this.closedKept.get(id);
    if (s) return this.stories().find((x) => x.id === id);
    const a = this.archive.get(id);
    if (!a) return undefined;
    return {
      id: a.id,
      headline: a.headline,
      headlineId: a.headlineId,
      articles: a.articles,
      ...(a.first !== undefined ? { first: iso(a.first)! } : {}),
      ...(a.last !== undefined ? { last: iso(a.last)! } : {}),
      entities: a.mainNames,
      related: [],
      open: false,
    };
  }

  /**
   * The whole state as plain JSON (parameters, document frequencies, near-duplicate signatures,
   * open stories, the archive), so a store can keep clustering across runs: `fromJSON(toJSON())`
   * continues exactly as the original would have.
   */
  toJSON(): ClustererJSON {
    const story = (st: Story): StoryJSON => ({
      id: st.id,
      seq: st.seq,
      ...(st.first !== undefined ? { first: st.first } : {}),
      ...(st.last !== undefined ? { last: st.last } : {}),
      centroid: st.centroid.toJSON(),
      entityCentroid: st.entityCentroid.toJSON(),
      titleCentroid: st.titleCentroid.toJSON(),
      entityCounts: [...st.entityCounts],
      entityNames: [...st.entityNames],
      keys: [...st.keys],
      members: st.members.map((m) => ({
        id: m.id,
        title: m.title,
        titleTerms: [...m.titleTerms],
        ...(m.copyOf !== undefined ? { copyOf: m.copyOf } : {}),
        ...(m.time !== undefined ? { time: m.time } : {}),
        ...(m.placed !== undefined ? { placed: placedJSON(m.placed) } : {}),
        ...(m.keepUntil !== undefined ? { keepUntil: m.keepUntil } : {}),
      })),
      closed: st.closed,
    });
    return {
      version: 1,
      params: this.params,
      keepClosed: this.keepClosed,
      ...(this.clock !== undefined ? { clock: this.clock } : {}),
      ...(this.lastSweep !== undefined ? { lastSweep: this.lastSweep } : {}),
      seq: this.seq,
      df: this.df.toJSON(),
      dedup: this.dedup.toJSON(),
      open: [...this.open.values()].map(story),
      closedKept: [...this.closedKept.values()].map(story),
      archive: [...this.archive.values()],
      pending: [...this.waiting, ...this.pending].map((u) => ({
        id: u.id,
        ...(u.time !== undefined ? { time: u.time } : {}),
        ...(u.due !== undefined ? { due: u.due } : {}),
        story: u.story.id,
        ...(u.story.members.some((m) => m.id === u.id && m.placed !== undefined) ? {} : placedJSON(u)),
      })),
      evidence: this.evidence.filter((m) => m.placed !== undefined).map((m) => m.id),
    };
  }

  /** Restores a clusterer saved with `toJSON`. */
  static fromJSON(json: ClustererJSON): StoryClusterer {
    if (json.version !== 1) throw new Error(`stories: unknown clusterer state version ${String(json.version)}`);
    const c = new StoryClusterer(json.params, { keepClosed: json.keepClosed });
    c.df = DocumentFrequencies.fromJSON(json.df);
    c.dedup = DuplicateIndex.fromJSON(json.dedup);
    c.clock = json.clock;
    c.lastSweep = json.lastSweep;
    c.seq = json.seq;
    const story = (j: StoryJSON): Story => {
      const st: Story = {
        id: j.id,
        seq: j.seq,
        ...(j.first !== undefined ? { first: j.first } : {}),
        ...(j.last !== undefined ? { last: j.last } : {}),
        centroid: Centroid.fromJSON(j.centroid),
        entityCentroid: Centroid.fromJSON(j.entityCentroid),
        titleCentroid: j.titleCentroid ? Centroid.fromJSON(j.titleCentroid) : new Centroid(),
        entityCounts: new Map(j.entityCounts),
        entityNames: new Map(j.entityNames),
        keys: new Set(j.keys),
        members: j.members.map((m) => ({
          id: m.id,
          title: m.title,
          titleTerms: new Map(m.titleTerms),
          ...(m.copyOf !== undefined ? { copyOf: m.copyOf } : {}),
          ...(m.time !== undefined ? { time: m.time } : {}),
          ...(m.placed !== undefined ? { placed: placedOf(m.id, m.time, m.placed) } : {}),
          ...(m.keepUntil !== undefined ? { keepUntil: m.keepUntil } : {}),
        })),
        closed: j.closed,
      };
      for (const m of st.members) c.articleStory.set(m.id, st);
      if (!j.titleCentroid) {
        for (const m of st.members) if (m.copyOf === undefined) st.titleCentroid.add(articleVector(m.titleTerms, c.df, c.params.maxArticleTerms), c.df, c.params.maxCentroidTerms);
      }
      return st;
    };
    for (const j of json.open) {
      const st = story(j);
      c.open.set(st.id, st);
    }
    for (const j of json.closedKept) {
      const st = story(j);
      c.closedKept.set(st.id, st);
    }
    const all = [...c.open.values(), ...c.closedKept.values()].sort((a, b) => a.seq - b.seq);
    for (const st of all) {
      for (const k of st.keys) {
        let set = c.index.get(k);
        if (!set) c.index.set(k, (set = new Set()));
        set.add(st);
      }
    }
    for (const a of json.archive) c.archive.set(a.id, a);
    const memberOf = (id: string): Member | undefined => c.articleStory.get(id)?.members.find((m) => m.id === id);
    for (const u of json.pending ?? []) {
      const story = c.storyById(u.story);
      if (!story) continue;
      const placed = u.vec && u.evec && u.tvec && u.keys && u.entities ? placedOf(u.id, u.time, u as PlacedJSON) : memberOf(u.id)?.placed;
      if (!placed) continue;
      (u.due === undefined ? c.waiting : c.pending).push({ ...placed, ...(u.due !== undefined ? { due: u.due } : {}), story });
    }
    for (const id of json.evidence ?? []) {
      const m = memberOf(id);
      if (m?.placed) c.evidence.push(m);
    }
    return c;
  }

  // ——— internals ———

  /**
   * The candidate stories (sharing the most index terms) scored; the best, ties to the older story.
   * A dated article joins no closed story; a settling one may go back to a story that closed since
   * it was placed, while the story is still in memory (a batch keeps them).
   */
  private bestStory(a: Placed, settling = false): { story: Story | undefined; score: number } {
    const p = this.params;
    const dated = a.time !== undefined;
    const shared = new Map<Story, number>();
    for (const k of a.keys) {
      const stories = this.index.get(k);
      if (!stories) continue;
      for (const s of stories) {
        if (s.closed && dated && !settling) continue;
        shared.set(s, (shared.get(s) ?? 0) + 1);
      }
    }
    let candidates = [...shared.entries()];
    const max = settling ? p.settleCandidates : p.maxCandidates;
    if (candidates.length > max) {
      candidates.sort((x, y) => y[1] - x[1] || x[0].seq - y[0].seq);
      candidates = candidates.slice(0, max);
    }
    let best: Story | undefined;
    let bestScore = 0;
    for (const [s] of candidates) {
      if (s.members.length === 0) continue;
      let textCos = s.centroid.similarity(a.vec, this.df, p.linkage);
      if (p.titleSimilarity > 0 && s.centroid.members >= p.titleMinMembers && a.tvec.terms.length > 0 && s.titleCentroid.size > 0) {
        const titleCos = s.titleCentroid.similarity(a.tvec, this.df, p.titleLinkage);
        textCos = (1 - p.titleSimilarity) * textCos + p.titleSimilarity * titleCos;
      }
      const entityCos = a.evec.terms.length > 0 && s.entityCentroid.size > 0 ? s.entityCentroid.cosine(a.evec, this.df) : undefined;
      const gap = dated ? gapDays(a.time, s.first, s.last) : 0;
      const timed = dated && s.first !== undefined;
      const score = storyScore(textCos, entityCos, gap, p) * (timed ? 1 : p.undatedDecay);
      if (score > bestScore || (score === bestScore && best !== undefined && s.seq < best.seq)) {
        best = s;
        bestScore = score;
      }
    }
    return { story: best, score: bestScore };
  }

  /** Adds an article's evidence (vectors, entity mentions, index keys) and its members (it and its copies) to a story. */
  private addTo(story: Story, a: Placed, members: Member[]): void {
    const p = this.params;
    story.centroid.add(a.vec, this.df, p.maxCentroidTerms);
    story.entityCentroid.add(a.evec, this.df, p.maxCentroidTerms);
    story.titleCentroid.add(a.tvec, this.df, p.maxCentroidTerms);
    for (const [h, mentions] of a.entities) story.entityCounts.set(h, (story.entityCounts.get(h) ?? 0) + mentions);
    for (const k of a.keys) {
      if (story.keys.has(k)) continue;
      story.keys.add(k);
      let set = this.index.get(k);
      if (!set) this.index.set(k, (set = new Set()));
      set.add(story);
    }
    for (const m of members) this.join(story, m);
  }

  /** Places again the articles whose time has come (in placement order: one not due yet holds back those after it). */
  private settleDue(): void {
    if (this.clock === undefined) return;
    let n = 0;
    const touched = new Set<Story>();
    while (n < this.pending.length && this.pending[n]!.due! <= this.clock) touched.add(this.replace(this.pending[n++]!));
    if (n > 0) this.pending.splice(0, n);
    for (const s of touched) this.splitCheck(s);
  }

  /**
   * Places a kept article once more: its evidence and members (it and its copies) leave its story,
   * it is scored against the candidates (its own story among them, without it) and goes to the
   * best, or to a story of its own when none reaches the threshold.
   */
  private replace(u: Pending): Story {
    const from = u.story;
    if (from.closed && !this.closedKept.has(from.id)) return from; // gone from memory: stays where it is
    const members = from.members.filter((m) => m.id === u.id || m.copyOf === u.id);
    if (!members.some((m) => m.id === u.id)) return from;
    from.centroid.remove(u.vec);
    from.entityCentroid.remove(u.evec);
    from.titleCentroid.remove(u.tvec);
    for (const [h, mentions] of u.entities) {
      const left = (from.entityCounts.get(h) ?? 0) - mentions;
      if (left > 1e-9) from.entityCounts.set(h, left);
      else from.entityCounts.delete(h);
    }
    from.members = from.members.filter((m) => !members.includes(m));
    from.changes = (from.changes ?? 0) + 1;
    this.retime(from);
    const { story: best, score } = this.bestStory(u, true);
    let to: Story;
    if (best !== undefined && score >= this.params.settleThreshold) to = best;
    else to = from.members.length === 0 ? from : this.newStory(u.id);
    for (const [h, name] of from.entityNames) if (u.entities.has(h) && !to.entityNames.has(h)) to.entityNames.set(h, name);
    this.addTo(to, u, members);
    u.story = to;
    if (to === from) return to;
    if (from.members.length === 0) this.drop(from);
    else this.movedFrom.add(from.id);
    // reported by `takeMoves`; a caller that never takes them keeps only the latest
    if (this.moved.size >= MAX_UNSETTLED) {
      this.moved.clear();
      this.movedFrom.clear();
      this.emptied.clear();
    }
    for (const m of members) {
      this.moved.set(m.id, {
        id: m.id,
        story: to.id,
        ...(m.copyOf !== undefined ? { copyOf: m.copyOf } : {}),
        newStory: m.id === u.id && to.members.length === members.length,
        similarity: m.id === u.id ? round(score) : 1,
        dated: m.time !== undefined,
      });
    }
    return to;
  }

  /**
   * Splits a story in two when its members fall into two groups (each of at least
   * `splitMinPart`) whose mean similarity to each other is below `splitRatio` × the mean
   * similarity inside them: two events about the same people on the same days that single-pass
   * placement put together, and settling, which moves one article at a time, cannot pull apart.
   * Similarities use the vectors as the articles were placed (IDF of then), so a check depends on
   * the members alone and an unchanged story is not checked twice. The group holding the story's
   * first member keeps it; the other becomes a new story (moves reported as for settling).
   */
  private splitCheck(s: Story): void {
    const p = this.params;
    if (p.splitRatio <= 0 || s.members.length < 2 * p.splitMinPart) return;
    if ((s.closed && !this.closedKept.has(s.id)) || s.checkedAt === s.changes) return;
    s.checkedAt = s.changes;
    const roots = s.members.filter((m) => m.copyOf === undefined);
    const n = roots.length;
    if (n < 2 * p.splitMinPart || n > p.splitMaxMembers) return;
    if (roots.some((m) => m.placed === undefined)) {
      s.sims = undefined; // a member's vectors are gone: the story is not checked again
      return;
    }
    const sim = this.memberSimilarities(s, roots);
    const [a, b] = twoGroups(sim, n);
    const [inA, inB] = [accounts(sim, n, a, p.splitRewrite), accounts(sim, n, b, p.splitRewrite)];
    if (inA.count < p.splitMinPart || inB.count < p.splitMinPart) return;
    const cross = meanLink(sim, n, a, b);
    const within = (inA.within + inB.within) / 2;
    if (!(cross < p.splitRatio * within)) return;
    const moving = new Set((a.includes(0) ? b : a).map((i) => roots[i]!.id));
    const movers = s.members.filter((m) => moving.has(m.id) || (m.copyOf !== undefined && moving.has(m.copyOf)));
    const stay = s.members.filter((m) => !movers.includes(m));
    const firstMover = movers.find((m) => m.copyOf === undefined)!;
    const t = this.newStory(firstMover.id);
    for (const [h, name] of s.entityNames) t.entityNames.set(h, name);
    const span = { first: s.first, last: s.last };
    this.rebuild(s, stay, span);
    this.rebuild(t, movers, span);
    for (const u of this.pending) if (u.story === s && moving.has(u.id)) u.story = t;
    for (const u of this.waiting) if (u.story === s && moving.has(u.id)) u.story = t;
    this.movedFrom.add(s.id);
    this.splits++;
    for (const m of movers) {
      this.moved.set(m.id, {
        id: m.id,
        story: t.id,
        ...(m.copyOf !== undefined ? { copyOf: m.copyOf } : {}),
        newStory: m === firstMover,
        similarity: 1,
        dated: m.time !== undefined,
      });
    }
  }

  /**
   * The n × n similarities of a story's members (0.7 text cosine + 0.3 title cosine, as in
   * scoring), in a reused buffer. Pairs computed by an earlier check of the story are kept in its
   * cache, so a story that grew by one member costs n new pairs, not n²/2.
   */
  private memberSimilarities(s: Story, roots: Member[]): Float64Array {
    const n = roots.length;
    let c = s.sims;
    let fresh = 0;
    if (c) for (const m of roots) if (!c.at.has(m)) fresh++;
    if (!c || c.members.length + fresh > c.cap) {
      const cap = Math.max(16, 2 * n);
      c = s.sims = { members: [], at: new Map(), cap, sim: new Float64Array(cap * cap) };
    }
    const cache = c;
    const w = this.params.titleSimilarity;
    const idx = roots.map((m) => {
      let i = cache.at.get(m);
      if (i === undefined) {
        i = cache.members.length;
        cache.members.push(m);
        cache.at.set(m, i);
        cache.sim[i * cache.cap + i] = -1; // not computed yet against the others: below
      }
      return i;
    });
    for (let a = 0; a < n; a++) {
      const i = idx[a]!;
      if (cache.sim[i * cache.cap + i] !== -1) continue;
      const text = sortedUnit(roots[a]!.placed!.vec);
      const title = sortedUnit(roots[a]!.placed!.tvec);
      for (let b = 0; b < n; b++) {
        const j = idx[b]!;
        if (j === i || (cache.sim[j * cache.cap + j] === -1 && j > i)) continue; // a pair of two new members is computed once, from the later
        const v = (1 - w) * sortedCosine(text, sortedUnit(roots[b]!.placed!.vec)) + w * sortedCosine(title, sortedUnit(roots[b]!.placed!.tvec));
        cache.sim[i * cache.cap + j] = v;
        cache.sim[j * cache.cap + i] = v;
      }
    }
    for (const i of idx) cache.sim[i * cache.cap + i] = 1;
    const sim = similarityMatrix(n);
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) sim[a * n + b] = cache.sim[idx[a]! * cache.cap + idx[b]!]!;
    return sim;
  }

  /**
   * Drops the evidence whose time has passed (and with `undated`, that of undated articles placed
   * before the stream had a clock): their stories can no longer be split.
   */
  private dropEvidence(undated: boolean): void {
    const clock = this.clock;
    let n = 0;
    while (n < this.evidence.length && this.evidence[n]!.keepUntil !== undefined && clock !== undefined && this.evidence[n]!.keepUntil! <= clock) this.evidence[n++]!.placed = undefined;
    if (n > 0) this.evidence.splice(0, n);
    if (undated && this.evidence.some((m) => m.keepUntil === undefined)) {
      for (const m of this.evidence) if (m.keepUntil === undefined) m.placed = undefined;
      this.evidence = this.evidence.filter((m) => m.keepUntil !== undefined);
    }
  }

  /** Takes a story out of the inverted index. */
  private unindex(s: Story): void {
    for (const k of s.keys) {
      const set = this.index.get(k);
      if (!set) continue;
      set.delete(s);
      if (set.size === 0) this.index.delete(k);
    }
  }

  /** Empties a story and adds the given members again (their evidence, when kept). */
  private rebuild(s: Story, members: Member[], span: { first?: number; last?: number }): void {
    this.unindex(s);
    s.keys = new Set();
    s.centroid = new Centroid();
    s.entityCentroid = new Centroid();
    s.titleCentroid = new Centroid();
    s.entityCounts = new Map();
    s.members = [];
    s.first = undefined;
    s.last = undefined;
    const roots = new Set(members.filter((m) => m.copyOf === undefined).map((m) => m.id));
    for (const m of members) {
      if (m.copyOf !== undefined && roots.has(m.copyOf)) continue;
      const copies = members.filter((c) => c.copyOf === m.id);
      if (m.placed) this.addTo(s, m.placed, [m, ...copies]);
      else for (const c of [m, ...copies]) this.join(s, c);
    }
    if (s.first === undefined) {
      if (span.first !== undefined) s.first = span.first;
      if (span.last !== undefined) s.last = span.last;
    }
  }

  /** A story's first and last times from its dated members (after one left). */
  private retime(s: Story): void {
    let first: number | undefined;
    let last: number | undefined;
    for (const m of s.members) {
      if (m.time === undefined) continue;
      if (first === undefined || m.time < first) first = m.time;
      if (last === undefined || m.time > last) last = m.time;
    }
    if (first === undefined) return; // undated members only: the story keeps the clock time it was given
    s.first = first;
    s.last = last;
  }

  /** Forgets a story left empty by a move. */
  private drop(s: Story): void {
    this.open.delete(s.id);
    this.closedKept.delete(s.id);
    this.unindex(s);
    this.emptied.add(s.id);
  }

  private storyById(id: string): Story | undefined {
    return this.open.get(id) ?? this.closedKept.get(id);
  }

  private newStory(firstId: string): Story {
    let id = 's' + firstId;
    if (this.open.has(id) || this.closedKept.has(id) || this.archive.has(id)) id = `s${firstId}~${this.seq}`;
    const s: Story = {
      id,
      seq: this.seq++,
      centroid: new Centroid(),
      entityCentroid: new Centroid(),
      titleCentroid: new Centroid(),
      entityCounts: new Map(),
      entityNames: new Map(),
      keys: new Set(),
      members: [],
      closed: false,
    };
    this.open.set(id, s);
    return s;
  }

  private join(story: Story, member: Member): void {
    story.members.push(member);
    story.changes = (story.changes ?? 0) + 1;
    this.articleStory.set(member.id, story);
    const t = member.time;
    if (t !== undefined) {
      if (story.first === undefined || t < story.first) story.first = t;
      if (story.last === undefined || t > story.last) story.last = t;
    } else if (story.last === undefined && this.clock !== undefined) {
      // An undated story is placed at the stream's clock so that it can close in time.
      story.first = story.last = this.clock;
    }
    if (!story.closed) {
      // Move to the most-recently-updated end.
      this.open.delete(story.id);
      this.open.set(story.id, story);
    }
  }

  private advanceClock(t: number): void {
    if (this.clock === undefined || t > this.clock) this.clock = t;
    // Sweep for quiet stories at most once per day of stream time.
    if (this.lastSweep !== undefined && this.clock - this.lastSweep < DAY_MS) return;
    this.lastSweep = this.clock;
    const limit = this.clock - this.params.quietDays * DAY_MS;
    for (const s of [...this.open.values()]) if (s.last !== undefined && s.last < limit) this.close(s);
    const horizon = this.clock - this.params.relatedHorizonDays * DAY_MS;
    for (const a of [...this.archive.values()]) if (a.last !== undefined && a.last < horizon) this.archive.delete(a.id);
  }

  private evictOverflow(): void {
    while (this.open.size > this.params.maxOpenStories) {
      const first = this.open.values().next().value as Story;
      this.close(first);
    }
  }

  /**
   * Stops keeping closed stories: those kept so far leave memory as any closed story does (their
   * summaries go to the archive). For a batch run with `keepClosed` whose state is kept afterwards
   * (the store's first placement, or a re-clustering), so the saved state stays bounded.
   */
  releaseClosed(): void {
    this.keepClosed = false;
    const kept = [...this.closedKept.values()].sort((a, b) => a.seq - b.seq);
    this.closedKept.clear();
    for (const s of kept) this.close(s);
  }

  private close(s: Story): void {
    this.open.delete(s.id);
    s.closed = true;
    if (this.keepClosed) {
      this.closedKept.set(s.id, s);
      return;
    }
    this.unindex(s);
    for (const m of s.members) {
      this.articleStory.delete(m.id);
      this.dedup.remove(m.id);
      m.placed = undefined;
    }
    if (this.params.maxArchivedStories > 0) {
      const h = this.headline(s);
      const summary = this.summaryOf(s, h);
      this.archive.set(s.id, {
        id: s.id,
        headline: h.title,
        headlineId: h.id,
        articles: summary.articles,
        ...(s.first !== undefined ? { first: s.first } : {}),
        ...(s.last !== undefined ? { last: s.last } : {}),
        ...((actors) => ({ main: actors.map((a) => a.hash), actorNames: actors.map((a) => a.name) }))(this.actors(s)),
        mainNames: summary.entities,
      });
      while (this.archive.size > this.params.maxArchivedStories) this.archive.delete(this.archive.keys().next().value as string);
    }
  }

  /** The member title whose title vector is closest to the centroid (ties: the earliest member). */
  private headline(s: Story): { id: string; title: string } {
    let best = s.members[0]!;
    let bestCos = -1;
    for (const m of s.members) {
      if (m.title.trim() === '') continue;
      const c = s.centroid.cosine(articleVector(m.titleTerms, this.df, 1000), this.df);
      if (c > bestCos) {
        bestCos = c;
        best = m;
      }
    }
    return { id: best.id, title: best.title };
  }

  /**
   * Main actors: the entity phrases mentioned most, weighted by IDF (ties by hash), one phrase per
   * name: entity phrases are 2–3-syllable windows, so `kim jong un` also yields `kim jong` and
   * `jong un`. A window mostly mentioned inside a longer phrase (at least `SUBSUMED` of its
   * mentions) gives way to it; a longer phrase mentioned much less than a window inside it (`Venezuela
   * Nicolas Maduro` against `Nicolas Maduro`) is two names run together and gives way to the window.
   */
  private mainEntities(s: Story): number[] {
    const scored: [number, number][] = [];
    for (const [h, n] of s.entityCounts) scored.push([h, n * this.df.idf(h)]);
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const pool = scored.slice(0, this.params.mainEntities * 4);
    const name = (h: number): string => ` ${s.entityNames.get(h) ?? ''} `;
    const count = (h: number): number => s.entityCounts.get(h) ?? 0;
    const kept: number[] = [];
    for (const [h] of pool) {
      const me = name(h);
      let drop = false;
      for (const [o] of pool) {
        if (o === h) continue;
        const other = name(o);
        if (other.length > me.length && other.includes(me) && count(o) >= SUBSUMED * count(h)) drop = true; // a window of a longer name
        else if (me.length > other.length && me.includes(other) && count(h) < SUBSUMED * count(o)) drop = true; // two names run together
        if (drop) break;
      }
      if (!drop) kept.push(h);
      if (kept.length === this.params.mainEntities) break;
    }
    return kept;
  }

  /**
   * The story's actors, to relate stories: its entity phrases without places, currencies and generic
   * abbreviations, a place before or after a name taken off (`my obama` → `obama`), one phrase per
   * name (the longest: `kim jong un`, not `kim jong`); the `mainEntities` most weighty (count × IDF).
   */
  private actors(s: Story): { hash: number; name: string }[] {
    const best = new Map<string, number>();
    for (const [h, n] of s.entityCounts) {
      const core = actorCore(s.entityNames.get(h) ?? '');
      if (core === '') continue;
      const score = n * this.df.idf(h);
      if ((best.get(core) ?? -1) < score) best.set(core, score);
    }
    const pool = [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.params.mainEntities * 4).map(([core]) => core);
    // a phrase inside a longer one of the pool stands for the same name: the longer is kept, in its place
    const longest = (core: string): string => pool.reduce((l, o) => (o.length > l.length && ` ${o} `.includes(` ${l} `) ? o : l), core);
    const kept: string[] = [];
    for (const core of pool) {
      const name = longest(core);
      if (!kept.includes(name)) kept.push(name);
      if (kept.length === this.params.mainEntities) break;
    }
    return kept.map((name) => ({ hash: hashString('a' + name) | 0, name }));
  }

  private summaryOf(s: Story, h: { id: string; title: string }): Omit<StorySummary, 'related'> {
    return {
      id: s.id,
      headline: h.title,
      headlineId: h.id,
      articles: s.members.map((m) => ({
        id: m.id,
        title: m.title,
        ...(m.copyOf ? { copyOf: m.copyOf } : {}),
        ...(m.time !== undefined ? { publishedAt: iso(m.time)! } : {}),
      })),
      ...(s.first !== undefined ? { first: iso(s.first)! } : {}),
      ...(s.last !== undefined ? { last: iso(s.last)! } : {}),
      entities: this.mainEntities(s).map((e) => s.entityNames.get(e) ?? String(e)),
      open: !s.closed,
    };
  }

  private relatedFrom(
    id: string,
    mains: Map<string, number[]>,
    byEntity: Map<number, string[]>,
    headlines: Map<string, string>,
    names: Map<number, string>,
  ): StorySummary['related'] {
    const mine = mains.get(id) ?? [];
    const shared = new Map<string, number[]>();
    for (const e of mine) {
      for (const other of byEntity.get(e) ?? []) {
        if (other === id) continue;
        let l = shared.get(other);
        if (!l) shared.set(other, (l = []));
        l.push(e);
      }
    }
    return [...shared.entries()]
      .map(([story, es]) => ({ story, shared: es.map((e) => names.get(e) ?? String(e)) }))
      .map((r) => ({ ...r, distinct: distinctNames(r.shared) }))
      .filter((r) => r.distinct >= this.params.relatedMinShared)
      .sort((a, b) => b.distinct - a.distinct || b.shared.length - a.shared.length || (a.story < b.story ? -1 : 1))
      .map(({ story, shared: names }) => ({ story, headline: headlines.get(story) ?? '', shared: names }));
  }
}

/**
 * How many different names a list of entity phrases holds: phrases sharing a word are counted once
 * (`venezuela nicolas` and `nicolas maduro`, `bo gd` and `gd dt` are windows of one name).
 */
/** An article vector's unit TF-IDF weights (IDF as when it was placed), sorted by term; computed once. */
function sortedUnit(v: ArticleVector): { terms: Int32Array; weights: Float64Array } {
  if (v.sorted) return v.sorted;
  const n = v.terms.length;
  // (term, index) packed in one double (term + 2^31 below 2^32, index below 2^20) for a native sort
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (v.terms[i]! + 2147483648) * 1048576 + i;
  keys.sort();
  const terms = new Int32Array(n);
  const weights = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = keys[k]! % 1048576;
    terms[k] = v.terms[i]!;
    weights[k] = v.tf[i]! * v.idf[i]!;
  }
  return (v.sorted = { terms, weights });
}

/** Cosine of two unit vectors sorted by term. */
function sortedCosine(x: { terms: Int32Array; weights: Float64Array }, y: { terms: Int32Array; weights: Float64Array }): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const xt = x.terms;
  const yt = y.terms;
  while (i < xt.length && j < yt.length) {
    const a = xt[i]!;
    const b = yt[j]!;
    if (a === b) s += x.weights[i++]! * y.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return s;
}

/** Pairwise similarities of up to n items, row-major (`sim[i * n + j]`), and a scratch copy (reused: no allocation per check). */
let simBuffer = new Float64Array(0);
let linkBuffer = new Float64Array(0);

function similarityMatrix(n: number): Float64Array {
  if (simBuffer.length < n * n) {
    simBuffer = new Float64Array(n * n);
    linkBuffer = new Float64Array(n * n);
  }
  return simBuffer;
}

/** Mean similarity between the members of two disjoint groups. */
function meanLink(sim: Float64Array, n: number, a: number[], b: number[]): number {
  let s = 0;
  for (const i of a) for (const j of b) s += sim[i * n + j]!;
  return s / (a.length * b.length);
}

/**
 * The accounts of a group: its members joined when one is a light rewrite of another (similarity ≥
 * `rewrite`, transitively: two rewrites of one text need not be that close to each other). Three
 * outlets' light rewrites of one agency text are one account, not three. Returns how many, and the
 * mean similarity of members of different accounts (rewrites do not make a group look tight).
 */
function accounts(sim: Float64Array, n: number, group: number[], rewrite: number): { count: number; within: number } {
  const root = group.map((_, x) => x);
  const find = (x: number): number => (root[x] === x ? x : (root[x] = find(root[x]!)));
  let count = group.length;
  for (let x = 0; x < group.length; x++) {
    for (let y = 0; y < x; y++) {
      if (sim[group[x]! * n + group[y]!]! < rewrite) continue;
      const [rx, ry] = [find(x), find(y)];
      if (rx !== ry) {
        root[rx] = ry;
        count--;
      }
    }
  }
  let sum = 0;
  let pairs = 0;
  for (let x = 0; x < group.length; x++) {
    for (let y = 0; y < x; y++) {
      if (find(x) === find(y)) continue;
      sum += sim[group[x]! * n + group[y]!]!;
      pairs++;
    }
  }
  return { count, within: pairs > 0 ? sum / pairs : 1 };
}

/** Average-linkage agglomeration of the n items down to two groups (ties: the lowest indices merge first). */
function twoGroups(sim: Float64Array, n: number): [number[], number[]] {
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) groups.push([i]);
  // link[i * n + j]: sum of similarities between groups i and j
  const link = linkBuffer;
  link.set(sim.subarray(0, n * n));
  const alive = new Uint8Array(n).fill(1);
  for (let left = n; left > 2; left--) {
    let bi = -1;
    let bj = -1;
    let best = -Infinity;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!alive[j]) continue;
        const v = link[i * n + j]! / (groups[i]!.length * groups[j]!.length);
        if (v > best) {
          best = v;
          bi = i;
          bj = j;
        }
      }
    }
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      link[bi * n + k] = link[k * n + bi] = link[bi * n + k]! + link[bj * n + k]!;
    }
    groups[bi] = groups[bi]!.concat(groups[bj]!);
    alive[bj] = 0;
  }
  const out = groups.filter((_, i) => alive[i]);
  return [out[0]!.sort((x, y) => x - y), (out[1] ?? []).sort((x, y) => x - y)];
}

function distinctNames(phrases: readonly string[]): number {
  const used = new Set<string>();
  let n = 0;
  for (const p of phrases) {
    const words = p.split(' ');
    if (words.some((w) => used.has(w))) continue;
    for (const w of words) used.add(w);
    n++;
  }
  return n;
}

function placedJSON(a: Placed): PlacedJSON {
  return { vec: vectorJSON(a.vec), evec: vectorJSON(a.evec), tvec: vectorJSON(a.tvec), keys: a.keys, entities: [...a.entities] };
}

function placedOf(id: string, time: number | undefined, j: PlacedJSON): Placed {
  return { id, ...(time !== undefined ? { time } : {}), vec: vectorOf(j.vec), evec: vectorOf(j.evec), tvec: vectorOf(j.tvec), keys: j.keys, entities: new Map(j.entities) };
}

function vectorJSON(v: ArticleVector): VectorJSON {
  const n = v.terms.length;
  const buffer = new ArrayBuffer(20 * n);
  new Float64Array(buffer, 0, n).set(v.tf);
  new Float64Array(buffer, 8 * n, n).set(v.idf);
  new Int32Array(buffer, 16 * n, n).set(v.terms);
  return Buffer.from(buffer).toString('base64');
}

function vectorOf(j: VectorJSON): ArticleVector {
  if (typeof j !== 'string') return { terms: Int32Array.from(j[0]), tf: Float64Array.from(j[1]), idf: Float64Array.from(j[2]) };
  const bytes = Buffer.from(j, 'base64');
  const n = bytes.length / 20;
  // copied out: a Buffer's offset in its pool need not be aligned for float64 views
  const copy = new Uint8Array(bytes).buffer;
  return { tf: new Float64Array(copy, 0, n), idf: new Float64Array(copy, 8 * n, n), terms: new Int32Array(copy, 16 * n, n) };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Publication order for a batch: the dated articles sorted by time (stable), then the undated
 * ones in input order (they are placed by content alone, against every story of the batch).
 */
export function publicationOrder<T extends { publishedAt?: string }>(articles: readonly T[]): T[] {
  const dated: { a: T; t: number; i: number }[] = [];
  const undated: T[] = [];
  articles.forEach((a, i) => {
    const t = parseTime(a.publishedAt);
    if (t === undefined) undated.push(a);
    else dated.push({ a, t, i });
  });
  dated.sort((x, y) => x.t - y.t || x.i - y.i);
  return [...dated.map((d) => d.a), ...undated];
}

/**
 * Clusters a whole batch: publication order (see `publicationOrder`), then the incremental
 * algorithm, closed stories kept so the undated articles can still join them. Returns the
 * assignments in input order.
 */
export function clusterAll(articles: readonly ClusterInput[], params: Partial<Omit<ClusterParams, 'dedup'>> & { dedup?: Partial<ClusterParams['dedup']> } = {}): Assignment[] {
  const c = new StoryClusterer(params, { keepClosed: true });
  const byId = new Map<string, Assignment>();
  for (const a of publicationOrder(articles)) {
    byId.set(a.id, c.add(a));
    for (const m of c.takeMoves().moved) byId.set(m.id, m);
  }
  c.settle(true);
  for (const m of c.takeMoves().moved) byId.set(m.id, m);
  return articles.map((a) => byId.get(a.id)!);
}

