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
import { DocumentFrequencies } from './idf.js';
import { DuplicateIndex, minhashSignature, shingleSource } from './dedup.js';
import { clusterParams, type ClusterParams } from './params.js';
import { gapDays, storyScore } from './score.js';
import { articleVector, Centroid, heaviestTerms, type CentroidJSON } from './centroid.js';

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
  /** Stories (open or closed) sharing at least `relatedMinShared` main actors, most shared first. */
  related: { story: string; headline: string; shared: string[] }[];
  open: boolean;
}

interface Member {
  id: string;
  title: string;
  titleTerms: Map<number, number>;
  copyOf?: string;
  time?: number;
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
}

/** What is kept of a closed story: enough to show it and relate later stories to it. */
interface ArchivedStory {
  id: string;
  headline: string;
  headlineId: string;
  articles: StoryMember[];
  first?: number;
  last?: number;
  main: number[];
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
  members: { id: string; title: string; titleTerms: [number, number][]; copyOf?: string; time?: number }[];
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
    this.df.addDocument([...features.terms.keys(), ...features.entities.keys()]);
    const vec = articleVector(features.terms, this.df, p.maxArticleTerms);
    const evec = articleVector(features.entities, this.df, 100);
    const tvec = articleVector(features.titleTerms, this.df, p.maxArticleTerms);
    const keys = heaviestTerms(vec, p.indexTerms);
    for (const k of heaviestTerms(evec, 3)) keys.push(k);

    // 3. Candidates: stories sharing the most index terms.
    const shared = new Map<Story, number>();
    for (const k of keys) {
      const stories = this.index.get(k);
      if (!stories) continue;
      for (const s of stories) {
        if (s.closed && dated) continue;
        shared.set(s, (shared.get(s) ?? 0) + 1);
      }
    }
    let candidates = [...shared.entries()];
    if (candidates.length > p.maxCandidates) {
      candidates.sort((a, b) => b[1] - a[1] || a[0].seq - b[0].seq);
      candidates = candidates.slice(0, p.maxCandidates);
    }

    // 4. Score each candidate; the best (ties: the older story) wins if it reaches the threshold.
    let best: Story | undefined;
    let bestScore = 0;
    for (const [s] of candidates) {
      let textCos = s.centroid.similarity(vec, this.df, p.linkage);
      if (p.titleSimilarity > 0 && s.centroid.members >= p.titleMinMembers && tvec.terms.length > 0 && s.titleCentroid.size > 0) {
        const titleCos = s.titleCentroid.similarity(tvec, this.df, p.titleLinkage);
        textCos = (1 - p.titleSimilarity) * textCos + p.titleSimilarity * titleCos;
      }
      const entityCos = evec.terms.length > 0 && s.entityCentroid.size > 0 ? s.entityCentroid.cosine(evec, this.df) : undefined;
      const gap = dated ? gapDays(time, s.first, s.last) : 0;
      const timed = dated && s.first !== undefined;
      const score = storyScore(textCos, entityCos, gap, p) * (timed ? 1 : p.undatedDecay);
      if (score > bestScore || (score === bestScore && best !== undefined && s.seq < best.seq)) {
        best = s;
        bestScore = score;
      }
    }

    const member: Member = { id: article.id, title: article.title, titleTerms: features.titleTerms, ...(dated ? { time } : {}) };
    this.dedup.insert(article.id, signature, article.id);

    let story: Story;
    let newStory = false;
    if (best !== undefined && bestScore >= p.threshold) {
      story = best;
    } else {
      story = this.newStory(article.id);
      newStory = true;
    }
    story.centroid.add(vec, this.df, p.maxCentroidTerms);
    story.entityCentroid.add(evec, this.df, p.maxCentroidTerms);
    story.titleCentroid.add(tvec, this.df, p.maxCentroidTerms);
    for (const [h, mentions] of features.entities) {
      story.entityCounts.set(h, (story.entityCounts.get(h) ?? 0) + mentions);
      if (!story.entityNames.has(h)) story.entityNames.set(h, features.entityNames.get(h)!);
    }
    for (const k of keys) {
      if (story.keys.has(k)) continue;
      story.keys.add(k);
      let set = this.index.get(k);
      if (!set) this.index.set(k, (set = new Set()));
      set.add(story);
    }
    this.join(story, member);
    this.evictOverflow();
    return { id: article.id, story: story.id, newStory, similarity: round(bestScore), dated };
  }

  /** The stories in memory (open ones, and closed ones kept with `keepClosed`), oldest first. */
  stories(): StorySummary[] {
    const all = [...this.open.values(), ...this.closedKept.values()].sort((a, b) => a.seq - b.seq);
    const mains = new Map<string, number[]>();
    const names = new Map<number, string>();
    for (const a of this.archive.values()) a.main.forEach((h, i) => names.set(h, a.mainNames[i]!));
    for (const s of all) for (const [h, n] of s.entityNames) names.set(h, n);
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
    for (const s of all) put(s.id, this.mainEntities(s));
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
    return c;
  }

  // ——— internals ———

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
    for (const k of s.keys) {
      const set = this.index.get(k);
      if (!set) continue;
      set.delete(s);
      if (set.size === 0) this.index.delete(k);
    }
    for (const m of s.members) {
      this.articleStory.delete(m.id);
      this.dedup.remove(m.id);
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
        main: this.mainEntities(s),
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
      .filter(([, es]) => es.length >= this.params.relatedMinShared)
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .map(([story, es]) => ({ story, headline: headlines.get(story) ?? '', shared: es.map((e) => names.get(e) ?? String(e)) }));
  }
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
  for (const a of publicationOrder(articles)) byId.set(a.id, c.add(a));
  return articles.map((a) => byId.get(a.id)!);
}

