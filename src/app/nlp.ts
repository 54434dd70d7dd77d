/** Vietnamese analysis of loose text (not articles): what `toancanh nlp` and the API's analysis routes run. */
import { loadSegmenter } from '../nlp/segment/index.js';
import { ArticleContext, linkSpans } from '../nlp/ner/link.js';
import { loadRecogniser } from '../nlp/ner/recognise.js';
import { findTimes } from '../nlp/times/index.js';
import { parseDate } from '../text/dates/index.js';
import { AppError } from './errors.js';

export const NLP_TASKS = ['segment', 'dates', 'ner'] as const;
export type NlpTask = (typeof NLP_TASKS)[number];

export interface NlpOptions {
  /**
   * The time the text was written (ISO 8601). `dates`: relative expressions resolve against it, and
   * stay unresolved without it. `ner`: roles and places are resolved at it (an article's date).
   */
  reference?: string;
}

/**
 * A function from one line of text to its analysis, one line out (a model is loaded once):
 * `segment` gives the line with its words joined by `_`; `dates` gives `{"times":[…]}`, each
 * expression `{start, end, text, value, granularity}` (offsets into the line, once in NFC), or with
 * `value: null` and its `reason`; `ner` gives `{"entities":[{start,end,type,text,entity?}]}`
 * (offsets into the line), the lines of one input read as one article: a short form (`ông Tập`)
 * links to the full name seen before.
 */
export function lineAnalyser(task: NlpTask, options: NlpOptions = {}): (line: string) => string {
  const reference = options.reference;
  if (reference !== undefined && !parseDate(reference)) {
    throw new AppError('E_USAGE', `nlp ${task}: --ref "${reference}" is not a date (give ISO 8601: 2021-03-24T10:00:00+07:00)`);
  }
  switch (task) {
    case 'segment': {
      const segmenter = loadSegmenter();
      return (line) => segmenter.segmentLine(line);
    }
    case 'dates': {
      return (line) => JSON.stringify({ times: findTimes(line.normalize('NFC'), { reference }) });
    }
    case 'ner': {
      const r = loadRecogniser();
      const ctx = new ArticleContext();
      return (line) => JSON.stringify({ entities: linkSpans(r.kb, line, r.recogniseLine(line, ctx.names), ctx, { date: reference }) });
    }
  }
}
