/** Every evaluation `npm run eval` knows, in the order it runs them. */
import type { Evaluation } from './types.js';
import { evaluation as ingest } from './ingest.js';
import { evaluation as segment } from './segment.js';
import { evaluation as htmlBody } from './html-body.js';
import { evaluation as htmldate } from './htmldate.js';
import { evaluation as readabilitySuite } from './readability-suite.js';
import { evaluation as viHtml } from './vi-html.js';
import { evaluation as htmlCv } from './html-cv.js';
import { evaluation as cluster } from './cluster.js';
import { evaluation as search } from './search.js';
import { evaluation as encodings } from './encodings.js';
import { evaluation as ner } from './ner.js';
import { evaluation as times } from './times.js';
import { evaluation as names } from './names.js';

export const EVALUATIONS: Evaluation[] = [ingest, encodings, segment, htmlBody, readabilitySuite, viHtml, htmldate, htmlCv, cluster, search, ner, names, times];
