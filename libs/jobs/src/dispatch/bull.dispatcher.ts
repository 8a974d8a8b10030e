import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CLOCK, type Clock } from '@app/platform';
import Bull from 'bull';
import { EngineSignals } from '../events/engine-signals.js';
import { JobLeases } from '../job-leases.repository.js';
import { StepRunner } from '../engine/step-runner.js';
import { ParentReconciler } from '../parents/parent-reconciler.js';
import type { JobDispatcher } from './job-dispatcher.js';

export const STEP_QUEUE = 'truetrack-steps';

interface StepMessage {
  jobId: string;
}

/**
 * Scale-out: runnable steps go to a Bull queue on Redis and any worker process takes them. The
 * database lease, not Bull, guarantees one runner per step; Bull only carries the wake-ups. A sweep
 * re-queues due steps whose message was lost (a crash between commit and enqueue, an expired lease).
 */
@Injectable()
export class BullDispatcher implements JobDispatcher {
  private readonly logger = new Logger(BullDispatcher.name);
  private queue: Bull.Queue<StepMessage> | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private stopListening: (() => void) | undefined;
  private active = 0;

  constructor(
    private readonly leases: JobLeases,
    private readonly runner: StepRunner,
    private readonly signals: EngineSignals,
    private readonly parents: ParentReconciler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get runsSteps(): boolean {
    return this.config.queue.role !== 'api';
  }

  async start(): Promise<void> {
    const url = this.config.queue.redisUrl;
    if (!url) throw new Error('The Bull dispatcher needs REDIS_URL');
    this.queue = new Bull<StepMessage>(STEP_QUEUE, url, {
      defaultJobOptions: { removeOnComplete: true, removeOnFail: true, attempts: 1 },
      // A message held by a killed worker comes back about when the database lease expires.
      settings: {
        lockDuration: this.config.jobs.leaseMs,
        stalledInterval: Math.max(1000, this.config.jobs.leaseMs),
        maxStalledCount: 1000,
      },
    });
    this.queue.on('error', (error) => this.logger.warn(`Redis queue error: ${error.message}`));
    await this.queue.isReady();
    this.stopListening = this.signals.onRunnable((jobId, at) => void this.enqueue(jobId, at));
    if (this.runsSteps) {
      void this.queue.process(this.config.queue.concurrency, (message) => this.handle(message.data.jobId));
      this.sweepTimer = setInterval(() => void this.sweep(), this.config.queue.pollMs);
      void this.sweep();
    }
    this.logger.log(
      `Redis queue started (${this.runsSteps ? `${this.config.queue.concurrency} at once, owner ${this.runner.owner}` : 'enqueue only'})`,
    );
  }

  async stop(): Promise<void> {
    this.stopListening?.();
    clearInterval(this.sweepTimer);
    this.runner.abortAll('The worker is shutting down');
    if (this.queue) {
      await this.queue.close().catch((error: Error) => this.logger.warn(`Closing the queue: ${error.message}`));
    }
  }

  async idle(): Promise<void> {
    while (this.active > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private async handle(jobId: string): Promise<void> {
    this.active += 1;
    try {
      await this.runner.tick(jobId);
    } catch (error) {
      this.logger.error(`Job ${jobId}: step crashed the runner (${(error as Error).message})`, (error as Error).stack);
    } finally {
      this.active -= 1;
    }
  }

  private async enqueue(jobId: string, at: number, key = `${jobId}:${at}`): Promise<void> {
    try {
      await this.queue?.add({ jobId }, { jobId: key, delay: Math.max(0, at - this.clock.now()) });
    } catch (error) {
      // The sweep picks the step up later; nothing is lost.
      this.logger.warn(`Job ${jobId}: could not queue its next step (${(error as Error).message})`);
    }
  }

  private async sweep(): Promise<void> {
    await this.parents.reconcile();
    try {
      const now = this.clock.now();
      const due = await this.leases.findDue(now, 100, this.runner.activeJobIds);
      // One wake-up per job version: sweeping again while it waits in the queue adds nothing.
      await Promise.all(due.map(({ id, version }) => this.enqueue(id, now, `${id}:sweep:v${version}`)));
    } catch (error) {
      this.logger.warn(`Sweep for due steps failed: ${(error as Error).message}`);
    }
  }
}
