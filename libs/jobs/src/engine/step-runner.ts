import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnModuleDestroy, Optional } from '@nestjs/common';
import { JobState } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { backoffDelay, PermanentError } from '@app/core';
import { CLOCK, type Clock, withOwnLogContext } from '@app/platform';
import type { JobEntity } from '../entities/job.entity.js';
import { EngineSignals } from '../events/engine-signals.js';
import { JobRepository } from '../job.repository.js';
import { JobLeases } from '../job-leases.repository.js';
import { JobStateMachine } from './job-state-machine.service.js';
import { STEP_OBSERVER, type StepObserver, type StepRunOutcome } from './step-observer.js';
import { StepRegistry } from './step-registry.js';
import type { StepContext, StepOutcome } from './step.types.js';

const PROGRESS_INTERVAL_MS = 250;

export type TickResult = 'not-claimed' | StepRunOutcome;

/**
 * Runs one step of one job (one "tick"): claim the lease, run the handler with an AbortSignal and
 * heartbeats, then hand the outcome to the state machine. Never writes job state itself.
 */
@Injectable()
export class StepRunner implements OnModuleDestroy {
  /** Names this worker in leases; unique per process start. */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly logger = new Logger(StepRunner.name);
  private readonly running = new Map<string, AbortController>();
  private readonly stopCancelListener: () => void;
  private stopping = false;

  constructor(
    private readonly jobs: JobRepository,
    private readonly leases: JobLeases,
    private readonly machine: JobStateMachine,
    private readonly registry: StepRegistry,
    private readonly signals: EngineSignals,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(STEP_OBSERVER) private readonly observer?: StepObserver,
  ) {
    this.stopCancelListener = this.signals.onCancelled((jobId) =>
      this.running.get(jobId)?.abort(new Error('The job was cancelled')),
    );
  }

  get activeJobIds(): string[] {
    return [...this.running.keys()];
  }

  /** Runs the due step of a job, given by id or as just read (which saves a read after the claim). */
  async tick(target: string | JobEntity): Promise<TickResult> {
    const now = this.clock.now();
    if (this.stopping) return 'not-claimed';
    const job = await this.leases.claim(target, this.owner, now, now + this.config.jobs.leaseMs);
    if (!job) return 'not-claimed';
    // A claim that was in flight when shutdown began must not start a step nobody will abort.
    if (this.stopping) return this.drop(job);
    const controller = new AbortController();
    this.running.set(job.id, controller);
    const heartbeat = this.startHeartbeat(job, controller);
    const { state } = job;
    const startedAt = performance.now();
    try {
      const result = await withOwnLogContext({ jobId: job.id }, () => this.execute(job, controller));
      this.observer?.stepFinished({
        jobId: job.id,
        state,
        outcome: result,
        durationMs: performance.now() - startedAt,
      });
      return result;
    } finally {
      clearInterval(heartbeat);
      this.running.delete(job.id);
    }
  }

  /** Stops taking steps and aborts the running ones; their leases are released for another worker. */
  abortAll(reason: string): void {
    this.stopping = true;
    for (const controller of this.running.values()) controller.abort(new Error(reason));
  }

  onModuleDestroy(): void {
    this.stopCancelListener();
    this.abortAll('The worker is shutting down');
  }

  private async execute(job: JobEntity, controller: AbortController): Promise<StepRunOutcome> {
    const handler = this.registry.find(job.state, job.kind);
    if (!handler) {
      const error = new PermanentError(`No step handler is registered for state ${job.state}`);
      return (await this.machine.failStep(job, this.owner, error, error.message)) ? 'failed' : 'dropped';
    }
    let outcome: StepOutcome;
    try {
      outcome = await handler.run(this.context(job, controller.signal));
      if (controller.signal.aborted || !(await this.machine.completeStep(job, this.owner, outcome))) {
        await this.discardIfCancelled(job.id, outcome);
        return this.drop(job);
      }
      return 'completed';
    } catch (caught) {
      if (controller.signal.aborted) return this.drop(job);
      return this.handleFailure(job, toError(caught));
    }
  }

  /**
   * What an outcome that never landed did outside the database is undone when the job was cancelled meanwhile.
   * After a lost lease it stays: the step runs again elsewhere and finds it.
   */
  private async discardIfCancelled(jobId: string, outcome: StepOutcome): Promise<void> {
    if (!outcome.discard) return;
    const current = await this.jobs.findById(jobId).catch(() => null);
    if (current?.state !== JobState.Cancelled) return;
    await outcome.discard().catch((error: Error) => this.logger.warn(`Job ${jobId}: not undone (${error.message})`));
  }

  /** An aborted step leaves no effect; a lease it still holds is freed so the step can resume at once. */
  private async drop(job: JobEntity): Promise<StepRunOutcome> {
    await this.leases.releaseLease(job.id, this.owner).catch(() => undefined);
    return 'dropped';
  }

  private async handleFailure(job: JobEntity, error: Error): Promise<StepRunOutcome> {
    const attempt = job.attempts + 1;
    if (error instanceof PermanentError) {
      const failed = await this.machine.failStep(job, this.owner, error, error.message);
      return failed ? 'failed' : 'dropped';
    }
    if (attempt >= this.config.jobs.maxAttempts) {
      const reason = `Gave up after ${attempt} attempts: ${error.message}`;
      return (await this.machine.failStep(job, this.owner, error, reason)) ? 'failed' : 'dropped';
    }
    const { retryBaseMs, retryMaxMs } = this.config.jobs;
    const delay = backoffDelay(attempt, { baseMs: retryBaseMs, maxMs: retryMaxMs, jitter: 0.2 });
    return (await this.machine.scheduleRetry(job, this.owner, error, delay)) ? 'retry-scheduled' : 'dropped';
  }

  private context(job: JobEntity, signal: AbortSignal): StepContext {
    const logger = new Logger(`Job ${job.id.slice(0, 8)} ${job.state}`);
    let lastProgressAt = 0;
    return {
      job: {
        id: job.id,
        kind: job.kind,
        query: job.query,
        options: job.options,
        state: job.state,
        data: job.stepData ?? {},
        attempt: job.attempts + 1,
        parentId: job.parentId,
      },
      signal,
      logger,
      progress: (fraction, detail) => {
        const now = this.clock.now();
        if (signal.aborted || (now - lastProgressAt < PROGRESS_INTERVAL_MS && fraction < 1)) return;
        lastProgressAt = now;
        this.machine.recordProgress(job, this.owner, fraction, detail).catch((error: Error) => {
          this.logger.warn(`Job ${job.id}: progress not saved (${error.message})`);
        });
      },
    };
  }

  /** Renews the lease; losing it (expired, or the job was cancelled elsewhere) aborts the step. */
  private startHeartbeat(job: JobEntity, controller: AbortController): NodeJS.Timeout {
    const timer = setInterval(() => {
      const until = this.clock.now() + this.config.jobs.leaseMs;
      this.leases
        .renewLease(job.id, this.owner, until)
        .then((kept) => {
          if (!kept && !controller.signal.aborted) {
            controller.abort(new Error('The job was cancelled or its lease was taken over'));
          }
        })
        .catch((error: Error) => this.logger.warn(`Job ${job.id}: heartbeat failed (${error.message})`));
    }, this.config.jobs.heartbeatMs);
    timer.unref();
    return timer;
  }
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
