import { Inject, Injectable } from '@nestjs/common';
import { JobState, JobStatus } from '@app/contracts';
import { type ChildStateCount, TERMINAL_STATES } from '@app/core';
import { TransactionRunner } from '@app/db';
import { DataSource, In } from 'typeorm';
import { JobEntity } from './entities/job.entity.js';

const ACTIVE_STATUSES = [JobStatus.Running, JobStatus.Waiting];

/** Album and list jobs and their children: who is whose child, how far they are, what a crash left over. */
@Injectable()
export class ChildJobs {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  /** A parent's children, in the order they were created. */
  children(parentId: string): Promise<JobEntity[]> {
    return this.tx.outsideTransaction((manager) =>
      manager.find(JobEntity, {
        where: { parentId },
        select: ['id', 'query', 'state', 'status', 'progress', 'createdAt'],
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** Ids of a parent's children in the given states. */
  async childIds(parentId: string, states: JobState[]): Promise<string[]> {
    const rows = await this.tx.outsideTransaction((manager) =>
      manager.find(JobEntity, {
        where: { parentId, state: In(states) },
        select: ['id'],
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
    return rows.map((row) => row.id);
  }

  /** Ids of a parent's children that have not ended. */
  async activeChildIds(parentId: string): Promise<string[]> {
    const rows = await this.tx.outsideTransaction((manager) =>
      manager.find(JobEntity, { where: { parentId, status: In(ACTIVE_STATUSES) }, select: ['id'] }),
    );
    return rows.map((row) => row.id);
  }

  /** Per parent: how many children are in which state, and their summed progress. */
  async childStateCounts(parentIds: string[]): Promise<Map<string, ChildStateCount[]>> {
    const counts = new Map<string, ChildStateCount[]>(parentIds.map((id) => [id, []]));
    if (!parentIds.length) return counts;
    const rows: { parentId: string; state: JobState; count: string | number; progressSum: string | number }[] =
      await this.tx.outsideTransaction(() =>
        this.dataSource
          .createQueryBuilder(JobEntity, 'job')
          .select('job.parent_id', 'parentId')
          .addSelect('job.state', 'state')
          .addSelect('COUNT(*)', 'count')
          .addSelect('SUM(job.progress)', 'progressSum')
          .where('job.parent_id IN (:...parentIds)', { parentIds })
          .groupBy('job.parent_id')
          .addGroupBy('job.state')
          .getRawMany(),
      );
    for (const row of rows) {
      counts.get(row.parentId)?.push({
        state: row.state,
        count: Number(row.count),
        progressSum: Number(row.progressSum ?? 0),
      });
    }
    return counts;
  }

  /** Parents still awaiting children although none is left at work (e.g. after a crash). */
  async findSettleableParents(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.tx.outsideTransaction(() =>
      this.dataSource
        .createQueryBuilder(JobEntity, 'parent')
        .select('parent.id', 'id')
        .where('parent.state = :awaiting', { awaiting: JobState.AwaitingChildren })
        .andWhere(
          'NOT EXISTS (SELECT 1 FROM job child WHERE child.parent_id = parent.id AND child.state NOT IN (:...ended))',
          { ended: TERMINAL_STATES },
        )
        .limit(limit)
        .getRawMany(),
    );
    return rows.map((row) => row.id);
  }

  /** Children still at work although their parent was cancelled (the cascade was cut short). */
  async findOrphanedChildren(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.tx.outsideTransaction(() =>
      this.dataSource
        .createQueryBuilder(JobEntity, 'child')
        .select('child.id', 'id')
        .innerJoin(JobEntity, 'parent', 'parent.id = child.parent_id')
        .where('parent.state = :cancelled', { cancelled: JobState.Cancelled })
        .andWhere('child.status IN (:...active)', { active: ACTIVE_STATUSES })
        .limit(limit)
        .getRawMany(),
    );
    return rows.map((row) => row.id);
  }

  /** A waiting parent's progress, from its children; no history line, as for a step's progress. */
  async saveParentProgress(id: string, progress: number): Promise<boolean> {
    const result = await this.tx.outsideTransaction((manager) =>
      manager
        .createQueryBuilder()
        .update(JobEntity)
        .set({ progress })
        .where('id = :id AND state = :state', { id, state: JobState.AwaitingChildren })
        .execute(),
    );
    return result.affected === 1;
  }
}
