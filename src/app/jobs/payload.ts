/**
 * What a job carries, as JSON: an ingest job the inputs themselves (bytes in base64, never a local
 * path, so that any machine can take it), a reprocess job article ids, a place job only the time
 * before which its batch's ingest jobs were enqueued. Checked by zod when a worker takes a job.
 */
import { z } from 'zod';
import type { RawInput } from '../../doc/news-doc.js';

const wireInput = z.object({
  format: z.enum(['text', 'html', 'jsonl', 'feed-item']),
  bytes: z.string(),
  sidecar: z.string().optional(),
  origin: z.object({ path: z.string(), line: z.number().int().optional(), item: z.number().int().optional() }).optional(),
  encoding: z.string().optional(),
  name: z.string().optional(),
});
export type WireInput = z.infer<typeof wireInput>;

export const ingestJob = z.object({
  inputs: z.array(wireInput).min(1),
  words: z.boolean().optional(),
  entities: z.boolean().optional(),
  times: z.boolean().optional(),
});
export type IngestJob = z.infer<typeof ingestJob>;

export const reprocessJob = z.object({
  ids: z.array(z.string()).min(1),
  stage: z.string().optional(),
  words: z.boolean().optional(),
  entities: z.boolean().optional(),
  times: z.boolean().optional(),
});
export type ReprocessJob = z.infer<typeof reprocessJob>;

export const placeJob = z.object({
  /** The database's clock when the first place job of the batch was taken (PostgreSQL text form): ingest jobs created until then come first. */
  before: z.string().optional(),
  now: z.number().optional(),
});
export type PlaceJob = z.infer<typeof placeJob>;

/** A raw input as a job carries it. */
export function toWire(input: RawInput): WireInput {
  return {
    format: input.format,
    bytes: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength).toString('base64'),
    ...(input.sidecar !== undefined ? { sidecar: input.sidecar } : {}),
    ...(input.origin ? { origin: input.origin } : {}),
    ...(input.encoding !== undefined ? { encoding: input.encoding } : {}),
    ...(input.name !== undefined ? { name: input.name } : {}),
  };
}

export function fromWire(w: WireInput): RawInput {
  const b = Buffer.from(w.bytes, 'base64');
  return {
    format: w.format,
    bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
    ...(w.sidecar !== undefined ? { sidecar: w.sidecar } : {}),
    ...(w.origin ? { origin: w.origin } : {}),
    ...(w.encoding !== undefined ? { encoding: w.encoding } : {}),
    ...(w.name !== undefined ? { name: w.name } : {}),
  };
}
