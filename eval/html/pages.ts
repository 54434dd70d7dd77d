/**
 * The web-page suites under the data directory, as files the CLI can read: Zyte's dev pages
 * (html-bench), Mozilla Readability's own test pages (readability-tests) and Vietnamese outlet
 * pages (vi-html), each page with its truth and the site it comes from (for folds by site).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../src/ingest/html/dom.js';
import { paragraphsOf } from '../../src/ingest/html/blocks.js';

export interface SuitePage {
  key: string;
  /** The page file (`.html` or `.html.gz`), read as `extract FILE` reads it. */
  path: string;
  /** Host of the page's URL, or the key where there is none: pages of one site share a fold. */
  site: string;
  /** The true body, one block a line. */
  body: string;
  title?: string;
  /** The true byline as the suite gives it (Readability's suite), or the authors (vi-html). */
  byline?: string;
  authors?: string[];
  publishedAt?: string;
  /** False for a section or listing page. */
  isArticle: boolean;
}

export function pageHtml(p: SuitePage): string {
  const raw = readFileSync(p.path);
  return (p.path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

function hostOf(url: string | undefined, fallback: string): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : fallback;
  } catch {
    return fallback;
  }
}

/** html-bench: `html/<key>.html.gz`, `ground-truth.json` `{key: {articleBody, url}}`. */
export function loadZyte(dataDir: string): SuitePage[] {
  const dir = join(dataDir, 'html-bench');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url: string }>;
  return Object.entries(truth).map(([key, t]) => ({
    key, path: join(dir, 'html', `${key}.html.gz`), site: hostOf(t.url, key), body: t.articleBody ?? '', isArticle: true,
  }));
}

/** The text of an HTML fragment, block boundaries as line breaks (the truth of Readability's suite). */
export function htmlText(html: string): string {
  const doc = parseDocument(html);
  return doc.body ? paragraphsOf(doc.body).map((p) => p.text).join('\n') : '';
}

/** readability-tests: `pages/<name>/{source.html.gz, expected.html.gz, expected-metadata.json}`. */
export function loadReadabilitySuite(dataDir: string): SuitePage[] {
  const dir = join(dataDir, 'readability-tests', 'pages');
  return readdirSync(dir).sort().map((name) => {
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as { title?: string; byline?: string | null };
    const expected = gunzipSync(readFileSync(join(dir, name, 'expected.html.gz'))).toString('utf8');
    return {
      key: name, path: join(dir, name, 'source.html.gz'), site: name, body: htmlText(expected),
      ...(meta.title ? { title: meta.title } : {}), ...(meta.byline ? { byline: meta.byline } : {}), isArticle: true,
    };
  });
}

interface ViTruth {
  is_article: boolean;
  url?: string;
  title?: string;
  publishedAt?: string;
  authors?: string[];
  body?: string;
}

/** vi-html: `pages/*.html` and `truth.json`. */
export function loadViHtml(dataDir: string): SuitePage[] {
  const dir = join(dataDir, 'vi-html');
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<string, ViTruth>;
  return Object.entries(truth).map(([file, t]) => ({
    key: file, path: join(dir, 'pages', file), site: hostOf(t.url, file.replace(/-.*/, '').toLowerCase()), body: t.body ?? '',
    ...(t.title ? { title: t.title } : {}), ...(t.authors ? { authors: t.authors } : {}), ...(t.publishedAt ? { publishedAt: t.publishedAt } : {}),
    isArticle: t.is_article,
  }));
}
