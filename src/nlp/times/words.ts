/**
 * The words of Vietnamese time expressions, as data: what the `times` grammar (grammar.ts) reads.
 * Lower case, NFC; matched case-insensitively. Month names after `tháng` (`tháng Giêng`, `tháng Tư`)
 * are shared with the publication-date parser (`VI_MONTH_WORDS` in src/text/dates/words.ts).
 */

/** Days named relative to the day of writing: `hôm qua` is the day before. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  'hôm nay': 0, 'ngày hôm nay': 0, 'bữa nay': 0,
  'hôm qua': -1, 'ngày hôm qua': -1, // not `hôm trước`: the day before an event named earlier
  'hôm kia': -2, 'ngày hôm kia': -2,
  'ngày mai': 1,
  'ngày kia': 2, 'ngày mốt': 2,
};

/**
 * Parts of the day. Before a day they narrow nothing in the value (`chiều 21/5` is 21 May); before
 * `nay`, `qua`, `mai` they make a relative day (`sáng nay`, `tối qua`, `chiều mai`).
 */
export const PARTS_OF_DAY: readonly string[] = [
  'rạng sáng', 'sáng sớm', 'buổi sáng', 'buổi trưa', 'buổi chiều', 'buổi tối', 'nửa đêm', 'đêm khuya',
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'xế chiều', 'hừng đông',
];

/** What follows a part of the day to make it a relative day: `sáng nay`, `tối qua`, `chiều mai`, `tối hôm qua`. */
export const PART_OF_DAY_SHIFT: Readonly<Record<string, number>> = {
  nay: 0, 'hôm nay': 0, qua: -1, 'hôm qua': -1, mai: 1, 'ngày mai': 1,
};

/** Words before a day-month that make it a date in running text (`hôm 23/3`, `ngày 19-5`, `mùng 2/6`). */
export const DAY_PREFIXES: readonly string[] = ['ngày', 'hôm', 'mùng', 'mồng', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'rạng sáng', 'sáng sớm', 'tức', 'nhằm'];

/** Weekday words after `thứ` (0 = Monday, as ISO weeks count); `chủ nhật` is 6. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  hai: 0, '2': 0, ba: 1, '3': 1, 'tư': 2, '4': 2, 'năm': 3, '5': 3, 'sáu': 4, '6': 4, 'bảy': 5, 'bẩy': 5, '7': 5,
};
export const SUNDAY = 'chủ nhật';

/** Words before `thứ Ba` that make it a weekday and not an ordinal (`hôm thứ Ba`; `ứng viên thứ ba` is the third). */
export const WEEKDAY_PREFIXES: readonly string[] = ['hôm', 'ngày', 'vào', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'rạng sáng', 'hồi', 'từ', 'đến', 'tới'];

/** Relative words after a week, month or year (`tuần trước`, `tháng tới`, `năm ngoái`): the shift in units. */
export const RELATIVE_SHIFTS: Readonly<Record<string, number>> = {
  'này': 0, nay: 0, 'hiện tại': 0,
  'trước': -1, qua: -1, 'vừa qua': -1, 'rồi': -1, 'ngoái': -1, 'vừa rồi': -1,
  'tới': 1, sau: 1, 'kế tiếp': 1, 'tiếp theo': 1, 'tới đây': 1,
};

/** Which relative words each unit takes (`năm qua` is vague, `tuần qua` is last week; `năm ngoái` only for years). */
export const UNIT_SHIFT_WORDS: Readonly<Record<'week' | 'month' | 'year', readonly string[]>> = {
  week: ['này', 'trước', 'qua', 'vừa qua', 'rồi', 'tới', 'sau', 'kế tiếp', 'tiếp theo'],
  month: ['này', 'trước', 'vừa qua', 'rồi', 'tới', 'sau'],
  year: ['nay', 'này', 'ngoái', 'trước', 'vừa qua', 'tới', 'sau'],
};

/** Words before a relative week, month or year that make it vague (`những tháng trước`, `các năm tới`), or a count. */
export const VAGUE_BEFORE: readonly string[] = ['những', 'các', 'mấy', 'vài', 'nhiều', 'mỗi', 'hàng', 'từng', 'mọi', 'cả'];

/** Units of `cách đây 3 ngày`, `15 năm trước`. */
export const UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = {
  'ngày': 'day', 'hôm': 'day', 'tuần': 'week', 'tháng': 'month', 'năm': 'year',
};

/** Numbers written as words (`cách đây hai năm`, `ba năm trước`, `nửa năm trước`). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'một': 1, hai: 2, ba: 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
  'nửa': 0.5, 'mười hai': 12,
};

/** Words between `cách đây` and its number that keep it a point: `cách đây gần hai năm`. */
export const APPROXIMATELY: readonly string[] = ['gần', 'hơn', 'khoảng', 'chừng', 'độ', 'ngót', 'non', 'trên', 'chưa đầy', 'tròn'];

/**
 * Parts of a month and of a year, as their first and last day or month: `cuối tháng 4` is 21–30
 * April; `đầu năm` January–March. The thirds of a month are the usual reading of đầu/giữa/cuối.
 */
export const PARTS_OF_MONTH: Readonly<Record<string, readonly [number, number]>> = {
  'đầu': [1, 10], 'giữa': [11, 20], 'cuối': [21, 31],
};
export const PARTS_OF_YEAR: Readonly<Record<string, readonly [number, number]>> = {
  'đầu': [1, 3], 'giữa': [5, 8], 'cuối': [10, 12],
};

/** Seasons as months (meteorological, northern hemisphere): `mùa hè năm nay` is June–August. Winter starts in December of its year. */
export const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  'xuân': [3, 5], 'hè': [6, 8], 'hạ': [6, 8], 'thu': [9, 11], 'đông': [12, 14],
};

/** Words that put a yearless date ahead of the reference (`ngày 1/1 tới`, `8/6 tới`). */
export const FORWARD: readonly string[] = ['tới', 'sắp tới', 'tới đây', 'sau'];
/** Words after a yearless date that keep it behind the reference (`hôm 24-4 vừa qua`, `hôm 26.5 qua`). */
export const BACKWARD: readonly string[] = ['vừa qua', 'qua', 'vừa rồi']; // not `trước`: `3-5 trước Barca` is a score

/** Words of the lunar calendar after a date (`19/3 âm lịch`, `rằm tháng Tư âm lịch`). */
export const LUNAR_MARKS: readonly string[] = ['âm lịch', 'âl', 'al'];
/** `rằm` is the 15th of a lunar month; `mùng`/`mồng` open the days 1–10. */
export const FULL_MOON = 'rằm';
/** `Tết` (Nguyên đán) is the first lunar month: `mùng 1 Tết`. */
export const TET = ['tết nguyên đán', 'tết âm lịch', 'tết'];

/** The heavenly stems and earthly branches naming lunar years (`năm Bính Thân` is 2016, 1956, …). */
export const STEMS: readonly string[] = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
export const BRANCHES: readonly (readonly string[])[] = [
  ['tý', 'tí'], ['sửu'], ['dần'], ['mão', 'mẹo'], ['thìn'], ['tỵ', 'tị'], ['ngọ'], ['mùi'], ['thân'], ['dậu'], ['tuất'], ['hợi'],
];

/** Words before a bare four-digit number that make it a year (`SN 1990`, `(1986,`). Capitalised names (`EURO 2016`) do too. */
export const YEAR_PREFIXES: readonly string[] = ['sn', 'sinh năm', 'năm', 'hồi', 'từ', 'đến', 'tới', 'trước', 'sau', 'khóa', 'mùa', 'mùa giải', 'niên khóa', 'nhiệm kỳ', 'dương lịch', 'vào'];

/** Decades: `thập niên 1960`, `thập kỷ 1990`, `những năm 1980`. */
export const DECADE_WORDS: readonly string[] = ['thập niên', 'thập kỷ', 'thập kỉ', 'những năm', 'các năm'];

/** Words after a time that say its zone is not Vietnam's and unknown (`tối 24/8 (giờ địa phương)`): the value keeps no offset. */
export const LOCAL_TIME: readonly string[] = ['giờ địa phương'];
