#!/usr/bin/env node
/**
 * Builds the golden set of time expressions (test/fixtures/times/, see GUIDELINE.md there).
 *
 *   node scripts/times-gold.mjs candidates [DATA] > /tmp/cands.txt
 *     the articles of vims-dev picked by the committed seed (and the two seeds), each with its
 *     reference time (its `Published Date:` header, or the seed's sidecar) and its sentences that
 *     hold a number or a time word, numbered, for reading. Nothing here resolves anything: the
 *     candidates are only a broad filter so that the annotator reads fewer sentences.
 *   node scripts/times-gold.mjs build [DATA]
 *     reads test/fixtures/times/annotations.txt (written by hand) and writes
 *     test/fixtures/times/gold.jsonl: one sentence a line with its reference time, split, every
 *     time expression in it (span, value, granularity) and its number-like non-dates.
 *
 * Needs `npm run build` first (the sentence splitter and the publication-date parser of dist/).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { splitSentences } = await import(join(ROOT, 'dist/src/text/sentences.js'));
const { parsePublicationDate } = await import(join(ROOT, 'dist/src/text/dates/index.js'));

/** The committed seed of the article draw. */
export const SEED = 18;
/** Articles drawn from vims-dev. */
const ARTICLES = 66;
/** Every HELD_OUT_EVERY-th article drawn (and the second seed) is held out. */
const HELD_OUT_EVERY = 3;
/**
 * Articles picked by hand (not drawn) because they name lunar dates, which the draw did not reach:
 * found with `grep -rE 'âm lịch|rằm|mùng' vims-dev/*\/original`. Tuned on.
 */
const PICKED = ['Cluster_046/original/303.txt', 'Cluster_053/original/359.txt', 'Cluster_094/original/611.txt', 'Cluster_094/original/609.txt', 'Cluster_101/original/652.txt', 'Cluster_117/original/755.txt'];

const cmd = process.argv[2];
const data = resolve(process.argv[3] ?? join(ROOT, '../shared/data'));

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The drawn articles: `{ key, ref, refRaw, body, split }`. */
function articles() {
  const files = [];
  for (const c of readdirSync(join(data, 'vims-dev')).sort()) {
    const dir = join(data, 'vims-dev', c, 'original');
    for (const f of readdirSync(dir).sort((a, b) => parseInt(a) - parseInt(b))) files.push(`${c}/original/${f}`);
  }
  const rnd = mulberry32(SEED);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [files[i], files[j]] = [files[j], files[i]];
  }
  const out = [];
  const picked = PICKED.map((f, n) => ({ f, tag: `P${n}`, split: 'tune' }));
  const drawn = files.slice(0, ARTICLES).map((f, n) => ({ f, tag: `A${n}`, split: n % HELD_OUT_EVERY === HELD_OUT_EVERY - 1 ? 'heldout' : 'tune' }));
  for (const { f, tag, split } of [...drawn, ...picked]) {
    const raw = readFileSync(join(data, 'vims-dev', f), 'utf8').normalize('NFC');
    const refRaw = /^Published Date:\s*(.*)$/m.exec(raw)?.[1]?.trim() ?? '';
    const body = raw.split(/^Content:\s*$/m)[1] ?? '';
    out.push({ tag, key: `vims-dev/${f}`, ref: parsePublicationDate(refRaw), refRaw, body, split });
  }
  for (const [n, s] of ['000_ef62d61ddab68d08', '004_96cdec1bc14d401d'].entries()) {
    const meta = JSON.parse(readFileSync(join(data, 'seeds', `${s}.meta.json`), 'utf8'));
    const body = readFileSync(join(data, 'seeds', `${s}.txt`), 'utf8').normalize('NFC');
    out.push({ tag: `S${n}`, key: `seeds/${s}.txt`, ref: meta.publishedAt, refRaw: meta.publishedAt, body, split: n === 1 ? 'heldout' : 'tune' });
  }
  return out;
}

/** Sentences of an article, one array per line of its body. */
function sentences(body) {
  const out = [];
  for (const line of body.split('\n')) {
    const t = line.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    for (const s of splitSentences(t)) out.push(t.slice(s.start, s.end));
  }
  return out;
}

const CANDIDATE = /\d|(?<!\p{L})(?:hôm|ngày|tuần|tháng|năm|thứ|sáng|trưa|chiều|tối|đêm|khuya|qua|nay|mai|ngoái|tết|rằm|mùng|mồng|giờ|kỷ|kỉ|niên)(?!\p{L})/iu;

if (cmd === 'candidates') {
  articles().forEach((a) => {
    console.log(`\n### ${a.tag} ${a.key} [${a.split}] ref ${a.ref}   (header: ${a.refRaw})`);
    sentences(a.body).forEach((s, si) => {
      if (CANDIDATE.test(s)) console.log(`${a.tag}.${si}\t${s}`);
    });
  });
} else if (cmd === 'build') {
  const arts = articles();
  const dir = join(ROOT, 'test/fixtures/times');
  const lines = readFileSync(join(dir, 'annotations.txt'), 'utf8').split('\n');
  const bySentence = new Map();
  for (const [n, line] of lines.entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    // A3.12 | text | value | granularity-or-reason     (value `-`: not a date; `?`: unresolvable, reason given)
    // A3.12 | (none)                                   (a sentence read and holding no time expression)
    const [id, text, value, kind] = line.split('|').map((x) => x.trim());
    const m = /^([ASP]\d+)\.(\d+)$/.exec(id ?? '');
    const a = m && arts.find((x) => x.tag === m[1]);
    if (!a) throw new Error(`annotations.txt:${n + 1}: bad id "${id}"`);
    const sentence = sentences(a.body)[Number(m[2])];
    if (!sentence) throw new Error(`annotations.txt:${n + 1}: no sentence ${id}`);
    const rec = bySentence.get(id) ?? { id, article: a.key, ref: a.ref, split: a.split, sentence, times: [], negatives: [], used: new Map() };
    bySentence.set(id, rec);
    if (text === '(none)') continue;
    // the k-th occurrence of the same text in the sentence, for repeated expressions
    const seen = rec.used.get(text) ?? 0;
    let start = -1;
    for (let i = 0; i <= seen; i++) start = sentence.indexOf(text, start + 1);
    if (start < 0) throw new Error(`annotations.txt:${n + 1}: "${text}" not in ${id}: ${sentence}`);
    rec.used.set(text, seen + 1);
    const span = { start, end: start + text.length, text };
    if (value === '-') rec.negatives.push(span);
    else if (value === '?') rec.times.push({ ...span, value: null, reason: kind });
    else rec.times.push({ ...span, value, granularity: kind });
  }
  const out = [...bySentence.values()].map(({ used, ...r }) => JSON.stringify(r)).join('\n');
  writeFileSync(join(dir, 'gold.jsonl'), `${out}\n`);
  const recs = [...bySentence.values()];
  const count = (split) => recs.filter((r) => r.split === split).reduce((n, r) => n + r.times.length, 0);
  const neg = recs.reduce((n, r) => n + r.negatives.length, 0);
  console.log(`${recs.length} sentences, ${count('tune')} expressions tuned on, ${count('heldout')} held out, ${neg} negatives`);
} else {
  console.error('usage: node scripts/times-gold.mjs candidates|build [DATA]');
  process.exit(2);
}
