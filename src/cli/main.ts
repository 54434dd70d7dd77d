#!/usr/bin/env node
/** The toancanh command line: parses, dispatches to a command, and turns errors into exit codes. */
import { parseCommandArgs } from './command.js';
import type { Context } from './context.js';
import { AppError, EXIT, renderError } from './errors.js';
import { COMMANDS } from './commands/index.js';

export { COMMANDS } from './commands/index.js';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `toancanh: Vietnamese news intelligence: clean, analyse and search news articles.

Usage: toancanh COMMAND [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Every command takes --help. The database is --db FILE, else $TOANCANH_DB, else ./toancanh.db.
Exit codes: 0 ok, 1 failure, 2 usage error, 3 done but some inputs rejected, 4 not found.`;
}

export async function runCli(argv: string[], ctx: Context): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout.write(`${mainHelp()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    ctx.stdout.write('toancanh 0.1.0\n');
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  try {
    if (!entry) throw new AppError('E_UNKNOWN_COMMAND', `unknown command "${name}"`);
    const cmd = await entry.load();
    const args = parseCommandArgs(cmd, rest);
    if (args.values.help) {
      ctx.stdout.write(`Usage: ${cmd.usage}\n\n${entry.summary}.\n\n${cmd.help}\n`);
      return EXIT.ok;
    }
    return await cmd.run(args, ctx);
  } catch (e) {
    if (e instanceof AppError) {
      ctx.stderr.write(`${renderError(e)}\n`);
      return e.exitCode;
    }
    ctx.stderr.write(`toancanh: internal error: ${(e as Error).stack ?? e}\nPlease report it with the command you ran.\n`);
    return EXIT.failure;
  }
}

// Run when executed directly (bin), not when imported by tests.
const invoked = process.argv[1] ?? '';
if (/(^|[\\/])(main\.js|bin\.js|toancanh)$/.test(invoked)) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0); // `toancanh export | head`
  });
  runCli(process.argv.slice(2), {
    stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  });
}
