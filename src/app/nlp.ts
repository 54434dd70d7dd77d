/** Vietnamese analysis of loose text (not articles): what `toancanh nlp` and the API's analysis routes run. */
import { loadSegmenter } from '../nlp/segment/index.js';
import { ArticleContext, linkSpans } from '../nlp/ner/link.js';
import { loadRecogniser } from '../nlp/ner/recognise.js';
import { AppError } from './errors.js';

export const NLP_TASKS = ['segment', 'ner'] as const;
export type NlpTask = (typeof NLP_TASKS)[number];

export interface NlpOptions {
  /** `ner`: the date time-dependent links are resolved at (an article's publication date), ISO. */
  ref?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A function from one line of text to its analysis, one line out (the models are loaded once).
 * `ner` writes `{"entities":[{start,end,type,text,entity?}]}` (offsets into the line); the lines of
 * one input are read as one article: a short form (`ông Tập`) links to the full name seen before.
 */
export function lineAnalyser(task: NlpTask, opts: NlpOptions = {}): (line: string) => string {
  switch (task) {
    case 'segment': {
      const segmenter = loadSegmenter();
      return (line) => segmenter.segmentLine(line);
    }
    case 'ner': {
      if (opts.ref !== undefined && !ISO_DATE.test(opts.ref)) throw new AppError('E_USAGE', `--ref: "${opts.ref}" is not a date (YYYY-MM-DD, or an ISO time)`);
      const r = loadRecogniser();
      const ctx = new ArticleContext();
      return (line) => JSON.stringify({ entities: linkSpans(r.kb, line, r.recogniseLine(line, ctx.names), ctx, { date: opts.ref }) });
    }
  }
}
