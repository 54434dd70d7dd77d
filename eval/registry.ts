/** Every evaluation `npm run eval` knows, in the order it runs them. */
import type { Evaluation } from './types.js';
import { evaluation as ingest } from './ingest.js';
import { evaluation as segment } from './segment.js';
import { evaluation as htmlBody } from './html-body.js';
import { evaluation as htmldate } from './htmldate.js';
import { evaluation as cluster } from './cluster.js';
import { evaluation as search } from './search.js';
import { evaluation as encodings } from './encodings.js';

export const EVALUATIONS: Evaluation[] = [ingest, encodings, segment, htmlBody, htmldate, cluster, search];
