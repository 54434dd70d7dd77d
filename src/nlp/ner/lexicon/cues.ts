/**
 * Context cue words of the entity tagger (data, not logic): what stands before a person's name
 * (`ông`, `Tổng thống`), what heads an organisation's name (`Bộ`, `Công ty`: inside the ORG) or a
 * place's (`tỉnh`, `sông`: inside the LOC), and what makes a people or a language (`người`, `tiếng`:
 * inside the MISC). Written in lower case; matched on whole words, any case.
 */

/** Honorifics, kinship and address words, titles and occupations: outside a PER (`ông Kim` → `Kim`). */
export const PERSON_CUES: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ', 'bé', 'em', 'ngài', 'cháu', 'thầy', 'cậu', 'mợ', 'dì', 'thím', 'bạn',
  'tổng thống', 'phó tổng thống', 'chủ tịch', 'phó chủ tịch', 'chủ tịch nước', 'thủ tướng', 'phó thủ tướng',
  'tổng bí thư', 'bí thư', 'ngoại trưởng', 'bộ trưởng', 'thứ trưởng', 'thứ trưởng', 'quốc vương', 'vua', 'nhà vua',
  'hoàng tử', 'công chúa', 'nữ hoàng', 'giáo hoàng', 'đức', 'thượng nghị sĩ', 'nghị sĩ', 'đại sứ', 'tướng',
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'giám đốc', 'phó giám đốc', 'tổng giám đốc', 'chủ nhiệm',
  'trưởng', 'phó', 'người phát ngôn', 'phát ngôn viên', 'nhà lãnh đạo', 'lãnh đạo', 'hlv', 'huấn luyện viên',
  'tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'cầu thủ', 'danh thủ', 'ca sĩ', 'nhạc sĩ', 'diễn viên', 'nghệ sĩ',
  'người mẫu', 'hoa hậu', 'á hậu', 'đạo diễn', 'nhà văn', 'nhà thơ', 'nhà báo', 'phóng viên', 'bác sĩ', 'bs',
  'luật sư', 'ls', 'giáo sư', 'gs', 'pgs', 'ts', 'ths', 'pgs.ts', 'gs.ts', 'pgs-ts', 'gs-ts', 'gs.tskh', 'pgs.tskh', 'ths.bs', 'ts.bs', 'bs.ckii', 'nsnd', 'nsưt', 'nsut', 'tiến sĩ', 'thạc sĩ', 'kỹ sư', 'nhà nghiên cứu',
  'chuyên gia', 'đồng chí', 'nghi phạm', 'nghi can', 'bị cáo', 'đối tượng', 'nạn nhân', 'chủ tọa', 'thẩm phán',
  'viện trưởng', 'phó viện trưởng', 'hiệu trưởng', 'chánh án', 'tư lệnh', 'chỉ huy', 'thống đốc', 'thị trưởng',
  'tỷ phú', 'doanh nhân', 'ứng viên', 'vận động viên', 'võ sĩ', 'tay vợt', 'golfer', 'nam ca sĩ', 'nữ ca sĩ',
  'vợ', 'chồng', 'con', 'mẹ', 'bố', 'cha', 'con trai', 'con gái', 'em gái', 'em trai', 'anh trai', 'chị gái',
  'hòa thượng', 'thượng tọa', 'đại đức', 'linh mục', 'mục sư', 'sư', 'đô đốc', 'chính quyền', 'thời',
  'cục trưởng', 'phó cục trưởng', 'chi cục trưởng', 'vụ trưởng', 'phó vụ trưởng', 'tổng biên tập', 'phó tổng biên tập', 'nhà thiết kế', 'ntk',
  // offices, ranks, trades and roles of news, from general knowledge (2026-12-03)
  'tổng thư ký', 'thư ký', 'trưởng ban', 'phó trưởng ban', 'trưởng phòng', 'phó trưởng phòng', 'trưởng đoàn', 'đội trưởng',
  'đội phó', 'tổ trưởng', 'chánh văn phòng', 'chánh thanh tra', 'phó chánh án', 'kiểm sát viên', 'điều tra viên',
  'trung sĩ', 'thượng sĩ', 'hạ sĩ', 'chiến sĩ', 'giảng viên', 'sinh viên', 'học sinh', 'nghiên cứu sinh', 'bệnh nhân',
  'bệnh nhi', 'sản phụ', 'tài xế', 'nhà sáng lập', 'người sáng lập', 'đồng sáng lập', 'giáo viên', 'cô giáo', 'thầy giáo',
  'nhà khoa học', 'nhà sử học', 'võ sư', 'kỳ thủ', 'tay đua', 'vđv', 'nữ sinh', 'nam sinh', 'tổng tư lệnh', 'tổng lãnh sự',
  'lãnh sự', 'giám mục', 'tổng giám mục', 'hồng y', 'thái tử', 'hoàng hậu', 'phu nhân', 'thủ lĩnh', 'phó thống đốc',
  'phó tổng giám đốc', 'trợ lý', 'cố vấn', 'phát thanh viên', 'biên tập viên', 'bình luận viên', 'nhà sản xuất',
  'nhiếp ảnh gia', 'họa sĩ', 'nam diễn viên', 'nữ diễn viên', 'siêu mẫu', 'ngôi sao', 'siêu sao', 'thủ quân', 'trung vệ',
  'cựu', 'chủ tịch hđqt', 'phó chủ tịch hđqt', 'phó bí thư',
];

/**
 * The honorifics and address words among the person cues: after one, a capitalised word is the
 * start of a name even when it is also an organisation head (`ông Ban Ki-moon`, `anh Đoàn`).
 */
export const HONORIFICS: readonly string[] = ['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ', 'bé', 'em', 'ngài', 'cháu', 'cậu', 'thầy'];

/** Organisation heads: inside the ORG when a name or a place follows (`Bộ Ngoại giao`, `công an huyện Phú Giáo`). */
export const ORG_HEADS: readonly string[] = [
  'bộ', 'sở', 'ban', 'ủy ban', 'ubnd', 'hđnd', 'ủy ban nhân dân', 'hội đồng nhân dân', 'công an', 'tòa án',
  'tòa', 'viện', 'viện kiểm sát', 'vks', 'vksnd', 'tand', 'cục', 'tổng cục', 'chi cục', 'công ty', 'cty',
  'tập đoàn', 'tổng công ty', 'ngân hàng', 'hãng', 'đại học', 'trường', 'trường đại học', 'học viện',
  'bệnh viện', 'bv', 'báo', 'tạp chí', 'đài', 'hãng tin', 'hãng thông tấn', 'thông tấn xã', 'đảng',
  'công ty cổ phần', 'công ty cp', 'cty cổ phần', 'cty cp', 'công ty tnhh', 'cty tnhh', 'công ty trách nhiệm hữu hạn',
  'câu lạc bộ', 'clb', 'đội', 'hội', 'hiệp hội', 'liên đoàn', 'quỹ', 'tổ chức', 'văn phòng', 'phòng',
  'trung tâm', 'siêu thị', 'nhà máy', 'hợp tác xã', 'htx', 'quân đoàn', 'sư đoàn', 'bộ tư lệnh', 'ủy ban quốc vụ',
  'catp', 'cat', 'caq', 'cah', 'đoàn', 'mặt trận', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'đảng ủy', 'bộ chỉ huy',
  'cây xăng', 'cửa hàng', 'cửa hàng xăng dầu', 'liên minh', 'hội đồng', 'tiệm vàng', 'nhà thuốc', 'hiệu thuốc',
  // schools by their level (`trường tiểu học Thanh Hưng`, `trường mầm non Hoa Sen`)
  'trường tiểu học', 'trường trung học', 'trường trung học cơ sở', 'trường trung học phổ thông', 'trường mầm non',
  'trường mẫu giáo', 'nhà mẫu giáo', 'trường cao đẳng', 'trường trung cấp',
];

/**
 * Organisation heads that in lower case only describe (GUIDELINE.md): the name after them alone is
 * the ORG (`tổ chức Minh bạch Quốc tế` → `Minh bạch Quốc tế`); capitalised, an official name's head
 * (`Tổ chức Y tế Thế giới`).
 */
export const DESCRIBING_HEADS: readonly string[] = ['tổ chức', 'liên minh'];

/** Words that join, not describe, between a head and a name (`công ty như Galaxy S4`, `tập đoàn vào Việt Nam`). */
export const JOINING_WORDS: readonly string[] = [
  'vào', 'như', 'của', 'cho', 'với', 'tại', 'ở', 'từ', 'đến', 'tới', 'và', 'là', 'có', 'được', 'bị', 'theo', 'trong', 'ngoài',
  'sang', 'qua', 'về', 'thuộc', 'gồm', 'nhưng', 'hay', 'hoặc', 'cùng', 'ra', 'đi', 'mà', 'để', 'do', 'nên', 'thì', 'sẽ', 'đã', 'đang',
];

/** The organisation heads of companies: their names go on past a verb of trade (`Công ty CP Đầu tư xây dựng Sử Thành Phú`). */
export const COMPANY_HEADS: readonly string[] = [
  'công ty', 'cty', 'tập đoàn', 'tổng công ty', 'công ty cổ phần', 'công ty cp', 'cty cổ phần', 'cty cp', 'công ty tnhh', 'cty tnhh',
  'công ty trách nhiệm hữu hạn', 'hợp tác xã', 'htx',
];

/**
 * Organisation heads that head a name only capitalised (the guideline's heads, `công an`, `tòa án`,
 * `trường`, head one in lower case too): in lower case before a place head they say where
 * (`trung tâm xã Đất Mũi` → LOC `xã Đất Mũi`).
 */
export const WEAK_ORG_HEADS: readonly string[] = [
  'trung tâm', 'văn phòng', 'phòng', 'hội', 'quỹ', 'tổ chức', 'đoàn', 'nhà máy', 'siêu thị', 'cửa hàng', 'cây xăng',
  'cửa hàng xăng dầu', 'hiệp hội', 'liên đoàn', 'mặt trận', 'hội đồng', 'tiệm vàng', 'nhà thuốc', 'hiệu thuốc',
];

/** Place heads: inside the LOC when a name follows (`tỉnh Quảng Ninh`, `sông Hồng`, `TP. HCM`). */
export const LOC_HEADS: readonly string[] = [
  'tỉnh', 'thành phố', 'tp', 'tp.', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'ấp', 'thôn', 'xóm', 'làng',
  'bản', 'sông', 'suối', 'kênh', 'hồ', 'biển', 'vịnh', 'núi', 'đảo', 'quần đảo', 'bán đảo', 'đèo', 'đường', 'phố',
  'quốc lộ', 'tỉnh lộ', 'cầu', 'chợ', 'sân bay', 'cảng', 'sân vận động', 'svđ', 'quảng trường', 'công viên', 'châu',
  'miền', 'vùng', 'tổ dân phố', 'ngõ', 'chung cư', 'cao tốc', 'cửa khẩu', 'đầm', 'bến', 'bến xe', 'nhà thờ',
  'chùa', 'dinh', 'vườn quốc gia', 'khu đô thị', 'xứ', 'bang', 'khu', 'vùng biển', 'eo biển',
  'đại lộ', 'hẻm', 'bảo tàng', 'nhà hát', 'đền', 'lăng', 'khách sạn', 'phương', 'bãi rác', 'siêu đô thị', 'nhà thi đấu',
  'bến xe khách', 'phố đi bộ',
  // more ways and sites, from the corrected training sentences (data/ner-train): tunnels, ferries,
  // halls, deltas, canals, islets, junctions, stations, industrial zones; and the
  // abbreviated district and ward of an address (`Q. 3`, `P. 18`, `Q. Tân Bình`)
  'hầm', 'phà', 'bến phà', 'hội trường', 'đồng bằng', 'xa lộ', 'xa cảng', 'nhà ga', 'rạch', 'cù lao', 'ngã ba',
  'ngã tư', 'khu công nghiệp', 'kcn', 'khu chế xuất', 'q.', 'p.',
];

/** Place heads of ways named by their two ends, one name across the dash (`cao tốc Long Thành – Dầu Giây`). */
export const LINK_PLACE_HEADS: readonly string[] = ['cao tốc', 'kênh'];

/** Words after which a capitalised word is a direction, not a name (`phía Tây`, `hướng Bắc`). */
export const DIRECTION_CUES: readonly string[] = ['phía', 'hướng', 'mạn', 'cửa ngõ'];

/** Heads of a people or a language, an event or an award: inside the MISC (`người Việt`, `tiếng Anh`, `Chiến tranh Lạnh`). */
export const MISC_HEADS: readonly string[] = ['người', 'tiếng', 'giải', 'chiến dịch', 'lễ hội', 'cúp', 'chiến tranh'];

/** Common Vietnamese family names: a capitalised run opening with one is most likely a person. */
export const SURNAMES: readonly string[] = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương',
  'lý', 'lương', 'trịnh', 'đinh', 'lâm', 'mai', 'trương', 'đoàn', 'tô', 'hà', 'cao', 'lưu', 'tạ', 'chu', 'quách',
  'thái', 'kiều', 'vương', 'đào', 'triệu', 'tăng', 'tôn', 'âu', 'khổng', 'thân', 'hứa', 'kim',
  'lại', 'phùng', 'giang', 'nghiêm', 'doãn', 'mạc', 'tống', 'khúc', 'diệp', 'lục',
];

/**
 * Lower-case words that end a capitalised run's claim to be a name when they are written
 * capitalised at the start of a sentence (`Theo`, `Trong`, `Tuy`): a sentence-initial capital is
 * not evidence. Kept short: the model learns the rest from the words themselves.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'theo', 'trong', 'tuy', 'sau', 'trước', 'khi', 'nếu', 'vì', 'do', 'tại', 'ở', 'với', 'cũng', 'ngày', 'hôm',
  'năm', 'tháng', 'các', 'những', 'một', 'hai', 'ba', 'đây', 'đó', 'này', 'tuy nhiên', 'bên cạnh',
  'và', 'nhưng', 'còn', 'rồi', 'vậy', 'thế', 'khi', 'lúc', 'hiện', 'chỉ', 'đến', 'từ', 'về', 'cùng', 'ngoài',
  'cả', 'mọi', 'mỗi', 'nhiều', 'ngay', 'riêng', 'đặc biệt',
];

/** Words in capitals that name nothing: units, currencies, codes, document kinds (`USD`, `GPLX`, `BKS`). */
export const NOT_NAMES: readonly string[] = [
  'usd', 'vnd', 'vnđ', 'đ', 'eur', 'kg', 'km', 'gplx', 'bks', 'cmnd', 'cccd', 'sn', 'gdp', 'cpi', 'pv', 'ptv', 'ctv',
  'tnhh', 'cp', 'ok', 'tv', 'hd', 'sms', 'gps', 'dna', 'adn', 'hiv', 'aids', 'covid', 'ai', 'it', 'ceo', 'mc', 'dj',
  'vip', 'atm', 'pin', 'id', 'pdf', 'fifa', 'điều', 'khoản', 'chương', 'mục', 'phần', 'âm lịch', 'rằm',
  // medals (huy chương vàng, bạc, đồng) and a technology
  'hcv', 'hcb', 'hcđ', 'wi-fi', 'wifi',
  // abbreviated common nouns: fans, information technology, defending champion, real estate, traffic and food safety
  'cđv', 'cntt', 'đkvđ', 'bđs', 'atgt', 'attp',
  // the press's abbreviations of common nouns (people, health, schooling, administration, safety):
  // patients, doctors, nurses, dengue, health insurance, medical care, teachers, pupils, students,
  // enterprises, civil servants, flood control, search and rescue,
  // traffic accidents, land use, basic construction, socialist, national team; and flu strains
  'bn', 'bs', 'đd', 'sxh', 'bhyt', 'kcb', 'gv', 'hs', 'sv', 'dn', 'dnnn', 'cbcc', 'cbcnv', 'cnvc',
  'pclb', 'tkcn', 'tngt', 'sdđ', 'qsdđ', 'đtxdcb', 'xhcn', 'đtqg', 'hđxx', 'h5n1', 'h1n1', 'h7n9',
];

/**
 * Vietnam's institutions named by a capitalised common noun (`Đảng`, `Quốc hội`, `Chính phủ`): an
 * ORG as written with its capital (GUIDELINE.md, "Vietnam's institutions by title").
 */
export const CAPITALISED_INSTITUTIONS: readonly string[] = ['Đảng', 'Quốc hội', 'Chính phủ', 'Bộ Chính trị', 'Ban Bí thư', 'Trung ương', 'Nhà nước Hồi giáo'];

/**
 * Words before an organisation's own name that stay outside it (GUIDELINE.md: a head, then a
 * description, then the name → the name only): `tờ Korean Times`, `thương hiệu Hoa Sen`,
 * `hãng máy tính Lenovo`. An unknown capitalised run after one is an ORG, not a person.
 */
export const ORG_CUES: readonly string[] = ['tờ', 'ban nhạc', 'nhóm nhạc', 'thương hiệu', 'nhãn hàng', 'đối tác', 'nhà mạng', 'hãng máy tính', 'hãng xe', 'hãng hàng không', 'công ty dịch vụ', 'ứng dụng', 'mạng xã hội', 'trang', 'trang web', 'website', 'tập đoàn'];

/**
 * Words before a place's own name that stay outside it: `tại Incheon`, `quê Phú Xuyên`, `khu vực
 * Miếu Thần`, `dự án PHUMY Complex`. An unknown capitalised run after one is a LOC, not a person
 * (an acronym stays an organisation).
 */
export const LOC_CUES: readonly string[] = [
  'tại', 'ở', 'quê', 'xuyên', 'khu vực', 'địa bàn', 'dự án', 'thủy điện', 'thuỷ điện', 'ruộng bậc thang',
  // `trú Thanh Oai`, `gần Nhà hát Lớn`, `tuyến Móng Cái - Cao Bằng`
  'trú', 'thường trú', 'tạm trú', 'gần', 'tuyến',
  // `căn cứ không quân Hmeimim`
  'căn cứ', 'căn cứ không quân', 'căn cứ hải quân', 'căn cứ quân sự',
];

/**
 * English words that title-case writes capitalised inside the title of a work (`The Angry Birds
 * Movie`, `Shut Up And Dance`, `Die A Happy Man`): a run of three or more capitalised words holding
 * one is a title (MISC), not a person.
 */
export const TITLE_WORDS: readonly string[] = ['the', 'and', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'to', 'with', 'up', 'me', 'from', 'by', 'is', 'my', 'your'];

/**
 * Last words that make a capitalised run an organisation's name (`Gwang Ju FC`, `Incheon United`,
 * `Vietnam Airlines`, `Sun Group`) or a place's (`PHUMY Complex`, `Landmark Tower`): English shapes of
 * names, from general knowledge, not from any document's names.
 */
export const ORG_SUFFIXES: readonly string[] = [
  'fc', 'united', 'cf', 'sc', 'club', 'group', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'jsc', 'holdings',
  'bank', 'airlines', 'airways', 'motors', 'media', 'entertainment', 'studios', 'records', 'pictures', 'foundation',
  'institute', 'university', 'college', 'association', 'agency', 'telecom', 'capital', 'partners', 'ventures',
  'technologies', 'technology', 'software', 'systems', 'energy', 'petroleum', 'pharma', 'foods', 'company', 'news', 'times', 'post', 'images',
];
export const LOC_SUFFIXES: readonly string[] = [
  'complex', 'tower', 'towers', 'plaza', 'center', 'centre', 'mall', 'residence', 'resort', 'hotel', 'square', 'bridge',
  'street', 'airport', 'stadium', 'arena', 'church', 'cathedral', 'palace', 'island', 'beach', 'bay',
];
