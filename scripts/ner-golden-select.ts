/**
 * Picks the documents of the named-entity golden set (issue 15) and writes them, without
 * annotations, to test/fixtures/ner/documents.jsonl.
 *
 * Usage: `npx tsc -p . && node dist/scripts/ner-golden-select.js [DATA_DIR]` (default: the project's
 * data directory, ../shared/data). Deterministic: the same data and SEED give the same file.
 *
 * - Batch 1 (the first 42): 40 whole ViMs dev articles (`vims-dev/Cluster_NNN/original/K.txt`), at
 *   most one per cluster: the clusters are shuffled with a seeded PRNG (mulberry32, never Math.random)
 *   and the first 40 kept; within each, one article is drawn with the same PRNG. The twin clusters
 *   that are one event (036/076, 095/148, 087/124) count as one: the second of a pair drawn is
 *   skipped. Then the two seeds (`seeds/*.txt`, dates from their `.meta.json`), whole, as scraped.
 *   12 of the 40 ViMs articles, drawn by the same PRNG, were held out until 2026-12-03, when they
 *   were released for tuning: they are `tuned` now, with `released` (the date). `secondPass`: 5 tuned
 *   and 3 once-held-out ViMs articles and one of the seeds, drawn by the same PRNG.
 * - Batch 2 (added 2026-12-03): the new held-out part, 12 ViMs articles from the next 12 clusters of
 *   the same shuffled order not yet used (twins rule kept), one article each drawn as above, the
 *   PRNG continuing after batch 1's draws (so batch 1 is unchanged); 3 of them `secondPass`, drawn by
 *   the same PRNG. Measured twice, then released for tuning (2026-12-03, evening): `tuned`, with
 *   `released`.
 * - Batch 3 (added 2026-12-03, evening): the held-out part in batch 2's place, drawn the same way
 *   after batch 2's draws (12 articles, 3 of them `secondPass`). Measured once, then released for
 *   tuning (2026-12-03): `tuned`, with `released`.
 * - Batch 4 (added 2026-12-03, night): the held-out part in batch 3's place, drawn the same way
 *   after batch 3's draws (12 articles, 3 of them `secondPass`).
 * - `text`: for ViMs, the title, a blank line, then the `Content:` lines (blank lines dropped)
 *   joined by `\n`; for a seed, the file as scraped (byline, captions, teasers kept). Both
 *   normalised as the project stores text (normalizeText: NFC, traditional tone placement).
 *   `publishedAt` of a ViMs article is the one in `jsonl/vims-dev.articles.jsonl` (its
 *   `Published Date:` header parsed in one of ~40 formats), else that header parsed here by the
 *   project's date parser (src/text/dates) where the JSONL has none.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataDir, REPO_ROOT } from '../eval/data.js';
import { normalizeText } from '../src/text/normalize.js';
import { parsePublicationDate } from '../src/text/dates/index.js';

/** The committed seed: change it and the whole golden set changes. */
export const SEED = 20260415;
export const ARTICLES = 40;
export const HELDOUT = 12;
export const SECOND_PASS = { tuned: 5, heldout: 3, seeds: 1 };
/** Batch 2: the held-out articles added on 2026-12-03 and how many of them the second annotator labels. */
export const BATCH2 = { articles: 12, secondPass: 3 };
/** Batch 3: the held-out articles added on 2026-12-03 (evening), when batch 2 was released. */
export const BATCH3 = { articles: 12, secondPass: 3 };
/** Batch 4: the held-out articles added on 2026-12-03 (night), when batch 3 was released. */
export const BATCH4 = { articles: 12, secondPass: 3 };
/** When batch 1's held-out articles were released for tuning. */
export const RELEASED = '2026-12-03';
/** When batch 2 (held out in batch 1's place, measured twice) was released for tuning. */
export const RELEASED2 = '2026-12-03';
/** When batch 3 (held out in batch 2's place, measured once) was released for tuning. */
export const RELEASED3 = '2026-12-03';
const TWINS: [string, string][] = [['036', '076'], ['095', '148'], ['087', '124']];

/** mulberry32: a small, well-mixed 32-bit PRNG, floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export interface GoldenDocument {
  id: string;
  source: string;
  title: string;
  publishedAt: string | null;
  part: 'tuned' | 'heldout';
  /** 1: the first 42 documents; 2, 3 and 4: the held-out articles added on 2026-12-03 (3 in the evening, 4 at night). */
  batch: 1 | 2 | 3 | 4;
  /** Formerly held-out articles (batch 1's twelve, batches 2 and 3): the date they were released for tuning. */
  released?: string;
  secondPass: boolean;
  text: string;
}

function header(raw: string, name: string): string {
  return new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(raw)?.[1]?.trim() ?? '';
}

type Article = Omit<GoldenDocument, 'part' | 'batch' | 'released' | 'secondPass'>;

function readVims(dir: string, cluster: string, file: string, dates: Map<string, string>): Article {
  const raw = readFileSync(join(dir, 'vims-dev', cluster, 'original', file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const at = raw.search(/^Content:/m);
  if (at < 0) throw new Error(`${cluster}/${file}: no Content: line`);
  const content = raw
    .slice(at + 'Content:'.length)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const title = normalizeText(header(raw, 'Title'));
  const id = `${cluster}/${file.replace(/\.txt$/, '')}`;
  return {
    id,
    source: header(raw, 'Source'),
    title,
    publishedAt: dates.get(id) ?? parsePublicationDate(header(raw, 'Published Date')) ?? null,
    text: normalizeText(`${title}\n\n${content.join('\n')}`),
  };
}

export function select(dir: string): GoldenDocument[] {
  const rand = mulberry32(SEED);
  const dates = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'jsonl', 'vims-dev.articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; publishedAt?: string };
    if (r.publishedAt) dates.set(r.id, r.publishedAt);
  }
  const clusters = readdirSync(join(dir, 'vims-dev')).filter((c) => /^Cluster_\d+$/.test(c)).sort();
  const order = shuffle(clusters, rand);
  const taken = new Set<string>();
  let next = 0;
  /** The next `n` articles: one per unused cluster of `order`, twins skipped, one file drawn in each. */
  const draw = (n: number): Article[] => {
    const out: Article[] = [];
    for (; next < order.length && out.length < n; next++) {
      const cluster = order[next]!;
      const num = cluster.slice('Cluster_'.length);
      const twin = TWINS.find((t) => t.includes(num));
      if (twin && twin.some((t) => taken.has(t))) continue;
      const files = readdirSync(join(dir, 'vims-dev', cluster, 'original'))
        .filter((f) => /^\d+\.txt$/.test(f))
        .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
      const file = files[Math.floor(rand() * files.length)]!;
      out.push(readVims(dir, cluster, file, dates));
      taken.add(num);
    }
    if (out.length < n) throw new Error(`only ${out.length} of ${n} clusters left`);
    return out;
  };
  const picked = draw(ARTICLES);
  const parts = shuffle(picked.map((_, i) => i), rand);
  const heldout = new Set(parts.slice(0, HELDOUT));
  const tunedIdx = parts.slice(HELDOUT);
  const second = new Set([...shuffle([...heldout], rand).slice(0, SECOND_PASS.heldout), ...shuffle(tunedIdx, rand).slice(0, SECOND_PASS.tuned)]);
  const docs: GoldenDocument[] = picked.map((d, i) => ({
    ...d,
    part: 'tuned',
    batch: 1,
    ...(heldout.has(i) ? { released: RELEASED } : {}),
    secondPass: second.has(i),
  }));
  const byId = (a: GoldenDocument, b: GoldenDocument) => a.id.localeCompare(b.id, 'en', { numeric: true });
  docs.sort(byId);

  const seedFiles = readdirSync(join(dir, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const seedForSecond = Math.floor(rand() * seedFiles.length);
  seedFiles.forEach((f, i) => {
    const id = f.replace(/\.txt$/, '');
    const raw = readFileSync(join(dir, 'seeds', f), 'utf8').replace(/^\uFEFF/, '');
    const metaPath = join(dir, 'seeds', `${id}.meta.json`);
    const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { publishedAt?: string }) : {};
    const text = normalizeText(raw).replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
    docs.push({ id, source: 'seed', title: text.slice(0, text.indexOf('\n')), publishedAt: meta.publishedAt ?? null, part: 'tuned', batch: 1, secondPass: i === seedForSecond, text });
  });

  // Batch 2: the PRNG goes on where batch 1 stopped, so batch 1 stays as it was.
  const added = draw(BATCH2.articles);
  const second2 = new Set(shuffle(added.map((_, i) => i), rand).slice(0, BATCH2.secondPass));
  const batch2: GoldenDocument[] = added.map((d, i) => ({ ...d, part: 'tuned', batch: 2, released: RELEASED2, secondPass: second2.has(i) }));
  // Batch 3: the same again, after batch 2's draws; held out in batch 2's place, then released.
  const added3 = draw(BATCH3.articles);
  const second3 = new Set(shuffle(added3.map((_, i) => i), rand).slice(0, BATCH3.secondPass));
  const batch3: GoldenDocument[] = added3.map((d, i) => ({ ...d, part: 'tuned', batch: 3, released: RELEASED3, secondPass: second3.has(i) }));
  // Batch 4: the same again, after batch 3's draws; held out in batch 3's place.
  const added4 = draw(BATCH4.articles);
  const second4 = new Set(shuffle(added4.map((_, i) => i), rand).slice(0, BATCH4.secondPass));
  const batch4: GoldenDocument[] = added4.map((d, i) => ({ ...d, part: 'heldout', batch: 4, secondPass: second4.has(i) }));
  return [...docs, ...batch2.sort(byId), ...batch3.sort(byId), ...batch4.sort(byId)];
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]).endsWith(join('scripts', 'ner-golden-select.js'));
if (isMain) {
  const dir = resolve(process.argv[2] ?? dataDir());
  if (!existsSync(join(dir, 'vims-dev'))) {
    console.error(`no vims-dev under ${dir}: give the data directory as the first argument`);
    process.exit(1);
  }
  const docs = select(dir);
  const out = join(REPO_ROOT, 'test', 'fixtures', 'ner');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'documents.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const count = (p: (d: GoldenDocument) => boolean) => docs.filter(p).length;
  console.log(`${docs.length} documents: ${count((d) => d.part === 'tuned')} tuned (${count((d) => d.released !== undefined)} released), ${count((d) => d.part === 'heldout')} held out; second pass: ${count((d) => d.secondPass)} (${docs.filter((d) => d.secondPass).map((d) => `${d.id} ${d.part}`).join(', ')})`);
}
