/**
 * The words of written dates, as data: month and weekday names per language, the words that may sit
 * between a date and its time (`lúc`, `at`, `um`), marks of the half-day (`PM`, `chiều`) and zone
 * abbreviations. Lower case; matched case-insensitively on NFC text.
 */

/** Month names per language, index 0 = January. Abbreviations are matched with or without a final period. */
export const MONTH_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jan'], ['februar', 'feber', 'feb'], ['märz', 'maerz', 'mär', 'mrz'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc'],
  ],
  // Spanish, Portuguese, Italian and Dutch: frequent on the web, and cheap to know (no abbreviation
  // that is an English word: `set`, `out`, `ago`)
  es: [
    ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'],
    ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic'],
  ],
  pt: [
    ['janeiro'], ['fevereiro', 'fev'], ['março', 'marco'], ['abril'], ['maio'], ['junho'],
    ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro', 'dez'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto'], ['settembre'], ['ottobre', 'ott'], ['novembre'], ['dicembre'],
  ],
  nl: [
    ['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'],
    ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  // Languages of Europe and beyond whose dates are written day, month, year (`4 czerwca 2020`,
  // `4. června 2020`, `4 июня 2020`, `4 Haziran 2020`): months in the form that follows a day (the
  // genitive), and the nominative where it differs. Not Croatian: its `listopad` is October, Polish
  // and Czech November.
  sv: [['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'], ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december']],
  da: [['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['december']],
  pl: [
    ['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'],
    ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
  ],
  cs: [
    ['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'],
    ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu'], ['prosince', 'prosinec'],
  ],
  ro: [['ianuarie'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie'], ['iulie'], ['august'], ['septembrie'], ['octombrie'], ['noiembrie'], ['decembrie']],
  tr: [['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'], ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık']],
  id: [['januari'], ['februari', 'pebruari'], ['maret'], ['april'], ['mei'], ['juni'], ['juli'], ['agustus'], ['september'], ['oktober'], ['november', 'nopember'], ['desember']],
  ru: [['января'], ['февраля'], ['марта'], ['апреля'], ['мая'], ['июня'], ['июля'], ['августа'], ['сентября'], ['октября'], ['ноября'], ['декабря']],
  uk: [['січня'], ['лютого'], ['березня'], ['квітня'], ['травня'], ['червня'], ['липня'], ['серпня'], ['вересня'], ['жовтня'], ['листопада'], ['грудня']],
  // Hungarian writes the year first (`2020. június 4.`: see find.ts); its abbreviations end in a period
  hu: [
    ['január', 'jan'], ['február', 'febr'], ['március', 'márc'], ['április', 'ápr'], ['május', 'máj'], ['június', 'jún'],
    ['július', 'júl'], ['augusztus', 'aug'], ['szeptember', 'szept'], ['október', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  // Arabic: the Levantine and Iraqi names (`نيسان`), the Egyptian and Gulf ones (`أبريل`), and both
  // together as news sites print them (`24 نيسان / أبريل 2020`)
  ar: arabicMonths(),
};

function arabicMonths(): string[][] {
  const levantine = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
  const egyptian = [['يناير'], ['فبراير'], ['مارس'], ['أبريل', 'ابريل'], ['مايو'], ['يونيو', 'يونيه'], ['يوليو', 'يوليه'], ['أغسطس', 'اغسطس'], ['سبتمبر'], ['أكتوبر', 'اكتوبر'], ['نوفمبر'], ['ديسمبر']];
  return levantine.map((lev, i) => [lev, ...egyptian[i]!, ...egyptian[i]!.flatMap((egy) => [`${lev} / ${egy}`, `${lev}/${egy}`, `${egy} / ${lev}`])]);
}

/**
 * Vietnamese month words after `tháng`: `tháng 3`, but also `tháng Ba`, `tháng Giêng`, `tháng Chạp`
 * (`Thứ hai, 16 Tháng năm 2016` is 16 May 2016).
 */
export const VI_MONTH_WORDS: readonly (readonly string[])[] = [
  ['giêng', 'một'], ['hai'], ['ba'], ['tư', 'bốn'], ['năm'], ['sáu'],
  ['bảy', 'bẩy'], ['tám'], ['chín'], ['mười'], ['mười một'], ['mười hai', 'chạp'],
];

/** Weekday names, which may stand before or between a date and its time; they add nothing to the value. */
export const WEEKDAY_NAMES: readonly string[] = [
  // Vietnamese: `Thứ Ba`, `Thứ 3`, `T3`, `Chủ nhật`, `CN`
  'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ bẩy', 'chủ nhật',
  'thứ 2', 'thứ 3', 'thứ 4', 'thứ 5', 'thứ 6', 'thứ 7', 't2', 't3', 't4', 't5', 't6', 't7', 'cn',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
];

/** Words that may join a date and its time: `10:15 ngày 23/3/2021`, `18 Nov 2019 at 12:01`, `am 18.11.2019 um 12:01 Uhr`. */
export const DATE_TIME_JOINERS: readonly string[] = [
  'ngày', 'lúc', 'vào lúc', 'vào', 'at', 'on', 'um', 'am', 'à', 'le', 'a las', 'às', 'alle', 'ore', 'om', 'de', 'el',
];

/** Marks of the half-day after a time. `sa` (sáng) and `ch` (chiều) are the short forms Vietnamese sites print. */
export const MERIDIEM: Readonly<Record<string, 'am' | 'pm'>> = {
  am: 'am', 'a.m.': 'am', 'a.m': 'am', sa: 'am', 'sáng': 'am',
  pm: 'pm', 'p.m.': 'pm', 'p.m': 'pm', ch: 'pm', 'chiều': 'pm', 'tối': 'pm', 'trưa': 'pm',
  // Arabic: morning, evening
  'صباحاً': 'am', 'صباحا': 'am', 'مساءً': 'pm', 'مساء': 'pm',
};

/** Zone abbreviations to their offset in minutes east of UTC (RFC 822 zones and a few common others). */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  gmt: 0, ut: 0, utc: 0, z: 0, wet: 0, bst: 60, cet: 60, mez: 60, cest: 120, mesz: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  ict: 420, jst: 540, kst: 540, aest: 600, aedt: 660,
};
