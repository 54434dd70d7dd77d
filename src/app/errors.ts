/**
 * Every domain error, in one table: a code, what it means for a process (exit code) and for the
 * HTTP API (status), and what to do about it. The CLI renders `toancanh: CODE: message` and the
 * hint; the server (src/server/) answers with the status and `{code, message, hint}`.
 * Exit codes scripts can trust: 0 success; 1 failure; 2 usage error; 3 finished, but some inputs
 * were rejected (they are listed); 4 not found.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3, notFound: 4 } as const;

export const ERRORS = {
  E_USAGE: { exit: EXIT.usage, http: 400, hint: 'Run `toancanh COMMAND --help` for the options.' },
  E_UNKNOWN_COMMAND: { exit: EXIT.usage, http: 404, hint: 'Run `toancanh --help` for the list of commands.' },
  E_NO_INPUT: { exit: EXIT.usage, http: 400, hint: 'Give files or folders: `toancanh ingest data/demo`.' },
  E_PATH_NOT_FOUND: { exit: EXIT.notFound, http: 404, hint: 'Check the path: give files or folders that exist.' },
  E_UNREADABLE: { exit: EXIT.failure, http: 400, hint: 'Check that the file is readable (permissions) and is a regular file or a folder.' },
  E_BAD_ENCODING: { exit: EXIT.usage, http: 400, hint: 'Name one of the encodings listed, or leave it out to have it detected.' },
  E_DB_MISSING: { exit: EXIT.failure, http: 503, hint: 'Ingest something first (`toancanh ingest PATH`), or point --db / TOANCANH_DB at an existing database.' },
  E_DB_BUSY: { exit: EXIT.failure, http: 503, hint: 'Another toancanh process is writing to this database: wait for it to finish, then run again (what was stored is kept).' },
  E_DB_OPEN: { exit: EXIT.failure, http: 503, hint: 'Check that the path is a toancanh database and that you can write to its folder; for a postgres:// URL, that the server runs, the database exists and the user may create tables in it.' },
  E_DB_UNSUPPORTED: { exit: EXIT.usage, http: 400, hint: 'Give a SQLite file path, or a PostgreSQL URL (postgres://USER@HOST:PORT/DATABASE).' },
  E_NOT_FOUND: { exit: EXIT.notFound, http: 404, hint: 'List ids with `toancanh search QUERY`, `toancanh stories` or `toancanh export`.' },
  E_BAD_QUERY: { exit: EXIT.usage, http: 400, hint: 'Type words, or "a phrase" in double quotes; dates as YYYY-MM-DD.' },
  E_BAD_STAGE: { exit: EXIT.usage, http: 400, hint: 'Give one of the stage names listed.' },
  E_CONFIRM: { exit: EXIT.usage, http: 400, hint: 'Add --yes to confirm (nothing was deleted).' },
  E_NOT_EMPTY: { exit: EXIT.failure, http: 409, hint: 'Import into a new database: another --db file, or an empty PostgreSQL database (or a new ?schema=NAME).' },
  E_BAD_IMPORT: { exit: EXIT.failure, http: 400, hint: 'Give a file written by `toancanh export --full` (plain exports are read back with `toancanh ingest`).' },
  E_QUEUE_NEEDS_POSTGRES: { exit: EXIT.usage, http: 400, hint: 'The job queue lives in PostgreSQL: give --db postgres://USER@HOST:PORT/DATABASE (a SQLite file has no queue; run `toancanh ingest PATH` without --queue).' },
  E_WRITE: { exit: EXIT.failure, http: 500, hint: 'Check the output path and free disk space.' },
  // the HTTP API's own cases (src/server/)
  E_BAD_REQUEST: { exit: EXIT.usage, http: 400, hint: 'The parameters and bodies each route takes are in /api/openapi.json.' },
  E_REJECTED: { exit: EXIT.partial, http: 422, hint: 'Send a news article: a page with its text, a text, or bulk-import JSON with a "body".' },
  E_MEDIA_TYPE: { exit: EXIT.usage, http: 415, hint: 'Send application/json (bulk-import records), text/html (a page) or text/plain (a text).' },
  E_TOO_LARGE: { exit: EXIT.usage, http: 413, hint: 'Send less at a time (the limit is in the message).' },
  E_WRITES_OFF: { exit: EXIT.usage, http: 403, hint: 'Writes are off: start the server with TOANCANH_TOKEN set or --token-file FILE to allow them.' },
  E_INTERNAL: { exit: EXIT.failure, http: 500, hint: 'This is a bug: the server log has the details; please report it.' },
  E_UNAUTHORIZED: { exit: EXIT.usage, http: 401, hint: 'Send the token configured for the server as `Authorization: Bearer TOKEN`.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error the user can act on: its code says how it ends (exit code, HTTP status) and what to do. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What to do, when this case knows better than the code's general hint. */
    private readonly specificHint?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get exitCode(): number {
    return ERRORS[this.code].exit;
  }

  get httpStatus(): number {
    return ERRORS[this.code].http;
  }

  get hint(): string {
    return this.specificHint ?? ERRORS[this.code].hint;
  }
}
