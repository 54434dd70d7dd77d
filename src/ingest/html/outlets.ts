/**
 * Vietnamese outlets as data: their names, hosts, and where their pages put the byline and the
 * date when the meta tags do not say. The body needs no per-outlet rule: the generic cleaning
 * (patterns.ts) handles their sapo, caption and related-box class names.
 */

export interface Outlet {
  name: string;
  hosts: string[];
  selectors?: { author?: string; date?: string };
  /** The page republishes other outlets' articles and links to the original. */
  aggregator?: boolean;
}

export const OUTLETS: Outlet[] = [
  // names as in the project's outlet lexicon (src/ingest/lexicon/outlets.ts on main)
  { name: 'VnExpress', hosts: ['vnexpress.net'], selectors: { author: 'p.author_mail strong, p.Normal[style*="right"] strong, p.author strong', date: 'span.date' } },
  { name: 'Tuổi Trẻ', hosts: ['tuoitre.vn'], selectors: { author: '.author-info .name, .detail-author .name, .author', date: '[data-role="publishdate"], .detail-time' } },
  { name: 'Thanh Niên', hosts: ['thanhnien.vn'], selectors: { author: '.detail-author .name, .author-info .name', date: '[data-role="publishdate"], .detail-time' } },
  { name: 'Dân trí', hosts: ['dantri.com.vn'], selectors: { author: '.author-name b, .author-name', date: 'time.author-time' } },
  { name: 'VietNamNet', hosts: ['vietnamnet.vn'], selectors: { author: '.article-detail-author__info .name, .article-detail-author .name', date: '.bread-crumb-detail__time, .publish-date' } },
  { name: 'Znews', hosts: ['znews.vn', 'zingnews.vn'], selectors: { author: '.the-article-author, .author', date: '.the-article-publish' } },
  { name: 'VOV', hosts: ['vov.vn'], selectors: { author: '.article__author, .author', date: '.article__time, .time' } },
  { name: 'Người Lao Động', hosts: ['nld.com.vn'], selectors: { author: '.author-info .name, .author', date: '[data-role="publishdate"], .ngayxuatban' } },
  { name: 'Báo Mới', hosts: ['baomoi.com'], aggregator: true },
];
