/** The language stage: marks articles that are not in Vietnamese (they are kept, and reported). */
import type { Stage } from '../doc/stage.js';
import { detectLanguage } from '../text/language.js';

export const languageStage: Stage = {
  name: 'language',
  version: '1',
  requires: ['text'],
  assigns: ['language'],
  run(doc) {
    return { ...doc, language: detectLanguage(doc.text!) };
  },
};
