/**
 * Every command, by name, with its one-line summary; a command's module (and what it needs of the
 * application) is loaded only when that command runs, so that `search` does not pay for the HTML
 * extractor, the worker pool or the clusterer at start-up.
 */
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'ingest', summary: 'read articles from files and folders into the database', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'worker', summary: 'take jobs (ingest, reprocess, place) from the queue in a PostgreSQL database', load: async () => (await import('./worker.js')).workerCommand },
  { name: 'jobs', summary: 'the jobs of the queue in a PostgreSQL database: queued, running, failed (with their errors)', load: async () => (await import('./jobs.js')).jobsCommand },
  { name: 'extract', summary: 'what ingest would store for one input, without storing it', load: async () => (await import('./extract.js')).extractCommand },
  { name: 'search', summary: 'full-text search, with or without diacritics', load: async () => (await import('./search.js')).searchCommand },
  { name: 'show', summary: 'one article: clean text and metadata', load: async () => (await import('./show.js')).showCommand },
  { name: 'stories', summary: 'stories, newest first: headline, articles, outlets, time span, key entities', load: async () => (await import('./stories.js')).storiesCommand },
  { name: 'story', summary: 'one story: its articles and outlets, copies, related stories', load: async () => (await import('./stories.js')).storyCommand },
  { name: 'entities', summary: 'people, places and organisations of the stored articles, most mentioned first', load: async () => (await import('./entities.js')).entitiesCommand },
  { name: 'entity', summary: 'one entity: the forms it was written in, its articles, who is named with it, by month', load: async () => (await import('./entities.js')).entityCommand },
  { name: 'stats', summary: 'counts: articles, copies, revisions, languages, outlets, dates, who republishes whom', load: async () => (await import('./stats.js')).statsCommand },
  { name: 'export', summary: 'write every article as JSONL (the bulk-import format) or CSV; --full: everything, for import', load: async () => (await import('./export.js')).exportCommand },
  { name: 'import', summary: 'write a full export (export --full) into an empty database: SQLite to PostgreSQL and back', load: async () => (await import('./import.js')).importCommand },
  { name: 'reprocess', summary: 're-run the pipeline on stored articles (from their kept raw input)', load: async () => (await import('./reprocess.js')).reprocessCommand },
  { name: 'recluster', summary: 'rebuild every story from scratch, in publication order (after out-of-order backfills)', load: async () => (await import('./stories.js')).reclusterCommand },
  { name: 'optimize', summary: 'make search faster on what is stored (after a bulk load, and nightly); no result changes', load: async () => (await import('./optimize.js')).optimizeCommand },
  { name: 'delete', summary: 'delete articles (a takedown, a bad ingest): text, raw input, revisions, search entries, story placement', load: async () => (await import('./delete.js')).deleteCommand },
  { name: 'cluster', summary: 'group bulk-import JSONL into stories in memory (no database)', load: async () => (await import('./cluster.js')).clusterCommand },
  { name: 'nlp', summary: 'Vietnamese analysis of text on standard input, one line at a time', load: async () => (await import('./nlp.js')).nlpCommand },
  { name: 'serve', summary: 'serve the web pages and the JSON API over the database', load: async () => (await import('./serve.js')).serveCommand },
  { name: 'demo', summary: 'ingest the bundled demo sample (the two seed articles and 298 ViMs articles)', load: async () => (await import('./demo.js')).demoCommand },
];
