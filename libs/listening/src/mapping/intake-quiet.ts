/**
 * When listens were last stored, so that background mapping (which writes through the same SQLite connection)
 * steps aside while intake is busy: it waits for a quiet moment before each batch, but never longer than
 * `maxWaitMs`, so that a steady stream of scrobbles still gets its listens mapped.
 */
export class IntakeQuiet {
  private lastIntakeAt = Number.NEGATIVE_INFINITY;

  constructor(
    readonly quietMs: number,
    private readonly maxWaitMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  noteIntake(): void {
    this.lastIntakeAt = this.now();
  }

  /** How long to wait before the next batch, having waited `waitedMs` already: 0 when intake is quiet. */
  waitMs(waitedMs: number): number {
    const sinceIntake = this.now() - this.lastIntakeAt;
    if (sinceIntake >= this.quietMs) return 0;
    return Math.max(0, Math.min(this.quietMs - sinceIntake, this.maxWaitMs - waitedMs));
  }

  /** Resolves once intake has been quiet for `quietMs`, or `maxWaitMs` has passed; an abort ends the wait. */
  async untilQuiet(signal: AbortSignal): Promise<void> {
    let waited = 0;
    for (let wait = this.waitMs(0); wait > 0 && !signal.aborted; wait = this.waitMs(waited)) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
      waited += wait;
    }
  }
}
