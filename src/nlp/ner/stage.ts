/**
 * The entities stage: entity mentions over every block of the article, from the word spans of the
 * `words` stage, linked to the knowledge base at the article's date (docs/ner.md); the credit
 * (`Theo Yonhap`) linked too.
 */
import type { EntityMention, NewsDoc } from '../../doc/news-doc.js';
import type { Stage } from '../../doc/stage.js';
import { creditMentions } from './credit.js';
import { ArticleContext, linkSpans } from './link.js';
import { loadRecogniser, type EntitySpan } from './recognise.js';

/** Entity mentions of an article's text (blocks in order; `words` flat start, end pairs). */
export function articleEntities(doc: Pick<NewsDoc, 'text' | 'blocks' | 'meta'> & { words?: ArrayLike<number> }): EntityMention[] {
  const r = loadRecogniser();
  const text = doc.text ?? '';
  const flat = unpackFlat(doc.words ?? []);
  const date = doc.meta.publishedAt;
  const ctx = new ArticleContext();
  const out: EntityMention[] = [];
  let w = 0;
  const nWords = flat.length / 2;
  for (const b of doc.blocks ?? []) {
    while (w < nWords && flat[2 * w]! < b.start) w++;
    const first = w;
    while (w < nWords && flat[2 * w + 1]! <= b.end) w++;
    if (w === first) continue;
    const spans: EntitySpan[] = [];
    r.recogniseWords(text, flat, first, w, spans, ctx.names);
    out.push(...linkSpans(r.kb, text, spans, ctx, { date }));
  }
  if (doc.meta.credit) out.push(...creditMentions(r, doc.meta.credit, ctx, date));
  return out;
}

function unpackFlat(packed: ArrayLike<number>): number[] {
  const out = new Array<number>(packed.length);
  let end = 0;
  for (let i = 0; i + 1 < packed.length; i += 2) {
    const start = end + packed[i]!;
    end = start + packed[i + 1]!;
    out[i] = start;
    out[i + 1] = end;
  }
  return out;
}

export const entitiesStage: Stage = {
  name: 'entities',
  version: '2',
  requires: ['text', 'blocks', 'words', 'meta'],
  assigns: ['entities'],
  run(doc) {
    return { ...doc, entities: articleEntities(doc) };
  },
};
