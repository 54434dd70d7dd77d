/**
 * Vietnamese news outlets: the name we show, the hosts they publish on, and the datelines that open
 * their articles (`TTO - `, `(Dân trí) - `, `VOV.VN - `). Aggregators republish others' articles.
 */
export interface Outlet {
  name: string;
  hosts: string[];
  /** Dateline labels as printed, without brackets or dash. */
  datelines?: string[];
  /** Where the outlet's pages put the byline and the date when their meta tags do not say. */
  selectors?: { author?: string; date?: string };
}

export const OUTLETS: Outlet[] = [
  { name: 'VnExpress', hosts: ['vnexpress.net', 'e.vnexpress.net'], selectors: { author: 'p.author_mail strong, p.Normal[style*="right"] strong, p.author strong', date: 'span.date' } },
  { name: 'Tuổi Trẻ', hosts: ['tuoitre.vn', 'thethao.tuoitre.vn', 'congnghe.tuoitre.vn'], datelines: ['TTO', 'TT'], selectors: { author: '.author-info .name, .detail-author .name, .author', date: '[data-role="publishdate"], .detail-time' } },
  { name: 'Thanh Niên', hosts: ['thanhnien.vn', 'thethao.thanhnien.vn'], datelines: ['TNO', 'Thanh Niên'], selectors: { author: '.detail-author .name, .author-info .name', date: '[data-role="publishdate"], .detail-time' } },
  { name: 'Dân trí', hosts: ['dantri.com.vn'], datelines: ['Dân trí', 'Dân Trí', 'DTO'], selectors: { author: '.author-name b, .author-name', date: 'time.author-time' } },
  { name: 'VietNamNet', hosts: ['vietnamnet.vn', 'vnn.vn'], datelines: ['VietNamNet'], selectors: { author: '.article-detail-author__info .name, .article-detail-author .name', date: '.bread-crumb-detail__time, .publish-date' } },
  { name: 'Znews', hosts: ['zingnews.vn', 'znews.vn', 'news.zing.vn'], datelines: ['Zing', 'Zing.vn'], selectors: { author: '.the-article-author, .author', date: '.the-article-publish' } },
  { name: 'VOV', hosts: ['vov.vn', 'vovgiaothong.vn'], datelines: ['VOV.VN', 'VOV', 'VOV.vn'], selectors: { author: '.article__author, .author', date: '.article__time, .time' } },
  { name: 'Người Lao Động', hosts: ['nld.com.vn'], datelines: ['NLĐO', 'NLĐ'], selectors: { author: '.author-info .name, .author', date: '[data-role="publishdate"], .ngayxuatban' } },
  { name: 'Tiền Phong', hosts: ['tienphong.vn'], datelines: ['TPO'] },
  { name: 'Lao Động', hosts: ['laodong.vn', 'laodong.com.vn'], datelines: ['LĐO'] },
  { name: 'Pháp Luật TP.HCM', hosts: ['plo.vn', 'phapluattp.vn'], datelines: ['PLO'] },
  { name: 'VTV', hosts: ['vtv.vn'], datelines: ['VTV.vn', 'VTV'] },
  { name: 'VTC News', hosts: ['vtc.vn'], datelines: ['VTC News', 'VTCNews'] },
  { name: 'Sài Gòn Giải Phóng', hosts: ['sggp.org.vn'], datelines: ['SGGP', 'SGGPO'] },
  { name: 'An Ninh Thủ Đô', hosts: ['anninhthudo.vn'], datelines: ['ANTĐ', 'ANTĐO'] },
  { name: 'Hà Nội Mới', hosts: ['hanoimoi.com.vn'], datelines: ['HNM', 'HNMO'] },
  { name: 'Nhân Dân', hosts: ['nhandan.com.vn', 'nhandan.vn'], datelines: ['NDĐT'] },
  { name: 'Quân đội Nhân dân', hosts: ['qdnd.vn'], datelines: ['QĐND', 'QĐND Online'] },
  { name: 'Công An Nhân Dân', hosts: ['cand.com.vn'], datelines: ['CAND', 'CAND.vn'] },
  { name: 'Công an TP.HCM', hosts: ['congan.com.vn'], datelines: ['CAO'] },
  { name: 'Giáo dục Việt Nam', hosts: ['giaoduc.net.vn'], datelines: ['GDVN'] },
  { name: 'VietnamPlus', hosts: ['vietnamplus.vn'], datelines: ['Vietnam+', 'VietnamPlus'] },
  { name: 'Tin Tức (TTXVN)', hosts: ['baotintuc.vn', 'tintuc.vn'], datelines: ['TTXVN'] },
  { name: 'Soha', hosts: ['soha.vn'] },
  { name: 'Kenh14', hosts: ['kenh14.vn'] },
  { name: '24h', hosts: ['24h.com.vn'] },
  { name: 'Xã Luận', hosts: ['xaluan.com'] },
  { name: 'Tin Mới', hosts: ['tinmoi.vn'] },
  { name: 'Đời sống & Pháp luật', hosts: ['doisongphapluat.com'] },
  { name: 'Người Đưa Tin', hosts: ['nguoiduatin.vn'] },
  { name: 'CafeF', hosts: ['cafef.vn'] },
  { name: 'Dân Việt', hosts: ['danviet.vn'], datelines: ['Dân Việt'] },
  { name: 'Công lý', hosts: ['congly.com.vn', 'congly.vn'] },
  { name: 'Giao thông', hosts: ['baogiaothong.vn'] },
  { name: 'Thể thao & Văn hóa', hosts: ['thethaovanhoa.vn'], datelines: ['Thethaovanhoa.vn'] },
  { name: 'VOH', hosts: ['voh.com.vn'] },
  { name: 'Infonet', hosts: ['infonet.vn'] },
  { name: 'Kiến Thức', hosts: ['kienthuc.net.vn'], datelines: ['Kiến Thức'] },
  { name: 'VnMedia', hosts: ['vnmedia.vn'], datelines: ['VnMedia'] },
  { name: 'Đất Việt', hosts: ['baodatviet.vn'] },
  { name: 'Nông nghiệp Việt Nam', hosts: ['nongnghiep.vn'] },
  { name: 'Báo Nghệ An', hosts: ['baonghean.vn'], datelines: ['Baonghean', 'Baonghean.vn'] },
  { name: 'Chính phủ', hosts: ['chinhphu.vn', 'baochinhphu.vn'], datelines: ['Chinhphu.vn'] },
  { name: 'Đảng Cộng sản Việt Nam', hosts: ['dangcongsan.vn'], datelines: ['ĐCSVN'] },
  { name: 'Thời báo Tài chính', hosts: ['thoibaotaichinhvietnam.vn'], datelines: ['TBTCO'] },
  { name: 'BBC Tiếng Việt', hosts: ['bbc.com', 'bbc.co.uk'] },
  { name: 'RFI Tiếng Việt', hosts: ['vi.rfi.fr'] },
];

/** Sites that republish other outlets' articles; the real outlet is in the URL path or the dateline. */
export const AGGREGATOR_HOSTS: ReadonlySet<string> = new Set(['baomoi.com', 'news.google.com']);
