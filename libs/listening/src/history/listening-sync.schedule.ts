import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ScheduledTasks } from '@app/platform';
import { HistorySync } from './history-sync.service.js';

/** Syncs every listener's histories on TRUETRACK_LISTENING_SYNC_SCHEDULE. */
@Injectable()
export class ListeningSyncSchedule implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tasks: ScheduledTasks,
    private readonly sync: HistorySync,
  ) {}

  onApplicationBootstrap(): void {
    this.tasks.add(
      'listening-history-sync',
      this.config.listening.syncSchedule,
      "Import new listens from each listener's ListenBrainz and Last.fm histories",
      () => this.sync.syncAll(),
    );
  }
}
