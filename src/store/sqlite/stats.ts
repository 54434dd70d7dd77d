/** Counts over a SQLite store, for `toancanh stats`. */
import type Database from 'better-sqlite3';
import type { StoreStats } from '../store.js';
import type { Row } from './rows.js';

export function sqliteStats(db: Database.Database): StoreStats {
  const one = (sql: string, ...params: unknown[]): Row => db.prepare(sql).get(...params) as Row;
  const byLang: Record<string, number> = {};
  for (const r of db.prepare('SELECT lang, count(*) AS n FROM articles GROUP BY lang ORDER BY n DESC').all() as Row[]) {
    byLang[r.lang as string] = r.n as number;
  }
  const byPipeline: Record<string, number> = {};
  for (const r of db.prepare('SELECT pipeline, count(*) AS n FROM articles GROUP BY pipeline ORDER BY n DESC').all() as Row[]) {
    byPipeline[r.pipeline as string] = r.n as number;
  }
  const range = one('SELECT min(published_ms) AS lo, max(published_ms) AS hi FROM articles');
  const at = (ms: unknown): string | undefined => (ms === null ? undefined : (one('SELECT published_at FROM articles WHERE published_ms = ? LIMIT 1', ms).published_at as string));
  const first = at(range.lo);
  const last = at(range.hi);
  return {
    articles: one('SELECT count(*) AS n FROM articles').n as number,
    revisions: one('SELECT count(*) AS n FROM article_revisions').n as number,
    copies: one('SELECT count(*) AS n FROM articles WHERE copy_of IS NOT NULL').n as number,
    nearCopies: one(`SELECT count(*) AS n FROM story_articles x JOIN articles a ON a.id = x.article_id
      WHERE x.copy_of IS NOT NULL AND a.copy_of IS NULL`).n as number,
    outlets: one("SELECT count(DISTINCT coalesce(source, '(unknown)')) AS n FROM articles").n as number,
    byLang,
    bySource: (db.prepare("SELECT coalesce(source, '(unknown)') AS source, count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, 1 LIMIT 15").all() as Row[])
      .map((r) => ({ source: r.source as string, count: r.n as number })),
    ...(first ? { firstPublished: first } : {}),
    ...(last ? { lastPublished: last } : {}),
    undated: one('SELECT count(*) AS n FROM articles WHERE published_ms IS NULL').n as number,
    byPipeline,
    republished: (db.prepare(`SELECT coalesce(c.source, '(unknown)') AS outlet, coalesce(o.source, '(unknown)') AS origin, count(*) AS n
      FROM story_articles x JOIN articles c ON c.id = x.article_id JOIN articles o ON o.id = x.copy_of
      WHERE coalesce(c.source, '') != coalesce(o.source, '') GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 15`).all() as Row[])
      .map((r) => ({ outlet: r.outlet as string, from: r.origin as string, count: r.n as number })),
  };
}
