import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CLOCK, type Clock, ScheduledTasks, schedulePeriodMs } from '@app/platform';
import { CATCH_UP_DELAY_MS, backupOverdue } from './backup-schedule.js';
import { BackupService } from './backup.service.js';

/**
 * Runs SQLite backups on `TRUETRACK_BACKUP_SCHEDULE`; a backup missed while TrueTrack was down (the newest is
 * older than one period of the schedule) runs a minute after start.
 */
@Injectable()
export class BackupScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(BackupScheduler.name);
  private catchUp: NodeJS.Timeout | undefined;

  constructor(
    private readonly backups: BackupService,
    private readonly tasks: ScheduledTasks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.backups.supported) {
      this.logger.log('Database backups: PostgreSQL is backed up with pg_dump, not by TrueTrack');
      return;
    }
    const schedule = this.config.schedules.backup;
    this.tasks.add('backup', schedule, 'SQLite backup into <data dir>/backups', () => this.backups.create());
    if (schedule === null) return;
    const newest = (await this.backups.list())[0];
    const newestAt = newest ? Date.parse(newest.createdAt) : undefined;
    if (!backupOverdue(newestAt, this.clock.now(), schedulePeriodMs(schedule))) return;
    this.catchUp = setTimeout(() => void this.tasks.runNow('backup'), CATCH_UP_DELAY_MS);
    this.catchUp.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.catchUp);
    await this.backups.idle();
  }
}
