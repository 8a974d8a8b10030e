import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type CandidateStage, type JobEventType, JobState, JobStatus, type ListJobsQuery } from '@app/contracts';
import { ANNOUNCED_STATES, type ChildStateCount, TERMINAL_STATES } from '@app/core';
import { TransactionRunner } from '@app/db';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { CandidateEntity } from './entities/candidate.entity.js';
import { JobEventEntity } from './entities/job-event.entity.js';
import { JobOutboxEntity } from './entities/job-outbox.entity.js';
import { JobEntity } from './entities/job.entity.js';
import type { CandidateInput } from './engine/step.types.js';

/** A job to insert together with its first history line. */
export interface NewJobRow {
  job: JobEntity;
  event: EventInput;
}

const ACTIVE_STATUSES = [JobStatus.Running, JobStatus.Waiting];

export interface EventInput {
  type: JobEventType;
  from: JobState | null;
  to: JobState;
  reason: string;
  data?: Record<string, unknown> | null;
}

/** Conditions a write must still meet to be applied; a stale writer's change is dropped. */
export interface WriteGuard {
  /** The job as it was read; lets the write return the new row without reading it again. */
  base?: JobEntity;
  version?: number;
  leaseOwner?: string;
  statuses?: JobStatus[];
}

/** All SQL of the job tables; every job write happens together with its history line. */
@Injectable()
export class JobRepository {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  findById(id: string): Promise<JobEntity | null> {
    return this.tx.outsideTransaction((manager) => manager.findOneBy(JobEntity, { id }));
  }

  findByIdempotencyKey(key: string): Promise<JobEntity | null> {
    return this.tx.outsideTransaction((manager) => manager.findOneBy(JobEntity, { idempotencyKey: key }));
  }

  async list(query: ListJobsQuery): Promise<[JobEntity[], number]> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const qb = this.dataSource.createQueryBuilder(JobEntity, 'job');
    const statuses = toList(query.status);
    const states = toList(query.state);
    if (statuses.length) qb.andWhere('job.status IN (:...statuses)', { statuses });
    if (states.length) qb.andWhere('job.state IN (:...states)', { states });
    if (query.kind) qb.andWhere('job.kind = :kind', { kind: query.kind });
    if (query.parentId === 'none') qb.andWhere('job.parent_id IS NULL');
    else if (query.parentId) qb.andWhere('job.parent_id = :parentId', { parentId: query.parentId });
    if (query.q) {
      const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(`LOWER(job.query) LIKE :q ESCAPE '\\'`, { q: pattern });
    }
    qb.orderBy('job.created_at', 'DESC')
      .addOrderBy('job.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    return this.tx.outsideTransaction(() => qb.getManyAndCount());
  }

  history(jobId: string): Promise<JobEventEntity[]> {
    return this.tx.outsideTransaction((manager) =>
      manager.find(JobEventEntity, { where: { jobId }, order: { id: 'ASC' } }),
    );
  }

  candidates(jobId: string, stage?: CandidateStage): Promise<CandidateEntity[]> {
    const where = { jobId, ...(stage ? { stage } : {}) };
    return this.tx.outsideTransaction((manager) =>
      manager.find(CandidateEntity, { where, order: { stage: 'ASC', rank: 'ASC' } }),
    );
  }

  /**
   * Inserts a new job with its first history line, and any children it is created with, in one
   * transaction. Throws on a duplicate idempotency key.
   */
  insert(job: JobEntity, event: EventInput, children: NewJobRow[] = []): Promise<JobEntity> {
    return this.tx.run(async (manager) => {
      await this.insertRows(manager, [{ job, event }, ...children]);
      return job;
    });
  }

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
    const job = await this.findById(id);
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

  /**
   * Applies a change to a job if the guard still holds, with its history line, its candidates and
   * any extra writes, in one transaction. Returns the updated job, or null when the guard failed.
   * When the guard pins the version of its `base`, the result is built from it without a second read.
   */
  async write(
    id: string,
    guard: WriteGuard,
    changes: Partial<JobEntity>,
    event: EventInput,
    extra: {
      candidates?: CandidateInput[];
      persist?: (manager: EntityManager) => Promise<void>;
      children?: NewJobRow[];
    } = {},
  ): Promise<JobEntity | null> {
    const now = changes.updatedAt ?? Date.now();
    const applied = await this.tx.run(async (manager) => {
      const qb = manager
        .createQueryBuilder()
        .update(JobEntity)
        .set({ ...(changes as QueryDeepPartialEntity<JobEntity>), version: () => 'version + 1', updatedAt: now })
        .where('id = :id', { id });
      if (guard.version !== undefined) qb.andWhere('version = :version', { version: guard.version });
      if (guard.leaseOwner !== undefined) qb.andWhere('lease_owner = :owner', { owner: guard.leaseOwner });
      if (guard.statuses?.length) qb.andWhere('status IN (:...statuses)', { statuses: guard.statuses });
      const result = await qb.execute();
      if (result.affected !== 1) return false;
      await this.addEvent(manager, id, event, now);
      if (extra.candidates?.length) await this.replaceCandidates(manager, id, extra.candidates, now);
      await extra.persist?.(manager);
      if (extra.children?.length) await this.insertRows(manager, extra.children);
      return true;
    });
    if (!applied) return null;
    const base = guard.base;
    if (base && guard.version !== undefined && base.version === guard.version) {
      return { ...base, ...changes, version: base.version + 1, updatedAt: now };
    }
    return this.findById(id);
  }

  private async insertRows(manager: EntityManager, rows: NewJobRow[]): Promise<void> {
    // Chunked: a 2000-track list would exceed SQLite's limit of bound parameters in one statement.
    for (let i = 0; i < rows.length; i += 50) {
      const chunk = rows.slice(i, i + 50);
      await manager.insert(
        JobEntity,
        // Copies: after a multi-row insert TypeORM writes ids back into the objects, not always in order.
        chunk.map(({ job }) => ({ ...job }) as QueryDeepPartialEntity<JobEntity>),
      );
      await manager.insert(
        JobEventEntity,
        chunk.map(({ job, event }) => this.eventRow(job.id, event, job.createdAt)),
      );
      // A job created in an announced state (a pick that starts DOWNLOADING) is heard of like one that enters it.
      const announced = chunk.filter(({ event }) => ANNOUNCED_STATES.has(event.to));
      if (announced.length) {
        await manager.insert(
          JobOutboxEntity,
          announced.map(({ job, event }) => ({ jobId: job.id, state: event.to, at: job.createdAt, handledAt: null })),
        );
      }
    }
  }

  private eventRow(jobId: string, event: EventInput, at: number) {
    return {
      jobId,
      type: event.type,
      fromState: event.from,
      toState: event.to,
      reason: event.reason,
      data: (event.data ?? null) as never,
      at,
    };
  }

  private async addEvent(manager: EntityManager, jobId: string, event: EventInput, at: number): Promise<void> {
    await manager.insert(JobEventEntity, this.eventRow(jobId, event, at));
    if (event.from !== event.to && ANNOUNCED_STATES.has(event.to)) {
      await manager.insert(JobOutboxEntity, { jobId, state: event.to, at, handledAt: null });
    }
  }

  private async replaceCandidates(manager: EntityManager, jobId: string, list: CandidateInput[], at: number) {
    const stages = [...new Set(list.map((c) => c.stage))];
    await manager.delete(CandidateEntity, { jobId, stage: In(stages) });
    const rows = list.map((c, index) => ({
      id: randomUUID(),
      jobId,
      stage: c.stage,
      rank: list.slice(0, index).filter((other) => other.stage === c.stage).length,
      provider: c.provider,
      payload: c.payload as never,
      score: c.score,
      scoreParts: (c.scoreParts ?? {}) as never,
      reasons: c.reasons as never,
      createdAt: at,
    }));
    await manager.insert(CandidateEntity, rows);
  }
}

function toList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
