/** Extraction without storing: what ingest would store for one input file (one article per feed item, JSONL line). */
import { existsSync } from 'node:fs';
import type { NewsDoc } from '../doc/news-doc.js';
import { Rejection } from '../doc/stage.js';
import { listInputs, readFileInputs } from '../ingest/read.js';
import { defaultPipeline } from '../pipeline/index.js';
import { AppError } from './errors.js';
import { encodingName } from './ingest.js';
import { whereOf } from './ingest-loop.js';

export { bodyText } from '../doc/news-doc.js';

export type Extracted = { ok: true; doc: NewsDoc } | { ok: false; where: string; reason: string };

export async function* extractFile(path: string, options: { encoding?: string } = {}): AsyncGenerator<Extracted> {
  const encoding = options.encoding !== undefined ? encodingName(options.encoding) : undefined;
  if (!existsSync(path)) throw new AppError('E_PATH_NOT_FOUND', `${path}: no such file or folder`);
  const { files, rejected } = await listInputs([path]);
  const first = rejected[0];
  if (first && first.kind === 'rejected') throw new AppError('E_UNREADABLE', `${first.where}: ${first.reason}`);
  const pipeline = defaultPipeline();
  for (const file of files) {
    for await (const item of readFileInputs(file, encoding ? { encoding } : {})) {
      if (item.kind === 'rejected') {
        yield { ok: false, where: item.where, reason: item.reason };
        continue;
      }
      try {
        yield { ok: true, doc: await pipeline.run(item.input) };
      } catch (e) {
        if (!(e instanceof Rejection)) throw e;
        yield { ok: false, where: whereOf(item.input), reason: e.message };
      }
    }
  }
}
