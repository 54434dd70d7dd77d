import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { clusterAll, type ClusterInput } from '../../stories/index.js';
import type { Command } from '../command.js';
import { oneOf } from '../command.js';
import { write } from '../context.js';
import { CliError, EXIT } from '../errors.js';

export const clusterCommand: Command = {
  name: 'cluster',
  summary: 'group bulk-import JSONL into stories in memory (no database)',
  usage: 'toancanh cluster FILE.jsonl [--format jsonl|text]',
  help: `Runs the story clustering of ingest in memory over a JSONL file of articles
({"id","title","body","publishedAt"}), in publication order (input order where there is no date),
and writes {"id","story"} for every input article, near-duplicates included ("copyOf" says which
article they copy). Broken lines are reported on standard error and left out.

Options:
  --format jsonl|text   jsonl (default): one {"id","story","copyOf"?} a line, in input order;
                        text: the stories, largest first`,
  options: { format: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    if (args.positionals.length !== 1) throw new CliError('E_USAGE', 'give one FILE.jsonl');
    const format = oneOf(args, 'format', ['jsonl', 'text'], 'jsonl');
    const path = args.positionals[0]!;
    const articles: ClusterInput[] = [];
    let lineNo = 0;
    let bad = 0;
    try {
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      for await (const line of lines) {
        lineNo++;
        if (!line.trim()) continue;
        try {
          const r = JSON.parse(line) as Record<string, unknown>;
          if (typeof r !== 'object' || r === null || (typeof r.id !== 'string' && typeof r.id !== 'number')) throw new Error('no "id"');
          articles.push({
            id: String(r.id),
            title: typeof r.title === 'string' ? r.title : '',
            body: typeof r.body === 'string' ? r.body : '',
            ...(typeof r.publishedAt === 'string' ? { publishedAt: r.publishedAt } : {}),
          });
        } catch (e) {
          bad++;
          ctx.stderr.write(`toancanh: ${path}:${lineNo}: ${(e as Error).message}; left out\n`);
        }
      }
    } catch (e) {
      throw new CliError('E_NO_INPUT', `cannot read ${path}: ${(e as Error).message}`);
    }
    const assignments = clusterAll(articles);
    const byId = new Map(assignments.map((a) => [a.id, a]));
    if (format === 'jsonl') {
      let out = '';
      for (const a of articles) {
        const x = byId.get(a.id)!;
        out += `${JSON.stringify({ id: a.id, story: x.story, ...(x.copyOf ? { copyOf: x.copyOf } : {}) })}\n`;
      }
      ctx.stdout.write(out);
    } else {
      const stories = new Map<string, ClusterInput[]>();
      for (const a of articles) {
        const s = byId.get(a.id)!.story;
        stories.set(s, [...(stories.get(s) ?? []), a]);
      }
      const lines = [`${articles.length} articles, ${stories.size} stories:`];
      for (const [id, members] of [...stories.entries()].sort((x, y) => y[1].length - x[1].length)) {
        lines.push('', `${id} (${members.length})`, ...members.map((m) => `  ${m.publishedAt?.slice(0, 10) ?? 'undated   '}  ${m.title}`));
      }
      write(ctx.stdout, lines.join('\n'));
    }
    return bad > 0 ? EXIT.partial : EXIT.ok;
  },
};
