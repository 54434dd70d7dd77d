import { clusterFile, type ClusteredArticle } from '../../app/cluster.js';
import type { Command } from '../command.js';
import { oneOf } from '../command.js';
import { put, write } from '../context.js';
import { AppError, EXIT } from '../errors.js';

export const clusterCommand: Command = {
  name: 'cluster',
  usage: 'toancanh cluster FILE.jsonl [--format jsonl|text]',
  help: `Runs the story clustering of ingest in memory over a JSONL file of articles
({"id","title","body","publishedAt"}, read as ingest reads it: same ids, same clean body), in
publication order (input order where there is no date), and writes {"id","story"} for every input
article, near-duplicates included ("copyOf" says which article they copy). Lines ingest would
reject are reported on standard error and left out.

Options:
  --format jsonl|text   jsonl (default): one {"id","story","copyOf"?} a line, in input order;
                        text: the stories, largest first`,
  options: { format: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    if (args.positionals.length !== 1) throw new AppError('E_USAGE', 'give one FILE.jsonl');
    const format = oneOf(args, 'format', ['jsonl', 'text'], 'jsonl');
    const result = await clusterFile(args.positionals[0]!);
    for (const r of result.rejected) ctx.stderr.write(`toancanh: ${r.where}: ${r.reason}; left out\n`);
    if (format === 'jsonl') {
      for (const a of result.articles) await put(ctx.stdout, `${JSON.stringify({ id: a.id, story: a.story, ...(a.copyOf ? { copyOf: a.copyOf } : {}) })}\n`);
    } else {
      const stories = new Map<string, ClusteredArticle[]>();
      for (const a of result.articles) {
        let members = stories.get(a.story);
        if (!members) stories.set(a.story, (members = []));
        members.push(a);
      }
      await put(ctx.stdout, `${result.articles.length} articles, ${stories.size} stories:\n`);
      for (const [id, members] of [...stories.entries()].sort((x, y) => y[1].length - x[1].length)) {
        await put(ctx.stdout, ['', `${id} (${members.length})`, ...members.map((m) => `  ${m.publishedAt?.slice(0, 10) ?? 'undated   '}  ${m.title}`)].join('\n') + '\n');
      }
    }
    if (result.articles.length === 0 && result.rejected.length === 0) write(ctx.stderr, 'toancanh: no articles in the file');
    return result.rejected.length > 0 ? EXIT.partial : EXIT.ok;
  },
};
