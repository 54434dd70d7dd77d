/**
 * The bulk-import record, one schema (zod) for every reader that takes one: a JSONL line
 * (`{"id","title","body","url","publishedAt","source","author","credit"}`, `body` required) and a
 * sidecar `NAME.meta.json` (the same without `body`). Empty and null fields count as absent; a
 * metadata field of the wrong type is ignored with a warning (the article is still worth keeping);
 * a record without its body is rejected. The HTTP API takes the same schema.
 */
import { z } from 'zod';
import { Rejection } from '../doc/stage.js';

/** The metadata fields of a record, all optional strings. */
export const META_FIELDS = ['title', 'url', 'publishedAt', 'source', 'author', 'credit'] as const;

const meta = {
  id: z.union([z.string(), z.number().transform(String)]).optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
  author: z.string().optional(),
  credit: z.string().optional(),
};

/** One line of bulk-import JSONL. Other fields are allowed (exports add `lang`, `text`…) and ignored. */
export const articleRecordSchema = z.looseObject({ ...meta, body: z.string() });
/** A sidecar: the record's metadata, no body. */
export const sidecarSchema = z.looseObject(meta);

export type ArticleRecord = z.infer<typeof articleRecordSchema>;
export type SidecarRecord = z.infer<typeof sidecarSchema>;

/**
 * A parsed JSON value as a record of `schema`: not an object → rejected (`bad-record`); the body
 * missing or not a string → rejected; a metadata field of the wrong type → dropped, with a warning.
 */
export function readRecord<S extends typeof articleRecordSchema | typeof sidecarSchema>(
  value: unknown,
  schema: S,
  where: string,
  warnings: string[],
): z.infer<S> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Rejection('bad-record', `${where}: must be a JSON object like {"id","title","body",...}`);
  }
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== '') fields[k] = v;
  let parsed = schema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (key === 'body') throw new Rejection('bad-record', 'missing "body" (a string)');
      warnings.push(`${where}: field "${key}" is not a ${key === 'id' ? 'string or number' : 'string'}; ignored`);
      delete fields[key];
    }
    parsed = schema.safeParse(fields);
    if (!parsed.success) throw new Rejection('bad-record', `${where}: ${parsed.error.issues[0]?.message ?? 'invalid record'}`);
  }
  return parsed.data as z.infer<S>;
}
