import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { JobEventType, JobState, JobStatus } from '@app/contracts';
import { ANNOUNCED_STATES } from '@app/core';
import { TransactionRunner } from '@app/db';
import { type EntityManager, In } from 'typeorm';
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

/**
 * Reads a job and writes one: every write happens together with its history line (and, entering an announced
 * state, its outbox row). Only `JobTransitions` calls `write`.
 */
@Injectable()
export class JobRepository {
  constructor(private readonly tx: TransactionRunner) {}

  findById(id: string): Promise<JobEntity | null> {
    return this.tx.outsideTransaction((manager) => manager.findOneBy(JobEntity, { id }));
  }

  findByIdempotencyKey(key: string): Promise<JobEntity | null> {
    return this.tx.outsideTransaction((manager) => manager.findOneBy(JobEntity, { idempotencyKey: key }));
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
