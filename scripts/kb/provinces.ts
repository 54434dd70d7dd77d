/**
 * Vietnam's provincial-level units before and after the 2025 arrangement (Nghị quyết 202/2025/QH15
 * of 12 June 2025: 63 units became 34; the merged units' governments started on 1 July 2025), and
 * Huế made a centrally-run city on 1 January 2025 (Nghị quyết 175/2024/QH15 of 30 November 2024). Data for
 * scripts/build-kb.ts.
 */

export interface Province {
  slug: string;
  name: string;
  subtype: 'province' | 'city';
  /** The English name, where it does not fold to the Vietnamese one (`Ho Chi Minh City`). */
  en?: string;
  aliases?: string[];
}

/** The 63 units before the merger (Huế as Thừa Thiên Huế province until 2025-01-01). */
export const BEFORE_2025: readonly Province[] = [
  { slug: 'ha-noi', name: 'Hà Nội', subtype: 'city', aliases: ['Thủ đô Hà Nội', 'HN'] },
  { slug: 'ho-chi-minh', name: 'TP.HCM', en: 'Ho Chi Minh City', subtype: 'city', aliases: ['Thành phố Hồ Chí Minh', 'TP Hồ Chí Minh', 'TP HCM', 'TPHCM', 'TP. Hồ Chí Minh', 'Sài Gòn'] },
  { slug: 'hai-phong', name: 'Hải Phòng', subtype: 'city' },
  { slug: 'da-nang', name: 'Đà Nẵng', subtype: 'city' },
  { slug: 'can-tho', name: 'Cần Thơ', subtype: 'city' },
  ...[
    'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định',
    'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên',
    'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình',
    'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An',
    'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
    'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên',
    'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
  ].map((name): Province => ({ slug: slugify(name), name, subtype: 'province' })),
];

/** The 34 units from 2025-07-01: each with the units it was formed from (itself alone: unchanged). */
export const AFTER_2025: readonly { unit: Province; from: readonly string[] }[] = [
  // unchanged (11); Huế is the city formed on 2025-01-01
  ...['Hà Nội', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng']
    .map((n) => ({ unit: BEFORE_2025.find((p) => p.name === n)!, from: [n] })),
  { unit: { slug: 'hue', name: 'Huế', subtype: 'city', aliases: ['Thành phố Huế', 'TP Huế', 'TP. Huế'] }, from: ['Thừa Thiên Huế'] },
  // merged (23)
  { unit: province('Tuyên Quang'), from: ['Hà Giang', 'Tuyên Quang'] },
  { unit: province('Lào Cai'), from: ['Lào Cai', 'Yên Bái'] },
  { unit: province('Thái Nguyên'), from: ['Bắc Kạn', 'Thái Nguyên'] },
  { unit: province('Phú Thọ'), from: ['Vĩnh Phúc', 'Phú Thọ', 'Hòa Bình'] },
  { unit: province('Bắc Ninh'), from: ['Bắc Giang', 'Bắc Ninh'] },
  { unit: province('Hưng Yên'), from: ['Thái Bình', 'Hưng Yên'] },
  { unit: { slug: 'hai-phong', name: 'Hải Phòng', subtype: 'city' }, from: ['Hải Dương', 'Hải Phòng'] },
  { unit: province('Ninh Bình'), from: ['Hà Nam', 'Nam Định', 'Ninh Bình'] },
  { unit: province('Quảng Trị'), from: ['Quảng Bình', 'Quảng Trị'] },
  { unit: { slug: 'da-nang', name: 'Đà Nẵng', subtype: 'city' }, from: ['Quảng Nam', 'Đà Nẵng'] },
  { unit: province('Quảng Ngãi'), from: ['Kon Tum', 'Quảng Ngãi'] },
  { unit: province('Gia Lai'), from: ['Gia Lai', 'Bình Định'] },
  { unit: province('Khánh Hòa'), from: ['Ninh Thuận', 'Khánh Hòa'] },
  { unit: province('Lâm Đồng'), from: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
  { unit: province('Đắk Lắk'), from: ['Đắk Lắk', 'Phú Yên'] },
  { unit: { ...BEFORE_2025[1]! }, from: ['Bà Rịa - Vũng Tàu', 'Bình Dương', 'TP.HCM'] },
  { unit: province('Đồng Nai'), from: ['Đồng Nai', 'Bình Phước'] },
  { unit: province('Tây Ninh'), from: ['Tây Ninh', 'Long An'] },
  { unit: { slug: 'can-tho', name: 'Cần Thơ', subtype: 'city' }, from: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  { unit: province('Vĩnh Long'), from: ['Bến Tre', 'Vĩnh Long', 'Trà Vinh'] },
  { unit: province('Đồng Tháp'), from: ['Tiền Giang', 'Đồng Tháp'] },
  { unit: province('Cà Mau'), from: ['Bạc Liêu', 'Cà Mau'] },
  { unit: province('An Giang'), from: ['Kiên Giang', 'An Giang'] },
];

function province(name: string): Province {
  return { slug: slugify(name), name, subtype: 'province' };
}

/** `Bà Rịa - Vũng Tàu` → `ba-ria-vung-tau`. */
export function slugify(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
