/** The bundled demo sample (data/demo: the two seed articles and 298 ViMs articles), wherever the package is installed. */
import { fileURLToPath } from 'node:url';

/** This file is dist/src/app/demo.js once built. */
const DEMO_DIR = fileURLToPath(new URL('../../../data/demo/', import.meta.url));

export const DEMO_INPUTS = [`${DEMO_DIR}seeds`, `${DEMO_DIR}vims-sample.jsonl`];
