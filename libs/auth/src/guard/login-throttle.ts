import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';

interface Window {
  failures: number;
  startedAt: number;
}

/**
 * Failed sign-ins per client address in a fixed window; when they run out, the address waits for the
 * window to end. Kept in memory: a restart forgives, which costs an attacker a restart per window.
 */
@Injectable()
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Seconds the address must still wait, or 0 when it may try. */
  retryAfter(address: string, now = Date.now()): number {
    const window = this.current(address, now);
    if (!window || window.failures < this.config.auth.loginAttempts) return 0;
    return Math.ceil((window.startedAt + this.config.auth.loginWindowMs - now) / 1000);
  }

  failed(address: string, now = Date.now()): void {
    const window = this.current(address, now) ?? { failures: 0, startedAt: now };
    window.failures += 1;
    this.windows.set(address, window);
    if (this.windows.size > 10_000) this.prune(now);
  }

  succeeded(address: string): void {
    this.windows.delete(address);
  }

  private current(address: string, now: number): Window | undefined {
    const window = this.windows.get(address);
    if (window && now - window.startedAt >= this.config.auth.loginWindowMs) {
      this.windows.delete(address);
      return undefined;
    }
    return window;
  }

  private prune(now: number): void {
    for (const [address, window] of this.windows)
      if (now - window.startedAt >= this.config.auth.loginWindowMs) this.windows.delete(address);
  }
}
