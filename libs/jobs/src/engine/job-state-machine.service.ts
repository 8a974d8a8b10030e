import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  CandidateStage,
  type JobDto,
  JobEventType,
  JobKind,
  type JobOptions,
  JobState,
  JobStatus,
  JobStreamEvent,
} from '@app/contracts';
import {
  AppError,
  canReopenParent,
  canRetryInto,
  canTransition,
  ConflictError,
  InvalidTransitionError,
  isParentKind,
  isTerminal,
  isUserState,
  isWorkState,
  NotFoundError,
  overallProgress,
  PermanentError,
  stateAfterInput,
  statusOf,
  UnprocessableError,
  ValidationError,
} from '@app/core';
import { CLOCK, type Clock } from '@app/platform';
import type { JobEntity } from '../entities/job.entity.js';
import { EngineSignals } from '../events/engine-signals.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { toJobDto } from '../job.mapper.js';
import { JobRepository, type NewJobRow } from '../job.repository.js';
import { ParentJobs } from '../parents/parent-jobs.service.js';
import { buildChildren, buildJob } from './build-job.js';
import type { NewJob } from './new-job.js';
import type { StepOutcome } from './step.types.js';
import { stepOutput } from './step-output.js';

export type { NewJob } from './new-job.js';

const STAGE_OF_WAITING: Partial<Record<JobState, CandidateStage>> = {
  [JobState.UserIntentSelection]: CandidateStage.Intent,
  [JobState.UserMetadataSelection]: CandidateStage.Metadata,
};

/** The only writer of job state: every change is checked against the transition table and logged. */
@Injectable()
export class JobStateMachine {
  private readonly logger = new Logger(JobStateMachine.name);

  constructor(
    private readonly jobs: JobRepository,
    private readonly bus: JobEventBus,
    private readonly signals: EngineSignals,
    private readonly parents: ParentJobs,
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
    const rows = this.childRows(job, children, now);
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
    for (const created of [job, ...rows.map((row) => row.job)]) this.announceCreated(created);
    return { job, created: true, children: rows.map((row) => row.job) };
  }

  /** Applies a step's outcome if this worker still holds the job's lease; false when it was dropped. */
  async completeStep(job: JobEntity, owner: string, outcome: StepOutcome): Promise<boolean> {
    if (!canTransition(job.state, outcome.next)) throw new InvalidTransitionError(job.state, outcome.next);
    const stage = STAGE_OF_WAITING[outcome.next];
    if (stage && !outcome.candidates?.some((c) => c.stage === stage)) {
      throw new PermanentError(`The ${job.state} step asked for a choice but offered no ${stage} candidates`);
    }
    const now = this.clock.now();
    const next = outcome.next;
    const status = statusOf(next);
    const children = this.childRows(job, outcome.children ?? [], now);
    const updated = await this.jobs.write(
      job.id,
      { base: job, version: job.version, leaseOwner: owner },
      {
        ...(outcome.becomes && { kind: outcome.becomes }),
        state: next,
        status,
        stepData: outcome.data ?? {},
        result: outcome.result ?? job.result,
        attempts: 0,
        error: null,
        progress: overallProgress(next),
        progressDetail: null,
        leaseOwner: null,
        leaseUntil: null,
        nextRunAt: isWorkState(next) ? now : null,
        finishedAt: isTerminal(next) ? now : null,
        updatedAt: now,
      },
      {
        type: JobEventType.Transition,
        from: job.state,
        to: next,
        reason: outcome.reason,
        data: stepOutput(job.stepData, outcome.data),
      },
      { candidates: outcome.candidates, persist: outcome.persist, children },
    );
    if (!updated) return false;
    this.logger.log(`Job ${job.id}: ${job.state} -> ${next} (${outcome.reason})`);
    for (const child of children) this.announceCreated(child.job);
    await this.announce(updated);
    // A parent whose children all ended before it could wait for them (or that got none) ends here.
    if (next === JobState.AwaitingChildren) await this.parents.settle(job.id);
    return true;
  }

  /** Puts the step back with a delay after a transient failure. */
  async scheduleRetry(job: JobEntity, owner: string, error: Error, delayMs: number): Promise<boolean> {
    const now = this.clock.now();
    const attempt = job.attempts + 1;
    const updated = await this.jobs.write(
      job.id,
      { base: job, version: job.version, leaseOwner: owner },
      {
        attempts: attempt,
        error: describeError(error, job.state, true),
        leaseOwner: null,
        leaseUntil: null,
        nextRunAt: now + delayMs,
        updatedAt: now,
      },
      {
        type: JobEventType.RetryScheduled,
        from: job.state,
        to: job.state,
        reason: `Attempt ${attempt} failed: ${error.message}; trying again in ${formatDelay(delayMs)}`,
        data: { attempt, delayMs },
      },
    );
    if (!updated) return false;
    this.logger.warn(
      `Job ${job.id}: ${job.state} attempt ${attempt} failed, retry in ${formatDelay(delayMs)} (${error.message})`,
    );
    await this.announce(updated);
    return true;
  }

  /** Fails the job at its current step (a permanent error or too many attempts). */
  async failStep(job: JobEntity, owner: string, error: Error, reason: string): Promise<boolean> {
    const now = this.clock.now();
    const updated = await this.jobs.write(
      job.id,
      { base: job, version: job.version, leaseOwner: owner },
      {
        state: JobState.Failed,
        status: JobStatus.Error,
        error: describeError(error, job.state, !(error instanceof PermanentError)),
        leaseOwner: null,
        leaseUntil: null,
        nextRunAt: null,
        finishedAt: now,
        updatedAt: now,
      },
      { type: JobEventType.Transition, from: job.state, to: JobState.Failed, reason },
    );
    if (!updated) return false;
    this.logger.warn(`Job ${job.id}: ${job.state} -> FAILED (${reason})`);
    await this.announce(updated);
    return true;
  }

  /** Cancels the unfinished children of a cancelled parent; a child that ends meanwhile is left as it is. */
  async cancelChildren(parentId: string, reason: string): Promise<void> {
    for (const childId of await this.jobs.activeChildIds(parentId)) {
      await this.cancel(childId, reason).catch((error: unknown) => {
        if (!(error instanceof ConflictError)) throw error;
      });
    }
  }

  /** Cancels a job from any unfinished state; repeating it changes nothing. */
  async cancel(id: string, reason = 'Cancelled on request'): Promise<JobEntity> {
    for (;;) {
      const job = await this.get(id);
      if (job.state === JobState.Cancelled) return job;
      if (isTerminal(job.state))
        throw new ConflictError(`Job ${id} has already finished (${job.status}) and cannot be cancelled`);
      const now = this.clock.now();
      const updated = await this.jobs.write(
        id,
        // The version guard makes a step that commits meanwhile win the race; the loop then cancels its result.
        { statuses: [JobStatus.Running, JobStatus.Waiting], version: job.version, base: job },
        {
          state: JobState.Cancelled,
          status: JobStatus.Cancelled,
          leaseOwner: null,
          leaseUntil: null,
          nextRunAt: null,
          progressDetail: null,
          finishedAt: now,
          updatedAt: now,
        },
        { type: JobEventType.Transition, from: job.state, to: JobState.Cancelled, reason },
      );
      if (!updated) continue;
      this.signals.cancelled(id);
      this.logger.log(`Job ${id}: ${job.state} -> CANCELLED (${reason})`);
      await this.announce(updated);
      if (isParentKind(job.kind)) await this.cancelChildren(id, `Cancelled with its ${job.kind} job ${id}`);
      return updated;
    }
  }

  /** A person's choice for a waiting job, checked against the candidates it offered. */
  async submitInput(id: string, choice: number | string): Promise<JobEntity> {
    const job = await this.get(id);
    const stage = STAGE_OF_WAITING[job.state];
    const next = stateAfterInput(job.state, job.kind);
    if (!stage || !next || !isUserState(job.state)) {
      throw new ConflictError(`Job ${id} is not waiting for input (state ${job.state})`);
    }
    const candidates = await this.jobs.candidates(id, stage);
    const chosen =
      typeof choice === 'number' ? candidates.find((c) => c.rank === choice) : candidates.find((c) => c.id === choice);
    if (!chosen) {
      throw new ValidationError(
        'choice',
        `choice must be a candidate index from 0 to ${candidates.length - 1} or the id of one of this job's ${stage} candidates`,
      );
    }
    const now = this.clock.now();
    const updated = await this.jobs.write(
      id,
      { base: job, version: job.version },
      {
        state: next,
        status: statusOf(next),
        stepData: {
          ...(job.stepData ?? {}),
          choice: { candidateId: chosen.id, index: chosen.rank, stage, payload: chosen.payload },
        },
        progress: overallProgress(next),
        nextRunAt: now,
        updatedAt: now,
      },
      {
        type: JobEventType.Input,
        from: job.state,
        to: next,
        reason: `Chose ${stage} candidate #${chosen.rank} from ${chosen.provider}`,
        data: { candidateId: chosen.id, index: chosen.rank },
      },
    );
    if (!updated) throw new ConflictError(`Job ${id} changed while the choice was made; look again and retry`);
    this.logger.log(`Job ${id}: ${job.state} -> ${next} (input: candidate #${chosen.rank})`);
    await this.announce(updated);
    return updated;
  }

  /**
   * Sends a failed job back to the step it failed in. A finished album or list job retries its failed
   * children instead, and waits for them again.
   */
  async retry(id: string): Promise<JobEntity> {
    const job = await this.get(id);
    if (job.state === JobState.Cancelled)
      throw new ConflictError(`Job ${id} was cancelled; a cancelled job is never retried`);
    if (isParentKind(job.kind) && canReopenParent(job.state, job.error?.state)) return this.retryChildren(job);
    const updated = await this.retryFailed(job);
    if (job.parentId) await this.parents.reopen(job.parentId, `Track job ${id} was retried`);
    return updated;
  }

  private async retryFailed(job: JobEntity): Promise<JobEntity> {
    const { id } = job;
    const failedIn = job.error?.state;
    if (job.state !== JobState.Failed || !failedIn || !canRetryInto(failedIn)) {
      throw new ConflictError(`Only a failed job can be retried; job ${id} is ${job.status} (${job.state})`);
    }
    const now = this.clock.now();
    const status = statusOf(failedIn);
    const updated = await this.jobs.write(
      id,
      { base: job, version: job.version },
      {
        state: failedIn,
        status,
        attempts: 0,
        error: null,
        finishedAt: null,
        progress: overallProgress(failedIn),
        nextRunAt: isWorkState(failedIn) ? now : null,
        updatedAt: now,
      },
      { type: JobEventType.Retried, from: JobState.Failed, to: failedIn, reason: 'Retried on request' },
    );
    if (!updated) throw new ConflictError(`Job ${id} changed while it was being retried; look again`);
    this.logger.log(`Job ${id}: FAILED -> ${failedIn} (retried)`);
    await this.announce(updated);
    return updated;
  }

  /**
   * Every failed child goes back to work, then the parent reopens once. Children that end meanwhile find the
   * parent still ended and leave it alone; the settle after the reopen counts them.
   */
  private async retryChildren(parent: JobEntity): Promise<JobEntity> {
    const failed = await this.jobs.childIds(parent.id, [JobState.Failed]);
    if (!failed.length) throw new ConflictError(`Job ${parent.id} has no failed tracks to retry`);
    let retried = 0;
    for (const childId of failed) {
      const child = await this.jobs.findById(childId);
      if (!child) continue;
      await this.retryFailed(child).then(
        () => (retried += 1),
        (error: unknown) => {
          if (!(error instanceof ConflictError)) throw error;
        },
      );
    }
    await this.parents.reopen(parent.id, `${retried} failed track${retried === 1 ? ' was' : 's were'} retried`);
    await this.parents.settle(parent.id);
    this.logger.log(`Job ${parent.id}: retried ${retried} failed tracks`);
    return this.get(parent.id);
  }

  /** Stores how far the running step is and tells live listeners. */
  async recordProgress(
    job: JobEntity,
    owner: string,
    fraction: number,
    detail?: Record<string, unknown>,
  ): Promise<void> {
    const progress = overallProgress(job.state, fraction);
    const saved = await this.jobs.saveProgress(job.id, owner, progress, detail ?? null);
    if (!saved) return;
    this.bus.publish({
      type: JobStreamEvent.Progress,
      jobId: job.id,
      state: job.state,
      progress: { fraction: progress, ...(detail ? { detail } : {}) },
    });
  }

  async get(id: string): Promise<JobEntity> {
    const job = await this.jobs.findById(id);
    if (!job) throw new NotFoundError(`No job with id ${id}`);
    return job;
  }

  /** The job as the API shows it: with its open choice when it waits for a person, and its children. */
  async toDto(job: JobEntity, withChildren = false): Promise<JobDto> {
    const stage = STAGE_OF_WAITING[job.state];
    const dto = toJobDto(job, stage ? await this.jobs.candidates(job.id, stage) : undefined);
    return withChildren && isParentKind(job.kind) ? this.parents.describe(job, dto) : dto;
  }

  private async announce(job: JobEntity): Promise<void> {
    this.bus.publish({ type: JobStreamEvent.Updated, job: await this.toDto(job) });
    if (job.status === JobStatus.Running && job.nextRunAt !== null) this.signals.runnable(job.id, job.nextRunAt);
    if (job.parentId && isTerminal(job.state)) await this.parents.settle(job.parentId);
  }

  private announceCreated(job: JobEntity): void {
    this.bus.publish({ type: JobStreamEvent.Created, job: toJobDto(job) });
    if (job.nextRunAt !== null) this.signals.runnable(job.id, job.nextRunAt);
  }

  private childRows(parent: JobEntity, children: readonly NewJob[], now: number): NewJobRow[] {
    return buildChildren(parent.id, children, now).map((child, index) => {
      const requested = `Requested by ${parent.kind} job ${parent.id}: ${child.query}`;
      const started = children[index]?.start?.reason;
      return {
        job: { ...child, options: { ...parent.options, ...child.options } },
        event: {
          type: JobEventType.Created,
          from: null,
          to: child.state,
          reason: started ? `${requested}; ${started}` : requested,
        },
      };
    });
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

function describeError(error: Error, state: JobState, retryable: boolean) {
  const code = error instanceof AppError ? error.code : 'internal';
  return { code, message: error.message || error.name, state, retryable };
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
