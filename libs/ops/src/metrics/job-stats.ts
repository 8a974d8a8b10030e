import { Inject, Injectable } from '@nestjs/common';
import type { JobState } from '@app/contracts';
import { JobCounts } from '@app/jobs';
import { CLOCK, type Clock } from '@app/platform';

/** How long one count of the job table is reused: scrapes come often, the counts change slowly. */
export const JOB_STATS_TTL_MS = 5000;

export interface JobStatsSnapshot {
  /** Every state, those without jobs at 0. */
  byState: Record<JobState, number>;
  /** Steps that are due now and not leased: what the workers have yet to pick up. */
  queueDepth: number;
}

/** Grouped counts of the job table for the metrics. */
@Injectable()
export class JobStats {
  private cached: { at: number; value: Promise<JobStatsSnapshot> } | undefined;

  constructor(
    private readonly counts: JobCounts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  snapshot(): Promise<JobStatsSnapshot> {
    const now = this.clock.now();
    if (!this.cached || now - this.cached.at >= JOB_STATS_TTL_MS) {
      const value = this.count(now);
      this.cached = { at: now, value };
      // A failed count is not kept: the next scrape asks again.
      value.catch(() => (this.cached = undefined));
    }
    return this.cached.value;
  }

  private async count(now: number): Promise<JobStatsSnapshot> {
    const [byState, queueDepth] = await Promise.all([this.counts.byState(), this.counts.due(now)]);
    return { byState, queueDepth };
  }
}
