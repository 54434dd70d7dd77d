/**
 * Boilerplate, caption and lead patterns as data, apart from the logic that applies them
 * (trafilatura keeps its selectors in `xpaths.py` the same way). Class and id names are cut into
 * segments at `-`, `_`, spaces and lowerCase→UpperCase steps, lower-cased, trailing version digits
 * dropped, then matched whole: `box-tinlienquanv2` → `tinlienquan`, `PhotoCMS_Caption` → `caption`,
 * `shareBar` → `share`. Whole segments, so `ad` never matches `address`; two segments in a row are
 * also tried joined, so `read-more` matches `readmore` and `tin-lien-quan` matches `tinlienquan`.
 */

/** Segment prefixes of class/id names for blocks that are never article text. */
export const BOILERPLATE_SEGMENTS = [
  // sharing, social, comments
  'share', 'sharing', 'social', 'sociallinks', 'comment', 'comments', 'disqus', 'reply', 'replies',
  // related and recommended articles (English and Vietnamese class names)
  'related', 'relate', 'relates', 'relation', 'tinlienquan', 'lienquan', 'tinkhac', 'xemthem', 'docthem', 'morenews', 'recommend', 'recommended',
  'readmore', 'readnext', 'seemore', 'viewmore', 'morestories', 'morearticles', 'morefrom', 'moreon', 'trending', 'popular', 'mostread', 'mostviewed', 'outbrain', 'taboola', 'teaser', 'teasers', 'suggest', 'suggestion',
  // ads and promotions
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'adsbygoogle', 'banner', 'sponsor', 'sponsored', 'promo', 'promotion', 'qc', 'quangcao', 'dfp',
  // site chrome
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'widget', 'footer', 'masthead', 'topbar', 'toolbar', 'pagination',
  'cookie', 'cookies', 'gdpr', 'consent', 'modal', 'popup', 'newsletter', 'subscribe', 'subscription', 'signup', 'login', 'paywall',
  // article furniture
  'tags', 'tag', 'keywords', 'keyword', 'byline', 'author', 'authors', 'dateline', 'timestamp', 'print', 'rating', 'vote', 'sticky',
  'date', 'time', 'datetime', 'publishdate', 'pubdate', 'ngayxuatban', 'meta',
];

/** Segment prefixes for photo and video captions and credits. */
export const CAPTION_SEGMENTS = [
  'caption', 'captions', 'figcaption', 'pcaption', 'credit', 'credits', 'copyright', 'image', 'img', 'photo', 'picture', 'pic', 'imgcaption', 'fig', 'figure',
];

/**
 * Segments that mark the lead (sapo) of Vietnamese outlets, on any element: Tuổi Trẻ and Thanh
 * Niên `h2.detail-sapo`, Dân trí `h2.singular-sapo`, VietNamNet `h2.content-detail-sapo`, VOV
 * `div.article__sapo`.
 */
export const LEAD_SEGMENTS = ['sapo', 'chapeau'];

/**
 * Weaker lead segments, trusted only on a paragraph or heading (`p.description` of VnExpress,
 * `p.the-article-summary` of Znews): on a `<div>` or a list they as often wrap body text or a
 * "key points" box. (English `standfirst`/`dek` classes were tried as leads too: under
 * cross-validation over sites they never helped, and stay where they stand for Readability.)
 */
export const WEAK_LEAD_SEGMENTS = ['description', 'summary', 'lead', 'excerpt', 'subtitle', 'abstract'];
export const WEAK_LEAD_TAGS = new Set(['P', 'H2', 'H3', 'H4']);

/** Tags that are page chrome wherever they stand (removed unless they hold most of the text). */
export const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'MENU', 'DIALOG']);

/** Tags removed with everything inside. */
export const DROP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OBJECT', 'EMBED', 'CANVAS', 'LINK', 'META']);

/**
 * Lines that are furniture, not text, when they stand alone as a short paragraph. Each pattern
 * is anchored at the start of the paragraph.
 */
export const BOILERPLATE_LINES: RegExp[] = [
  /^(xem thêm|đọc thêm|đọc bài gốc|tin liên quan|bài liên quan|có thể bạn quan tâm|tin cùng chuyên mục|tin mới|tin nổi bật|bình luận|chia sẻ|theo dõi|quảng cáo)\b/i, // "Xem thêm: ..."
  /^(advert(isement)?|sponsored|promoted)\b/i,
  /^(read|see|view) more\b/i,
  /^(related|recommended|more from|more on this|also read|also see|don't miss|dont miss|most read|trending|you may also like)\b/i,
  /^(subscribe|sign up|sign in|log in|follow us|follow @|share this|share on|click here|tap here|download the app)\b/i,
  /^(published|updated|posted|last updated)\b[^.]{0,60}\d/i, // "Published 4:00 am CST, Wednesday, ..."
  /^\(?(image|photo|ảnh|picture|credit|nguồn ảnh)\s*:/i, // "(Image: GETTY)", "Ảnh: AP."
  /^(this website uses cookies|we use cookies)/i,
  /^(comments?|\d+ comments?|bình luận \(\d+\)|ý kiến \(\d+\)|tell us what you think|leave a (comment|reply)|gửi bình luận|ý kiến của bạn)\b/i,
  /(©|\bcopyright\b|all rights reserved|bản quyền thuộc|ghi rõ nguồn)/i, // footer lines that slipped into the article
  /\b(subscribe to|sign up for|sign up to|get the latest .{0,40} (inbox|newsletters?)|đăng ký nhận (tin|bản tin))\b/i,
  /^(caption|close|loading)\b.{0,20}$/i,
];

/**
 * A short line that heads a list of related links (`Đọc thêm`, `Tin liên quan`, `Related`): the
 * paragraphs right after it that are links and nothing else are the list, and go with it.
 */
export const RELATED_CUE = /^(xem thêm|đọc thêm|tin liên quan|bài liên quan|có thể bạn quan tâm|tin cùng chuyên mục|related|recommended|read more|see more|more from|also read|you may also like)\b[^.!?]{0,40}$/iu;

/** A paragraph that is only a date and time, in English or Vietnamese styles. */
export const DATE_ONLY =
  /^(?:(?:thứ\s+\p{L}+|chủ nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?[\d\s/:.,\-–|()+a-z]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})[\d\s/:.,\-–|()+a-z]*$/iu;

/** "By Jane Doe", "Theo Yonhap", "Bài và ảnh: ..." lines. */
export const BYLINE_LINE = /^(by|từ|bài(?: và ảnh)?|tác giả|pv|nhóm pv)\s*[:\s]\s*\S.{0,60}$/iu;

/** Class names of the place stamp that opens a lead (`<span class="location-stamp">Hà Nội</span>`): followed by a dash. */
export const DATELINE_CLASSES = ['location-stamp', 'dateline-place'];

/** The outlet's tag opening a lead: `(Dân trí) - `, `(NLĐ) - `, `VOV.VN - `. */
export const LEAD_OUTLET_TAG = /^(?:\([^()]{2,16}\)|[A-ZĐ][A-ZĐ.]{1,10})\s*[-–—]\s*/u;

/**
 * A date line in any language: a year, a time, and few words around them
 * (`segunda-feira, 22 de janeiro de 2018 às 0:13`, `Thứ Sáu, 05/01/2024 - 06:00`).
 */
export function isDateLine(text: string): boolean {
  if (!/\b(19|20)\d{2}\b/.test(text) || !/\b\d{1,2}[:h]\d{2}\b/.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length <= 6 && !/[.!?]$/.test(text);
}
