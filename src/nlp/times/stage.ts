/**
 * The `times` stage: every time expression of the article (title, lead, body, captions), resolved
 * against its publication time (`meta.publishedAt`); without one, relative expressions are kept
 * unresolved with that reason. A month without a year takes a year written before it in its sentence.
 */
import type { Stage } from '../../doc/stage.js';
import { findTimes } from './find.js';

export const timesStage: Stage = {
  name: 'times',
  version: '1',
  requires: ['text', 'sentences', 'meta'],
  assigns: ['times'],
  run(doc) {
    const times = findTimes(doc.text ?? '', { reference: doc.meta.publishedAt, sentences: doc.sentences });
    return { ...doc, times };
  },
};
