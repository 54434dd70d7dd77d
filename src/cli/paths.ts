/** Where the package's own files are (data/demo, data/models), wherever it is installed. */
import { fileURLToPath } from 'node:url';

/** The package root: this file is dist/src/cli/paths.js once built. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const DEMO_DIR = fileURLToPath(new URL('../../../data/demo/', import.meta.url));
