import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ScheduledTasks } from '@app/platform';
import { DashboardRefresh } from './dashboard-refresh.service.js';

/**
 * Listens refresh their listener's dashboard a second after they change (`RefreshOnListens`); this schedule
 * refreshes everyone besides — a week that turned without listens, anything an event missed — and refits the maps.
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
      "Refresh each listener's running week, changed weeks, change points and outliers",
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
