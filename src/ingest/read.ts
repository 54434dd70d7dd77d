/**
 * Readers: from paths (files and folders) to raw inputs. Plain-text articles (`.txt`, with an optional
 * sidecar `NAME.meta.json`) and JSONL bulk files (`.jsonl`, one article a line, streamed so that a
 * file of any size is read in constant memory). What cannot be read is reported, never thrown.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { RawInput } from '../doc/news-doc.js';
import type { RejectCode } from '../doc/stage.js';

export interface ReadOptions {
  /** Largest text file read as one article, in bytes (default 10 MB). */
  maxFileBytes?: number;
  /** Longest JSONL line, in bytes (default 10 MB). */
  maxLineBytes?: number;
  /** Called as bytes are consumed, for progress. */
  onBytes?: (bytes: number) => void;
}

export type ReadItem =
  | { kind: 'input'; input: RawInput }
  | { kind: 'rejected'; where: string; code: RejectCode; reason: string };

export interface InputFile {
  path: string;
  /** The folder it was found under (for the file's identity); undefined for a file named directly. */
  root: string;
  size: number;
  format: 'text' | 'jsonl';
}

const MB = 1024 * 1024;

/** Expands paths into the input files under them, in a stable order; problems become rejections. */
export async function listInputs(paths: string[]): Promise<{ files: InputFile[]; rejected: ReadItem[]; skipped: string[] }> {
  const files: InputFile[] = [];
  const rejected: ReadItem[] = [];
  const skipped: string[] = [];
  const visit = async (path: string, root: string | undefined): Promise<void> => {
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      rejected.push({ kind: 'rejected', where: path, code: 'unreadable', reason: ioReason(e) });
      return;
    }
    if (st.isDirectory()) {
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
    const ext = extname(name).toLowerCase();
    let format: 'text' | 'jsonl' | undefined = ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : ext === '.txt' ? 'text' : undefined;
    if (format === undefined) {
      if (root !== undefined) {
        skipped.push(path); // inside a folder: only .txt and .jsonl are articles
        return;
      }
      format = await sniffFormat(path); // named on the command line: look at the content
    }
    files.push({ path, root: root ?? dirname(path), size: st.size, format });
  };
  for (const p of paths) await visit(p, undefined);
  return { files, rejected, skipped };
}

/** A file named directly without a known extension: JSONL if its first line is a JSON object. */
async function sniffFormat(path: string): Promise<'text' | 'jsonl'> {
  try {
    const head = (await readFile(path)).subarray(0, 4096).toString('utf8');
    const firstLine = head.split('\n', 1)[0]!.trim();
    if (firstLine.startsWith('{')) {
      try {
        JSON.parse(firstLine);
        return 'jsonl';
      } catch {
        /* fall through */
      }
    }
  } catch {
    /* reported when read */
  }
  return 'text';
}

/** The raw inputs of a file: one for a text file, one a line for JSONL. */
export async function* readFileInputs(file: InputFile, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  if (file.format === 'text') yield await readTextFile(file, options);
  else yield* readJsonl(file, options);
}

async function readTextFile(file: InputFile, options: ReadOptions): Promise<ReadItem> {
  const max = options.maxFileBytes ?? 10 * MB;
  if (file.size > max) {
    options.onBytes?.(file.size);
    return {
      kind: 'rejected', where: file.path, code: 'too-large',
      reason: `${(file.size / MB).toFixed(1)} MB is more than the ${(max / MB).toFixed(0)} MB limit for one article (raise it with --max-article-mb)`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (e) {
    return { kind: 'rejected', where: file.path, code: 'unreadable', reason: ioReason(e) };
  }
  options.onBytes?.(bytes.length);
  const sidecarPath = file.path.replace(/\.[^./\\]*$/, '') + '.meta.json';
  let sidecar: string | undefined;
  try {
    sidecar = await readFile(sidecarPath, 'utf8');
  } catch {
    sidecar = undefined; // no sidecar
  }
  const rel = relative(file.root, file.path).split(sep).join('/');
  const name = rel.replace(/\.[^./]*$/, '');
  return {
    kind: 'input',
    input: {
      format: 'text',
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      ...(sidecar !== undefined ? { sidecar } : {}),
      origin: { path: file.path },
      name,
    },
  };
}

async function* readJsonl(file: InputFile, options: ReadOptions): AsyncGenerator<ReadItem> {
  const max = options.maxLineBytes ?? 10 * MB;
  let stream;
  try {
    stream = createReadStream(file.path);
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
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      options.onBytes?.(chunk.length);
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
