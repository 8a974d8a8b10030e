import { Inject, Injectable } from '@nestjs/common';
import { JobStatus } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { JobEntity } from './entities/job.entity.js';

/** A worker's hold on a job's step: finding due steps, claiming, renewing and releasing leases, step progress. */
@Injectable()
export class JobLeases {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  /** Jobs whose step is due and not leased by a live worker, oldest due first. */
  async findDue(now: number, limit: number, exclude: string[] = []): Promise<JobEntity[]> {
    const qb = this.dataSource
      .createQueryBuilder(JobEntity, 'job')
      .where('job.status = :status', { status: JobStatus.Running })
      .andWhere('job.next_run_at <= :now', { now })
      .andWhere('(job.lease_until IS NULL OR job.lease_until < :now)', { now })
      .orderBy('job.next_run_at', 'ASC')
      .limit(limit);
    if (exclude.length) qb.andWhere('job.id NOT IN (:...exclude)', { exclude });
    return this.tx.outsideTransaction(() => qb.getMany());
  }

  /**
   * One conditional UPDATE: the step is ours only if nobody holds a live lease on it. Given the job as
   * last read, the claim also requires that it did not change since, and no second read is needed.
   */
  async claim(target: string | JobEntity, owner: string, now: number, leaseUntil: number): Promise<JobEntity | null> {
    const id = typeof target === 'string' ? target : target.id;
    const claimed = await this.tx.outsideTransaction(async (manager) => {
      const qb = manager
        .createQueryBuilder()
        .update(JobEntity)
        .set({ leaseOwner: owner, leaseUntil, version: () => 'version + 1', updatedAt: now })
        .where('id = :id', { id })
        .andWhere('status = :status', { status: JobStatus.Running })
        .andWhere('next_run_at <= :now', { now })
        .andWhere('(lease_until IS NULL OR lease_until < :now)', { now });
      if (typeof target !== 'string') qb.andWhere('version = :version', { version: target.version });
      return (await qb.execute()).affected === 1;
    });
    if (!claimed) return null;
    if (typeof target !== 'string') {
      return { ...target, leaseOwner: owner, leaseUntil, version: target.version + 1, updatedAt: now };
    }
    const job = await this.tx.outsideTransaction((manager) => manager.findOneBy(JobEntity, { id }));
    return job && job.leaseOwner === owner ? job : null;
  }

  /** Extends a lease; false when the lease was lost or the job stopped running (e.g. cancelled). */
  async renewLease(id: string, owner: string, leaseUntil: number): Promise<boolean> {
    const result = await this.tx.outsideTransaction((manager) =>
      manager
        .createQueryBuilder()
        .update(JobEntity)
        .set({ leaseUntil })
        .where('id = :id AND lease_owner = :owner AND status = :status', { id, owner, status: JobStatus.Running })
        .execute(),
    );
    return result.affected === 1;
  }

  async releaseLease(id: string, owner: string): Promise<boolean> {
    const result = await this.tx.outsideTransaction((manager) =>
      manager
        .createQueryBuilder()
        .update(JobEntity)
        .set({ leaseOwner: null, leaseUntil: null })
        .where('id = :id AND lease_owner = :owner', { id, owner })
        .execute(),
    );
    return result.affected === 1;
  }

  async saveProgress(
    id: string,
    owner: string,
    progress: number,
    detail: Record<string, unknown> | null,
  ): Promise<boolean> {
    const result = await this.tx.outsideTransaction((manager) =>
      manager
        .createQueryBuilder()
        .update(JobEntity)
        .set({ progress, progressDetail: detail as QueryDeepPartialEntity<JobEntity>['progressDetail'] })
        .where('id = :id AND lease_owner = :owner', { id, owner })
        .execute(),
    );
    return result.affected === 1;
  }
}
