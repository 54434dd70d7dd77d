import { DEMO_INPUTS } from '../../app/demo.js';
import type { Command } from '../command.js';
import { str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { EXIT } from '../errors.js';
import { renderReport, runIngest } from './ingest.js';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'toancanh demo [--db FILE]',
  help: `Ingests data/demo into the database (default ./toancanh.db) and shows what to try next.
Running it again is harmless: everything comes back unchanged.`,
  options: { db: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  allowPositionals: false,
  async run(args, ctx) {
    const target = dbTarget(ctx, str(args, 'db'));
    const report = await runIngest(target, DEMO_INPUTS, ctx, args);
    write(ctx.stdout, renderReport(report, target));
    write(ctx.stdout, `
Try:
  npx toancanh search Tập Cận Bình
  npx toancanh search tap can binh --from 2021-01-01
  npx toancanh search '"Kim Jong Un"' --format json
  npx toancanh show 000_ef62d61ddab68d08
  npx toancanh stories
  npx toancanh story --article 000_ef62d61ddab68d08
  npx toancanh entities --type PER
  npx toancanh entity "Tập Cận Bình"
  npx toancanh stats
  npx toancanh serve        # the web pages: http://127.0.0.1:8080`);
    return report.rejected.length > 0 ? EXIT.partial : EXIT.ok;
  },
};
