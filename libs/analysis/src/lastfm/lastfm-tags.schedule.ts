import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ScheduledTasks } from '@app/platform';
import { LastfmTagSync } from './lastfm-tag-sync.service.js';

/** Fetches Last.fm tags for tracks without them on TRUETRACK_LASTFM_TAGS_SCHEDULE, when an API key is set. */
@Injectable()
export class LastfmTagsSchedule implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tasks: ScheduledTasks,
    private readonly sync: LastfmTagSync,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.queue.role === 'worker') return;
    this.tasks.add(
      'lastfm-tags-sync',
      this.sync.enabled ? this.config.analysis.lastfmTagsSchedule : null,
      'Fetch Last.fm genre and mood tags for library tracks without them',
      async () => {
        await this.sync.run();
      },
    );
  }
}
