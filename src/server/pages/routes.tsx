/** The pages: each reads through the application layer and renders on the server (Hono JSX); no client script. */
import { Hono } from 'hono';
import {
  AppError, ENTITY_TYPES, getArticle, getEntity, getStory, leadsOf, listEntities, listStories, outletsOverview, searchArticles, stats,
  type SearchResult, type Store,
} from '../../app/index.js';
import { ArticlePage } from './article.js';
import { ENTITIES_PER_PAGE, EntitiesPage, EntityPage } from './entities.js';
import { pageNumber } from './format.js';
import { HomePage, STORIES_PER_PAGE } from './home.js';
import { NotFound } from './layout.js';
import { OutletsPage } from './outlets.js';
import { HITS_PER_PAGE, SearchPage, type SearchParams } from './search.js';
import { StoryPage } from './story.js';

/** The outlets page scans every article's outlet: kept this long before it is counted again. */
const OUTLETS_TTL_MS = 60_000;

const notFound = (e: unknown): e is AppError => e instanceof AppError && e.code === 'E_NOT_FOUND';

export function createPages(store: Store): Hono {
  const pages = new Hono();

  pages.get('/', async (c) => {
    const page = pageNumber(c.req.query('trang'));
    const { stories, total } = await listStories(store, { limit: STORIES_PER_PAGE, offset: (page - 1) * STORIES_PER_PAGE });
    const leads = await leadsOf(store, stories.flatMap((s) => (s.headlineId ? [s.headlineId] : [])));
    return c.html(<HomePage stories={stories} total={total} page={page} leads={leads} />);
  });

  pages.get('/stories/:id', async (c) => {
    try {
      return c.html(<StoryPage story={await getStory(store, { id: c.req.param('id') })} />);
    } catch (e) {
      if (notFound(e)) return c.html(<NotFound message={`Không có câu chuyện “${c.req.param('id')}”.`} />, 404);
      throw e;
    }
  });

  pages.get('/articles/:id', async (c) => {
    try {
      const view = await getArticle(store, c.req.param('id'));
      const story = view.story ? await getStory(store, { id: view.story }).catch(() => undefined) : undefined;
      return c.html(<ArticlePage view={view} {...(story ? { story } : {})} />);
    } catch (e) {
      if (notFound(e)) return c.html(<NotFound message={`Không có bài báo mã “${c.req.param('id')}”.`} />, 404);
      throw e;
    }
  });

  pages.get('/entities', async (c) => {
    const page = pageNumber(c.req.query('trang'));
    const raw = c.req.query('loai')?.toUpperCase();
    const type = raw && (ENTITY_TYPES as readonly string[]).includes(raw) ? raw : undefined;
    const list = await listEntities(store, { ...(type ? { type } : {}), limit: ENTITIES_PER_PAGE, offset: (page - 1) * ENTITIES_PER_PAGE });
    return c.html(<EntitiesPage {...list} page={page} {...(type ? { type } : {})} />);
  });

  pages.get('/entities/:id', async (c) => {
    try {
      return c.html(<EntityPage detail={await getEntity(store, c.req.param('id'), { limit: 30 })} />);
    } catch (e) {
      if (notFound(e)) return c.html(<NotFound message={`Không có tên “${c.req.param('id')}” trong các bài.`} />, 404);
      throw e;
    }
  });

  pages.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 500);
    const params: SearchParams = { q, page: pageNumber(c.req.query('trang')) };
    for (const key of ['source', 'from', 'to', 'entity'] as const) {
      const v = c.req.query(key)?.trim();
      if (v) params[key] = v.slice(0, key === 'entity' ? 1000 : 200);
    }
    if (!q && !params.entity) return c.html(<SearchPage params={params} />);
    const request = {
      text: q, ...(params.source ? { source: params.source } : {}), ...(params.from ? { from: params.from } : {}), ...(params.to ? { to: params.to } : {}),
      ...(params.entity ? { entity: params.entity } : {}),
    };
    let result: SearchResult;
    try {
      result = await searchArticles(store, { ...request, limit: HITS_PER_PAGE, offset: (params.page - 1) * HITS_PER_PAGE, facets: true });
    } catch (e) {
      if (notFound(e)) return c.html(<SearchPage params={params} error={`Không có tên “${params.entity}” trong các bài.`} />, 404);
      if (e instanceof AppError && (e.code === 'E_BAD_QUERY' || e.code === 'E_BAD_REQUEST')) {
        return c.html(<SearchPage params={params} error={`Không tìm được: ${e.message}. Gõ các từ, hoặc "một cụm từ" trong ngoặc kép; ngày theo dạng NNNN-TT-NN.`} />, 400);
      }
      throw e;
    }
    return c.html(<SearchPage params={params} result={result} {...(result.facets ? { facets: result.facets } : {})} />);
  });

  let outlets: { at: number; page: Promise<[Awaited<ReturnType<typeof outletsOverview>>, Awaited<ReturnType<typeof stats>>]> } | undefined;
  pages.get('/outlets', async (c) => {
    if (!outlets || Date.now() - outlets.at > OUTLETS_TTL_MS) outlets = { at: Date.now(), page: Promise.all([outletsOverview(store), stats(store)]) };
    const [overview, counts] = await outlets.page;
    return c.html(<OutletsPage overview={overview} stats={counts} />);
  });

  return pages;
}
