/**
 * Runs a task so that every caller's result comes from a run that started after the call: with none under way
 * one starts at once; while one runs, every caller meanwhile shares the single run that starts when it ends.
 * (Handing back the run under way would answer a "rescan now" with a walk that began before the change it was
 * asked to see.)
 */
export class FreshRun<T> {
  private current: Promise<T> | undefined;
  private next: Promise<T> | undefined;

  constructor(private readonly task: () => Promise<T>) {}

  run(): Promise<T> {
    if (!this.current) return this.start();
    this.next ??= this.current
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.start();
      });
    return this.next;
  }

  /** Resolves once no run is under way or waiting to start. */
  async settled(): Promise<void> {
    for (let pending = this.next ?? this.current; pending; pending = this.next ?? this.current) {
      await pending.catch(() => undefined);
    }
  }

  private start(): Promise<T> {
    // A run started since the last one ended is as fresh as a new one.
    this.current ??= this.task().finally(() => (this.current = undefined));
    return this.current;
  }
}
