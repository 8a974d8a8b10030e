import { readdir, rm } from 'node:fs/promises';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { JobStatus, JobStreamEvent, type JobStreamMessage } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NotFoundError } from '@app/core';
import { JobEventBus, JobsService, jobTempFolder } from '@app/jobs';
import { ScheduledTasks } from '@app/platform';

/** A step stopping after a cancel may still create its folder just after the first removal. */
const REMOVE_AGAIN_AFTER_MS = 5_000;
const FINISHED: ReadonlySet<JobStatus> = new Set([JobStatus.Success, JobStatus.Error, JobStatus.Cancelled]);
// Job ids are UUIDs; anything else in the temp folder is not a job's and is left alone.
const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Removes a job's temp folder (`<tmp>/<job id>/`) when the job ends — finalized, failed or cancelled — and,
 * at boot and on `TRUETRACK_TEMP_SWEEP_SCHEDULE`, the folders of jobs that have ended or that the database does
 * not know.
 */
@Injectable()
export class JobTempJanitor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobTempJanitor.name);
  private readonly timers = new Set<NodeJS.Timeout>();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly bus: JobEventBus,
    private readonly jobs: JobsService,
    private readonly tasks: ScheduledTasks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.unsubscribe = this.bus.subscribe((message) => this.onJobEvent(message));
    const schedule = this.config.schedules.tempSweep;
    this.tasks.add('temp-sweep', schedule, 'Remove temp folders of finished jobs', () => this.sweep());
    void this.sweep().catch((error: Error) => this.logger.warn(`Could not sweep the temp folder (${error.message})`));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Removes the folders of finished and unknown jobs; returns their ids. */
  async sweep(): Promise<string[]> {
    const entries = await readdir(this.config.paths.tmpDir, { withFileTypes: true }).catch(() => []);
    const removed: string[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || !JOB_ID.test(entry.name) || !(await this.hasEnded(entry.name))) continue;
      await this.remove(entry.name);
      removed.push(entry.name);
    }
    if (removed.length) this.logger.log(`Removed the temp folders of ${removed.length} finished or unknown jobs`);
    return removed;
  }

  remove(jobId: string): Promise<void> {
    return rm(jobTempFolder(this.config.paths.tmpDir, jobId), { recursive: true, force: true });
  }

  private onJobEvent(message: JobStreamMessage): void {
    if (message.type !== JobStreamEvent.Updated || !FINISHED.has(message.job.status)) return;
    const jobId = message.job.id;
    const remove = () =>
      void this.remove(jobId).catch((error: Error) =>
        this.logger.warn(`Job ${jobId}: could not remove its temp folder (${error.message})`),
      );
    remove();
    this.once(REMOVE_AGAIN_AFTER_MS, remove);
  }

  private async hasEnded(jobId: string): Promise<boolean> {
    try {
      return FINISHED.has((await this.jobs.get(jobId)).status);
    } catch (error) {
      if (error instanceof NotFoundError) return true;
      throw error;
    }
  }

  private once(ms: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      work();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }
}
