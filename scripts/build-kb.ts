/**
 * Builds the generated parts of the knowledge base (data/kb, docs/KB.md):
 * - countries.jsonl: every ISO 3166-1 country and territory with its Vietnamese names from CLDR
 *   (`i18n-iso-countries`), the forms Vietnamese news uses first (scripts/kb/country-forms.ts);
 * - vn-provinces.jsonl: Vietnam's provincial units before and after the 2025 merger (scripts/kb/provinces.ts);
 * - hanviet.tsv: character → Sino-Vietnamese readings, from ../shared/data/hanviet/hanviet.csv (MIT),
 *   simplified characters added through OpenCC (`opencc-js`), with its LICENSE beside it.
 * The editorial files (editorial-*.jsonl) are written by hand and left alone. Deterministic.
 *
 *   npm run build:kb      (= tsc -p . && node dist/scripts/build-kb.js [--data DIR])
 */
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import countries from 'i18n-iso-countries';
import { NEWS_EN, NEWS_FORMS, NOT_THE_COUNTRY, TERRITORIES } from './kb/country-forms.js';
import { AFTER_2025, BEFORE_2025, type Province } from './kb/provinces.js';
import { normalizeText } from '../src/text/normalize.js';
import type { Entry } from '../src/nlp/ner/kb/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const dataArg = args.indexOf('--data');
const dataDir = resolve(root, dataArg >= 0 ? args[dataArg + 1]! : '../shared/data');
const out = join(root, 'data/kb');
const require = createRequire(import.meta.url);

function writeJsonl(file: string, entries: Entry[]): void {
  writeFileSync(join(out, file), entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
  console.log(`wrote data/kb/${file}: ${entries.length} entries`);
}

// --- countries -------------------------------------------------------------------------------
function buildCountries(): Entry[] {
  const version = (require('i18n-iso-countries/package.json') as { version: string }).version;
  countries.registerLocale(require('i18n-iso-countries/langs/vi.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const vi = countries.getNames('vi', { select: 'all' });
  const en = countries.getNames('en', { select: 'all' });
  const plain = (n: string): boolean => !n.includes(',') && !/^[A-Z.]+$/.test(n);
  const codes = Object.keys(vi).sort();
  const states = codes.filter((c) => !TERRITORIES.has(c)).length;
  if (states !== 195) throw new Error(`${states} countries that are not territories: want the 193 UN members and 2 observer states`);
  return codes.map((iso): Entry => {
    const news = NEWS_FORMS[iso] ?? [];
    const cldr = vi[iso]!.map(normalizeText).filter((n) => !(NOT_THE_COUNTRY[iso] ?? []).includes(n));
    const names = [...new Set([...news.map(normalizeText), ...cldr])];
    const english = en[iso] ?? [];
    const enName = NEWS_EN[iso] ?? [...english].filter(plain).sort((a, b) => a.length - b.length)[0] ?? english[0];
    const aliases = [...new Set([...names.slice(1), ...english.filter((n) => n !== enName)])].filter((n) => n !== names[0]);
    const e: Entry = {
      id: `country:${iso}`, type: 'LOC', name: names[0] ?? enName!, aliases, subtype: TERRITORIES.has(iso) ? 'territory' : 'country', iso,
      source: news.length > 0 ? `i18n-iso-countries@${version}+editorial` : `i18n-iso-countries@${version}`,
    };
    if (enName) e.en = enName;
    return e;
  });
}

// --- provinces -------------------------------------------------------------------------------
const RESOLUTION = 'Nghị quyết 202/2025/QH15';
const MERGER_DAY = '2025-07-01';
const HUE_DAY = '2025-01-01';
/** Huế made a centrally-run city, from 2025-01-01 (of 2024-11-30). */
const HUE_RESOLUTION = 'Nghị quyết 175/2024/QH15';

function buildProvinces(): Entry[] {
  const entries: Entry[] = [];
  const oldId = (p: Province): string => `vn:${p.slug}`;
  const byName = new Map(BEFORE_2025.map((p) => [p.name, p]));
  const extraAliases: Record<string, string[]> = {
    'Bà Rịa - Vũng Tàu': ['BR-VT', 'Bà Rịa Vũng Tàu'],
    'Thừa Thiên Huế': ['Thừa Thiên - Huế', 'TT-Huế'],
    'Đắk Lắk': ['Đắc Lắc', 'Daklak'],
    'Đắk Nông': ['Đắc Nông'],
    'Bắc Kạn': ['Bắc Cạn'], // the older spelling, still common
  };
  const base = (p: Province, id: string): Entry => {
    return { id, type: 'LOC', name: p.name, ...(p.en ? { en: p.en } : {}), aliases: [...(p.aliases ?? []), ...(extraAliases[p.name] ?? [])], subtype: p.subtype, source: RESOLUTION };
  };
  const unchanged = new Set(AFTER_2025.filter((a) => a.from.length === 1 && a.from[0] === a.unit.name).map((a) => a.unit.name));
  for (const p of BEFORE_2025) {
    const e = base(p, oldId(p));
    if (!unchanged.has(p.name)) {
      const after = AFTER_2025.find((a) => a.from.includes(p.name))!;
      const huế = p.name === 'Thừa Thiên Huế';
      e.validTo = huế ? HUE_DAY : MERGER_DAY;
      e.replacedBy = huế ? 'vn:hue' : `vn:${after.unit.slug}@2025`;
      if (huế) e.source = HUE_RESOLUTION;
    }
    entries.push(e);
  }
  for (const a of AFTER_2025) {
    if (unchanged.has(a.unit.name)) continue;
    const huế = a.unit.slug === 'hue';
    const e = base(a.unit, huế ? 'vn:hue' : `vn:${a.unit.slug}@2025`);
    e.validFrom = huế ? HUE_DAY : MERGER_DAY;
    e.formedFrom = a.from.map((n) => oldId(byName.get(n)!));
    if (huế) e.source = HUE_RESOLUTION;
    entries.push(e);
  }
  return entries;
}

// --- Sino-Vietnamese table -------------------------------------------------------------------
/** Reads hanviet.csv (`char,"['r1', 'r2']",pinyin`) into char → [reading, toneless pinyin][]. */
function readHanViet(csv: string): Map<string, [string, string][]> {
  const table = new Map<string, [string, string][]>();
  for (const line of csv.split('\n').slice(1)) {
    const m = /^([^,]+),"?\[([^\]]*)\]"?,(.*)$/.exec(line.trim());
    if (!m) continue;
    const pinyin = m[3]!.trim() === '*' ? '*' : m[3]!.trim().replace(/\d/g, '').replace(/ü|v/g, 'u');
    const readings = [...m[2]!.matchAll(/'([^']+)'/g)].map((r) => normalizeText(r[1]!));
    const rows = table.get(m[1]!) ?? [];
    for (const r of readings) if (!rows.some(([t, p]) => t === r && p === pinyin)) rows.push([r, pinyin]);
    table.set(m[1]!, rows);
  }
  return table;
}

function buildHanViet(): void {
  const csv = join(dataDir, 'hanviet/hanviet.csv');
  const table = readHanViet(readFileSync(csv, 'utf8'));
  const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
  const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
  // every simplified form of a traditional character in the table, read as OpenCC's traditional
  // form first (发 → 發), then as the other traditional characters that simplify to it
  // (宁 is a character of its own, trữ, and the simplified 寧, ninh: read as 寧 first, OpenCC's choice)
  const simplified = new Map<string, string[]>();
  for (const t of [...table.keys()]) {
    const s = t2s(t);
    if (s === t || [...s].length !== 1) continue;
    if (table.has(s) && s2t(s) === s) continue; // a character of its own that OpenCC keeps
    if (!simplified.has(s)) simplified.set(s, []);
    simplified.get(s)!.push(t);
  }
  for (const [s, trads] of simplified) {
    const primary = s2t(s);
    const order = [...new Set([primary, ...trads, s])].filter((t) => table.has(t));
    const rows: [string, string][] = [];
    for (const t of order) for (const row of table.get(t)!) if (!rows.some(([a, b]) => a === row[0] && b === row[1])) rows.push(row);
    table.set(s, rows);
  }
  const lines = [...table.keys()].sort().map((ch) => [ch, ...table.get(ch)!.map(([r, p]) => `${r}/${p}`)].join('\t'));
  const header = '# character<TAB>reading/pinyin...; derived from hanviet.csv (MIT, LICENSE-hanviet) by scripts/build-kb.ts; simplified forms through opencc-js';
  writeFileSync(join(out, 'hanviet.tsv'), [header, ...lines].join('\n') + '\n');
  console.log(`wrote data/kb/hanviet.tsv: ${lines.length} characters (${simplified.size} simplified added)`);
  const licence = join(out, 'LICENSE-hanviet');
  if (existsSync(licence)) rmSync(licence, { force: true });
  copyFileSync(join(dataDir, 'hanviet/LICENSE'), licence);
  chmodSync(licence, 0o644); // the shared copy is read-only
}

writeJsonl('countries.jsonl', buildCountries());
writeJsonl('vn-provinces.jsonl', buildProvinces());
buildHanViet();
