/**
 * Named entities: exact-span F1 for PER, LOC, ORG, with offsets in UTF-16 code units into the input
 * line as given. A predicted entity counts only if its start, end and type all match a gold one.
 * Also the golden set's own checks (test/fixtures/ner/GUIDELINE.md, section 2), the mapping of a
 * system's per-line output back to document offsets, and the agreement between two annotations.
 */
export interface EntitySpan {
  start: number;
  end: number;
  type: string;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** The types the NER F1 counts (issue 15): MISC is annotated but not scored, ROLE is for linking. */
export const SCORED_TYPES = ['PER', 'LOC', 'ORG'] as const;
/** Every type a golden file may hold. */
export const GOLDEN_TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'ROLE'] as const;

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Micro-averaged exact-span F1 over lines; `types` limits which entity types are scored. */
export function scoreEntities(gold: EntitySpan[][], predicted: EntitySpan[][], types: readonly string[] = SCORED_TYPES): PRF {
  if (gold.length !== predicted.length) throw new Error(`scoreEntities: ${gold.length} gold lines but ${predicted.length} predicted`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const key = (e: EntitySpan): string => `${e.start}:${e.end}:${e.type}`;
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i]!.filter((e) => types.includes(e.type)).map(key));
    const p = new Set(predicted[i]!.filter((e) => types.includes(e.type)).map(key));
    for (const k of p) if (g.has(k)) tp++;
    else fp++;
    for (const k of g) if (!p.has(k)) fn++;
  }
  return prf(tp, fp, fn);
}

export interface NerScore {
  /** Micro over `types` together. */
  micro: PRF;
  /** One score per type (a span of the wrong type is a false positive of its type and a miss of the other). */
  perType: Record<string, PRF>;
}

/** `scoreEntities` over all the types together and over each one. */
export function scoreNer(gold: EntitySpan[][], predicted: EntitySpan[][], types: readonly string[] = SCORED_TYPES): NerScore {
  const perType: Record<string, PRF> = {};
  for (const t of types) perType[t] = scoreEntities(gold, predicted, [t]);
  return { micro: scoreEntities(gold, predicted, types), perType };
}

/** One annotated document of the golden set (one line of golden.jsonl). */
export interface GoldenEntity extends EntitySpan {
  text: string;
}
export interface GoldenDocument {
  id: string;
  publishedAt: string | null;
  part: 'tuned' | 'heldout';
  text: string;
  entities: GoldenEntity[];
}

/** Reads a JSONL file's text: one object per non-empty line; a broken line throws with its number. */
export function parseJsonl<T>(content: string, where: string): T[] {
  const out: T[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as T);
    } catch (e) {
      throw new Error(`${where}:${i + 1}: not JSON (${(e as Error).message})`);
    }
  });
  return out;
}

const EDGE = /^[\s.,;:!?'"“”‘’()[\]«»…-]|[\s.,;:!?'"“”‘’()[\]«»…-]$/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Every problem of one annotated document, as messages (empty when it is right): offsets that do not
 * give `text`, unknown types, spans with edge punctuation, cutting a word or crossing a line, spans
 * out of order, PER/LOC/ORG/MISC overlapping, a ROLE overlapping what it does not contain; with
 * `source` (the line of documents.jsonl), a text or part that differs from it.
 */
export function checkGoldenDocument(doc: GoldenDocument, source?: { text: string; part: string }): string[] {
  const out: string[] = [];
  const at = doc.id;
  if (typeof doc.text !== 'string') return [`${at}: no text`];
  if (source && doc.text !== source.text) out.push(`${at}: text differs from documents.jsonl`);
  if (source && doc.part !== source.part) out.push(`${at}: part ${doc.part} differs from documents.jsonl (${source.part})`);
  if (doc.part !== 'tuned' && doc.part !== 'heldout') out.push(`${at}: part must be tuned or heldout`);
  if (doc.text !== doc.text.normalize('NFC')) out.push(`${at}: text is not NFC`);
  if (!Array.isArray(doc.entities)) return [...out, `${at}: no entities array`];
  const flat: GoldenEntity[] = [];
  let prev: GoldenEntity | undefined;
  doc.entities.forEach((e, i) => {
    const where = `${at} entity ${i} ${JSON.stringify(e)}`;
    if (!(GOLDEN_TYPES as readonly string[]).includes(e.type)) out.push(`${where}: type must be one of ${GOLDEN_TYPES.join(', ')}`);
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > doc.text.length || e.start >= e.end) {
      out.push(`${where}: bad offsets`);
      return;
    }
    const slice = doc.text.slice(e.start, e.end);
    if (slice !== e.text) out.push(`${where}: text.slice(start, end) is ${JSON.stringify(slice)}`);
    if (slice.includes('\n')) out.push(`${where}: crosses a line break`);
    if (EDGE.test(slice)) out.push(`${where}: starts or ends with space or punctuation`);
    const before = doc.text[e.start - 1];
    const after = doc.text[e.end];
    if ((before !== undefined && WORD.test(before)) || (after !== undefined && WORD.test(after))) out.push(`${where}: cuts a word`);
    if (prev && (e.start < prev.start || (e.start === prev.start && prev.type !== 'ROLE'))) out.push(`${where}: not sorted by start (ROLE first when it starts with what it holds)`);
    prev = e;
    if (e.type !== 'ROLE') flat.push(e);
  });
  for (let i = 1; i < flat.length; i++) {
    if (flat[i]!.start < flat[i - 1]!.end) out.push(`${at}: overlapping ${JSON.stringify(flat[i - 1])} and ${JSON.stringify(flat[i])}`);
  }
  for (const r of doc.entities.filter((e) => e.type === 'ROLE')) {
    for (const e of doc.entities) {
      if (e === r || !(e.start < r.end && r.start < e.end)) continue;
      if (e.type === 'ROLE' || e.start < r.start || e.end > r.end) out.push(`${at}: ROLE ${JSON.stringify(r)} overlaps ${JSON.stringify(e)} without containing it`);
    }
  }
  return out;
}

/** Start offsets of the lines of `text` (split on `\n`), the unit a system's `nlp ner` reads. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * A system's output for one document, one `{"entities":[...]}` per line of the document (offsets
 * into that line), as spans in document offsets. Throws when the count of lines differs or a span
 * falls outside its line.
 */
export function documentSpans(text: string, perLine: readonly { entities?: readonly EntitySpan[] }[]): EntitySpan[] {
  const lines = text.split('\n');
  if (perLine.length !== lines.length) throw new Error(`${lines.length} lines in, ${perLine.length} outputs`);
  const starts = lineStarts(text);
  const out: EntitySpan[] = [];
  perLine.forEach((o, i) => {
    for (const e of o.entities ?? []) {
      if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= lines[i]!.length && e.start < e.end)) {
        throw new Error(`line ${i + 1}: entity ${JSON.stringify(e)} is outside the line (length ${lines[i]!.length})`);
      }
      out.push({ start: starts[i]! + e.start, end: starts[i]! + e.end, type: e.type });
    }
  });
  return out;
}

export interface Agreement extends NerScore {
  /** Ids annotated in both files (the others are not compared). */
  documents: string[];
  /** Micro F1 with MISC counted too. */
  withMisc: PRF;
}

/**
 * Agreement between two annotations of the same documents: exact-span F1 of `b` against `a` (F1 is
 * symmetric: swapping the two swaps precision and recall). Documents whose text differs throw.
 */
export function agreement(a: readonly GoldenDocument[], b: readonly GoldenDocument[]): Agreement {
  const byId = new Map(b.map((d) => [d.id, d]));
  const gold: EntitySpan[][] = [];
  const pred: EntitySpan[][] = [];
  const documents: string[] = [];
  for (const d of a) {
    const other = byId.get(d.id);
    if (!other) continue;
    if (other.text !== d.text) throw new Error(`agreement: the text of ${d.id} differs between the two files`);
    documents.push(d.id);
    gold.push(d.entities);
    pred.push(other.entities);
  }
  return { ...scoreNer(gold, pred), withMisc: scoreEntities(gold, pred, ['PER', 'LOC', 'ORG', 'MISC']), documents };
}
