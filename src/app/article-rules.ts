/**
 * The rules of writing articles, as pure functions over what the store holds (`ArticleState`) and
 * what comes in (`ArticleInput`): which put changes nothing, which is new, which is a revision;
 * which placement goes stale; which article is an exact copy of which. They give the store explicit
 * writes (`WritePlan`), so that every store applies the same rules by doing as it is told.
 *
 * Exact copies: articles with the same text (content hash). The original of a text is its first
 * holder, in ingest order, that is not itself a copy; every later holder is a copy of it. An
 * article that comes to hold a text already held becomes a copy of that text's original (the
 * original stays). When an original leaves its text (its text changes, or it is deleted), its
 * copies get a new original: the earliest of them, which the others then copy.
 */
import type { ArticleInput, ArticleState, ArticleWrite, CopyLink, WritePlan } from '../store/store.js';

/** What happened to one article put into the store. */
export type PutOutcome = 'new' | 'updated' | 'unchanged' | 'copy';

export interface PutResult {
  id: string;
  outcome: PutOutcome;
  /** For `copy` (and for an update that made the article a copy): the article it duplicates. */
  copyOf?: string;
  revision: number;
}

/**
 * What a put does with an article: `keep` the stored one (the same raw input; the same article from
 * another input: same body and metadata, as an export ingested back; or a feed teaser coming under
 * the id of a full article: a teaser never replaces a full article), `insert` a new article, or
 * `revise` the stored one (a new revision).
 */
export function decidePut(existing: Pick<ArticleState, 'rawHash' | 'articleHash' | 'summaryOnly'> | undefined, incoming: Pick<ArticleInput, 'doc' | 'rawHash' | 'articleHash'>): 'keep' | 'insert' | 'revise' {
  if (!existing) return 'insert';
  if (existing.rawHash === incoming.rawHash) return 'keep';
  if (existing.articleHash === incoming.articleHash) return 'keep'; // the same article from another input
  if (incoming.doc.meta.summaryOnly && !existing.summaryOnly) return 'keep';
  return 'revise';
}

/** The instant of an ISO date (undefined when there is none, or it is no date). */
function instant(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

/** A placement is for one text and one publication instant: it goes stale when either changes. */
export function placementStale(before: Pick<ArticleState, 'contentHash' | 'publishedAt'>, after: Pick<ArticleInput, 'doc' | 'contentHash'>): boolean {
  return before.contentHash !== after.contentHash || instant(before.publishedAt) !== instant(after.doc.meta.publishedAt);
}

interface Held {
  contentHash: string;
  copyOf: string | undefined;
  /** Place in ingest order. */
  order: number;
}

/**
 * The exact copies among the articles a batch touches, kept as the batch changes them. Built from
 * `Store.articleStates` (in ingest order): it knows every holder of the texts the batch brings, and
 * every copy of the articles it writes, which is all the rules read.
 */
export class CopyBook {
  private readonly held = new Map<string, Held>();
  private readonly holders = new Map<string, string[]>();
  /** Articles whose link changed other than by a write of their own. */
  private readonly relinked = new Set<string>();
  private next = 0;

  constructor(states: readonly Pick<ArticleState, 'id' | 'contentHash' | 'copyOf'>[]) {
    for (const s of states) this.add(s.id, s.contentHash, s.copyOf);
  }

  private add(id: string, contentHash: string, copyOf: string | undefined): void {
    this.held.set(id, { contentHash, copyOf, order: this.next++ });
    let l = this.holders.get(contentHash);
    if (!l) this.holders.set(contentHash, (l = []));
    l.push(id);
  }

  /** The original an article coming to hold `contentHash` copies: the text's first holder that is not a copy (else its first holder), never the article itself. */
  originalOf(contentHash: string, id: string): string | undefined {
    const others = (this.holders.get(contentHash) ?? []).filter((h) => h !== id);
    return others.find((h) => this.held.get(h)!.copyOf === undefined) ?? others[0];
  }

  /** The copies of an article, in ingest order. */
  copiesOf(id: string): string[] {
    return [...this.held.entries()].filter(([, h]) => h.copyOf === id).sort((a, b) => a[1].order - b[1].order).map(([c]) => c);
  }

  /**
   * `id` holds `contentHash` now (a new article goes last in ingest order): returns its link. An
   * article that keeps its text keeps its link; one that leaves a text it was the original of
   * leaves its copies to the earliest of them.
   */
  hold(id: string, contentHash: string): string | undefined {
    const h = this.held.get(id);
    if (h && h.contentHash === contentHash) return h.copyOf;
    if (h) {
      this.release(id);
      this.holders.set(h.contentHash, this.holders.get(h.contentHash)!.filter((x) => x !== id));
      this.holders.set(contentHash, [...(this.holders.get(contentHash) ?? []), id].sort((a, b) => this.held.get(a)!.order - this.held.get(b)!.order));
      h.contentHash = contentHash;
      h.copyOf = this.originalOf(contentHash, id);
      return h.copyOf;
    }
    const copyOf = this.originalOf(contentHash, id);
    this.add(id, contentHash, copyOf);
    return copyOf;
  }

  /** `id` no longer holds its text as an original (changed, or deleted): its copies get the earliest of them as their original. Returns that one. */
  release(id: string): string | undefined {
    const [first, ...rest] = this.copiesOf(id);
    if (first === undefined) return undefined;
    this.relink(first, undefined);
    for (const c of rest) this.relink(c, first);
    return first;
  }

  private relink(id: string, copyOf: string | undefined): void {
    this.held.get(id)!.copyOf = copyOf;
    this.relinked.add(id);
  }

  /** The links changed other than by an article's own write, as they stand now. */
  links(): CopyLink[] {
    return [...this.relinked].map((id) => {
      const copyOf = this.held.get(id)!.copyOf;
      return copyOf === undefined ? { id } : { id, copyOf };
    });
  }
}

/** An article's state after a write. */
function stateOf(input: ArticleInput, revision: number, copyOf: string | undefined, rawHash = input.rawHash): ArticleState {
  const p = input.doc.meta.publishedAt;
  return {
    id: input.doc.id, revision, rawHash, contentHash: input.contentHash,
    ...(copyOf !== undefined ? { copyOf } : {}),
    ...(p !== undefined ? { publishedAt: p } : {}),
    summaryOnly: input.doc.meta.summaryOnly === true,
  };
}

const linked = (copyOf: string | undefined): { copyOf?: string } => (copyOf === undefined ? {} : { copyOf });

/**
 * A put of a batch, in order (an id twice in a batch: the second sees the first), over what the
 * store holds (`Store.articleStates` of the batch's ids and content hashes): the writes, and what
 * each put did.
 */
export function decidePuts(inputs: readonly ArticleInput[], states: readonly ArticleState[]): { plan: WritePlan; results: PutResult[] } {
  const stored = new Map(states.map((s) => [s.id, s]));
  const book = new CopyBook(states);
  const writes: ArticleWrite[] = [];
  const results: PutResult[] = [];
  for (const input of inputs) {
    const id = input.doc.id;
    const existing = stored.get(id);
    const decision = decidePut(existing, input);
    if (decision === 'keep') {
      results.push({ id, outcome: 'unchanged', revision: existing!.revision, ...linked(existing!.copyOf) });
      continue;
    }
    const copyOf = book.hold(id, input.contentHash);
    if (decision === 'insert') {
      writes.push({ kind: 'insert', article: input, ...linked(copyOf) });
      results.push(copyOf !== undefined ? { id, outcome: 'copy', copyOf, revision: 1 } : { id, outcome: 'new', revision: 1 });
      stored.set(id, stateOf(input, 1, copyOf));
    } else {
      const revision = existing!.revision + 1;
      writes.push({ kind: 'revise', article: input, revision, ...linked(copyOf), stale: placementStale(existing!, input) });
      results.push({ id, outcome: 'updated', revision, ...linked(copyOf) });
      stored.set(id, stateOf(input, revision, copyOf));
    }
  }
  return { plan: { writes, copies: book.links() }, results };
}

/**
 * New annotations of stored articles (a re-run of the pipeline on the same raw input): an article
 * the store does not hold is left out; a changed text or date makes the placement stale; a changed
 * text settles the article's copy link (and that of its copies) as a put does.
 */
export function decideAnnotations(inputs: readonly ArticleInput[], states: readonly ArticleState[]): WritePlan {
  const stored = new Map(states.map((s) => [s.id, s]));
  const book = new CopyBook(states);
  const writes: ArticleWrite[] = [];
  for (const input of inputs) {
    const existing = stored.get(input.doc.id);
    if (!existing) continue;
    const copyOf = book.hold(existing.id, input.contentHash);
    writes.push({ kind: 'annotate', article: input, ...linked(copyOf), stale: placementStale(existing, input) });
    stored.set(existing.id, stateOf(input, existing.revision, copyOf, existing.rawHash));
  }
  return { writes, copies: book.links() };
}

/**
 * Deleting articles (`states`: `Store.articleStates` of their ids): the copies of a deleted
 * original get the earliest copy left as their original. Returns the links to write and the copies
 * promoted to originals.
 */
export function decideDeletion(ids: readonly string[], states: readonly ArticleState[]): { copies: CopyLink[]; promoted: string[] } {
  const gone = new Set(ids);
  // the articles left: a deleted copy is never promoted
  const book = new CopyBook(states.filter((s) => !gone.has(s.id)));
  const promoted: string[] = [];
  for (const id of gone) {
    const first = book.release(id);
    if (first !== undefined) promoted.push(first);
  }
  return { copies: book.links(), promoted };
}
