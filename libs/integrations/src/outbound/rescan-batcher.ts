/**
 * Gathers the files that land within `windowMs` of the first one into one flush, so a media server is called once
 * however many tracks an album brings.
 */
export class RescanBatcher {
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly windowMs: number,
    private readonly flush: (paths: string[]) => void,
  ) {}

  add(path: string): void {
    this.pending.add(path);
    this.timer ??= setTimeout(() => this.flushNow(), this.windowMs);
  }

  flushNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending.size) return;
    const paths = [...this.pending];
    this.pending = new Set();
    this.flush(paths);
  }

  /** Drops what is pending, e.g. at shutdown. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}
