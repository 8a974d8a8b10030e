/** Raised when more work waits than the limit lets queue up; the caller should try again shortly. */
export class TooBusyError extends Error {
  constructor() {
    super('Too many password checks at once; try again in a moment');
    this.name = 'TooBusyError';
  }
}

/**
 * Runs at most `slots` tasks at once; up to `queue` more wait their turn and any beyond are refused. Each
 * password hash takes a large block of memory and a core for a while: unbounded, a burst of sign-ins could
 * exhaust both.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly queue: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.slots) {
      if (this.waiting.length >= this.queue) throw new TooBusyError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
