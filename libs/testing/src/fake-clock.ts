import type { Clock } from '@app/platform';

/** 2024-01-01T00:00:00Z: a fixed start keeps timestamps in assertions stable. */
const DEFAULT_START_MS = Date.UTC(2024, 0, 1);

/** A clock that moves only when a test moves it. */
export class FakeClock implements Clock {
  constructor(private current = DEFAULT_START_MS) {}

  now(): number {
    return this.current;
  }

  /** Moves time forward and returns the new time. */
  advance(ms: number): number {
    if (ms < 0) throw new RangeError(`FakeClock.advance takes a duration of 0 ms or more, got ${ms}`);
    this.current += ms;
    return this.current;
  }

  set(ms: number): void {
    this.current = ms;
  }
}
