import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ScheduledTasks } from '@app/platform';
import { ListenMapper } from './listen-mapper.service.js';

/**
 * Maps what intake and imports left unmapped on TRUETRACK_LISTEN_MAPPING_SCHEDULE: listens that arrived while the
 * providers were down, and listens whose track entered the library since.
 */
@Injectable()
export class ListenMappingSchedule implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tasks: ScheduledTasks,
    private readonly mapper: ListenMapper,
  ) {}

  onApplicationBootstrap(): void {
    this.tasks.add(
      'listen-mapping',
      this.config.listening.mappingSchedule,
      'Map listens to MusicBrainz recordings and library tracks, and count plays',
      () => this.mapper.mapPending(),
    );
    // Listens left from before a restart.
    this.mapper.kick();
  }
}
