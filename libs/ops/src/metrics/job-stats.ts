import { Inject, Injectable } from '@nestjs/common';
import { JobState, JobStatus } from '@app/contracts';
import { CLOCK, type Clock } from '@app/platform';
import { DataSource } from 'typeorm';

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
    private readonly dataSource: DataSource,
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
    const rows: { state: string; count: string | number }[] = await this.dataSource
      .createQueryBuilder()
      .select('job.state', 'state')
      .addSelect('COUNT(*)', 'count')
      .from('job', 'job')
      .groupBy('job.state')
      .getRawMany();
    const due: { count: string | number } | undefined = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'count')
      .from('job', 'job')
      .where('job.status = :status', { status: JobStatus.Running })
      .andWhere('job.next_run_at <= :now', { now })
      .andWhere('(job.lease_until IS NULL OR job.lease_until < :now)', { now })
      .getRawOne();
    const byState = Object.fromEntries(Object.values(JobState).map((state) => [state, 0])) as Record<JobState, number>;
    for (const row of rows) byState[row.state as JobState] = Number(row.count);
    return { byState, queueDepth: Number(due?.count ?? 0) };
  }
}
