/**
 * Dated events: each sentence of an article placed on the calendar by a resolved time expression in
 * it (the `times` stage), one event per expression, in text order. Written with the article
 * (`ArticleInput.events`: the sentence's offsets, no copy of it), read back in calendar order for a
 * story's timeline, each sentence sliced from its article's text then.
 */
import type { NewsDoc } from '../doc/news-doc.js';
import { firstDay } from '../nlp/times/index.js';
import type { DatedEvent } from '../store/store.js';

export function datedEvents(doc: Pick<NewsDoc, 'sentences' | 'times'>): DatedEvent[] {
  const sentences = doc.sentences ?? [];
  const out: DatedEvent[] = [];
  let s = 0;
  for (const t of doc.times ?? []) {
    if (t.value === null || t.granularity === null) continue;
    const day = firstDay(t.value);
    if (!day) continue;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    const sentence = sentences[s] && sentences[s]!.start <= t.start ? sentences[s]! : { start: t.start, end: t.end };
    out.push({
      day, value: t.value, granularity: t.granularity, start: t.start, end: t.end, text: t.text,
      sentenceStart: sentence.start, sentenceEnd: sentence.end,
    });
  }
  return out;
}
