import { createInterface } from 'node:readline';
import { lineAnalyser, NLP_TASKS as TASKS, type NlpTask } from '../../app/nlp.js';
import type { Command } from '../command.js';
import { AppError, EXIT } from '../errors.js';

export const nlpCommand: Command = {
  name: 'nlp',
  usage: 'toancanh nlp segment < input.txt',
  help: `Tasks:
  segment   word segmentation: writes each input line back with the syllables of one word joined
            by "_" and words separated by one space (VLSP conventions: names, dates and numbers
            with inner punctuation are one word; other punctuation is a word of its own).
            Apart from whitespace and the "_" joins no character is changed; an empty line
            stays empty; every input line gives exactly one output line.

Example:
  echo "Chủ tịch Trung Quốc Tập Cận Bình gửi điện chúc mừng" | toancanh nlp segment
  → Chủ_tịch Trung_Quốc Tập_Cận_Bình gửi điện chúc_mừng`,
  options: {},
  allowPositionals: true,
  async run(args, ctx) {
    const task = args.positionals[0];
    if (!task || !(TASKS as readonly string[]).includes(task)) {
      throw new AppError('E_USAGE', `nlp: give a task: ${TASKS.join(', ')}${task ? ` (not "${task}")` : ''}`);
    }
    const analyse = lineAnalyser(task as NlpTask);
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
