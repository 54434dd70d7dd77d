/**
 * Abbreviations written with a final period that does not end a sentence (`TP. HCM`, `PGS. TS.`).
 * Compared case-sensitively without the period. Single capital letters (`Q. 1`, `J. Trump`) are
 * handled as initials by the splitter and need not be listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // places and administrative units
  'TP', 'Tp', 'TX', 'TT', 'Tt', 'Q', 'P', 'H', 'X', 'Th', 'KP', 'Kp', 'KCN', 'KDC', 'ĐT', 'QL', 'TL', 'Đ',
  // titles and degrees
  'GS', 'PGS', 'TS', 'ThS', 'Th.S', 'BS', 'BSCKI', 'BSCKII', 'KS', 'CN', 'NSND', 'NSƯT', 'NGƯT', 'NGND',
  'GS.TS', 'PGS.TS', 'GS.TSKH', 'TSKH', 'LS', 'Ths', 'Gs', 'Pgs', 'Ts', 'Bs', 'Ks', 'Ls', 'Lm', 'Đ/c', 'đ/c',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Jr', 'Sr', 'St', 'Gen', 'Col', 'Lt', 'Sgt', 'Rev', 'Hon',
  // others
  'NXB', 'Nxb', 'tr', 'Tr', 'No', 'no', 'Vol', 'vol', 'vs', 'etc', 'ca', 'approx', 'Co', 'Inc', 'Ltd', 'Corp',
]);
