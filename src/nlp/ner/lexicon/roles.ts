/**
 * Offices as the knowledge base records them (`role` of an office) and the Vietnamese titles that
 * name them. `Chủ tịch Trung Quốc` is the head of state of China, `Ngoại trưởng Mỹ` the US Secretary
 * of State: a title names a list of roles, tried in order, of a country or organisation.
 */

export const ROLE_IDS = [
  'head-of-state', // president, chairman, monarch
  'head-of-government', // prime minister, premier
  'foreign-minister',
  'party-leader', // general secretary of a ruling party
  'leader', // the paramount leader where that is not an office of state (North Korea)
  'foreign-ministry-spokesperson',
  'chair', // the chair of an organisation: a national assembly, a party's central committee
  'secretary-general', // of an international organisation
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** Vietnamese titles (as news writes them, any case) → the roles they name, the first preferred. */
export const TITLES: Readonly<Record<string, readonly RoleId[]>> = {
  'Chủ tịch nước': ['head-of-state'],
  'Chủ tịch': ['head-of-state', 'chair'],
  'Tổng thống': ['head-of-state'],
  'Quốc vương': ['head-of-state'],
  'Nhà vua': ['head-of-state'],
  'Vua': ['head-of-state'],
  'Nhật hoàng': ['head-of-state'],
  'Thủ tướng': ['head-of-government'],
  'Ngoại trưởng': ['foreign-minister'],
  'Bộ trưởng Ngoại giao': ['foreign-minister'],
  'Bộ trưởng Bộ Ngoại giao': ['foreign-minister'],
  'Tổng Bí thư': ['party-leader'],
  'Nhà lãnh đạo': ['leader', 'head-of-state'],
  'Lãnh đạo': ['leader', 'head-of-state'],
  'Người phát ngôn Bộ Ngoại giao': ['foreign-ministry-spokesperson'],
  'Tổng Thư ký': ['secretary-general'],
};

/** The title used to name a holder by title and call name (`Thủ tướng Chính`), per role. */
export const SHORT_TITLE: Readonly<Partial<Record<RoleId, string>>> = {
  'head-of-state': 'Chủ tịch nước',
  'head-of-government': 'Thủ tướng',
  'foreign-minister': 'Bộ trưởng',
  'party-leader': 'Tổng Bí thư',
  chair: 'Chủ tịch',
};

/** Honorifics before a call name: `ông Tập`, `bà Xuân`. */
export const HONORIFIC = { m: 'ông', f: 'bà' } as const;
