/**
 * Countries as Vietnamese news names them, where that differs from or adds to CLDR's Vietnamese
 * names (editorial): the first form is the canonical name (`Mỹ`, not CLDR's `Hợp chủng quốc Hoa Kỳ`),
 * the others aliases (short forms, official forms, Vietnamese phonetic spellings).
 */
export const NEWS_FORMS: Readonly<Record<string, readonly string[]>> = {
  VN: ['Việt Nam', 'VN', 'Cộng hòa Xã hội chủ nghĩa Việt Nam', 'CHXHCN Việt Nam'],
  US: ['Mỹ', 'Hoa Kỳ', 'Hợp chủng quốc Hoa Kỳ', 'Hợp chúng quốc Hoa Kỳ'],
  CN: ['Trung Quốc', 'TQ', 'Cộng hòa Nhân dân Trung Hoa', 'CHND Trung Hoa', 'Trung Hoa'],
  KP: ['Triều Tiên', 'CHDCND Triều Tiên', 'Cộng hòa Dân chủ Nhân dân Triều Tiên', 'Bắc Triều Tiên', 'Bắc Hàn'],
  KR: ['Hàn Quốc', 'Đại Hàn Dân Quốc', 'Nam Triều Tiên', 'Nam Hàn'],
  RU: ['Nga', 'Liên bang Nga', 'LB Nga'],
  JP: ['Nhật Bản', 'Nhật'],
  GB: ['Anh', 'Vương quốc Anh', 'Vương quốc Liên hiệp Anh và Bắc Ireland', 'Anh Quốc'],
  FR: ['Pháp', 'Cộng hòa Pháp'],
  DE: ['Đức', 'Cộng hòa Liên bang Đức'],
  IT: ['Italy', 'Ý', 'Italia'],
  ES: ['Tây Ban Nha'],
  PT: ['Bồ Đào Nha'],
  NL: ['Hà Lan'],
  BE: ['Bỉ'],
  CH: ['Thụy Sĩ', 'Thụy Sỹ'],
  SE: ['Thụy Điển'],
  NO: ['Na Uy'],
  FI: ['Phần Lan'],
  DK: ['Đan Mạch'],
  AT: ['Áo'],
  PL: ['Ba Lan'],
  CZ: ['Séc', 'Cộng hòa Séc', 'CH Séc'],
  GR: ['Hy Lạp'],
  TR: ['Thổ Nhĩ Kỳ', 'Türkiye'],
  UA: ['Ukraine', 'U-crai-na'],
  BY: ['Belarus'],
  AU: ['Australia', 'Úc', 'Ô-xtrây-li-a'],
  NZ: ['New Zealand', 'Niu Di-lân'],
  CA: ['Canada', 'Ca-na-đa'],
  MX: ['Mexico', 'Mê-hi-cô'],
  BR: ['Brazil', 'Bra-xin'],
  AR: ['Argentina', 'Ác-hen-ti-na'],
  CU: ['Cuba', 'Cu Ba'],
  IN: ['Ấn Độ'],
  PK: ['Pakistan'],
  IR: ['Iran', 'I-ran'],
  IQ: ['Iraq', 'I-rắc'],
  SY: ['Syria', 'Xy-ri'],
  IL: ['Israel', 'I-xra-en'],
  PS: ['Palestine', 'Pa-le-xtin'],
  LB: ['Lebanon', 'Li Băng', 'Liban'],
  SA: ['Saudi Arabia', 'Ả Rập Xê Út', 'Arab Saudi', 'Ả-rập Xê-út'],
  AE: ['UAE', 'Các Tiểu vương quốc Ả Rập Thống nhất'],
  EG: ['Ai Cập'],
  ZA: ['Nam Phi'],
  LA: ['Lào', 'CHDCND Lào'],
  KH: ['Campuchia', 'Cam-pu-chia', 'Vương quốc Campuchia'],
  TH: ['Thái Lan', 'Vương quốc Thái Lan'],
  MM: ['Myanmar', 'Mi-an-ma'],
  MY: ['Malaysia', 'Ma-lai-xi-a'],
  SG: ['Singapore', 'Xin-ga-po'],
  ID: ['Indonesia', 'In-đô-nê-xi-a'],
  PH: ['Philippines', 'Phi-líp-pin', 'Philippin'],
  BN: ['Brunei', 'Bru-nây'],
  TL: ['Timor-Leste', 'Đông Timor', 'Đông Ti-mo'],
  MN: ['Mông Cổ'],
  TW: ['Đài Loan', 'Trung Hoa Dân Quốc'], // the Republic of China: without it, `Trung Hoa` (China) took its first two words
  HK: ['Hồng Kông', 'Hong Kong', 'Hương Cảng'],
  MO: ['Ma Cao', 'Macau', 'Áo Môn'],
  AF: ['Afghanistan', 'Áp-ga-ni-xtan'],
  VA: ['Vatican', 'Tòa Thánh Vatican', 'Tòa Thánh'],
  CD: ['Cộng hòa Dân chủ Congo', 'CHDC Congo'],
  CG: ['Cộng hòa Congo'],
  RO: ['Romania', 'Rumani'],
  KW: ['Kuwait', 'Cô-oét'],
  MA: ['Maroc', 'Ma-rốc', 'Morocco'],
  GE: ['Gruzia', 'Georgia'],
  HU: ['Hungary', 'Hung-ga-ri'],
  QA: ['Qatar', 'Ca-ta'],
  VE: ['Venezuela', 'Vê-nê-xu-ê-la'],
  SD: ['Sudan', 'Xu-đăng'],
};

/**
 * The English name where CLDR's shortest plain one is not the one English news uses (`Great Britain`
 * for the United Kingdom, the two Congos both `Congo`); CLDR's stays an alias.
 */
export const NEWS_EN: Readonly<Record<string, string>> = {
  GB: 'United Kingdom',
  LA: 'Laos',
  BN: 'Brunei',
  SY: 'Syria',
  VA: 'Vatican City',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
};

/** CLDR names that are not the country in Vietnamese news (left out). */
export const NOT_THE_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  MY: ['Bán đảo Mã Lai'], // the Malay peninsula
  PS: ['Lãnh thổ Palestine, bị chiếm đóng'],
  SY: ['Cộng Hòa Arab Syrian'], // not Vietnamese usage
};

/**
 * ISO codes that are not states members of or observers at the United Nations (dependencies,
 * uninhabited lands, and places Vietnam does not recognise as states: Đài Loan, Kosovo): their
 * `subtype` is `territory`. The other 195 are the 193 members and the two observer states
 * (Palestine, the Holy See); scripts/build-kb.ts checks that count.
 */
export const TERRITORIES: ReadonlySet<string> = new Set([
  'AS', 'AI', 'AQ', 'AW', 'AX', 'BL', 'BM', 'BQ', 'BV', 'CC', 'CK', 'CW', 'CX', 'EH', 'FK', 'FO', 'GF', 'GG', 'GI',
  'GL', 'GP', 'GS', 'GU', 'HK', 'HM', 'IM', 'IO', 'JE', 'KY', 'MF', 'MO', 'MP', 'MQ', 'MS', 'NC', 'NF', 'NU', 'PF',
  'PM', 'PN', 'PR', 'RE', 'SH', 'SJ', 'SX', 'TC', 'TF', 'TK', 'TW', 'UM', 'VG', 'VI', 'WF', 'YT', 'XK',
]);
