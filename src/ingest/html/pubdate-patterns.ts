/**
 * Where pages state their dates, as data: meta tag names of publication and of modification (after
 * htmldate's lists), class and id names of date elements, and date shapes in URLs.
 */

/** Meta tags (`property`, `name`, `itemprop`, `http-equiv`; lower case) that give the publication date. */
export const PUBLISHED_META: ReadonlySet<string> = new Set([
  'article:published_time', 'article:published', 'og:article:published_time', 'og:published_time', 'published_time',
  'article.published', 'article_date_original', 'article.created', 'og:pubdate', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'published-date', 'published_date', 'publication_date', 'publication-date', 'date_published',
  'datepublished', 'datecreated', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dc.date.created',
  'dcterms.date', 'dcterms.issued', 'dcterms.created', 'citation_publication_date', 'citation_date', 'citation_online_date',
  'rnews:datepublished', 'date', 'originalpublicationdate', 'original-publish-date', 'cxenseparse:recs:publishtime',
  'pub_date', 'pubdate_iso', 'release_date', 'bt:pubdate', 'ga_pubdate', 'dable:published_time', 'displaydate',
  'created', 'creation_date', 'date.created', 'article:post_date', 'vr:published_time', 'eomportal-lastupdate',
  'article:publicationdate', 'dateposted', 'dc.created', 'dc.date.publication', 'dc:created', 'dc:date', 'dcterms:created',
  'dcterms:issued', 'shareaholic:article_published_time', 'og:article:published', 'article:published_date', 'prism.publicationdate',
]);

/** Meta tags of modification: used only when nothing gives the publication. */
export const MODIFIED_META: ReadonlySet<string> = new Set([
  'article:modified_time', 'og:updated_time', 'og:modified_time', 'article:modified', 'datemodified', 'modified',
  'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'lastmodified', 'updated_time', 'article.updated',
  'revised', 'sailthru.lastmodified', 'modified_time', 'og:article:modified_time', 'dc.modified', 'dcterms:modified', 'dateupdate',
]);

/** Class or id names of elements holding a date line (`.post-date`, `.entry-meta`, `#datum`, `.fecha`). */
export const DATE_CLASS = /date|time|publi|posted|byline|dateline|subline|datum|fecha|parution|meta|submitted|article-info|ngay|thoi-?gian/i;

/**
 * Class or id words (one token each) that say the element is about something else than the
 * article's publication: `site-footer`, `comments`, `related-posts`, `widget_recent_entries`, `date-modified`
 * (not `widget` alone: Blogger wraps the post itself in `widget Blog`).
 * `article_footer` and `entry-header` are the article's own and are not among them; a site's
 * `header` often prints today's date, and so does an element named `today`; a reference list gives
 * the days its sources were read (`reference-accessdate`, `citation`).
 */
export const NOT_DATE_CLASS = /^(?:(?:site|page|global|main)[-_]?)?(?:footer|header)|modif|updat|comment|copyright|related|sidebar|popular|archive|calendar|timezone|runtime|reading-?time|read-?time|timeline|timer|weather|event|recent|teaser|^most-|trending|newsletter|(?:^|[-_])today(?:$|[-_])|^heute$|current-?date|access-?date|^citation|^references?$|^reflist$/i;

/** Full dates in a URL path, year first: `/2019/11/18/`, `/2019-11-18`, `/20191118/`. */
export const URL_DATE_PATTERNS: readonly RegExp[] = [
  /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|[_-]|$)/,
];

/** A year and month in a URL path without a day after them: `/2019/11/slug`, `/2019/11/`. */
export const URL_MONTH = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(?!\d{1,2}(?:\/|$))/;

/**
 * Words that introduce the publication date in running text (`Published on 18 Nov 2019`,
 * `Veröffentlicht am 3. Dezember 2011`, `Publié le 29 juin 2019`, `Ngày đăng: 23/3/2021`, `Opublikowano:`,
 * `Közzétéve:`, `发布时间：`), with the small words that may follow them. Not `updated`: that is another date.
 */
export const PUBLISHED_LABEL = /(?<![\p{L}])(?:published|posted|publication date|date published|publié(?:e)?|date de publication|veröffentlicht|erschienen|publicado|publicada|pubblicato|gepubliceerd|ngày đăng|đăng ngày|đăng lúc|xuất bản|opublikowano|publikováno|zveřejněno|közzétéve|megjelent|publicat|yayınlanma tarihi|yayınlandı|опубликовано|дата публикации|diterbitkan|dipublikasikan|publicerad|publiceret|publisert|发布时间|發布時間|发表于|公開日|投稿日)(?:\s*(?:on|at|am|le|el|em|il|op|lúc|ngày|:|：|-|,)\s*)*/giu;

/**
 * Words that introduce a modification date (`Last updated September 14, 2016`, `Aktualisiert am`,
 * `Mis à jour le`, `Cập nhật`), ending the text just before a date: that date is not the publication's.
 */
export const UPDATED_BEFORE = /(?<![\p{L}])(?:(?:last\s+)?(?:updated|modified|edited|revised)|aktualisiert|geändert|mis à jour|modifié(?:e)?|actualizado|actualizada|aggiornato|bijgewerkt|cập nhật|обновлено|güncellendi|zaktualizowano)(?:\s*(?:on|at|am|le|el|em|il|op|lúc|ngày|:|：|-|,)\s*)*$/iu;
