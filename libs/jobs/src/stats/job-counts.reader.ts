import { Injectable } from '@nestjs/common';
import { JobState, JobStatus } from '@app/contracts';
import { TransactionRunner } from '@app/db';

/** How many jobs there are in each state, and how many steps wait for a worker: for the metrics. */
@Injectable()
export class JobCounts {
  constructor(private readonly tx: TransactionRunner) {}

  /** Every state, those without jobs at 0. */
  byState(): Promise<Record<JobState, number>> {
    return this.tx.outsideTransaction(async (m) => {
      const rows = await m
        .createQueryBuilder()
        .select('job.state', 'state')
        .addSelect('COUNT(*)', 'count')
        .from('job', 'job')
        .groupBy('job.state')
        .getRawMany<{ state: string; count: string | number }>();
      const counts = Object.fromEntries(Object.values(JobState).map((state) => [state, 0])) as Record<JobState, number>;
      for (const row of rows) counts[row.state as JobState] = Number(row.count);
      return counts;
    });
  }

  /** Steps that are due at `now` and not leased: what the workers have yet to pick up. */
  due(now: number): Promise<number> {
    return this.tx.outsideTransaction(async (m) => {
      const row = await m
        .createQueryBuilder()
        .select('COUNT(*)', 'count')
        .from('job', 'job')
        .where('job.status = :status', { status: JobStatus.Running })
        .andWhere('job.next_run_at <= :now', { now })
        .andWhere('(job.lease_until IS NULL OR job.lease_until < :now)', { now })
        .getRawOne<{ count: string | number }>();
      return Number(row?.count ?? 0);
    });
  }
}
