/**
 * Named entities against the golden set of issue 15 (test/fixtures/ner/: 78 whole documents, 76 ViMs
 * dev articles chosen by a committed seed and the two seeds, annotated by hand; GUIDELINE.md).
 *
 * Scores exact-span micro F1 over PER, LOC, ORG (and each type; MISC and ROLE are not scored),
 * for the tuned documents, the released ones among them (the former held-out parts, released for
 * tuning on 2026-12-03: batch 1's twelve, batch 2 and batch 3), each released batch alone, and the
 * held-out documents (batch 4) apart; scores only, never a list of errors. And the agreement between
 * the first pass (golden.jsonl) and the blind second pass (golden-pass2.jsonl, 15 of the documents;
 * 18 once batch 4's three are done) when it is committed.
 *
 * The system scored is `toancanh nlp ner --format jsonl --ref DATE`, fed each document's lines and
 * answering `{"entities":[{"start","end","type",...}]}` per line (offsets into the line); a build
 * without that command says so and scores nothing. An external system can be scored too:
 * `node dist/eval/ner.js --lines > in.txt` writes every document's lines, one a line; run the system
 * on them, then `TOANCANH_NER_OUTPUT=out.jsonl npm run eval -- ner`.
 *
 * The golden set is in the repository, so this evaluation needs nothing from ../shared/data.
 */
import { scoreSentences, VTB_DEV_SENTENCES } from './ner-sentences.js';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NLP_TASKS } from '../src/app/nlp.js';
import { splitSentences } from '../src/text/sentences.js';
import { REPO_ROOT } from './data.js';
import {
  agreement,
  checkGoldenDocument,
  documentSpans,
  GOLDEN_TYPES,
  parseJsonl,
  scoreNer,
  SCORED_TYPES,
  type EntitySpan,
  type GoldenDocument,
  type NerScore,
  type PRF,
} from './scorers/ner.js';
import type { Evaluation } from './types.js';

export const GOLDEN_DIR = join(REPO_ROOT, 'test', 'fixtures', 'ner');
export const FIRST_PASS = join(GOLDEN_DIR, 'golden.jsonl');
export const SECOND_PASS = join(GOLDEN_DIR, 'golden-pass2.jsonl');
export const DOCUMENTS = join(GOLDEN_DIR, 'documents.jsonl');

/** A golden file, checked against documents.jsonl: any problem throws, listing them all. */
export function loadGolden(path: string = FIRST_PASS): GoldenDocument[] {
  const sources = new Map(parseJsonl<{ id: string; text: string; part: string }>(readFileSync(DOCUMENTS, 'utf8'), DOCUMENTS).map((d) => [d.id, d]));
  const docs = parseJsonl<GoldenDocument>(readFileSync(path, 'utf8'), path);
  const problems = docs.flatMap((d) => (sources.has(d.id) ? checkGoldenDocument(d, sources.get(d.id)) : [`${d.id}: not in documents.jsonl`]));
  if (problems.length > 0) throw new Error(`${path}: ${problems.length} problem(s):\n${problems.join('\n')}`);
  return docs;
}

/** Each document's batch and, for the formerly held-out articles (batch 1's twelve, batches 2 and 3), the date they were released. */
export function documentBatches(): Map<string, { batch: number; released?: string }> {
  const docs = parseJsonl<{ id: string; batch: number; released?: string }>(readFileSync(DOCUMENTS, 'utf8'), DOCUMENTS);
  return new Map(docs.map((d) => [d.id, { batch: d.batch, ...(d.released ? { released: d.released } : {}) }]));
}

/**
 * The parts reported apart: name and which documents. `released` (inside `tuned`) holds every
 * formerly held-out document; `released.batchN` each released batch alone (batch 1's twelve,
 * batch 2, batch 3), so that each one's progress since it was unseen can be followed; `heldout` is
 * batch 4.
 */
export function goldenParts(): [string, (d: GoldenDocument) => boolean][] {
  const batches = documentBatches();
  const released = (d: GoldenDocument) => d.part === 'tuned' && batches.get(d.id)?.released !== undefined;
  const releasedBatches = [...new Set([...batches.values()].filter((b) => b.released !== undefined).map((b) => b.batch))].sort((a, b) => a - b);
  return [
    ['all', () => true],
    ['tuned', (d) => d.part === 'tuned'],
    ['released', released],
    ...releasedBatches.map((n): [string, (d: GoldenDocument) => boolean] => [`released.batch${n}`, (d) => released(d) && batches.get(d.id)?.batch === n]),
    ['heldout', (d) => d.part === 'heldout'],
  ];
}

export interface GoldenStats {
  documents: number;
  sentences: number;
  /** Entities per type (every type of the file, ROLE included). */
  entities: Record<string, number>;
  /** PER + LOC + ORG + MISC. */
  named: number;
}

/** Counts of a golden file; sentences as the project splits them (src/text/sentences.ts). */
export function goldenStats(docs: readonly GoldenDocument[]): GoldenStats {
  const entities: Record<string, number> = Object.fromEntries(GOLDEN_TYPES.map((t) => [t, 0]));
  let sentences = 0;
  for (const d of docs) {
    sentences += splitSentences(d.text).length;
    for (const e of d.entities) entities[e.type] = (entities[e.type] ?? 0) + 1;
  }
  const named = GOLDEN_TYPES.filter((t) => t !== 'ROLE').reduce((s, t) => s + (entities[t] ?? 0), 0);
  return { documents: docs.length, sentences, entities, named };
}

/** Every document's lines in golden order, the input of a system scored from a file. */
export function inputLines(docs: readonly GoldenDocument[]): string[] {
  return docs.flatMap((d) => d.text.split('\n'));
}

type LineOutput = { entities?: EntitySpan[] };

/** Splits a system's per-line outputs (all documents in a row) back into documents, in document offsets. */
export function spansFromLines(docs: readonly GoldenDocument[], outputs: readonly LineOutput[]): EntitySpan[][] {
  const expected = inputLines(docs).length;
  if (outputs.length !== expected) throw new Error(`the system gave ${outputs.length} lines for ${expected} input lines`);
  let at = 0;
  return docs.map((d) => {
    const n = d.text.split('\n').length;
    const mine = outputs.slice(at, at + n);
    at += n;
    try {
      return documentSpans(d.text, mine);
    } catch (e) {
      throw new Error(`${d.id}: ${(e as Error).message}`);
    }
  });
}

/** Whether this build has `toancanh nlp ner` (the NER stage of issue 15). */
export function hasNerCommand(): boolean {
  return (NLP_TASKS as readonly string[]).includes('ner');
}

/** Runs `toancanh nlp ner --format jsonl --ref DATE` over each document's lines. */
function runNerCommand(docs: readonly GoldenDocument[]): EntitySpan[][] {
  const cli = join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js');
  return docs.map((d) => {
    const args = [cli, 'nlp', 'ner', '--format', 'jsonl', ...(d.publishedAt ? ['--ref', d.publishedAt] : [])];
    const r = spawnSync(process.execPath, args, { input: `${d.text}\n`, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${d.id}: toancanh nlp ner exited ${r.status}: ${r.stderr}`);
    return documentSpans(d.text, parseJsonl<LineOutput>(r.stdout, `${d.id} output`));
  });
}

const round = (x: number) => Number(x.toFixed(4));

function put(metrics: Record<string, number>, prefix: string, s: NerScore): void {
  const one = (p: string, x: PRF) => {
    metrics[`${p}.precision`] = round(x.precision);
    metrics[`${p}.recall`] = round(x.recall);
    metrics[`${p}.f1`] = round(x.f1);
  };
  one(prefix, s.micro);
  for (const t of SCORED_TYPES) metrics[`${prefix}.${t}.f1`] = round(s.perType[t]!.f1);
}

export const evaluation: Evaluation = {
  name: 'ner',
  description: 'Named entities, exact-span F1 (PER/LOC/ORG) on the golden set, tuned and held-out parts apart',
  requires: [],
  async run() {
    const metrics: Record<string, number> = {};
    const notes: string[] = [];
    const golden = loadGolden();
    const stats = goldenStats(golden);
    const parts = goldenParts();
    const inPart = (name: string) => golden.filter(parts.find(([n]) => n === name)![1]);
    metrics['golden.documents'] = stats.documents;
    metrics['golden.heldoutDocuments'] = inPart('heldout').length;
    metrics['golden.releasedDocuments'] = inPart('released').length;
    metrics['golden.sentences'] = stats.sentences;
    for (const t of GOLDEN_TYPES) metrics[`golden.${t}`] = stats.entities[t] ?? 0;

    if (existsSync(SECOND_PASS)) {
      const a = agreement(golden, loadGolden(SECOND_PASS));
      metrics['agreement.documents'] = a.documents.length;
      put(metrics, 'agreement', a);
      metrics['agreement.withMisc.f1'] = round(a.withMisc.f1);
    } else {
      notes.push('agreement: no second pass committed yet (test/fixtures/ner/golden-pass2.jsonl), so no agreement figure.');
    }

    let predicted: EntitySpan[][] | undefined;
    const external = process.env.TOANCANH_NER_OUTPUT;
    if (external) {
      predicted = spansFromLines(golden, parseJsonl<LineOutput>(readFileSync(resolve(external), 'utf8'), external));
      notes.push(`system: the output file ${external} (TOANCANH_NER_OUTPUT)`);
    } else if (hasNerCommand()) {
      predicted = runNerCommand(golden);
      notes.push('system: toancanh nlp ner --format jsonl --ref <publishedAt>');
    } else {
      notes.push(
        'system: none. There is no NER stage yet (`toancanh nlp ner` does not exist), so no F1 is reported.',
        'To score an external system: node dist/eval/ner.js --lines > in.txt; run it over in.txt (one {"entities":[...]} line per input line); TOANCANH_NER_OUTPUT=out.jsonl npm run eval -- ner',
      );
    }
    if (predicted) {
      for (const [name, keep] of parts) {
        const idx = golden.map((d, i) => (keep(d) ? i : -1)).filter((i) => i >= 0);
        put(metrics, name, scoreNer(idx.map((i) => golden[i]!.entities), idx.map((i) => predicted![i]!)));
      }
    }
    // Floors a little under what was measured on the same documents (2026-12-02, evening: the 30
    // first tuned 0.844, batch 1's held-out 12 0.770; the 42 together, now all tuned, over 0.81),
    // pinned only when a system was scored: without one the evaluation says so and pins nothing.
    // Raised 2026-12-03 after the day's rules (tuned 42 0.868, released 0.881, held-out batch 2 0.768,
    // measured twice: 0.770 before those rules, 0.768 after; its errors never printed).
    // Batch 2 released and batch 3 held out (2026-12-03, evening), measured in process before any
    // tuning on batch 2 (`node dist/scripts/ner-score.js --names [--released] [--batch N]`): tuned 54
    // 0.871, released 24 0.846, batch 1's twelve 0.894, batch 2 0.798. `heldout.f1` stays at 0.75 as a
    // floor, but batch 3 has not been measured: the floor is batch 2's, not a figure of batch 3.
    // Batch 3 released and batch 4 held out (2026-12-03, night), measured in process before any tuning
    // on batch 3 (the same command; the held-out part not run): tuned 66 0.877, released 36 0.867,
    // batch 1's twelve 0.897, batch 2 0.927, batch 3 0.782 (0.779 when measured held out, before the
    // `xóm` rule). `released.batch3.f1` a little under it. `heldout.f1` is kept at 0.75, the present
    // floor (batch 2's): batch 4 has never been measured, so no figure of batch 4 is behind it.
    // Batch 4 measured (2026-12-03, night): 0.680 with the rules of the session's start, 0.688 after
    // the rules formed on the corrected training sentences; `heldout.f1` now a little under it (0.67):
    // unseen news is at 0.68-0.80 over four batches (docs/ner.md).
    // The 400 UD-VTB dev sentences annotated blind (test/fixtures/ner/sentences), each read as
    // `nlp ner` reads a line, in process: 0.560 before those rules, 0.570 after; a floor under it.
    const vtb = scoreSentences(VTB_DEV_SENTENCES);
    metrics['sentences.vtbDev.count'] = vtb.sentences;
    put(metrics, 'sentences.vtbDev', vtb);
    const floors: Record<string, number> = predicted
      ? { 'tuned.f1': 0.855, 'released.f1': 0.83, 'released.batch1.f1': 0.86, 'released.batch2.f1': 0.78, 'released.batch3.f1': 0.77, 'heldout.f1': 0.67, 'sentences.vtbDev.f1': 0.55 }
      : { 'sentences.vtbDev.f1': 0.55 };
    return { metrics, notes, floors };
  },
};

/** The statistics table of test/fixtures/ner/README.md, as Markdown. */
export function statsTable(docs: readonly GoldenDocument[]): string {
  const part = new Map(goldenParts());
  const rows: [string, GoldenStats][] = [
    ['tuned', goldenStats(docs.filter(part.get('tuned')!))],
    ['of which released (batch 1\'s former held-out 12, batches 2 and 3, held out until 2026-12-03)', goldenStats(docs.filter(part.get('released')!))],
    ['of the released, batch 1\'s twelve', goldenStats(docs.filter(part.get('released.batch1')!))],
    ['of the released, batch 2', goldenStats(docs.filter(part.get('released.batch2')!))],
    ['of the released, batch 3', goldenStats(docs.filter(part.get('released.batch3')!))],
    ['held out (batch 4)', goldenStats(docs.filter(part.get('heldout')!))],
    ['all', goldenStats(docs)],
  ];
  const head = `| part | documents | sentences | PER | LOC | ORG | MISC | PER+LOC+ORG | all four | ROLE (not scored) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`;
  const body = rows.map(([name, s]) => {
    const e = s.entities;
    return `| ${name} | ${s.documents} | ${s.sentences} | ${e.PER} | ${e.LOC} | ${e.ORG} | ${e.MISC} | ${e.PER! + e.LOC! + e.ORG!} | ${s.named} | ${e.ROLE} |`;
  });
  return [head, ...body].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--lines')) process.stdout.write(inputLines(loadGolden()).join('\n') + '\n');
  else if (process.argv.includes('--stats')) {
    const file = process.argv.includes('--pass2') ? SECOND_PASS : FIRST_PASS;
    console.log(statsTable(loadGolden(file)));
  } else console.error('usage: node dist/eval/ner.js --lines | --stats [--pass2]   (the scores: npm run eval -- ner)');
}
