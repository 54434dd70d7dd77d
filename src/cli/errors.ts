/** How the CLI shows an error from the application layer's table (src/app/errors.ts). */
import { AppError } from '../app/errors.js';

export { AppError, EXIT } from '../app/errors.js';

/** `toancanh: E_DB_MISSING: no database at x.db` + the hint on the next line. */
export function renderError(e: AppError): string {
  return `toancanh: ${e.code}: ${e.message}\n  ${e.hint}`;
}
