import { Inject, Injectable } from '@nestjs/common';
import type { ToolWarningDto } from '@app/contracts';
import { CLOCK, type Clock } from '@app/platform';

interface Entry {
  kind: string;
  message: string;
  at: number;
}

/** How many failures are remembered; older ones drop out. */
export const WARNINGS_KEPT = 50;

/**
 * The last transient yt-dlp failures of this process (bot checks, rate limits, network trouble), so the tool
 * status can show a person that YouTube is pushing back before jobs start failing. Memory only: a restart
 * forgets them, as it should.
 */
@Injectable()
export class YtDlpWarnings {
  private readonly entries: Entry[] = [];

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  record(kind: string, message: string): void {
    this.entries.push({ kind, message, at: this.clock.now() });
    if (this.entries.length > WARNINGS_KEPT) this.entries.shift();
  }

  /** One line per kind, the most recent kind first. */
  summary(): ToolWarningDto[] {
    const byKind = new Map<string, { message: string; count: number; firstAt: number; lastAt: number }>();
    for (const entry of this.entries) {
      const seen = byKind.get(entry.kind);
      if (!seen) byKind.set(entry.kind, { message: entry.message, count: 1, firstAt: entry.at, lastAt: entry.at });
      else Object.assign(seen, { message: entry.message, count: seen.count + 1, lastAt: entry.at });
    }
    return [...byKind.entries()]
      .sort(([, a], [, b]) => b.lastAt - a.lastAt)
      .map(([kind, w]) => ({
        kind,
        message: w.message,
        count: w.count,
        firstAt: new Date(w.firstAt).toISOString(),
        lastAt: new Date(w.lastAt).toISOString(),
      }));
  }
}
