import { createInterface } from 'node:readline';
import { lineAnalyser, NLP_TASKS as TASKS, type NlpTask } from '../../app/nlp.js';
import { str, type Command } from '../command.js';
import { AppError, EXIT } from '../errors.js';

export const nlpCommand: Command = {
  name: 'nlp',
  usage: 'toancanh nlp segment < input.txt | toancanh nlp dates|ner [--ref ISO] [--format jsonl] < input.txt',
  help: `Tasks:
  segment   word segmentation: writes each input line back with the syllables of one word joined
            by "_" and words separated by one space (VLSP conventions: names, dates and numbers
            with inner punctuation are one word; other punctuation is a word of its own).
            Apart from whitespace and the "_" joins no character is changed; an empty line
            stays empty; every input line gives exactly one output line.
  dates     time expressions resolved to the calendar: one JSON line per input line,
            {"times":[{"start","end","text","value","granularity"}]}; value in ISO 8601
            (2021-03-23, 2021-W11, 2018-06, 2020, 2021-03-23T02:45+07:00, an interval
            start/end), granularity one of instant, day, week, month, year, interval; what
            cannot be resolved has "value": null and a "reason". Offsets are UTF-16 code
            units into the line (in NFC). Nothing reads the clock: relative expressions
            ("hôm qua", "tuần trước") resolve against --ref, and stay unresolved without it.

  ner       named entities: one JSON object a line, {"entities":[{"start","end","type","text",
            "entity"?}]}: PER, LOC, ORG, MISC spans (VLSP 2016 conventions) and ROLE mentions
            (a role naming its holder: "Ngoại trưởng Mỹ"), offsets in UTF-16 code units into
            the line; "entity" {"id","name","en"} when linked to the knowledge base. The lines
            are read as one article (a short form links to a full name seen before).
            --ref: the date roles and places are resolved at (an article's publication
            date).

Options:
  --ref ISO        dates, ner: the time the text was written (2021-03-24T10:00:00+07:00)
  --format jsonl   dates, ner: the output format (the only one)

Examples:
  echo "Chủ tịch Trung Quốc Tập Cận Bình gửi điện chúc mừng" | toancanh nlp segment
  → Chủ_tịch Trung_Quốc Tập_Cận_Bình gửi điện chúc_mừng
  echo "KCNA cho biết hôm thứ Ba" | toancanh nlp dates --ref 2021-03-24T10:00:00+07:00
  → {"times":[{"start":14,"end":24,"text":"hôm thứ Ba","value":"2021-03-23","granularity":"day"}]}
  echo "Ngoại trưởng Mỹ gặp ông Tập Cận Bình" | toancanh nlp ner --ref 2023-06-19`,
  options: { ref: { type: 'string' }, format: { type: 'string' } },
  allowPositionals: true,
  async run(args, ctx) {
    const task = args.positionals[0];
    if (!task || !(TASKS as readonly string[]).includes(task)) {
      throw new AppError('E_USAGE', `nlp: give a task: ${TASKS.join(', ')}${task ? ` (not "${task}")` : ''}`);
    }
    const format = str(args, 'format');
    if (format !== undefined && format !== 'jsonl') throw new AppError('E_USAGE', `nlp: --format ${format} is not known (jsonl)`);
    if (task === 'segment' && (str(args, 'ref') !== undefined || format !== undefined)) throw new AppError('E_USAGE', 'nlp segment: takes no --ref or --format');
    const analyse = lineAnalyser(task as NlpTask, { reference: str(args, 'ref') });
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
