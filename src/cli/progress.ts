/**
 * Progress on long work: a bar redrawn in place on a terminal; plain lines, every few seconds, when
 * the output is a file or a pipe (so logs stay readable).
 */
export interface ProgressLine {
  done: number;
  total: number;
  /** e.g. `812 articles, 1,950/s`. */
  detail: string;
}

export class Progress {
  private lastPlain = Date.now();
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly label = 'working',
    private readonly plainEveryMs = 5000,
  ) {}

  update(p: ProgressLine): void {
    const pct = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
    if (this.stream.isTTY) {
      const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 60));
      const filled = Math.round(pct * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      this.stream.write(`\r\x1b[2K${this.label} ${bar} ${(pct * 100).toFixed(0).padStart(3)}%  ${p.detail}`);
      this.drawn = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastPlain >= this.plainEveryMs) {
      this.lastPlain = now;
      this.stream.write(`${this.label}: ${(pct * 100).toFixed(0)}% ${p.detail} (${((now - this.started) / 1000).toFixed(0)} s)\n`);
    }
  }

  done(): void {
    if (this.drawn && this.stream.isTTY) this.stream.write('\r\x1b[2K');
  }
}

/** 12345 → `12,345`. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** `1 story`, `2 stories`, `1,607 articles`: a count with its noun in the right number. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${Math.round(n) === 1 ? one : many}`;
}
