import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CLOCK, type Clock } from '@app/platform';
import { EngineSignals } from '../events/engine-signals.js';
import type { JobEntity } from '../entities/job.entity.js';
import { JobLeases } from '../job-leases.repository.js';
import { StepRunner } from '../engine/step-runner.js';
import { ParentReconciler } from '../parents/parent-reconciler.js';
import type { JobDispatcher } from './job-dispatcher.js';

/**
 * The embedded worker: polls the database for due steps and runs up to `concurrency` at once.
 * Woken at once when this process makes a job runnable; the poll finds work from other processes,
 * retries that came due and steps whose lease expired after a crash.
 */
@Injectable()
export class InProcessDispatcher implements JobDispatcher {
  private readonly logger = new Logger(InProcessDispatcher.name);
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private running = false;
  private pumping = false;
  private pumpAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private stopListening: (() => void) | undefined;
  private reconciledAt = 0;

  constructor(
    private readonly leases: JobLeases,
    private readonly runner: StepRunner,
    private readonly signals: EngineSignals,
    private readonly parents: ParentReconciler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async start(): Promise<void> {
    this.running = true;
    this.stopListening = this.signals.onRunnable((_jobId, at) => this.wakeAt(at));
    this.logger.log(`Embedded worker started (${this.config.queue.concurrency} at once, owner ${this.runner.owner})`);
    void this.pump();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopListening?.();
    clearTimeout(this.timer);
    this.runner.abortAll('The worker is shutting down');
    await this.idle();
  }

  async idle(): Promise<void> {
    while (this.inFlight.size || this.pumping) await Promise.allSettled([...this.inFlight.values(), delay(5)]);
  }

  private wakeAt(at: number): void {
    const wait = at - this.clock.now();
    if (wait <= 0) void this.pump();
    else this.schedule(wait);
  }

  private schedule(wait: number): void {
    if (!this.running) return;
    clearTimeout(this.timer);
    // Not unref'd: in a worker-only process this timer is what keeps the process alive.
    this.timer = setTimeout(() => void this.pump(), Math.max(0, Math.min(wait, this.config.queue.pollMs)));
  }

  /** Fills free slots with due steps; re-entrant calls fold into one more round. */
  private async pump(): Promise<void> {
    if (!this.running) return;
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        await this.fillSlots();
      } while (this.pumpAgain && this.running);
    } catch (error) {
      this.logger.error(`Could not look for due steps: ${(error as Error).message}`);
    } finally {
      this.pumping = false;
      this.schedule(this.config.queue.pollMs);
    }
  }

  private async fillSlots(): Promise<void> {
    const now = this.clock.now();
    if (now - this.reconciledAt >= this.config.queue.pollMs) {
      this.reconciledAt = now;
      await this.parents.reconcile();
    }
    const free = this.config.queue.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const due = await this.leases.findDue(this.clock.now(), free, [...this.inFlight.keys()]);
    if (!this.running) return;
    for (const job of due) this.launch(job);
  }

  private launch(job: JobEntity): void {
    const jobId = job.id;
    const run = this.runner
      .tick(job)
      .catch((error: Error) =>
        this.logger.error(`Job ${jobId}: step crashed the runner (${error.message})`, error.stack),
      )
      .finally(() => {
        this.inFlight.delete(jobId);
        void this.pump();
      });
    this.inFlight.set(jobId, run);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
