import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ScheduledTasks } from '@app/platform';
import { DashboardRefresh } from './dashboard-refresh.service.js';

/**
 * The running week is aggregated again every few minutes rather than on every listen: a burst of scrobbles (or a
 * history import) costs one refresh, and no listen path waits for the dashboard.
 */
@Injectable()
export class DashboardSchedule implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tasks: ScheduledTasks,
    private readonly refresh: DashboardRefresh,
  ) {}

  onApplicationBootstrap(): void {
    this.tasks.add(
      'dashboard-weeks',
      this.config.dashboard.refreshSchedule,
      "Aggregate each listener's running week again, and any week whose listens changed",
      () => this.refresh.run(),
    );
    this.tasks.add(
      'dashboard-taste-maps',
      this.config.dashboard.weeklySchedule,
      "Close finished weeks and fit each listener's taste map and clusters again",
      () => this.refresh.run({ refit: true }),
    );
  }
}
