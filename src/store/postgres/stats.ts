/** Counts over a PostgreSQL store, for `toancanh stats` (the SQLite store's counts, ../sqlite/stats.ts). */
import type pg from 'pg';
import type { StoreStats } from '../store.js';
import { one, rows } from './db.js';

export async function pgStats(db: pg.Pool): Promise<StoreStats> {
  const n = async (sql: string): Promise<number> => (await one(db, sql))!.n as number;
  const byLang: Record<string, number> = {};
  for (const r of await rows(db, 'SELECT lang, count(*) AS n FROM articles GROUP BY lang ORDER BY n DESC, lang')) byLang[r.lang as string] = r.n as number;
  const byPipeline: Record<string, number> = {};
  for (const r of await rows(db, 'SELECT pipeline, count(*) AS n FROM articles GROUP BY pipeline ORDER BY n DESC, pipeline')) byPipeline[r.pipeline as string] = r.n as number;
  const range = (await one(db, `SELECT (SELECT published_at FROM articles WHERE published_ms IS NOT NULL ORDER BY published_ms, rowid LIMIT 1) AS first,
    (SELECT published_at FROM articles WHERE published_ms IS NOT NULL ORDER BY published_ms DESC, rowid LIMIT 1) AS last`))!;
  return {
    articles: await n('SELECT count(*) AS n FROM articles'),
    revisions: await n('SELECT count(*) AS n FROM article_revisions'),
    copies: await n('SELECT count(*) AS n FROM articles WHERE copy_of IS NOT NULL'),
    nearCopies: await n(`SELECT count(*) AS n FROM story_articles x JOIN articles a ON a.id = x.article_id
      WHERE x.copy_of IS NOT NULL AND a.copy_of IS NULL`),
    outlets: await n("SELECT count(DISTINCT coalesce(source, '(unknown)')) AS n FROM articles"),
    byLang,
    bySource: (await rows(db, "SELECT coalesce(source, '(unknown)') AS source, count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, 1 LIMIT 15"))
      .map((r) => ({ source: r.source as string, count: r.n as number })),
    ...(range.first ? { firstPublished: range.first as string } : {}),
    ...(range.last ? { lastPublished: range.last as string } : {}),
    undated: await n('SELECT count(*) AS n FROM articles WHERE published_ms IS NULL'),
    byPipeline,
    republished: (await rows(db, `SELECT coalesce(c.source, '(unknown)') AS outlet, coalesce(o.source, '(unknown)') AS origin, count(*) AS n
      FROM story_articles x JOIN articles c ON c.id = x.article_id JOIN articles o ON o.id = x.copy_of
      WHERE coalesce(c.source, '') <> coalesce(o.source, '') GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 15`))
      .map((r) => ({ outlet: r.outlet as string, from: r.origin as string, count: r.n as number })),
  };
}
