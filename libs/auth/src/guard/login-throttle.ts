import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';

interface Window {
  failures: number;
  /** Attempts begun and not yet judged: they count against the limit, or parallel guesses would all get in. */
  inFlight: number;
  startedAt: number;
}

/**
 * Sign-in (and setup) attempts per client address in a fixed window; when they run out, the address waits for
 * the window to end. Kept in memory: a restart forgives, which costs an attacker a restart per window.
 */
@Injectable()
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Takes one attempt for the address and answers 0, or answers the seconds it must wait (taking nothing).
   * Every attempt taken must be ended with `finish`.
   */
  begin(address: string, now = Date.now()): number {
    const window = this.current(address, now) ?? { failures: 0, inFlight: 0, startedAt: now };
    const limit = this.config.auth.loginAttempts;
    if (window.failures >= limit) return Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000));
    if (window.failures + window.inFlight >= limit) return 1;
    window.inFlight += 1;
    this.windows.set(address, window);
    if (this.windows.size > 10_000) this.prune(now);
    return 0;
  }

  /** Ends an attempt: a success forgives the address, a failure counts. */
  finish(address: string, succeeded: boolean, now = Date.now()): void {
    const window = this.windows.get(address);
    if (succeeded) {
      this.windows.delete(address);
      return;
    }
    const counted = window ?? { failures: 0, inFlight: 1, startedAt: now };
    counted.inFlight = Math.max(0, counted.inFlight - 1);
    counted.failures += 1;
    this.windows.set(address, counted);
  }

  /** Ends an attempt that was neither right nor wrong (e.g. refused as too busy). */
  abandon(address: string): void {
    const window = this.windows.get(address);
    if (window) window.inFlight = Math.max(0, window.inFlight - 1);
  }

  private get windowMs(): number {
    return this.config.auth.loginWindowMs;
  }

  private current(address: string, now: number): Window | undefined {
    const window = this.windows.get(address);
    if (window && now - window.startedAt >= this.windowMs && window.inFlight === 0) {
      this.windows.delete(address);
      return undefined;
    }
    return window;
  }

  private prune(now: number): void {
    for (const [address, window] of this.windows)
      if (now - window.startedAt >= this.windowMs && window.inFlight === 0) this.windows.delete(address);
  }
}
