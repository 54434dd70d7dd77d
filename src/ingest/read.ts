/**
 * Readers: from paths (files and folders) to raw inputs. Plain-text articles (`.txt`), saved web
 * pages (`.html`), each with an optional sidecar `NAME.meta.json`; RSS/Atom feeds (`.xml`, `.rss`,
 * `.atom`: one input per item); JSONL bulk files (`.jsonl`, one article a line, streamed so that a
 * file of any size is read in constant memory); any of them gzipped (`.gz`). The type is taken from
 * the content as well as the extension. What cannot be read is reported, never thrown.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { decodeDeclared } from './charset.js';
import { isGzip, maybeGunzip } from './gzip.js';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { RawInput } from '../doc/news-doc.js';
import type { RejectCode } from '../doc/stage.js';

export interface ReadOptions {
  /** Decode text files as this encoding instead of detecting it (`windows-1258`, `tcvn3`, `vni`, `utf-8`...). */
  encoding?: string;
  /** Largest text file read as one article, in bytes (default 10 MB). */
  maxFileBytes?: number;
  /** Longest JSONL line, in bytes (default 10 MB). */
  maxLineBytes?: number;
  /** Called as bytes are consumed, for progress. */
  onBytes?: (bytes: number) => void;
}

export type ReadItem =
  | { kind: 'input'; input: RawInput; notes?: string[] }
  | { kind: 'rejected'; where: string; code: RejectCode; reason: string };

export type FileFormat = 'text' | 'jsonl' | 'html' | 'feed';

export interface InputFile {
  path: string;
  /** The folder it was found under (for the file's identity), or the file's own folder. */
  root: string;
  size: number;
  /** From the extension; text, HTML and feeds are confirmed by their content when read. */
  format: FileFormat;
  gzip: boolean;
}

const EXTENSIONS: Record<string, FileFormat> = {
  '.txt': 'text', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** The format an extension names (`a.html.gz` → html, gzipped), if any. */
export function formatOfName(name: string): { format?: FileFormat; gzip: boolean } {
  let n = name.toLowerCase();
  const gzip = n.endsWith('.gz');
  if (gzip) n = n.slice(0, -3);
  const format = EXTENSIONS[extname(n)];
  return format ? { format, gzip } : { gzip };
}

/**
 * What the first bytes of a file say it is: an HTML page, a feed, JSONL, or text. Extensions lie
 * (`.rss` links that answer with a page, pages saved as `.txt`).
 */
export function sniffFormat(head: string): FileFormat {
  const t = head.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('<')) {
    if (/<(rss|feed|rdf:RDF)[\s>]/i.test(t)) return 'feed';
    if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<(div|article|p|meta|title)[\s>]/i.test(t)) return 'html';
  }
  const first = t.split('\n', 1)[0]!.trim();
  if (first.startsWith('{') && first.endsWith('}')) {
    try {
      JSON.parse(first);
      return 'jsonl';
    } catch {
      /* text that starts with a brace */
    }
  }
  return 'text';
}

const MB = 1024 * 1024;

/**
 * Expands paths into the input files under them, in a stable order; problems become rejections. A
 * folder reached again (through a link, or named twice) is read once: a link loop ends there, with a
 * warning.
 */
export async function listInputs(paths: string[]): Promise<{ files: InputFile[]; rejected: ReadItem[]; skipped: string[]; warnings: string[] }> {
  const files: InputFile[] = [];
  const rejected: ReadItem[] = [];
  const skipped: string[] = [];
  const warnings: string[] = [];
  const folders = new Map<string, string>(); // device:inode → the path it was read under
  const visit = async (path: string, root: string | undefined): Promise<void> => {
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      rejected.push({ kind: 'rejected', where: path, code: 'unreadable', reason: ioReason(e) });
      return;
    }
    if (st.isDirectory()) {
      const key = `${st.dev}:${st.ino}`;
      const first = folders.get(key);
      if (first !== undefined) {
        warnings.push(`${path}: the same folder as ${first} (a link or a repeated path); read once`);
        return;
      }
      folders.set(key, path);
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (e) {
        rejected.push({ kind: 'rejected', where: path, code: 'unreadable', reason: ioReason(e) });
        return;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue;
        await visit(join(path, name), root ?? path);
      }
      return;
    }
    if (!st.isFile()) {
      rejected.push({ kind: 'rejected', where: path, code: 'unreadable', reason: 'not a regular file' });
      return;
    }
    const name = basename(path);
    if (name.endsWith('.meta.json')) return; // a sidecar, read with its article
    const known = formatOfName(name);
    let format = known.format;
    let gzip = known.gzip;
    if (format === undefined) {
      if (root !== undefined) {
        skipped.push(path); // inside a folder: only the known extensions are articles
        return;
      }
      ({ format, gzip } = await sniffFile(path)); // named on the command line: look at the content
    }
    files.push({ path, root: root ?? dirname(path), size: st.size, format, gzip });
  };
  for (const p of paths) await visit(p, undefined);
  return { files, rejected, skipped, warnings };
}

/** A file named directly without a known extension: its format from its first bytes. */
async function sniffFile(path: string): Promise<{ format: FileFormat; gzip: boolean }> {
  try {
    const handle = await open(path, 'r');
    try {
      const buf = Buffer.alloc(8192);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      const head = buf.subarray(0, bytesRead);
      if (isGzip(head)) return { format: 'text', gzip: true }; // the content decides once inflated
      return { format: sniffFormat(head.toString('utf8')), gzip: false };
    } finally {
      await handle.close();
    }
  } catch {
    return { format: 'text', gzip: false }; // reported when read
  }
}

/** The raw inputs of a file: one for a page or a text file, one a line for JSONL, one an item for a feed. */
export async function* readFileInputs(file: InputFile, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  if (file.format === 'jsonl') {
    yield* readJsonl(file, options);
    return;
  }
  const max = options.maxFileBytes ?? 10 * MB;
  if (file.size > max) {
    options.onBytes?.(file.size);
    yield {
      kind: 'rejected', where: file.path, code: 'too-large',
      reason: `${(file.size / MB).toFixed(1)} MB is more than the ${(max / MB).toFixed(0)} MB limit for one file (raise it with --max-article-mb)`,
    };
    return;
  }
  let bytes: Uint8Array;
  try {
    const buf = await readFile(file.path);
    bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  } catch (e) {
    yield { kind: 'rejected', where: file.path, code: 'unreadable', reason: ioReason(e) };
    return;
  }
  options.onBytes?.(bytes.length);
  if (isGzip(bytes)) {
    const g = maybeGunzip(bytes, { maxBytes: Math.max(max, 64 * MB) });
    if (!g.ok) {
      yield { kind: 'rejected', where: file.path, code: g.code === 'too-large' ? 'too-large' : 'corrupt', reason: g.reason };
      return;
    }
    bytes = g.bytes;
    if (bytes.length > max) {
      yield { kind: 'rejected', where: file.path, code: 'too-large', reason: `inflates to ${(bytes.length / MB).toFixed(1)} MB, more than the ${(max / MB).toFixed(0)} MB limit for one file` };
      return;
    }
  }
  // the content has the last word: pages saved as .txt, feed URLs that answered with a page
  const sniffed = sniffFormat(Buffer.from(bytes.subarray(0, 8192)).toString('utf8'));
  let format = file.format;
  const notes: string[] = [];
  if (sniffed === 'html' && format !== 'html') {
    if (format === 'feed') notes.push('named as a feed, but it is an HTML page: read as a page');
    format = 'html';
  } else if (sniffed === 'feed' && format !== 'feed') format = 'feed';
  else if (sniffed === 'jsonl' && format === 'text') {
    yield* readJsonlBytes(file, bytes);
    return;
  }
  if (format === 'feed') {
    // the feed parser (and the HTML DOM under it) is loaded only when a feed comes
    yield* feedItems(file, bytes, await import('./feed/index.js'));
    return;
  }
  const sidecarPath = file.path.replace(/(\.[^./\\]*)?(\.gz)?$/i, '') + '.meta.json';
  let sidecar: string | undefined;
  try {
    sidecar = await readFile(sidecarPath, 'utf8');
  } catch (e) {
    // no sidecar is fine; one that is there but cannot be read would lose its metadata silently
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      yield { kind: 'rejected', where: file.path, code: 'unreadable', reason: `its sidecar ${sidecarPath} cannot be read: ${ioReason(e)}` };
      return;
    }
  }
  const rel = relative(file.root, file.path).split(sep).join('/');
  const name = rel.replace(/(\.[^./]*)?(\.gz)?$/i, '');
  yield {
    kind: 'input',
    input: {
      format: format === 'html' ? 'html' : 'text',
      bytes,
      ...(sidecar !== undefined ? { sidecar } : {}),
      origin: { path: file.path },
      name,
      ...(options.encoding ? { encoding: options.encoding } : {}),
    },
    ...(notes.length ? { notes } : {}),
  };
}

/** One input per feed item: the parsed item as JSON (its article is extracted by the pipeline). */
function* feedItems(file: InputFile, bytes: Uint8Array, { FeedError, parseFeed }: typeof import('./feed/index.js')): Generator<ReadItem> {
  const decoded = decodeDeclared(bytes);
  if (!decoded.ok) {
    yield { kind: 'rejected', where: file.path, code: 'undecidable-encoding', reason: decoded.warnings.join('; ') || 'not text' };
    return;
  }
  let feed;
  try {
    feed = parseFeed(decoded.text);
  } catch (e) {
    if (e instanceof FeedError) {
      const links = e.feedLinks.length ? ` (it announces feeds at ${e.feedLinks.join(', ')})` : '';
      yield { kind: 'rejected', where: file.path, code: e.code === 'too-large' ? 'too-large' : e.code === 'empty' ? 'empty' : 'not-a-feed', reason: `${e.message}${links}` };
      return;
    }
    throw e;
  }
  if (feed.items.length === 0) {
    yield { kind: 'rejected', where: file.path, code: 'empty', reason: 'the feed has no items' };
    return;
  }
  for (let i = 0; i < feed.items.length; i++) {
    const item = { ...feed.items[i]!, feed: { title: feed.title, link: feed.link, language: feed.language } };
    yield {
      kind: 'input',
      input: { format: 'feed-item', bytes: Buffer.from(JSON.stringify(item)), origin: { path: file.path, item: i + 1 } },
    };
  }
}

/** JSONL found inside a file that was read whole (a gzipped or misnamed file). */
function* readJsonlBytes(file: InputFile, bytes: Uint8Array): Generator<ReadItem> {
  const lines = Buffer.from(bytes).toString('utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    yield { kind: 'input', input: { format: 'jsonl', bytes: Buffer.from(line), origin: { path: file.path, line: i + 1 } } };
  }
}

async function* readJsonl(file: InputFile, options: ReadOptions): AsyncGenerator<ReadItem> {
  const max = options.maxLineBytes ?? 10 * MB;
  let stream: AsyncIterable<Buffer>;
  try {
    const raw = createReadStream(file.path);
    if (file.gzip) {
      const gunzip = createGunzip();
      raw.on('data', (c: string | Buffer) => options.onBytes?.(c.length));
      raw.on('error', (e) => gunzip.destroy(e));
      stream = raw.pipe(gunzip);
    } else stream = raw;
  } catch (e) {
    yield { kind: 'rejected', where: file.path, code: 'unreadable', reason: ioReason(e) };
    return;
  }
  let carry: Buffer[] = [];
  let carryLength = 0;
  let lineNo = 0;
  let tooLong = false;
  const emit = (line: Buffer): ReadItem | undefined => {
    lineNo++;
    if (tooLong) {
      tooLong = false;
      return { kind: 'rejected', where: `${file.path}:${lineNo}`, code: 'too-large', reason: `line longer than the ${(max / MB).toFixed(0)} MB limit` };
    }
    let end = line.length;
    if (end > 0 && line[end - 1] === 0x0d) end--;
    let start = 0;
    if (lineNo === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) start = 3;
    const body = line.subarray(start, end);
    if (body.every((b) => b === 0x20 || b === 0x09)) return undefined; // blank line
    return {
      kind: 'input',
      input: { format: 'jsonl', bytes: new Uint8Array(body), origin: { path: file.path, line: lineNo } },
    };
  };
  try {
    for await (const chunk of stream) {
      if (!file.gzip) options.onBytes?.(chunk.length);
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, from);
        if (nl === -1) break;
        const piece = chunk.subarray(from, nl);
        const line = carryLength > 0 ? Buffer.concat([...carry, piece]) : piece;
        carry = [];
        carryLength = 0;
        const item = emit(line);
        if (item) yield item;
        from = nl + 1;
      }
      const rest = chunk.subarray(from);
      if (!tooLong && carryLength + rest.length > max) {
        tooLong = true; // keep reading to the end of the line, without keeping it
        carry = [];
        carryLength = 0;
      } else if (!tooLong && rest.length > 0) {
        carry.push(Buffer.from(rest));
        carryLength += rest.length;
      }
    }
  } catch (e) {
    yield { kind: 'rejected', where: `${file.path}:${lineNo + 1}`, code: 'unreadable', reason: ioReason(e) };
    return;
  }
  if (carryLength > 0 || tooLong) {
    const item = emit(Buffer.concat(carry));
    if (item) yield item;
  }
}

function ioReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (check the file\'s read permission)';
    case 'EISDIR':
      return 'is a folder';
    default:
      return err.message ?? String(e);
  }
}
