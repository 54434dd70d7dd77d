import type { Command } from '../command.js';
import { str } from '../command.js';
import { dbPath, write } from '../context.js';
import { EXIT } from '../errors.js';
import { join } from 'node:path';
import { DEMO_DIR } from '../paths.js';
import { ingestInto, placeInStories, renderReport } from './ingest.js';
import { renderStoriesReport } from './stories.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest the bundled demo sample (the two seed articles and 298 ViMs articles)',
  usage: 'toancanh demo [--db FILE]',
  help: `Ingests data/demo into the database (default ./toancanh.db) and shows what to try next.
Running it again is harmless: everything comes back unchanged.`,
  options: { db: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  allowPositionals: false,
  async run(args, ctx) {
    const path = dbPath(ctx, str(args, 'db'));
    const report = await ingestInto(path, [join(DEMO_DIR, 'seeds'), join(DEMO_DIR, 'vims-sample.jsonl')], ctx, { quiet: args.values.quiet === true });
    const stories = await placeInStories(path, ctx, args.values.quiet === true);
    write(ctx.stdout, `${renderReport(report, path)}\n\n${renderStoriesReport(stories)}`);
    write(ctx.stdout, `
Try:
  npx toancanh search Tập Cận Bình
  npx toancanh search tap can binh --from 2021-01-01
  npx toancanh search '"Kim Jong Un"' --format json
  npx toancanh show 000_ef62d61ddab68d08
  npx toancanh stories
  npx toancanh story --article 000_ef62d61ddab68d08
  npx toancanh stats`);
    return report.rejected.length > 0 ? EXIT.partial : EXIT.ok;
  },
};
