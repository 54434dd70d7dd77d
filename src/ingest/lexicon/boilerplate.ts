/**
 * Lines that are not part of an article, as scraped from Vietnamese news pages. Each rule names the
 * phrase it handles; a whole line must match. Order does not matter: the first match wins.
 */
export interface LineRule {
  pattern: RegExp;
  reason: 'boilerplate' | 'related';
  example: string;
}

export const LINE_RULES: LineRule[] = [
  { pattern: /^Embed from Getty Images$/i, reason: 'boilerplate', example: 'Embed from Getty Images' },
  {
    pattern: /^(Xem thêm|Đọc thêm|Tin liên quan|Bài liên quan|Tin cùng chuyên mục|Có thể bạn quan tâm|Xem tiếp|Tin khác|Đọc tiếp|Mời xem thêm)\s*[:>»]?.{0,300}$/i,
    reason: 'related',
    example: 'Xem thêm: Kim Jong-un nhấn mạnh quan hệ gần gũi với Bắc Kinh',
  },
  // a related-article teaser: its lede cut short and closed by a separator bar
  { pattern: /(\.\.\.|…|\s)\s*\|$/, reason: 'related', example: 'Lãnh đạo Triều Tiên có thể đi thẳng tới Nga ... |' },
  { pattern: /^(Chia sẻ|Share|Tweet|Bình luận|Gửi bình luận|In bài|Lưu bài|Báo lỗi|Quay lại|Về trang chủ)\s*(\(\d+\))?:?$/i, reason: 'boilerplate', example: 'Chia sẻ' },
  { pattern: /^(Từ khóa|Từ khoá|Tags?|Chủ đề)\s*:.*$/i, reason: 'boilerplate', example: 'Từ khóa: Triều Tiên, Trung Quốc' },
  { pattern: /^(Theo dõi|Follow|Like|Tải app|Đăng ký nhận tin).{0,80}(Facebook|Zalo|Google News|fanpage|YouTube|TikTok|bản tin).*$/i, reason: 'boilerplate', example: 'Theo dõi chúng tôi trên Google News' },
  { pattern: /^(Video|Clip|Ảnh|Photo)\s*:?\s*(Getty Images|Reuters|AP|AFP|Shutterstock)?$/i, reason: 'boilerplate', example: 'Video:' },
  { pattern: /^(Quảng cáo|Advertisement|ADVERTISEMENT)$/i, reason: 'boilerplate', example: 'Quảng cáo' },
];

/**
 * A photo caption: the line names the photo's credit, at its end (`... tại Bắc Kinh hồi tháng 6/2018.
 * Ảnh: AP.`) or in brackets (`(Ảnh: Reuters)`).
 */
export const CAPTION_PATTERNS: RegExp[] = [
  // `... hồi tháng 6/2018. Ảnh: AP.`, `... sáng 19-5 - Ảnh: Quang Định` (a capitalised label: not `loại hình: ...`)
  /(^|[\s.)–-])(Ảnh|ẢNH|Hình|Nguồn ảnh|Ảnh minh họa|Photo|Video|Clip)\s*:\s*[^.:]{1,40}\.?\s*$/u,
  /\((Ảnh|ảnh|Hình|Nguồn|Photo)\s*:\s*[^)]{1,60}\)\s*\.?\s*$/u,
  /^(Ảnh minh họa|Ảnh tư liệu|Ảnh minh hoạ)\.?$/u,
];

/** A line that credits another outlet for the article: `Theo Yonhap`, `(Theo CNN)`. */
export const CREDIT_LINE = /^\(?\s*(?:Theo|Nguồn|Source)\s*:?\s+([^()]{2,60}?)\s*\)?\.?$/i;

/** A byline with a credit: `Ánh Ngọc (Theo Yonhap)`, `Phan Yến - Theo CNN`, `Thành Đạt - Tổng hợp`. */
export const BYLINE_WITH_CREDIT = /^(.{2,60}?)\s*(?:\(\s*(?:Theo|Nguồn)\s*:?\s+([^()]{2,60}?)\s*\)|[-–—,]\s*(?:Theo|Nguồn)\s*:?\s+(.{2,60}?)|[-–—,]\s*(Tổng hợp|tổng hợp|TH))\.?$/;

/** A byline with the agency in brackets: `Nguyễn Hoàng (TTXVN)`, `Minh Anh (Reuters)`. */
export const BYLINE_WITH_AGENCY = /^(.{2,60}?)\s*\(\s*([\p{Lu}][\p{L}.+ -]{1,25}?)\s*\)\.?$/u;
