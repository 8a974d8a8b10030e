import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CLOCK, type Clock } from '@app/platform';
import { nextBackupDelay } from './backup-schedule.js';
import { BackupService } from './backup.service.js';

const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Runs a backup every `TRUETRACK_BACKUP_INTERVAL_HOURS`, counting from the newest one across restarts. */
@Injectable()
export class BackupScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(BackupScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly backups: BackupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const hours = this.config.backup.intervalHours;
    if (!this.backups.supported) {
      this.logger.log('Database backups: PostgreSQL is backed up with pg_dump, not by TrueTrack');
      return;
    }
    if (hours === 0) return;
    const newest = (await this.backups.list())[0];
    const newestAt = newest ? Date.parse(newest.createdAt) : undefined;
    this.schedule(nextBackupDelay(newestAt, this.clock.now(), hours * 3_600_000));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.backups.idle();
  }

  private schedule(delayMs: number): void {
    const dueAt = Date.now() + delayMs;
    const arm = (): void => {
      if (this.stopped) return;
      const wait = dueAt - Date.now();
      // Node fires longer timeouts at once; a long interval is waited out in steps.
      if (wait > MAX_TIMEOUT_MS) this.timer = setTimeout(arm, MAX_TIMEOUT_MS);
      else this.timer = setTimeout(() => void this.run(), Math.max(0, wait));
      this.timer.unref();
    };
    arm();
  }

  private async run(): Promise<void> {
    try {
      await this.backups.create();
    } catch (error) {
      this.logger.error(`Scheduled backup failed: ${(error as Error).message}`, (error as Error).stack);
    }
    this.schedule(this.config.backup.intervalHours * 3_600_000);
  }
}
