const LINE_BREAK = /\r\n|\n|\r/;

/**
 * Collects one output stream of a child process: keeps its text (or only the last `maxChars` of it) and
 * hands every complete line to `onLine`. A lone `\r` ends a line too, as progress bars redraw with it.
 */
export class OutputCollector {
  private kept = '';
  private pending = '';

  constructor(
    private readonly onLine?: (line: string) => void,
    private readonly maxChars = Number.POSITIVE_INFINITY,
  ) {}

  get text(): string {
    return this.kept.length > this.maxChars ? this.kept.slice(-this.maxChars) : this.kept;
  }

  push(chunk: string): void {
    this.kept += chunk;
    if (this.kept.length > this.maxChars * 2) this.kept = this.kept.slice(-this.maxChars);
    if (this.onLine) this.splitLines(chunk);
  }

  end(): void {
    const last = this.pending.replace(/\r$/, '');
    this.pending = '';
    if (last) this.onLine?.(last);
  }

  private splitLines(chunk: string): void {
    this.pending += chunk;
    let match: RegExpExecArray | null;
    while ((match = LINE_BREAK.exec(this.pending))) {
      // A trailing "\r" may be the first half of "\r\n" split across chunks.
      if (match[0] === '\r' && match.index === this.pending.length - 1) break;
      const line = this.pending.slice(0, match.index);
      this.pending = this.pending.slice(match.index + match[0].length);
      this.onLine?.(line);
    }
  }
}
