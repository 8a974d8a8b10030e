import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CronJob } from 'cron';
import { HistorySync } from './history-sync.service.js';

const JOB = 'listening-history-sync';

/** Syncs every listener's histories on TRUETRACK_LISTENING_SYNC_CRON. */
@Injectable()
export class ListeningSyncSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ListeningSyncSchedule.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly sync: HistorySync,
  ) {}

  onApplicationBootstrap(): void {
    const job = CronJob.from({
      cronTime: this.config.listening.syncCron,
      onTick: () => this.sync.syncAll().catch((error: unknown) => this.logger.warn(`Sync failed: ${String(error)}`)),
    });
    this.registry.addCronJob(JOB, job);
    job.start();
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('cron', JOB)) this.registry.deleteCronJob(JOB);
  }
}
