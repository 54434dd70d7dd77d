import { getEntity, listEntities, type EntityRow } from '../../app/entities.js';
import { withStore } from '../../app/open.js';
import type { Command } from '../command.js';
import { int, oneOf, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { EXIT } from '../errors.js';
import { counted } from '../progress.js';

const label = (e: EntityRow): string => `${e.name}${e.en && e.en !== e.name ? ` (${e.en})` : ''} · ${e.type} · ${e.linked ? e.id : 'not in the knowledge base'}`;

export const entitiesCommand: Command = {
  name: 'entities',
  usage: 'toancanh entities [--type PER|LOC|ORG|MISC] [--from DATE] [--to DATE] [--limit N] [--offset N] [--format text|json] [--db FILE]',
  help: `The people, places, organisations and other names of the stored articles (the entities
stage), most mentioned first: by the articles naming them, then by mentions. A name linked to the
knowledge base is one entity whatever its form (Tập Cận Bình, ông Tập, Chủ tịch Trung Quốc in
2021); an unknown name is one entity per type and spelling (without case or marks), with the
stable id TYPE~folded name. Exact copies are not counted. Read from the store's entity rows.

Options:
  --type T             PER, LOC, ORG or MISC
  --from, --to DATE    articles published in these days (YYYY-MM-DD)
  --limit N            entities to show (default 20)
  --offset N           skip the first N
  --format text|json   default text
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, type: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: false,
  async run(args, ctx) {
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const offset = int(args, 'offset', 0, 0);
    const limit = int(args, 'limit', 20, 1);
    const type = str(args, 'type')?.toUpperCase();
    const page = await withStore(dbTarget(ctx, str(args, 'db')), 'read', (store) =>
      listEntities(store, { type, from: str(args, 'from'), to: str(args, 'to'), limit, offset }));
    if (format === 'json') {
      write(ctx.stdout, JSON.stringify(page, null, 2));
      return EXIT.ok;
    }
    if (page.total === 0) {
      write(ctx.stdout, 'No entities: ingest articles first (`toancanh ingest PATH`; not with --no-words), or, for a database made before entity rows, `toancanh reprocess --stage language`.');
      return EXIT.ok;
    }
    const lines = [`${counted(page.total, 'entity', 'entities')} in ${counted(page.articles, 'article')}, most mentioned first:`, ''];
    page.entities.forEach((e, i) => lines.push(`${offset + i + 1}. ${label(e)} · ${counted(e.articles, 'article')}, ${counted(e.mentions, 'mention')}`));
    const shown = offset + page.entities.length;
    if (shown < page.total) lines.push('', `Showing ${shown} of ${page.total}; more with --offset ${shown}.`);
    write(ctx.stdout, lines.join('\n'));
    return EXIT.ok;
  },
};

export const entityCommand: Command = {
  name: 'entity',
  usage: 'toancanh entity NAME|ID [--limit N] [--format text|json] [--db FILE]',
  help: `One entity of the stored articles, by its id (per:xi-jinping, or PER~nguyen thanh son for a
name the knowledge base does not know) or by a name it was written as (Tập Cận Bình, tap can binh):
the forms it was written in, the articles naming it most, the stories they are in, the entities
named with it, and the articles naming it by month. \`toancanh search --entity ID\` lists or
searches its articles.

Options:
  --limit N            articles, stories and co-occurring entities to show (default 20)
  --format text|json   default text
  --db FILE            database (default: $TOANCANH_DB or ./toancanh.db)`,
  options: { db: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    const limit = int(args, 'limit', 20, 1);
    const d = await withStore(dbTarget(ctx, str(args, 'db')), 'read', (store) => getEntity(store, args.positionals.join(' '), { limit }));
    if (format === 'json') {
      write(ctx.stdout, JSON.stringify(d, null, 2));
      return EXIT.ok;
    }
    const lines = [
      label(d.entity),
      `${counted(d.entity.articles, 'article')}, ${counted(d.entity.mentions, 'mention')}`,
      `written as: ${d.surfaces.map((s) => `${s.text} (${s.count})`).join(', ')}`,
      `by month: ${Object.entries(d.months).map(([m, n]) => `${m} ${n}`).join(', ')}`,
      '',
      'Articles:',
      ...d.articles.map((a) => `  ${a.id} · ${a.publishedAt?.slice(0, 10) ?? 'undated'} · ${a.title ?? ''} (${a.mentions})`),
      '',
      'Stories:',
      ...d.stories.map((s) => `  ${s.id} · ${s.headline} (${s.articles} ${s.articles === 1 ? 'article' : 'articles'})`),
      '',
      'Named with:',
      ...d.cooccurring.map((e) => `  ${e.name} · ${e.type} · ${counted(e.together, 'article')} together`),
    ];
    write(ctx.stdout, lines.join('\n'));
    return EXIT.ok;
  },
};
