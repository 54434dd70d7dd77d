/**
 * Names that are not actors of a story: countries, regions, Vietnamese provinces and cities (as
 * Vietnamese news writes them), currencies and the generic abbreviations of news text (`TP`, `HLV`,
 * `CSGT`). Two stories that both mention `Trung Quốc` and `USD`, or `TP.HCM`, are not related for
 * that; two that share `Kim Jong-un` and `Tập Cận Bình` are. Used until named-entity recognition
 * can tell people and organisations from places.
 */

/** Countries, territories and regions, in their usual Vietnamese form (and common short forms). */
export const COUNTRIES_AND_REGIONS: readonly string[] = [
  'Việt Nam', 'VN', 'Trung Quốc', 'TQ', 'Triều Tiên', 'Bắc Triều Tiên', 'Hàn Quốc', 'Nam Triều Tiên', 'Nhật Bản', 'Nhật',
  'Mỹ', 'Hoa Kỳ', 'Nga', 'Liên bang Nga', 'Anh', 'Vương quốc Anh', 'Pháp', 'Đức', 'Ý', 'Italy', 'Tây Ban Nha',
  'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ', 'Thụy Sỹ', 'Thụy Điển', 'Na Uy', 'Phần Lan', 'Đan Mạch', 'Áo',
  'Ba Lan', 'Séc', 'Hungary', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Ukraine', 'Belarus', 'Romania', 'Bulgaria', 'Serbia',
  'Ireland', 'Iceland', 'Scotland', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Peru', 'Colombia',
  'Venezuela', 'Cuba', 'Úc', 'Australia', 'New Zealand', 'Ấn Độ', 'Pakistan', 'Bangladesh', 'Sri Lanka',
  'Nepal', 'Afghanistan', 'Iran', 'Iraq', 'Syria', 'Israel', 'Palestine', 'Jordan', 'Lebanon', 'Li Băng',
  'Ả Rập Xê Út', 'Saudi Arabia', 'Qatar', 'Kuwait', 'Yemen', 'UAE', 'Ai Cập', 'Libya', 'Tunisia', 'Algeria',
  'Maroc', 'Nigeria', 'Nam Phi', 'Kenya', 'Ethiopia', 'Sudan', 'Somalia', 'Lào', 'Campuchia', 'Thái Lan',
  'Myanmar', 'Malaysia', 'Singapore', 'Indonesia', 'Philippines', 'Brunei', 'Đông Timor', 'Mông Cổ',
  'Đài Loan', 'Hồng Kông', 'Hong Kong', 'Ma Cao', 'Kazakhstan', 'Uzbekistan', 'Châu Á', 'Châu Âu', 'Châu Phi',
  'Châu Mỹ', 'Mỹ Latinh', 'Trung Đông', 'Đông Nam Á', 'Đông Á', 'Nam Á', 'Bắc Mỹ', 'Nam Mỹ', 'Tây Âu', 'Đông Âu',
  'Bắc Âu', 'Liên minh châu Âu', 'Biển Đông', 'Thái Bình Dương', 'Đại Tây Dương', 'Ấn Độ Dương',
  'Địa Trung Hải', 'Bắc Kinh', 'Thượng Hải', 'Tokyo', 'Seoul', 'Bình Nhưỡng', 'Moscow', 'Matxcơva',
  'Washington', 'New York', 'London', 'Paris', 'Berlin', 'Bangkok', 'Vientiane', 'Viêng Chăn', 'Phnom Penh',
  'Nhà Trắng', 'Điện Kremlin',
];

/** Vietnamese provinces, cities and regions. */
export const VIETNAMESE_PLACES: readonly string[] = [
  'Hà Nội', 'TP HCM', 'TP.HCM', 'TPHCM', 'HCM', 'Hồ Chí Minh', 'TP Hồ Chí Minh', 'Sài Gòn', 'Hải Phòng',
  'Đà Nẵng', 'Cần Thơ', 'An Giang', 'Bà Rịa', 'Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu',
  'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng',
  'Đắk Lắk', 'Đắc Lắc', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận',
  'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng',
  'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Thừa Thiên', 'Huế',
  'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Nha Trang', 'Đà Lạt',
  'Vinh', 'Hạ Long', 'Buôn Ma Thuột', 'Pleiku', 'Quy Nhơn', 'Phan Thiết', 'Biên Hòa', 'Thủ Đức',
  'Tây Nguyên', 'Tây Bắc', 'Đông Bắc', 'Miền Bắc', 'Miền Trung', 'Miền Nam', 'Nam Bộ', 'Bắc Bộ', 'Trung Bộ',
  'Đồng bằng sông Cửu Long', 'Đồng bằng sông Hồng', 'Hoàng Sa', 'Trường Sa',
];

/** Currencies, units and the generic abbreviations of Vietnamese news text. */
export const GENERIC_ABBREVIATIONS: readonly string[] = [
  'USD', 'VND', 'VNĐ', 'EUR', 'JPY', 'NDT', 'GDP', 'CPI', 'FDI', 'ODA', 'TP', 'TT', 'TX', 'Q', 'P', 'II', 'III',
  'IV', 'SN', 'HLV', 'CLB', 'ĐT', 'CSGT', 'CSHS', 'CA', 'UBND', 'HĐND', 'TAND', 'VKSND', 'VKS', 'BCH', 'BQL',
  'GS', 'PGS', 'TS', 'ThS', 'BS', 'KS', 'NSƯT', 'NSND', 'THPT', 'THCS', 'ĐH', 'CĐ', 'PV', 'BTV', 'CTV',
  'Covid', 'ảnh', 'video', 'clip', 'Bộ', 'Sở', 'Cục', 'Viện', 'Ban', 'Vụ', 'Phòng', 'Tổng cục',
  'GB', 'MB', 'TB', 'RAM', 'ROM', 'SSD', 'HDD', 'CPU', 'GPU', 'HD', 'Full HD', 'USB', 'LED', 'LCD', 'OS', 'Wifi',
  'Wi-Fi', '3G', '4G', '5G', 'SIM', 'PC', 'TV', 'MV', 'CEO',
];
