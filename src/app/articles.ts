/** One article as every interface shows it: metadata, clean text, body, copies, its story, revisions, raw input. */
import { bodyText, wordsOf, type TimeMention } from '../doc/news-doc.js';
import type { Span } from '../text/syllables.js';
import type { ArticleRevision, Store, StoredArticle } from '../store/store.js';
import { AppError } from './errors.js';

export interface ArticleView {
  article: StoredArticle;
  /** Lead and body paragraphs, one a line. */
  body: string;
  /** Word spans into the text (when the words stage ran). */
  words?: Span[];
  /** Time expressions resolved against the publication date (when the times stage ran): `hôm thứ Ba` → `2021-03-23`. */
  times?: TimeMention[];
  /** Exact copies of it stored under other ids. */
  copies: string[];
  /** The story it is in, if placed. */
  story?: string;
  /** Earlier revisions, oldest first (when asked for). */
  revisions?: ArticleRevision[];
}

export async function getArticle(store: Store, id: string, options: { revisions?: boolean } = {}): Promise<ArticleView> {
  if (!id) throw new AppError('E_USAGE', 'no article id given');
  const article = await store.getArticle(id);
  if (!article) throw new AppError('E_NOT_FOUND', `no article with id ${JSON.stringify(id)}`);
  const [copies, story, revisions] = await Promise.all([
    store.copiesOf(id),
    store.storyOf(id),
    options.revisions ? store.revisions(id) : Promise.resolve(undefined),
  ]);
  return {
    article,
    body: bodyText(article.doc),
    ...(article.doc.words ? { words: wordsOf(article.doc) } : {}),
    ...(article.doc.times ? { times: article.doc.times } : {}),
    copies,
    ...(story ? { story } : {}),
    ...(revisions ? { revisions } : {}),
  };
}
