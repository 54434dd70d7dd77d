import { withStore } from '../../app/open.js';
import type { StoriesReport } from '../../app/place.js';
import { getStory, listStories, recluster, type StoryRow } from '../../app/stories.js';
import type { Command } from '../command.js';
import { flag, int, oneOf, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { EXIT } from '../errors.js';
import { counted, formatCount, Progress } from '../progress.js';

function span(s: { first?: string; last?: string }): string {
  const a = s.first?.slice(0, 10);
  const b = s.last?.slice(0, 10);
  if (!a && !b) return 'undated';
  return a === b || !b ? a! : `${a} … ${b}`;
}

function storyLine(s: StoryRow, i: number): string[] {
  const outlets = s.outlets.length ? s.outlets.slice(0, 4).join(', ') + (s.outlets.length > 4 ? ` +${s.outlets.length - 4}` : '') : 'unknown outlets';
  return [
    `${i}. ${s.headline}`,
    `   ${s.articleCount} article${s.articleCount === 1 ? '' : 's'}${s.copies ? ` (${s.copies} cop${s.copies === 1 ? 'y' : 'ies'})` : ''} · ${outlets} · ${span(s)} · ${s.id}`,
    ...(s.entities.length ? [`   ${s.entities.slice(0, 6).join(', ')}`] : []),
  ];
}

export const storiesCommand: Command = {
  name: 'stories',
  usage: 'toancanh stories [--limit N] [--offset N] [--format text|json] [--db FILE]',
  help: `Articles are grouped into stories as they are ingested (each joins the best-matching open
story or starts a new one; near-duplicates are kept as copies of the earliest original).

Options:
  --limit N            stories to show (default 20)
  --offset N           skip the first N
  --format text|json   default text
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: false,
  async run(args, ctx) {
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const offset = int(args, 'offset', 0, 0);
    const limit = int(args, 'limit', 20, 1);
    const { offset: _o, ...page } = await withStore(dbTarget(ctx, str(args, 'db')), 'read', (store) => listStories(store, { limit, offset }));
    {
      if (format === 'json') {
        write(ctx.stdout, JSON.stringify(page, null, 2));
        return EXIT.ok;
      }
      if (page.total === 0) {
        write(ctx.stdout, 'No stories yet: ingest articles first (`toancanh ingest PATH`), or run `toancanh recluster`.');
        return EXIT.ok;
      }
      const lines = [`${counted(page.total, 'story', 'stories')}, newest first:`, ''];
      page.stories.forEach((s, i) => lines.push(...storyLine(s, offset + i + 1), ''));
      const shown = offset + page.stories.length;
      if (shown < page.total) lines.push(`Showing ${shown} of ${page.total}; more with --offset ${shown}.`);
      write(ctx.stdout, lines.join('\n'));
      return EXIT.ok;
    }
  },
};

export const storyCommand: Command = {
  name: 'story',
  usage: 'toancanh story ID [--format text|json] [--db FILE]',
  help: `ID as listed by \`toancanh stories\` (or the story of an article: --article ARTICLE_ID).
Shows its articles, its timeline (each sentence of its articles that a time expression places on
the calendar, in calendar order, with the value and the article; JSON "timeline") and related stories.

Options:
  --article ID         the story that article is in
  --format text|json   default text
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, format: { type: 'string' }, article: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const article = str(args, 'article');
    const ref = article ? { article } : { id: args.positionals.join(' ') };
    const s = await withStore(dbTarget(ctx, str(args, 'db')), 'read', (store) => getStory(store, ref));
    {
      if (format === 'json') {
        write(ctx.stdout, JSON.stringify(s, null, 2));
        return EXIT.ok;
      }
      const lines = [
        s.headline,
        `${s.articleCount} article${s.articleCount === 1 ? '' : 's'} · ${span(s)} · ${s.open ? 'open' : 'closed'} · ${s.id}`,
        `outlets:  ${s.outlets.join(', ') || 'unknown'}`,
        `entities: ${s.entities.join(', ') || '-'}`,
        '',
        'Articles:',
        ...s.articles.map((a) => {
          const from = a.copyOf ? s.articles.find((o) => o.id === a.copyOf)?.source : undefined;
          const copy = a.copyOf ? `  (copy of ${a.copyOf}${from && from !== a.source ? `, ${from}` : ''})` : '';
          return `  ${a.publishedAt?.slice(0, 16).replace('T', ' ') ?? 'undated         '}  ${a.title ?? '(untitled)'}  [${a.source ?? '?'}] ${a.id}${copy}`;
        }),
      ];
      if (s.timeline.length) {
        // what happened when: each dated sentence, in calendar order, with its article
        lines.push('', 'Timeline:');
        for (const e of s.timeline) lines.push(`  ${e.value.padEnd(10)}  ${e.sentence.length > 160 ? `${e.sentence.slice(0, 157)}…` : e.sentence}  [${e.articleId}]`);
      }
      if (s.related.length) {
        lines.push('', 'Related stories:');
        for (const r of s.related) lines.push(`  ${r.headline || r.story}  (${r.story}; shares ${r.shared.join(', ')})`);
      }
      write(ctx.stdout, lines.join('\n'));
      return EXIT.ok;
    }
  },
};

export function renderStoriesReport(r: StoriesReport): string {
  if (r.placed === 0) return 'Stories: no new article to place.';
  return `Stories: ${counted(r.placed, 'article')} placed in ${r.seconds.toFixed(1)} s: ${counted(r.newStories, 'new story', 'new stories')}, ` +
    `${formatCount(r.joined)} joined a story, ${counted(r.copies, 'near-duplicate')} kept as ${r.copies === 1 ? 'a copy' : 'copies'}` +
    `${r.undated ? `, ${formatCount(r.undated)} undated (placed by content alone)` : ''}` +
    `${r.moved ? `; ${formatCount(r.moved)} moved to another story when placed again with the articles that came after` : ''}` +
    `${r.splits ? `; ${formatCount(r.splits)} ${r.splits === 1 ? 'story' : 'stories'} split in two (two events in one)` : ''}` +
    `; ${counted(r.totalStories, 'story', 'stories')} in all.` +
    (r.futureDated.length ? `\n${r.futureDated.length} dated in the future, placed as undated: ${r.futureDated.slice(0, 5).join(', ')}${r.futureDated.length > 5 ? ', …' : ''}` : '');
}

export const reclusterCommand: Command = {
  name: 'recluster',
  usage: 'toancanh recluster [--db FILE]',
  help: `Ingest places new articles as they come; articles that arrive long after their publication
date (a backfill) are placed against the stories open then. recluster forgets every story and places
every stored article again in publication order: the stories ingesting in that order would give.`,
  options: { db: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  allowPositionals: false,
  async run(args, ctx) {
    const progress = flag(args, 'quiet') ? undefined : new Progress(ctx.stderr, 'recluster');
    try {
      const r = await withStore(dbTarget(ctx, str(args, 'db')), 'write', (store) => recluster(store, {
        onProgress: (done, total) => progress?.update({ done, total, detail: `${formatCount(done)}/${formatCount(total)} articles` }),
      }));
      progress?.done();
      write(ctx.stdout, renderStoriesReport(r));
      return EXIT.ok;
    } finally {
      progress?.done();
    }
  },
};
