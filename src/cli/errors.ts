/**
 * Every error the CLI reports, in one table: a code, what went wrong, and what to do about it.
 * Exit codes scripts can trust: 0 success; 1 failure; 2 usage error; 3 finished, but some inputs
 * were rejected (they are listed); 4 not found.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3, notFound: 4 } as const;

export const ERRORS = {
  E_USAGE: { exit: EXIT.usage, hint: 'Run `toancanh COMMAND --help` for the options.' },
  E_UNKNOWN_COMMAND: { exit: EXIT.usage, hint: 'Run `toancanh --help` for the list of commands.' },
  E_NO_INPUT: { exit: EXIT.usage, hint: 'Give files or folders: `toancanh ingest ../shared/data/seeds`.' },
  E_DB_MISSING: { exit: EXIT.failure, hint: 'Ingest something first (`toancanh ingest PATH`), or point --db / TOANCANH_DB at an existing database.' },
  E_DB_OPEN: { exit: EXIT.failure, hint: 'Check that the path is a toancanh database and that you can write to its folder.' },
  E_NOT_FOUND: { exit: EXIT.notFound, hint: 'List ids with `toancanh search QUERY` or `toancanh export`.' },
  E_BAD_QUERY: { exit: EXIT.usage, hint: 'Type words, or "a phrase" in double quotes; dates as YYYY-MM-DD.' },
  E_BAD_STAGE: { exit: EXIT.usage, hint: 'Give one of the stage names listed.' },
  E_WRITE: { exit: EXIT.failure, hint: 'Check the output path and free disk space.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class CliError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }

  get exitCode(): number {
    return ERRORS[this.code].exit;
  }

  /** `toancanh: E_DB_MISSING: no database at x.db` + the hint on the next line. */
  render(): string {
    return `toancanh: ${this.code}: ${this.message}\n  ${ERRORS[this.code].hint}`;
  }
}
