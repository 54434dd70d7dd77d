/**
 * The lower-case words of Vietnamese organisations' official names (data, not logic): after a
 * capitalised head and a capitalised word, an official name goes on in lower case with the fields
 * and kinds of its body (`Cục Cảnh sát hình sự`, `Sở Giao thông vận tải`, `Viện Kiểm sát nhân dân
 * tối cao`, `Công ty CP Đầu tư xây dựng và Ứng dụng công nghệ`). Written from general knowledge of
 * the names of Vietnam's administration, courts, police, schools, hospitals and companies, not from
 * any document's names.
 */

/** Nouns and qualifiers: a name may end on one (`Cục Cảnh sát hình sự`, `Sở Giao thông vận tải`). */
export const ORG_NAME_WORDS: readonly string[] = [
  'nhân dân', 'tối cao', 'cấp cao', 'hình sự', 'kinh tế', 'giao thông', 'vận tải', 'công chính', 'đô thị', 'công cộng',
  'hành khách', 'hàng hóa', 'thương mại', 'dịch vụ', 'công nghệ', 'công nghệ cao', 'truyền thông', 'viễn thông', 'điện tử',
  'phần mềm', 'bất động sản', 'chứng khoán', 'tài chính', 'bảo hiểm', 'khoáng sản', 'năng lượng', 'điện lực', 'dầu khí',
  'xăng dầu', 'hàng không', 'hàng hải', 'đường sắt', 'đường bộ', 'đường thủy', 'cầu đường', 'thủy sản', 'nông sản',
  'lâm sản', 'nông nghiệp', 'lâm nghiệp', 'công nghiệp', 'thủy lợi', 'môi trường', 'tài nguyên', 'xây lắp', 'vật liệu',
  'vật tư', 'thiết bị', 'cơ khí', 'hóa chất', 'dược phẩm', 'thực phẩm', 'dệt may', 'xuất nhập khẩu', 'du lịch',
  'văn hóa', 'thể thao', 'nghệ thuật', 'y tế', 'dân số', 'khoa học', 'kỹ thuật', 'xã hội', 'nhân văn', 'lao động',
  'thương binh', 'việc làm', 'tư pháp', 'nội vụ', 'an ninh', 'trật tự', 'an toàn', 'quốc phòng', 'biên phòng', 'cơ động',
  'ma túy', 'tội phạm', 'phòng cháy', 'chữa cháy', 'cứu hộ', 'cứu nạn', 'thi hành án', 'dân sự', 'hành chính', 'quốc tế',
  'quốc gia', 'trung ương', 'nhà nước', 'quy hoạch', 'kiến trúc', 'hạ tầng', 'nhà ở', 'phát thanh', 'truyền hình',
  'báo chí', 'xuất bản', 'nông thôn', 'miền núi', 'dân tộc', 'tôn giáo', 'thanh niên', 'phụ nữ', 'nhi đồng',
  'cựu chiến binh', 'nông dân', 'đa khoa', 'ung bướu', 'phụ sản', 'quân đội', 'quân y', 'quân sự', 'cảnh sát', 'hải quan',
  'thuế', 'kho bạc', 'kiểm lâm', 'kiểm sát', 'pháp y', 'pháp luật',
  'dự án', 'cổ phần', 'trách nhiệm hữu hạn', 'một thành viên', 'liên doanh', 'tư nhân', 'đối ngoại', 'tuyên giáo',
  'sư phạm', 'bách khoa', 'ngoại ngữ', 'ngoại thương', 'mỹ thuật',
  'âm nhạc', 'điện ảnh', 'sân khấu', 'di sản', 'bảo tàng', 'thư viện', 'lưu trữ', 'tiêu chuẩn', 'đo lường', 'chất lượng',
  'sở hữu trí tuệ', 'cạnh tranh', 'người tiêu dùng', 'thú y', 'bảo vệ thực vật', 'trồng trọt', 'chăn nuôi',
  // more fields of departments, centres, hospitals and utilities (2026-12-03, night)
  'thị trường', 'dự phòng', 'y học dự phòng', 'công chánh', 'dược', 'y dược', 'sinh học', 'đa dạng sinh học', 'nguồn lợi',
  'gia đình', 'trẻ em', 'y học', 'kế hoạch', 'hôn nhân', 'tâm lý', 'sát hạch', 'cấp nước', 'thoát nước', 'chiếu sáng',
  'cây xanh', 'vệ sinh', 'dịch tễ', 'nhiệt đới', 'răng hàm mặt', 'chấn thương chỉnh hình', 'tim mạch', 'tâm thần',
  'da liễu', 'nội tiết', 'huyết học', 'truyền máu', 'ngân sách', 'kế toán', 'thi đua', 'khen thưởng', 'dân vận',
  'tổ chức cán bộ', 'đối ngoại nhân dân',
];

/**
 * Verbs and verbal nouns that are inside a name only with more after them (`Cơ quan Cảnh sát điều
 * tra Bộ Công an`, `Công ty Đầu tư xây dựng và ...`): `Bộ Công an điều tra vụ việc` ends at `Bộ Công an`.
 */
export const ORG_NAME_VERBS: readonly string[] = [
  'điều tra', 'xây dựng', 'phát triển', 'đầu tư', 'quản lý', 'sản xuất', 'kinh doanh', 'điều hành', 'chỉ đạo',
  'bảo vệ', 'phòng chống', 'khai thác', 'chế biến', 'tư vấn', 'thiết kế', 'giám sát', 'thông tin', 'đào tạo',
  'giáo dục', 'ứng dụng', 'nghiên cứu', 'chăm sóc', 'bảo trì', 'vận hành', 'xúc tiến', 'kiểm toán', 'thanh tra',
  'giám định', 'kiểm tra', 'tổ chức', 'tuyên truyền', 'thống kê',
];

/** The verbs of trade among them, after which a company's own name may come (`Công ty TNHH Đầu tư xây dựng Hoàng Long`). */
export const TRADE_VERBS: readonly string[] = [
  'xây dựng', 'phát triển', 'đầu tư', 'quản lý', 'sản xuất', 'kinh doanh', 'khai thác', 'chế biến', 'tư vấn', 'thiết kế',
  'ứng dụng', 'vận hành', 'bảo trì', 'xúc tiến',
];
