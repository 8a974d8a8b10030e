import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ScheduledTasks } from '@app/platform';
import { ProviderCache } from './provider-cache.service.js';

/** Deletes expired provider answers on `TRUETRACK_CACHE_PRUNE_SCHEDULE`, so the table holds about one TTL's worth. */
@Injectable()
export class ProviderCachePruning implements OnApplicationBootstrap {
  constructor(
    private readonly cache: ProviderCache,
    private readonly tasks: ScheduledTasks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.tasks.add('provider-cache-prune', this.config.schedules.cachePrune, 'Delete expired provider answers', () =>
      this.cache.prune(),
    );
  }
}
