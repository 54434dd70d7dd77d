/**
 * The JSON API under /api: each route declared once (createRoute, with the schemas of schemas.ts),
 * validated by those schemas and listed in /api/openapi.json from them; every handler calls the
 * application layer only.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import {
  AppError, countArticles, deleteArticles, getArticle, getEntity, getStory, ingestBody, listArticles, listEntities, listStories, searchArticles, stats,
  type Store,
} from '../app/index.js';
import { checkToken, decodeCursor, encodeCursor, errorBody, errorResponse, firstIssue } from './http.js';
import {
  ArticleSchema, ArticlesPageSchema, ArticlesQuery, DeleteResultSchema, EntitiesPageSchema, EntitiesQuery, EntityIdParam, EntityQuery, EntitySchema,
  ErrorSchema, HealthSchema, IdParam, IngestResultSchema, LIMITS,
  PostBodySchema, PostQuery, SearchQuery, SearchSchema, StatsSchema, StoriesPageSchema, StoriesQuery, StoryIdParam, StorySchema,
} from './schemas.js';

export interface ApiOptions {
  /** Writes (POST, DELETE) are allowed with this bearer token only; none: writes are off. */
  token?: string;
  /** The clock for story placement after a POST (tests pin it). */
  now?: () => number;
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = {
  400: json(ErrorSchema, 'Bad request: a parameter or the body is invalid'),
  404: json(ErrorSchema, 'Not found'),
} as const;
const writeErrors = {
  ...errors,
  401: json(ErrorSchema, 'No token, or a wrong one'),
  403: json(ErrorSchema, 'Writes are off: no token is configured'),
} as const;
const bearer = [{ bearer: [] as string[] }];

const routes = {
  health: createRoute({ method: 'get', path: '/api/health', summary: 'Is the server up, and how many articles it holds', responses: { 200: json(HealthSchema, 'Up') } }),
  articles: createRoute({
    method: 'get', path: '/api/articles', summary: 'Articles in ingest order, a page at a time',
    request: { query: ArticlesQuery }, responses: { 200: json(ArticlesPageSchema, 'A page of articles'), ...errors },
  }),
  article: createRoute({
    method: 'get', path: '/api/articles/{id}', summary: 'One article: clean text, blocks, sentences, resolved times, metadata, copies, story, revisions',
    request: { params: IdParam }, responses: { 200: json(ArticleSchema, 'The article'), ...errors },
  }),
  raw: createRoute({
    method: 'get', path: '/api/articles/{id}/raw', summary: 'The raw input of an article, as it was received',
    request: { params: IdParam },
    responses: { 200: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } }, description: 'The bytes' }, ...errors },
  }),
  search: createRoute({
    method: 'get', path: '/api/search', summary: 'Full-text search, with or without diacritics; facets by outlet and month',
    request: { query: SearchQuery }, responses: { 200: json(SearchSchema, 'Hits, best first'), ...errors },
  }),
  stories: createRoute({
    method: 'get', path: '/api/stories', summary: 'Stories, newest first',
    request: { query: StoriesQuery }, responses: { 200: json(StoriesPageSchema, 'A page of stories'), ...errors },
  }),
  story: createRoute({
    method: 'get', path: '/api/stories/{id}', summary: 'One story: its articles, outlets, copies, related stories, timeline',
    request: { params: StoryIdParam }, responses: { 200: json(StorySchema, 'The story'), ...errors },
  }),
  entities: createRoute({
    method: 'get', path: '/api/entities', summary: 'The people, places, organisations and other names of the articles, most mentioned first',
    request: { query: EntitiesQuery }, responses: { 200: json(EntitiesPageSchema, 'A page of entities'), ...errors },
  }),
  entity: createRoute({
    method: 'get', path: '/api/entities/{id}', summary: 'One entity: its aliases, articles, stories, co-occurring entities, articles by month',
    request: { params: EntityIdParam, query: EntityQuery }, responses: { 200: json(EntitySchema, 'The entity'), ...errors },
  }),
  stats: createRoute({ method: 'get', path: '/api/stats', summary: 'Counts over the store', responses: { 200: json(StatsSchema, 'Counts') } }),
  post: createRoute({
    method: 'post', path: '/api/articles', security: bearer,
    summary: 'Ingest articles: bulk-import JSON (one record or an array), an HTML page, or a text',
    description: `At most ${LIMITS.bodyBytes / 1024 / 1024} MB. A page or a text that is not a news article is refused (422).`,
    request: {
      query: PostQuery,
      body: {
        // required in fact; declared optional so that the JSON schema checks JSON bodies only (a required body is parsed as JSON whatever its type)
        required: false,
        description: 'Required: bulk-import JSON, a page, or a text.',
        content: {
          'application/json': { schema: PostBodySchema },
          'text/html': { schema: z.string() },
          'text/plain': { schema: z.string() },
        },
      },
    },
    responses: {
      200: json(IngestResultSchema, 'What was stored, and what was rejected'), ...writeErrors,
      413: json(ErrorSchema, 'The body is too large'), 415: json(ErrorSchema, 'Not JSON, HTML or text'), 422: json(ErrorSchema, 'Not an article'),
    },
  }),
  delete: createRoute({
    method: 'delete', path: '/api/articles/{id}', security: bearer, summary: 'Delete an article with everything kept of it',
    request: { params: IdParam }, responses: { 200: json(DeleteResultSchema, 'What was deleted'), ...writeErrors },
  }),
};

/** An entity row as the schema types it (a store gives the types the entities stage writes). */
const entityRow = <T extends { type: string }>(e: T): T & { type: 'PER' | 'LOC' | 'ORG' | 'MISC' } => e as T & { type: 'PER' | 'LOC' | 'ORG' | 'MISC' };

/** The API over a store. */
export function createApi(store: Store, options: ApiOptions = {}): OpenAPIHono {
  const api = new OpenAPIHono({
    // a request the schemas refuse: 400 with the first issue, as every other error
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(errorBody('E_BAD_REQUEST', firstIssue(result.error.issues)), 400);
      }
      return undefined;
    },
  });
  api.onError((e, c) => errorResponse(c, e));
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  // writes: the token first, then the size of the body
  api.use('/api/articles', async (c, next) => {
    if (c.req.method === 'POST') checkToken(options.token, c.req.header('authorization'));
    await next();
  });
  api.use('/api/articles/:id', async (c, next) => {
    if (c.req.method === 'DELETE') checkToken(options.token, c.req.header('authorization'));
    await next();
  });
  api.post('/api/articles', bodyLimit({
    maxSize: LIMITS.bodyBytes,
    onError: (c) => c.json(errorBody('E_TOO_LARGE', `the body is over ${LIMITS.bodyBytes / 1024 / 1024} MB`), 413),
  }));

  api.openapi(routes.health, async (c) => c.json({ status: 'ok' as const, articles: await countArticles(store) }, 200));

  api.openapi(routes.articles, async (c) => {
    const q = c.req.valid('query');
    const page = await listArticles(store, { start: decodeCursor(q.cursor), limit: q.limit, ...(q.source ? { source: q.source } : {}) });
    return c.json({ articles: page.articles, total: page.total, ...(page.next !== undefined ? { next: encodeCursor(page.next) } : {}) }, 200);
  });

  api.openapi(routes.article, async (c) => {
    const view = await getArticle(store, c.req.valid('param').id, { revisions: true });
    const a = view.article;
    return c.json({
      id: a.id, ...a.meta, lang: a.lang, revision: a.revision, ...(a.copyOf ? { copyOf: a.copyOf } : {}), copies: view.copies,
      ...(view.story ? { story: view.story } : {}), pipeline: a.pipeline, ingestedAt: a.ingestedAt, updatedAt: a.updatedAt,
      text: a.text, body: view.body, blocks: a.doc.blocks ?? [], sentences: a.doc.sentences ?? [], times: view.times ?? [], revisions: view.revisions ?? [],
    }, 200);
  });

  api.openapi(routes.raw, async (c) => {
    const view = await getArticle(store, c.req.valid('param').id);
    // never rendered here: a stored page is untrusted HTML
    return c.body(Buffer.from(view.article.doc.input.bytes), 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': 'attachment',
      'Content-Security-Policy': "sandbox; default-src 'none'",
    });
  });

  api.openapi(routes.search, async (c) => {
    const q = c.req.valid('query');
    if (!q.q && !q.entity) throw new AppError('E_BAD_REQUEST', 'no query given (q, or entity)');
    const request = {
      text: q.q, ...(q.entity ? { entity: q.entity } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.source ? { source: q.source } : {}),
      includeCopies: q.all === '1' || q.all === 'true',
    };
    const offset = decodeCursor(q.cursor);
    const result = await searchArticles(store, { ...request, limit: q.limit, offset, facets: q.facets !== '0' && q.facets !== 'false' });
    const { offset: _offset, facets, ...rest } = result;
    const next = offset + result.hits.length;
    return c.json({ ...rest, ...(next < result.total && result.hits.length > 0 ? { next: encodeCursor(next) } : {}), ...(facets ? { facets } : {}) }, 200);
  });

  api.openapi(routes.stories, async (c) => {
    const q = c.req.valid('query');
    const offset = decodeCursor(q.cursor);
    const page = await listStories(store, { limit: q.limit, offset });
    const next = offset + page.stories.length;
    return c.json({ stories: page.stories, total: page.total, ...(next < page.total && page.stories.length > 0 ? { next: encodeCursor(next) } : {}) }, 200);
  });

  api.openapi(routes.story, async (c) => c.json(await getStory(store, { id: c.req.valid('param').id }), 200));

  api.openapi(routes.entities, async (c) => {
    const q = c.req.valid('query');
    const page = await listEntities(store, { ...(q.type ? { type: q.type } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), limit: q.limit, offset: q.offset });
    return c.json({ ...page, entities: page.entities.map(entityRow), offset: q.offset }, 200);
  });

  api.openapi(routes.entity, async (c) => {
    const d = await getEntity(store, c.req.valid('param').id, { limit: c.req.valid('query').limit });
    return c.json({ ...d, entity: entityRow(d.entity), cooccurring: d.cooccurring.map((e) => ({ ...entityRow(e), together: e.together })) }, 200);
  });

  api.openapi(routes.stats, async (c) => c.json(await stats(store), 200));

  api.openapi(routes.post, async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const q = c.req.valid('query');
    const now = options.now?.();
    const meta = { ...(q.id ? { id: q.id } : {}), ...(q.url ? { url: q.url } : {}), ...(q.title ? { title: q.title } : {}), ...(q.source ? { source: q.source } : {}), ...(q.publishedAt ? { publishedAt: q.publishedAt } : {}) };
    let result;
    if (type === 'application/json') {
      // the text bodies share this route's body declaration; a JSON body was checked by PostBodySchema
      const body = c.req.valid('json') as z.infer<typeof PostBodySchema>;
      result = await ingestBody(store, { kind: 'records', records: Array.isArray(body) ? body : [body], ...(now !== undefined ? { now } : {}) });
    } else if (type === 'text/html' || type === 'text/plain') {
      const content = await c.req.text();
      result = await ingestBody(store, { kind: type === 'text/html' ? 'html' : 'text', content, meta, ...(now !== undefined ? { now } : {}) });
    } else {
      throw new AppError('E_BAD_REQUEST', `send application/json, text/html or text/plain, not ${type || 'no content type'}`);
    }
    const { ids, read, new: added, updated, unchanged, copies, rejected, otherLanguage, warnings } = result;
    return c.json({ ids, read, new: added, updated, unchanged, copies, rejected, otherLanguage, warnings }, 200);
  });

  api.openapi(routes.delete, async (c) => {
    const { id } = c.req.valid('param');
    const report = await deleteArticles(store, [id]);
    if (report.deleted.length === 0) throw new AppError('E_NOT_FOUND', `no article with id ${JSON.stringify(id)}`);
    return c.json(report, 200);
  });

  api.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'toancanh', version: '0.1.0', description: 'Vietnamese news: articles, search, stories. Errors are `{code, message, hint}` (src/app/errors.ts).' },
  });
  return api;
}
