/**
 * The server: the JSON API (api.ts) and the pages (pages/), over one store, behind security headers
 * (a strict Content-Security-Policy with no script at all, nosniff, no referrer) and a
 * `Server-Timing` header with the handler's time.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { timing } from 'hono/timing';
import type { Store } from '../app/index.js';
import { createApi, type ApiOptions } from './api.js';
import { errorBody, errorResponse } from './http.js';
import { ErrorPage, NotFound } from './pages/layout.js';
import { createPages } from './pages/routes.js';

/** The one stylesheet (src/server/assets/style.css; this file is dist/src/server/app.js once built). */
const STYLE = readFileSync(new URL('../../../src/server/assets/style.css', import.meta.url), 'utf8');

export type ServerOptions = ApiOptions;

export function createServer(store: Store, options: ServerOptions = {}): Hono {
  const app = new Hono();
  app.use('*', timing({ totalDescription: 'handler' }));
  // a stored input is untrusted: sandboxed should a browser ever render it (set after the headers below)
  app.use('/api/articles/:id/raw', async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', "sandbox; default-src 'none'");
  });
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY',
    // served over plain HTTP on loopback by default; HSTS belongs to the TLS proxy in front, if any
    strictTransportSecurity: false,
  }));
  app.get('/static/style.css', (c) => c.body(STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': 'public, max-age=86400' }));
  app.route('/', createApi(store, options));
  app.route('/', createPages(store));
  app.notFound((c) => c.req.path.startsWith('/api/')
    ? c.json(errorBody('E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`, 'The routes are listed in /api/openapi.json.'), 404)
    : c.html(NotFound({ message: `Không có trang ${c.req.path}.` }), 404));
  app.onError((e, c) => {
    if (c.req.path.startsWith('/api/')) return errorResponse(c, e);
    console.error(e);
    return c.html(ErrorPage({}), 500);
  });
  return app;
}
