/** The shape of a CLI command: its options (node:util parseArgs), its help, and what it runs (its summary: commands/index.ts). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from './errors.js';
import type { Context } from './context.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  usage: string;
  /** Help text after the usage line: options and examples. */
  help: string;
  options: Options;
  allowPositionals: boolean;
  run(args: ParsedArgs, ctx: Context): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export function parseCommandArgs(cmd: Command, argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: cmd.allowPositionals,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (e) {
    throw new AppError('E_USAGE', `${cmd.name}: ${(e as Error).message}`);
  }
}

export function str(args: ParsedArgs, key: string): string | undefined {
  const v = args.values[key];
  return typeof v === 'string' ? v : undefined;
}

export function flag(args: ParsedArgs, key: string): boolean {
  return args.values[key] === true;
}

export function int(args: ParsedArgs, key: string, fallback: number, min = 0): number {
  const v = str(args, key);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new AppError('E_USAGE', `--${key} must be an integer ≥ ${min}, got "${v}"`);
  return n;
}

export function oneOf<T extends string>(args: ParsedArgs, key: string, allowed: readonly T[], fallback: T): T {
  const v = str(args, key);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new AppError('E_USAGE', `--${key} must be one of ${allowed.join(', ')}; got "${v}"`);
  return v as T;
}
