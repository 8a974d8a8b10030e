import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobEventType, JobKind, type JobOptions } from '@app/contracts';
import { UnprocessableError } from '@app/core';
import { CLOCK, type Clock } from '@app/platform';
import type { JobEntity } from '../entities/job.entity.js';
import { JobRepository } from '../job.repository.js';
import { buildJob, childRows } from './build-job.js';
import { JobTransitions } from './job-transitions.js';
import type { NewJob } from './new-job.js';

/** Makes new jobs: a job enters its first state with a "created" history line, never through a transition. */
@Injectable()
export class JobCreation {
  private readonly logger = new Logger('JobStateMachine');

  constructor(
    private readonly jobs: JobRepository,
    private readonly transitions: JobTransitions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Creates a job, and the children it is created with (a list's tracks) in the same transaction; with an
   * idempotency key the same request returns the job made the first time.
   */
  async create(
    request: NewJob,
    idempotencyKey?: string,
    children: readonly NewJob[] = [],
  ): Promise<{ job: JobEntity; created: boolean; children: JobEntity[] }> {
    const kind = request.kind ?? JobKind.Track;
    const options = request.options ?? {};
    const requestHash = idempotencyKey ? hashRequest({ query: request.query, kind, options }) : null;
    if (idempotencyKey) {
      const existing = await this.findReplay(idempotencyKey, requestHash!);
      if (existing) return { job: existing, created: false, children: [] };
    }
    const now = this.clock.now();
    const job = buildJob({ ...request, kind, options }, now, { idempotencyKey, requestHash });
    const rows = childRows(job, children, now);
    try {
      await this.jobs.insert(
        job,
        {
          type: JobEventType.Created,
          from: null,
          to: job.state,
          reason: request.start?.reason ?? `Requested: ${request.query}`,
        },
        rows,
      );
    } catch (error) {
      // Two requests with one key raced; the loser returns the winner's job.
      const replay = idempotencyKey ? await this.findReplay(idempotencyKey, requestHash!) : null;
      if (replay) return { job: replay, created: false, children: [] };
      throw error;
    }
    this.logger.log(`Job ${job.id}: created (${kind}, "${truncate(request.query)}")`);
    for (const created of [job, ...rows.map((row) => row.job)]) this.transitions.announceCreated(created);
    return { job, created: true, children: rows.map((row) => row.job) };
  }

  private async findReplay(key: string, requestHash: string): Promise<JobEntity | null> {
    const existing = await this.jobs.findByIdempotencyKey(key);
    if (!existing) return null;
    if (existing.requestHash !== requestHash) {
      throw new UnprocessableError('This Idempotency-Key was already used with a different request body');
    }
    return existing;
  }
}

function hashRequest(request: { query: string; kind: JobKind; options: JobOptions }): string {
  const options = Object.fromEntries(Object.entries(request.options).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256')
    .update(JSON.stringify([request.query, request.kind, options]))
    .digest('hex');
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
