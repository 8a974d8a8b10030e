import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobEventType, JobState, JobStatus, JobStreamEvent } from '@app/contracts';
import {
  AppError,
  canReopenParent,
  canRetryInto,
  ConflictError,
  isParentKind,
  isTerminal,
  isUserState,
  NotFoundError,
  overallProgress,
  PermanentError,
  stateAfterInput,
  ValidationError,
} from '@app/core';
import { CLOCK, type Clock } from '@app/platform';
import { ChildJobs } from '../child-jobs.repository.js';
import type { JobEntity } from '../entities/job.entity.js';
import { EngineSignals } from '../events/engine-signals.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { JobLeases } from '../job-leases.repository.js';
import { JobQueries } from '../job-queries.repository.js';
import { JobRepository } from '../job.repository.js';
import { ParentJobs } from '../parents/parent-jobs.service.js';
import { childRows } from './build-job.js';
import { JobTransitions } from './job-transitions.js';
import type { StepOutcome } from './step.types.js';
import { stepOutput } from './step-output.js';
import { STAGE_OF_WAITING } from './waiting-stage.js';

/**
 * What may happen to a job once it exists: a step's outcome, a retry, a failure, a cancel, a person's choice.
 * Every state change goes through `JobTransitions.transition`; this class decides which one and what follows it.
 */
@Injectable()
export class JobStateMachine {
  private readonly logger = new Logger(JobStateMachine.name);

  constructor(
    private readonly jobs: JobRepository,
    private readonly leases: JobLeases,
    private readonly queries: JobQueries,
    private readonly children: ChildJobs,
    private readonly transitions: JobTransitions,
    private readonly bus: JobEventBus,
    private readonly signals: EngineSignals,
    private readonly parents: ParentJobs,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Applies a step's outcome if this worker still holds the job's lease; false when it was dropped. */
  async completeStep(job: JobEntity, owner: string, outcome: StepOutcome): Promise<boolean> {
    const stage = STAGE_OF_WAITING[outcome.next];
    if (stage && !outcome.candidates?.some((c) => c.stage === stage)) {
      throw new PermanentError(`The ${job.state} step asked for a choice but offered no ${stage} candidates`);
    }
    const next = outcome.next;
    const children = childRows(job, outcome.children ?? [], this.clock.now());
    const patch = {
      ...(outcome.becomes && { kind: outcome.becomes }),
      stepData: outcome.data ?? {},
      result: outcome.result ?? job.result,
      attempts: 0,
      error: null,
      progress: overallProgress(next),
      progressDetail: null,
    };
    const updated = await this.transitions.transition(job, next, outcome.reason, patch, {
      leaseOwner: owner,
      data: stepOutput(job.stepData, outcome.data),
      candidates: outcome.candidates,
      persist: outcome.persist,
      children,
    });
    if (!updated) return false;
    await this.afterEnd(updated);
    // A parent whose children all ended before it could wait for them (or that got none) ends here.
    if (next === JobState.AwaitingChildren) await this.parents.settle(job.id);
    return true;
  }

  /** Puts the step back with a delay after a transient failure. */
  async scheduleRetry(job: JobEntity, owner: string, error: Error, delayMs: number): Promise<boolean> {
    const attempt = job.attempts + 1;
    const reason = `Attempt ${attempt} failed: ${error.message}; trying again in ${formatDelay(delayMs)}`;
    const patch = {
      attempts: attempt,
      error: describeError(error, job.state, true),
      nextRunAt: this.clock.now() + delayMs,
    };
    const updated = await this.transitions.transition(job, job.state, reason, patch, {
      type: JobEventType.RetryScheduled,
      leaseOwner: owner,
      data: { attempt, delayMs },
    });
    return updated !== null;
  }

  /** Fails the job at its current step (a permanent error or too many attempts). */
  async failStep(job: JobEntity, owner: string, error: Error, reason: string): Promise<boolean> {
    const patch = { error: describeError(error, job.state, !(error instanceof PermanentError)) };
    const updated = await this.transitions.transition(job, JobState.Failed, reason, patch, { leaseOwner: owner });
    if (!updated) return false;
    await this.afterEnd(updated);
    return true;
  }

  /** Cancels the unfinished children of a cancelled parent; a child that ends meanwhile is left as it is. */
  async cancelChildren(parentId: string, reason: string): Promise<void> {
    for (const childId of await this.children.activeChildIds(parentId)) {
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
      // The version guard makes a step that commits meanwhile win the race; the loop then cancels its result.
      const updated = await this.transitions.transition(
        job,
        JobState.Cancelled,
        reason,
        { progressDetail: null },
        { statuses: [JobStatus.Running, JobStatus.Waiting] },
      );
      if (!updated) continue;
      this.signals.cancelled(id);
      await this.afterEnd(updated);
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
    const candidates = await this.queries.candidates(id, stage);
    const chosen =
      typeof choice === 'number' ? candidates.find((c) => c.rank === choice) : candidates.find((c) => c.id === choice);
    if (!chosen) {
      throw new ValidationError(
        'choice',
        `choice must be a candidate index from 0 to ${candidates.length - 1} or the id of one of this job's ${stage} candidates`,
      );
    }
    const patch = {
      stepData: {
        ...(job.stepData ?? {}),
        choice: { candidateId: chosen.id, index: chosen.rank, stage, payload: chosen.payload },
      },
      progress: overallProgress(next),
    };
    const reason = `Chose ${stage} candidate #${chosen.rank} from ${chosen.provider}`;
    const updated = await this.transitions.transition(job, next, reason, patch, {
      type: JobEventType.Input,
      data: { candidateId: chosen.id, index: chosen.rank },
    });
    if (!updated) throw new ConflictError(`Job ${id} changed while the choice was made; look again and retry`);
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
    const patch = { attempts: 0, error: null, progress: overallProgress(failedIn) };
    const updated = await this.transitions.transition(job, failedIn, 'Retried on request', patch, {
      type: JobEventType.Retried,
    });
    if (!updated) throw new ConflictError(`Job ${id} changed while it was being retried; look again`);
    return updated;
  }

  /**
   * Every failed child goes back to work, then the parent reopens once. Children that end meanwhile find the
   * parent still ended and leave it alone; the settle after the reopen counts them.
   */
  private async retryChildren(parent: JobEntity): Promise<JobEntity> {
    const failed = await this.children.childIds(parent.id, [JobState.Failed]);
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
    const saved = await this.leases.saveProgress(job.id, owner, progress, detail ?? null);
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

  /** A child that ended lets its parent find out whether it is done. */
  private async afterEnd(job: JobEntity): Promise<void> {
    if (job.parentId && isTerminal(job.state)) await this.parents.settle(job.parentId);
  }
}

function describeError(error: Error, state: JobState, retryable: boolean) {
  const code = error instanceof AppError ? error.code : 'internal';
  return { code, message: error.message || error.name, state, retryable };
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
