/**
 * One zod schema per request and response of the API: the routes validate with them and
 * `/api/openapi.json` is generated from them (@hono/zod-openapi), so the document cannot drift
 * from what is served.
 */
import { z } from '@hono/zod-openapi';

/** Limits: results per page, query length, body size. */
export const LIMITS = { pageSize: 100, queryChars: 500, bodyBytes: 8 * 1024 * 1024, idChars: 1000 } as const;

export const ErrorSchema = z.object({
  code: z.string().openapi({ example: 'E_NOT_FOUND' }),
  message: z.string(),
  hint: z.string(),
}).openapi('Error');

const cursor = z.string().max(200).optional().openapi({ description: 'Opaque: the `next` of the previous page.' });
const limit = (dflt: number) => z.coerce.number().int().min(1).max(LIMITS.pageSize).default(dflt)
  .openapi({ description: `Results per page (at most ${LIMITS.pageSize}).` });
const dateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'a date as YYYY-MM-DD or ISO 8601').optional();

export const IdParam = z.object({
  id: z.string().min(1).max(LIMITS.idChars).openapi({ param: { name: 'id', in: 'path' }, description: 'The article id, URL-encoded (`Cluster_014%2F98`).', example: 'Cluster_014%2F98' }),
});
export const StoryIdParam = z.object({
  id: z.string().min(1).max(LIMITS.idChars).openapi({ param: { name: 'id', in: 'path' }, example: 's1' }),
});

export const HealthSchema = z.object({ status: z.literal('ok'), articles: z.number().int() }).openapi('Health');

export const ArticleRowSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  headline: z.string(),
  source: z.string().optional(),
  publishedAt: z.string().optional(),
  copyOf: z.string().optional(),
  copies: z.number().int().optional(),
}).openapi('ArticleRow');

export const ArticlesQuery = z.object({ cursor, limit: limit(20), source: z.string().max(200).optional() });
export const ArticlesPageSchema = z.object({
  articles: z.array(ArticleRowSchema),
  total: z.number().int(),
  next: z.string().optional(),
}).openapi('ArticlePage');

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });
const MetaShape = {
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
  author: z.string().optional(),
  credit: z.string().optional(),
  summaryOnly: z.boolean().optional(),
};

export const ArticleSchema = z.object({
  id: z.string(),
  ...MetaShape,
  lang: z.string(),
  revision: z.number().int(),
  copyOf: z.string().optional(),
  copies: z.array(z.string()),
  story: z.string().optional(),
  pipeline: z.string(),
  ingestedAt: z.string(),
  updatedAt: z.string(),
  text: z.string().openapi({ description: 'The clean text; offsets are UTF-16 code units into it.' }),
  body: z.string().openapi({ description: 'Lead and body paragraphs, one a line.' }),
  blocks: z.array(SpanSchema.extend({ kind: z.enum(['title', 'lead', 'body', 'caption']) })),
  sentences: z.array(SpanSchema),
  revisions: z.array(z.object({
    revision: z.number().int(), text: z.string(), meta: z.object(MetaShape), pipeline: z.string(), ingestedAt: z.string(), replacedAt: z.string(),
  })),
}).openapi('Article');

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'no query given').max(LIMITS.queryChars, `a query of at most ${LIMITS.queryChars} characters`)
    .openapi({ description: 'Words (all must match, with or without diacritics), or "a phrase" in double quotes.', example: 'tap can binh' }),
  from: dateParam,
  to: dateParam,
  source: z.string().max(200).optional(),
  all: z.enum(['0', '1', 'true', 'false']).optional().openapi({ description: 'Include copies (folded under their original by default).' }),
  facets: z.enum(['0', '1', 'true', 'false']).optional().openapi({ description: 'Count outlets and months of the best results (default: yes; `0` skips it, about halving the time of a broad query).' }),
  cursor,
  limit: limit(10),
});

export const SearchSchema = z.object({
  query: z.string(),
  matched: z.array(z.array(z.string())).optional(),
  together: z.number().int().optional(),
  total: z.number().int(),
  hits: z.array(z.object({
    id: z.string(),
    title: z.string().optional(),
    headline: z.string(),
    source: z.string().optional(),
    publishedAt: z.string().optional(),
    score: z.number(),
    copyOf: z.string().optional(),
    copies: z.number().int().optional(),
    snippet: z.string(),
    highlights: z.array(SpanSchema).openapi({ description: 'Matches, as offsets into `snippet`.' }),
  })),
  next: z.string().optional(),
  facets: z.optional(z.object({
    counted: z.number().int().openapi({ description: 'Facets count the best results only: this many.' }),
    total: z.number().int(),
    byOutlet: z.array(z.object({ source: z.string(), count: z.number().int() })),
    byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  })),
}).openapi('SearchResult');

export const StoriesQuery = z.object({ cursor, limit: limit(20) });

const StoryRowShape = {
  id: z.string(),
  headline: z.string(),
  headlineId: z.string().optional(),
  first: z.string().optional(),
  last: z.string().optional(),
  articleCount: z.number().int(),
  copies: z.number().int(),
  outlets: z.array(z.string()),
  entities: z.array(z.string()),
  related: z.array(z.object({ story: z.string(), headline: z.string(), shared: z.array(z.string()) })),
  open: z.boolean(),
};
export const StoriesPageSchema = z.object({
  stories: z.array(z.object(StoryRowShape)),
  total: z.number().int(),
  next: z.string().optional(),
}).openapi('StoryPage');

export const StorySchema = z.object({
  ...StoryRowShape,
  articles: z.array(z.object({
    id: z.string(),
    title: z.string().optional(),
    source: z.string().optional(),
    publishedAt: z.string().optional(),
    copyOf: z.string().optional(),
    similarity: z.number(),
  })),
}).openapi('Story');

export const StatsSchema = z.object({
  articles: z.number().int(),
  revisions: z.number().int(),
  copies: z.number().int(),
  nearCopies: z.number().int(),
  outlets: z.number().int(),
  byLang: z.record(z.string(), z.number().int()),
  bySource: z.array(z.object({ source: z.string(), count: z.number().int() })),
  firstPublished: z.string().optional(),
  lastPublished: z.string().optional(),
  undated: z.number().int(),
  byPipeline: z.record(z.string(), z.number().int()),
  republished: z.array(z.object({ outlet: z.string(), from: z.string(), count: z.number().int() })),
}).openapi('Stats');

/** A bulk-import record, as `ingest` reads a JSONL line (the readers check it again, field by field). */
export const RecordSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  body: z.string().min(1),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
  author: z.string().optional(),
  credit: z.string().optional(),
}).openapi('Record');

export const PostBodySchema = z.union([RecordSchema, z.array(RecordSchema).min(1).max(1000)]);

export const PostQuery = z.object({
  id: z.string().max(LIMITS.idChars).optional().openapi({ description: 'For a page or a text: its id (else from `url`, else from the content).' }),
  url: z.string().max(2000).optional(),
  title: z.string().max(1000).optional(),
  source: z.string().max(200).optional(),
  publishedAt: dateParam,
});

export const IngestResultSchema = z.object({
  ids: z.array(z.string()),
  read: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  copies: z.number().int(),
  rejected: z.array(z.object({ where: z.string(), code: z.string(), reason: z.string() })),
  otherLanguage: z.array(z.object({ id: z.string(), lang: z.string() })),
  warnings: z.array(z.string()),
}).openapi('IngestResult');

export const DeleteResultSchema = z.object({
  deleted: z.array(z.string()),
  missing: z.array(z.string()),
  promoted: z.array(z.string()),
  stories: z.array(z.string()),
}).openapi('DeleteResult');
