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

const GRANULARITIES = ['instant', 'day', 'week', 'month', 'year', 'interval'] as const;

export const TimeSchema = SpanSchema.extend({
  text: z.string().openapi({ description: 'The expression as written (`hôm thứ Ba`); `start`/`end` are UTF-16 offsets into the article\'s `text`.' }),
  value: z.string().nullable().openapi({ description: 'ISO 8601, resolved against the publication date: `2021-03-23`, `2021-W11`, `2018-06`, `2020`, `2021-03-23T02:45+07:00`, an interval `start/end`; null when it cannot be resolved.', example: '2021-03-23' }),
  granularity: z.enum(GRANULARITIES).nullable(),
  reason: z.string().optional().openapi({ description: 'Why `value` is null (`no publication date`, …).' }),
}).openapi('Time');

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
  times: z.array(TimeSchema).openapi({ description: 'The time expressions of the text (title, lead, body, captions) in text order, resolved to the calendar (the `times` stage); empty when the stage did not run.' }),
  revisions: z.array(z.object({
    revision: z.number().int(), text: z.string(), meta: z.object(MetaShape), pipeline: z.string(), ingestedAt: z.string(), replacedAt: z.string(),
  })),
}).openapi('Article');

export const SearchQuery = z.object({
  q: z.string().trim().max(LIMITS.queryChars, `a query of at most ${LIMITS.queryChars} characters`).default('')
    .openapi({ description: 'Words (all must match, with or without diacritics), or "a phrase" in double quotes. Required unless `entity` is given.', example: 'tap can binh' }),
  entity: z.string().trim().min(1).max(LIMITS.idChars).optional()
    .openapi({ description: 'Only articles naming this entity: its id (`per:xi-jinping`, `PER~nguyen thanh son`) or a name it was written as. Without `q`: its articles, newest first (score 0).', example: 'per:xi-jinping' }),
  from: dateParam,
  to: dateParam,
  source: z.string().max(200).optional(),
  all: z.enum(['0', '1', 'true', 'false']).optional().openapi({ description: 'Include copies (folded under their original by default).' }),
  facets: z.enum(['0', '1', 'true', 'false']).optional().openapi({ description: 'Count the outlets and months of every result (default: yes; `0` skips it: one metadata query less).' }),
  cursor,
  limit: limit(10),
});

export const SearchSchema = z.object({
  query: z.string(),
  entity: z.string().optional().openapi({ description: 'The id of the entity asked for.' }),
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
    counted: z.number().int().openapi({ description: 'How many results the facets count: all of them (equal to total).' }),
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
  timeline: z.array(z.object({
    day: z.string().openapi({ description: 'The first day the value covers (a week\'s Monday, a month\'s first day), `YYYY-MM-DD`: the calendar order.', example: '2021-03-23' }),
    value: z.string().openapi({ description: 'The resolved value, ISO 8601 (as in an article\'s `times`).', example: '2021-03-23' }),
    granularity: z.string().openapi({ example: 'day' }),
    text: z.string().openapi({ description: 'The time expression.', example: 'hôm thứ Ba' }),
    start: z.number().int().openapi({ description: 'The expression: UTF-16 offsets into the article\'s `text`.' }),
    end: z.number().int(),
    sentence: z.string().openapi({ description: 'The sentence holding it.' }),
    sentenceStart: z.number().int(),
    sentenceEnd: z.number().int(),
    articleId: z.string(),
  }).openapi('TimelineEvent')).openapi({ description: 'What happened when: each sentence of its articles (copies left out) that a time expression places on the calendar, in calendar order; one told by several articles is listed once.' }),
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

const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;

export const EntitiesQuery = z.object({
  type: z.enum(ENTITY_TYPES).optional().openapi({ description: 'People, places, organisations or other names.' }),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional().openapi({ description: 'Count articles published on or after this day (as written in the article).' }),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional().openapi({ description: 'Count articles published on or before this day.' }),
  limit: limit(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const EntityRowShape = {
  id: z.string().openapi({ description: 'The knowledge base id (`per:xi-jinping`), or `TYPE~folded name` for a name it does not know: stable across articles.', example: 'per:xi-jinping' }),
  type: z.enum(ENTITY_TYPES),
  name: z.string().openapi({ description: 'The knowledge base\'s name, or the form written most.' }),
  en: z.string().optional(),
  linked: z.boolean().openapi({ description: 'Known to the knowledge base.' }),
  mentions: z.number().int(),
  articles: z.number().int().openapi({ description: 'Articles naming it (exact copies not counted).' }),
};
export const EntityRowSchema = z.object(EntityRowShape).openapi('EntityRow');

export const EntitiesPageSchema = z.object({
  entities: z.array(EntityRowSchema).openapi({ description: 'Most articles first, then most mentions, then by id.' }),
  total: z.number().int(),
  articles: z.number().int().openapi({ description: 'Articles naming an entity, in the bounds.' }),
  offset: z.number().int(),
}).openapi('EntityPage');

export const EntityIdParam = z.object({
  id: z.string().min(1).max(LIMITS.idChars).openapi({ param: { name: 'id', in: 'path' }, description: 'An entity id, URL-encoded, or a name it was written as (`tap can binh`).', example: 'per%3Axi-jinping' }),
});
export const EntityQuery = z.object({ limit: limit(20).openapi({ description: 'Articles, stories and co-occurring entities to give (at most 100).' }) });

export const EntitySchema = z.object({
  entity: EntityRowSchema,
  surfaces: z.array(z.object({ text: z.string(), count: z.number().int() })).openapi({ description: 'Its aliases: the forms it was written in, most first.' }),
  articles: z.array(z.object({ id: z.string(), title: z.string().optional(), publishedAt: z.string().optional(), mentions: z.number().int() })).openapi({ description: 'The articles naming it most.' }),
  cooccurring: z.array(z.object({ ...EntityRowShape, together: z.number().int().openapi({ description: 'Articles naming both.' }) })),
  months: z.record(z.string(), z.number().int()).openapi({ description: 'Articles naming it by month of publication (`YYYY-MM`, or `undated`).', example: { '2021-03': 2 } }),
  stories: z.array(z.object({ id: z.string(), headline: z.string(), articles: z.number().int() })).openapi({ description: 'The stories its articles are in, most of its articles first.' }),
}).openapi('Entity');
