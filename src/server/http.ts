/** What the API and the pages share: errors as JSON from the one table, opaque cursors, the bearer-token rule. */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, ERRORS, type ErrorCode } from '../app/index.js';

export interface ErrorBody {
  code: string;
  message: string;
  hint: string;
}

export function errorBody(code: ErrorCode, message: string, hint?: string): ErrorBody {
  return { code, message, hint: hint ?? ERRORS[code].hint };
}

/** Any error as the API answers it: an AppError with its code's status; anything else a 500 (logged). */
export function errorResponse(c: Context, e: unknown): Response {
  if (e instanceof AppError) return c.json(errorBody(e.code, e.message, e.hint), e.httpStatus as 400);
  // what Hono's own middleware throws (the media-type gate of the routes: 415)
  if (e instanceof HTTPException) {
    const code: ErrorCode = e.status === 415 ? 'E_MEDIA_TYPE' : e.status === 413 ? 'E_TOO_LARGE' : e.status === 404 ? 'E_NOT_FOUND' : e.status < 500 ? 'E_BAD_REQUEST' : 'E_INTERNAL';
    return c.json(errorBody(code, e.message || 'bad request'), ERRORS[code].http as 400);
  }
  console.error(e);
  return c.json(errorBody('E_INTERNAL', 'internal error'), 500);
}

/**
 * Cursors are opaque (base64url of a position), so that a store with its own keys can change what
 * they hold without changing clients.
 */
export function encodeCursor(position: number): string {
  return Buffer.from(JSON.stringify({ p: position })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { p?: unknown };
    if (typeof v.p === 'number' && Number.isInteger(v.p) && v.p >= 0) return v.p;
  } catch {
    // a cursor that is not ours
  }
  throw new AppError('E_BAD_REQUEST', 'bad cursor: give the `next` of the previous page, or none for the first page');
}

/** The first problem zod found, with where it is (inside a union: the first alternative's first problem). */
export function firstIssue(issues: readonly { path: PropertyKey[]; message: string; code?: string; errors?: unknown }[]): string {
  let issue = issues[0];
  const nested = issue?.code === 'invalid_union' && Array.isArray(issue.errors) ? (issue.errors[0] as typeof issues | undefined) : undefined;
  if (nested?.[0]) issue = { ...nested[0], path: [...issue!.path, ...nested[0].path] };
  if (!issue) return 'invalid request';
  return `${issue.path.length ? `${issue.path.map(String).join('.')}: ` : ''}${issue.message}`;
}

/** Writes need a configured token, sent as `Authorization: Bearer TOKEN` (compared in constant time). */
export function checkToken(token: string | undefined, header: string | undefined): void {
  if (!token) throw new AppError('E_WRITES_OFF', 'writes are off on this server (no token is configured)');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  if (!m || !timingSafeEqual(digest(m[1]!), digest(token))) {
    throw new AppError('E_UNAUTHORIZED', header ? 'wrong token' : 'this route needs `Authorization: Bearer TOKEN`');
  }
}
