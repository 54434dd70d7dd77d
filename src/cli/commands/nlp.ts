import { createInterface } from 'node:readline';
import { lineAnalyser, NLP_TASKS as TASKS, type NlpTask } from '../../app/nlp.js';
import type { Command } from '../command.js';
import { AppError, EXIT } from '../errors.js';

export const nlpCommand: Command = {
  name: 'nlp',
  usage: 'toancanh nlp segment|ner [--format jsonl] [--ref DATE] < input.txt',
  help: `Tasks:
  segment   word segmentation: writes each input line back with the syllables of one word joined
            by "_" and words separated by one space (VLSP conventions: names, dates and numbers
            with inner punctuation are one word; other punctuation is a word of its own).
            Apart from whitespace and the "_" joins no character is changed; an empty line
            stays empty; every input line gives exactly one output line.

  ner       named entities: one JSON object a line, {"entities":[{"start","end","type","text",
            "entity"?}]}: PER, LOC, ORG, MISC spans (VLSP 2016 conventions) and ROLE mentions
            (a role naming its holder: "Ngoại trưởng Mỹ"), offsets in UTF-16 code units into
            the line; "entity" {"id","name","en"} when linked to the knowledge base. The lines
            are read as one article (a short form links to a full name seen before).
            --format jsonl (the only format); --ref DATE: the date roles and places are
            resolved at (an article's publication date, YYYY-MM-DD or ISO time).

Examples:
  echo "Chủ tịch Trung Quốc Tập Cận Bình gửi điện chúc mừng" | toancanh nlp segment
  → Chủ_tịch Trung_Quốc Tập_Cận_Bình gửi điện chúc_mừng
  echo "Ngoại trưởng Mỹ gặp ông Tập Cận Bình" | toancanh nlp ner --ref 2023-06-19`,
  options: { format: { type: 'string' }, ref: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    const task = args.positionals[0];
    if (!task || !(TASKS as readonly string[]).includes(task)) {
      throw new AppError('E_USAGE', `nlp: give a task: ${TASKS.join(', ')}${task ? ` (not "${task}")` : ''}`);
    }
    const format = args.values.format;
    if (format !== undefined && format !== 'jsonl') throw new AppError('E_USAGE', `nlp ${task}: --format jsonl is the only format (not "${String(format)}")`);
    const ref = args.values.ref;
    const analyse = lineAnalyser(task as NlpTask, { ref: typeof ref === 'string' ? ref : undefined });
    const lines = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
    let pending = '';
    for await (const line of lines) {
      pending += `${analyse(line)}\n`;
      if (pending.length > 1 << 16) {
        if (!ctx.stdout.write(pending)) await new Promise<void>((r) => ctx.stdout.once('drain', () => r()));
        pending = '';
      }
    }
    if (pending) ctx.stdout.write(pending);
    return EXIT.ok;
  },
};
