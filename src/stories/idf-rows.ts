/**
 * Document frequencies as rows of the state's `df` part: the counters in fixed chunks (`c` + the
 * chunk's number, a few KB each), and a log of the terms counted since they were last written (`l` +
 * a number, one row a save). A save writes its terms to the log (4 bytes a term, about 1.6 KB an
 * article) until the log holds `LOG_TERMS`; then it writes every chunk changed since the last such
 * write and deletes the log. A small run writes little, and the rows never grow past the chunks
 * (2 × 2^20 counters) and one log. Restoring sets the chunks and counts the logged terms again.
 */
import { ByteReader, ByteWriter } from './bytes.js';
import { DocumentFrequencies } from './idf.js';
import type { StateRow } from './rows.js';

/** Terms the log holds at most (256 KB, about 160 articles) before the chunks are written instead. */
const LOG_TERMS = 1 << 16;

export class DfRows {
  /** The log's rows in the store, and the terms they hold. */
  private logKeys: string[] = [];
  private logged = 0;
  private logSeq = 0;

  constructor(private readonly df: DocumentFrequencies) {
    df.track(LOG_TERMS);
  }

  /** The rows to write and the keys to delete since the last take (every chunk, with `full`). */
  take(full: boolean): { upserts: StateRow[]; removed: string[] } {
    const terms = this.df.takeTerms();
    if (!full && terms && this.logged + terms.length <= LOG_TERMS) {
      if (terms.length === 0) return { upserts: [], removed: [] };
      const key = `l${++this.logSeq}`;
      this.logKeys.push(key);
      this.logged += terms.length;
      return { upserts: [{ key, ord: this.logSeq, data: new ByteWriter().i32s(terms).bytes() }], removed: [] };
    }
    const dirty = this.df.takeDirty();
    const chunks = full ? Array.from({ length: this.df.chunkCount }, (_, c) => c) : dirty;
    const upserts: StateRow[] = [];
    for (const c of chunks) {
      const data = this.df.chunk(c);
      if (data.length > 0 || !full) upserts.push({ key: `c${c}`, ord: c, data });
    }
    const removed = full ? [] : this.logKeys;
    this.logKeys = [];
    this.logged = 0;
    return { upserts, removed };
  }

  /** Document frequencies from their rows, and the rows' bookkeeping. */
  static restore(log2Size: number, docs: number, rows: readonly StateRow[]): { df: DocumentFrequencies; rows: DfRows } {
    const df = new DocumentFrequencies(log2Size);
    df.docs = docs;
    const logs: StateRow[] = [];
    for (const r of rows) {
      if (r.key.startsWith('c')) df.setChunk(Number(r.key.slice(1)), r.data);
      else logs.push(r);
    }
    logs.sort((a, b) => a.ord - b.ord);
    let logged = 0;
    for (const r of logs) {
      const terms = new ByteReader(r.data).i32s();
      df.replay(terms);
      logged += terms.length;
    }
    const out = new DfRows(df);
    out.logKeys = logs.map((r) => r.key);
    out.logged = logged;
    out.logSeq = logs.reduce((m, r) => Math.max(m, r.ord), 0);
    return { df, rows: out };
  }
}
