/**
 * Place names of two or more syllables, for two rules of the segmenter: written with capitals, a
 * place is one word (`Triều Tiên cho biết`, where the model has not seen it), and a place that starts
 * a run of capitalised syllables ends its word there (`Trung Quốc | Tập Cận Bình`, `Triều Tiên | Kim
 * Jong-un`, `Nhật Bản | Shinzo Abe`). The treebank seldom puts two names side by side, so the model
 * alone tends to join them. Left out on purpose: places that also begin longer names (`Thái Bình` in
 * `Thái Bình Dương`, `Hòa Bình`), and `Hồ Chí Minh` (also a person).
 */
export const PLACES: readonly string[] = [
  // countries and regions
  'Trung Quốc', 'Triều Tiên', 'Bắc Triều Tiên', 'Nam Triều Tiên', 'Hàn Quốc', 'Nhật Bản', 'Việt Nam', 'Hoa Kỳ',
  'Ấn Độ', 'Thái Lan', 'Đài Loan', 'Hồng Kông', 'Ma Cao', 'Mông Cổ', 'Miến Điện', 'Anh Quốc', 'Ai Cập',
  'Ả Rập Xê Út', 'Thổ Nhĩ Kỳ', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Thụy Điển', 'Thụy Sĩ', 'Na Uy',
  'Phần Lan', 'Đan Mạch', 'Ba Lan', 'Hy Lạp', 'Tân Tây Lan', 'Nam Phi', 'Liên Xô', 'Cu Ba', 'Triều Châu',
  'Châu Âu', 'Châu Á', 'Châu Phi', 'Châu Mỹ', 'Trung Đông', 'Đông Nam Á', 'Bắc Mỹ', 'Nam Mỹ', 'Đông Á',
  'Biển Đông', 'Nam Hàn', 'Bắc Hàn',
  // cities abroad
  'Bắc Kinh', 'Thượng Hải', 'Bình Nhưỡng', 'Bàn Môn Điếm', 'Quảng Châu', 'Thâm Quyến', 'Trùng Khánh',
  'Thiên Tân', 'Nam Kinh', 'Vũ Hán', 'Đông Kinh', 'Hoa Thịnh Đốn',
  // Vietnam: cities and provinces
  'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Sài Gòn', 'Quảng Ninh', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Nghệ An', 'Hà Tĩnh', 'Thanh Hóa', 'Ninh Bình', 'Nam Định',
  'Hưng Yên', 'Hải Dương', 'Bắc Ninh', 'Bắc Giang', 'Vĩnh Phúc', 'Phú Thọ', 'Thái Nguyên', 'Tuyên Quang',
  'Hà Giang', 'Cao Bằng', 'Lạng Sơn', 'Lào Cai', 'Yên Bái', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Bắc Kạn',
  'Khánh Hòa', 'Phú Yên', 'Bình Định', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Gia Lai', 'Đắk Lắk',
  'Đắk Nông', 'Lâm Đồng', 'Đồng Nai', 'Bình Dương', 'Bình Phước', 'Tây Ninh', 'Bà Rịa', 'Vũng Tàu',
  'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Đồng Tháp', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu',
  'Cà Mau', 'Đà Lạt', 'Nha Trang', 'Phú Quốc', 'Hạ Long', 'Hội An', 'Tây Nguyên', 'Hoàng Sa', 'Trường Sa',
];

/**
 * Countries written as one syllable. They end their word only before a syllable foreign to the
 * training data (`Mỹ | Donald Trump`, `Nga | Sergei Lavrov`), since many are also given names
 * (`Mỹ Linh`, `Đức Anh`).
 */
export const ONE_SYLLABLE_PLACES: readonly string[] = [
  'Mỹ', 'Nga', 'Anh', 'Pháp', 'Đức', 'Úc', 'Lào', 'Nhật', 'Ý', 'Iran', 'Iraq', 'Israel', 'Syria', 'Cuba',
  'Canada', 'Campuchia', 'Singapore', 'Malaysia', 'Indonesia', 'Philippines', 'Myanmar', 'Ukraine',
  'Brazil', 'Mexico', 'Venezuela', 'Afghanistan', 'Pakistan', 'Libya', 'Yemen', 'Qatar', 'Palestine',
];
