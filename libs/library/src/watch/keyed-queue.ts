/**
 * Work per key, at most `concurrency` at once and never two for one key at the same time: a key pushed while
 * its work runs is run once more afterwards (the file changed again), however often it was pushed meanwhile.
 */
export class KeyedQueue {
  private readonly waiting = new Map<string, { work: () => Promise<unknown>; done: (() => void)[] }>();
  private readonly running = new Set<string>();
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly onError: (key: string, error: Error) => void,
  ) {}

  /** Resolves when a work of `key` pushed no earlier than this one has ended (well or not). */
  push(key: string, work: () => Promise<unknown>): Promise<void> {
    return new Promise((resolve) => {
      const replaced = this.waiting.get(key);
      this.waiting.set(key, { work, done: [...(replaced?.done ?? []), resolve] });
      this.pump();
    });
  }

  get size(): number {
    return this.waiting.size + this.running.size;
  }

  /** Resolves when nothing waits and nothing runs. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    for (const [key, { work, done }] of this.waiting) {
      if (this.running.size >= this.concurrency) return;
      if (this.running.has(key)) continue;
      this.waiting.delete(key);
      this.running.add(key);
      void work()
        .catch((error: Error) => this.onError(key, error))
        .finally(() => {
          this.running.delete(key);
          done.forEach((resolve) => resolve());
          this.pump();
          if (this.size === 0) {
            const waiters = this.idleWaiters;
            this.idleWaiters = [];
            waiters.forEach((resolve) => resolve());
          }
        });
    }
  }
}
