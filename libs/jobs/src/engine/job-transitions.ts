import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobEventType, JobState, JobStatus, JobStreamEvent } from '@app/contracts';
import { canMove, InvalidTransitionError, isTerminal, isWorkState, statusOf } from '@app/core';
import { CLOCK, type Clock } from '@app/platform';
import type { EntityManager } from 'typeorm';
import type { JobEntity } from '../entities/job.entity.js';
import { EngineSignals } from '../events/engine-signals.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { toJobDto } from '../job.mapper.js';
import { JobRepository, type NewJobRow } from '../job.repository.js';
import { JobViews } from '../views/job-views.js';
import type { CandidateInput } from './step.types.js';

/** How a transition is recorded and what it must still find to be applied. */
export interface TransitionOptions {
  /** The kind of history line; a step's outcome, a failure and a cancel are plain transitions. */
  type?: JobEventType;
  /** Applied only while this worker holds the job's lease. */
  leaseOwner?: string;
  /** Applied only while the job has one of these statuses. */
  statuses?: JobStatus[];
  /** What the history line keeps besides its reason. */
  data?: Record<string, unknown> | null;
  /** Candidates offered for a person's choice, replacing those of the same stage. */
  candidates?: CandidateInput[];
  /** Further writes of the step, in the same transaction. */
  persist?: (manager: EntityManager) => Promise<void>;
  /** Jobs created with the transition (an album's tracks, a playlist's entries). */
  children?: NewJobRow[];
}

/**
 * The one writer of job state. A transition is checked against the transition table (`canMove`), then written in
 * one transaction guarded by the job's version — the job row, its history line, its outbox row when it enters an
 * announced state, its candidates and children — then logged and announced to live listeners and the dispatcher.
 */
@Injectable()
export class JobTransitions {
  private readonly logger = new Logger('JobStateMachine');

  constructor(
    private readonly jobs: JobRepository,
    private readonly views: JobViews,
    private readonly bus: JobEventBus,
    private readonly signals: EngineSignals,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Moves `job` (as read) to `to`; `patch` overrides the fields every transition sets. Returns the updated job,
   * or null when the job changed since it was read (or lost the guard's lease or status) and nothing was written.
   */
  async transition(
    job: JobEntity,
    to: JobState,
    reason: string,
    patch: Partial<JobEntity> = {},
    options: TransitionOptions = {},
  ): Promise<JobEntity | null> {
    const type = options.type ?? JobEventType.Transition;
    if (!canMove(type, job.state, to, job.kind, job.error?.state)) throw new InvalidTransitionError(job.state, to);
    const now = this.clock.now();
    const changes: Partial<JobEntity> = {
      state: to,
      status: statusOf(to),
      leaseOwner: null,
      leaseUntil: null,
      nextRunAt: isWorkState(to) ? now : null,
      finishedAt: isTerminal(to) ? now : null,
      updatedAt: now,
      ...patch,
    };
    const { leaseOwner, statuses, data, candidates, persist, children } = options;
    const updated = await this.jobs.write(
      job.id,
      { base: job, version: job.version, leaseOwner, statuses },
      changes,
      { type, from: job.state, to, reason, data },
      { candidates, persist, children },
    );
    if (!updated) return null;
    const line = `Job ${job.id}: ${job.state} -> ${to} (${reason})`;
    if (to === JobState.Failed || type === JobEventType.RetryScheduled) this.logger.warn(line);
    else this.logger.log(line);
    for (const child of children ?? []) this.announceCreated(child.job);
    this.bus.publish({ type: JobStreamEvent.Updated, job: await this.views.toDto(updated) });
    if (updated.status === JobStatus.Running && updated.nextRunAt !== null) {
      this.signals.runnable(updated.id, updated.nextRunAt);
    }
    return updated;
  }

  /** A job just created: live listeners see it, and the dispatcher runs its first step. */
  announceCreated(job: JobEntity): void {
    this.bus.publish({ type: JobStreamEvent.Created, job: toJobDto(job) });
    if (job.nextRunAt !== null) this.signals.runnable(job.id, job.nextRunAt);
  }
}
